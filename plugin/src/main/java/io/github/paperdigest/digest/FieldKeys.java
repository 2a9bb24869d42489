package io.github.paperdigest.digest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One key for a field that the formats name in their own words: Better BibTeX's {@code shorttitle} is the "Short Title"
 * column of Zotero's CSV, biblatex's {@code shortjournal} its "Journal Abbreviation", ACM's {@code numpages} and
 * biblatex's {@code pagetotal} its "Num Pages". Kept under one key, a field has one label on a paper's page whichever
 * digest gave it, and a paper that two digests give has it once, where it had "Shorttitle" and "Short title".
 */
final class FieldKeys {

    /** Each name of such a field, its words in lower case, to its key: its own name among them, however written. */
    private static final Map<String, String> SAME = Map.ofEntries(Map.entry("short title", "short title"),
            Map.entry("shorttitle", "short title"), Map.entry("title short", "short title"),
            Map.entry("journal abbreviation", "journal abbreviation"), Map.entry("shortjournal", "journal abbreviation"),
            Map.entry("number of pages", "number of pages"), Map.entry("num pages", "number of pages"),
            Map.entry("numpages", "number of pages"), Map.entry("pagetotal", "number of pages"));

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private FieldKeys() {
    }

    /** The key the field is kept under: the one key of its field, else the key as the digest writes it. */
    static String of(String key) {
        // camel case parts words too: Zotero's CSL JSON writes "journalAbbreviation"
        String words = Whitespace.collapse(CAMEL.matcher(key.strip()).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace('_', ' ').replace('-', ' '));
        return SAME.getOrDefault(words, key);
    }
}
