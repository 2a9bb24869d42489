package io.github.paperdigest.digest;

import java.util.List;
import java.util.Optional;

/**
 * Names written family name first, as reference managers write them and curators paste them into a digest: Zotero's
 * "Vaswani, Ashish; Shazeer, Noam" and a BibTeX field's "Vaswani, Ashish and Shazeer, Noam". Told apart from names in
 * reading order between commas ("Jimmy Ba, Jamie Kiros and Geoffrey Hinton") by their shape alone: between
 * semicolons, no name with more than one comma and some with one (an organisation, "OpenAI", has none); between
 * "and", two names or more, each with exactly one comma. And some name's family name is one word, as most are, beside
 * its particles ("van der Berg"): where every part before a comma is a whole name ("Jane Doe, MIT; John Roe,
 * Stanford", "Ashish Vaswani, Noam Shazeer and Niki Parmar, Jakob Uszkoreit") the commas set off something else, an
 * affiliation or the next name, and turning each round would make a name of it without a word.
 */
final class FamilyNamesFirst {

    private FamilyNamesFirst() {
    }

    /** The names in reading order, when the text writes them family name first; else empty. */
    static Optional<List<String>> inReadingOrder(String joined) {
        boolean semicolons = joined.contains(";");
        List<String> names = semicolons ? List.of(EntryDraft.SEMICOLON.split(joined.strip()))
                : BibTexDigestReader.names(joined);
        boolean someInverted = false;
        boolean someOneWordFamily = false;
        for (String name : names) {
            long commas = name.chars().filter(c -> c == ',').count();
            // a name in reading order with its suffix after a comma ("Guy L. Steele, Jr.") is one too: InvertedName
            // keeps it as written, where a guess at a suffix here ("Chen, Xi" read as a numeral) refused whole lists
            if (commas > 1 || !semicolons && commas != 1) {
                return Optional.empty();
            }
            someInverted |= commas == 1;
            // a name kept as written (its comma before a suffix) is a name, however many words it has
            someOneWordFamily |= commas == 1
                    && (InvertedName.isSuffixed(name) || isOneWord(name.substring(0, name.indexOf(','))));
        }
        if (!someInverted || !someOneWordFamily || !semicolons && names.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(names.stream().map(String::strip).map(InvertedName::inReadingOrder).toList());
    }

    /** Whether a family name is one word beside its particles, which start with a small letter ("van", "de"). */
    private static boolean isOneWord(String family) {
        int words = 0;
        for (String word : family.strip().split("\\s+")) {
            if (!word.isEmpty() && !Character.isLowerCase(word.codePointAt(0))) {
                words++;
            }
        }
        return words == 1;
    }
}
