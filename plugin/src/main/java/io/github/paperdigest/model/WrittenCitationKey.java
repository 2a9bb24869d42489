package io.github.paperdigest.model;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The citation key the curator gave a paper: a BibTeX entry's key, CSL-JSON's {@code citation-key}, a paper note's
 * {@code citekey} (Zotero Integration, Better BibTeX). A researcher who writes {@code \cite{vaswani2017attention}}
 * expects the site's entry to carry that key, so that what they copy from it matches the library their paper cites
 * from; the site makes a key only for papers without one. It is kept in the paper's extra metadata, under {@link #KEY}.
 * <p>
 * Only keys that every BibTeX and biblatex reads are taken: ASCII letters, digits and {@code _:.+-/}, the slash for
 * DBLP's keys ({@code DBLP:conf/cvpr/HeZRS16}), which BibTeX cites and DBLP's exports give every entry. A key with a
 * space or a brace would break the entry it is written into. A field that names the key alone (a BibTeX entry's key, a
 * {@code citation-key}) may hold digits alone, as IEEE Xplore's keys do ({@code @ARTICLE{8368309,}), which BibTeX
 * cites; a field that holds a reference manager's own item identifiers too (CSL's {@code id}, RIS's {@code ID}) is
 * taken for a key only with a letter and no slash in it, as those identifiers are numbers ("12345", EndNote's record
 * number), "12345/ABCD" or a zotero.org address.
 */
public final class WrittenCitationKey {

    /** The key of the citation key in a paper's extra metadata. */
    public static final String KEY = "citation key";
    /** What a key may hold, said in a warning about one that is refused. */
    public static final String RULE = "ASCII letters, digits and _:.+-/, with a letter or a digit, at most 100 characters";

    private static final Pattern KEY_TEXT = Pattern.compile("[A-Za-z0-9_:.+/\\-]{1,100}");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    /** A key of punctuation alone ("-", "...") names nothing a reader could cite by. */
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[A-Za-z0-9]");

    private WrittenCitationKey() {
    }

    /**
     * The key as written in a field that names the key alone, if it is one every BibTeX can cite; surrounding space is
     * no part of it.
     */
    public static Optional<String> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String key = written.strip();
        return KEY_TEXT.matcher(key).matches() && LETTER_OR_DIGIT.matcher(key).find() ? Optional.of(key)
                : Optional.empty();
    }

    /**
     * The key written in a field that holds a reference manager's own identifiers too (CSL's {@code id}, RIS's
     * {@code ID}): as {@link #parse}, with a letter in it, as those identifiers are numbers, and no slash, as Zotero's
     * ("12345/ABCD", "http://zotero.org/users/…") have.
     */
    public static Optional<String> parseIdentifier(String written) {
        return parse(written).filter(key -> LETTER.matcher(key).find() && key.indexOf('/') < 0);
    }

    /** The key a paper's extra metadata carries, if any. */
    public static Optional<String> of(Map<String, String> extra) {
        return Optional.ofNullable(extra.get(KEY));
    }
}
