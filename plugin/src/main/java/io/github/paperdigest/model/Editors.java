package io.github.paperdigest.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * The editors a reference manager's record names: a chapter's book's, proceedings', an edited book's own (BibTeX's
 * {@code editor}, RIS's {@code A2} and {@code ED}, CSL's {@code editor}, Zotero's "Editor" column). They are kept in
 * a paper's extra metadata under {@link #KEY}, not in a field of their own, so that everything that keeps, merges and
 * recalls a paper's metadata (the catalog, the readings memo, the model export) keeps them as it keeps an ISBN.
 * Written there in reading order, "; " between two names (a name never holds one, where a comma or "and" may), a name
 * to be taken whole (an organisation, see {@link LiteralAuthors}) in braces, as BibTeX marks one:
 * {@code "Jane Doe; {IEEE Computer Society}"}.
 *
 * <p>The other names a record gives of the people around a work are kept alike, each under a key of its own: the
 * editors of the series a book, chapter or report is in ({@link #SERIES_KEY}: RIS's {@code A2} of a book or report and
 * {@code A3} of a chapter, CSL's {@code collection-editor}), and the authors of the book a chapter is in, who are no
 * editors ({@link #BOOK_AUTHORS_KEY}: CSL's {@code container-author}, biblatex's {@code bookauthor}).
 *
 * @param names   in order, in reading order ("Jane Doe")
 * @param literal those of the names to be taken whole, never split into given and family names
 */
public record Editors(List<String> names, SortedSet<String> literal) {

    /** The key of the editors in a paper's extra metadata. */
    public static final String KEY = "editors";
    /** The key of the editors of the series the work is in: never the work's own editors, nor its book's. */
    public static final String SERIES_KEY = "series editors";
    /** The key of the authors of the book a chapter is in (CSL's container-author): no editors of anything. */
    public static final String BOOK_AUTHORS_KEY = "book authors";
    /** The keys under which names are kept so, in the order a page lists them. */
    public static final List<String> KEYS = List.of(KEY, SERIES_KEY, BOOK_AUTHORS_KEY);
    /** A record that names no editor. */
    public static final Editors NONE = new Editors(List.of(), LiteralAuthors.NONE);

    private static final Pattern SEPARATOR = Pattern.compile("\\s*;\\s*");

    public Editors {
        names = List.copyOf(names);
        literal = LiteralAuthors.of(names, Objects.requireNonNull(literal, "literal"));
    }

    /** The editors of {@code names}, those in {@code literal} to be taken whole. */
    public static Editors of(List<String> names, Collection<String> literal) {
        return names.isEmpty() ? NONE : new Editors(names, LiteralAuthors.of(names, literal));
    }

    /** The editors a paper's extra metadata names, as {@link #written} wrote them; {@link #NONE} if it names none. */
    public static Editors of(Map<String, String> extra) {
        return of(extra, KEY);
    }

    /** The names a paper's extra metadata keeps under {@code key} (one of {@link #KEYS}); {@link #NONE} if none. */
    public static Editors of(Map<String, String> extra, String key) {
        String written = extra.get(key);
        if (written == null || written.isBlank()) {
            return NONE;
        }
        List<String> names = new ArrayList<>();
        List<String> literal = new ArrayList<>();
        for (String part : SEPARATOR.split(written.strip())) {
            boolean whole = part.length() > 2 && part.startsWith("{") && part.endsWith("}");
            String name = whole ? part.substring(1, part.length() - 1).strip() : part;
            if (!name.isEmpty()) {
                names.add(name);
                if (whole) {
                    literal.add(name);
                }
            }
        }
        return of(names, literal);
    }

    /** The value kept under {@link #KEY}, which {@link #of(Map)} reads back. */
    public String written() {
        List<String> parts = new ArrayList<>(names.size());
        for (String name : names) {
            parts.add(literal.contains(name) ? "{" + name + "}" : name);
        }
        return String.join("; ", parts);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The names as a person reads them, "Jane Doe, John Roe and Ann Lee": the paper's page shows them so. */
    public String shown() {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
