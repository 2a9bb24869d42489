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
 * Only keys that every BibTeX and biblatex reads are taken: ASCII letters, digits and {@code _:.+-}, with a letter
 * among them. A reference manager's own item identifiers ("12345/ABCD", a zotero.org address, EndNote's record
 * number) are no keys, and a key with a space or a brace would break the entry it is written into.
 */
public final class WrittenCitationKey {

    /** The key of the citation key in a paper's extra metadata. */
    public static final String KEY = "citation key";
    /** What a key may hold, said in a warning about one that is refused. */
    public static final String RULE = "ASCII letters, digits and _:.+- with at least one letter, at most 100 characters";

    private static final Pattern KEY_TEXT = Pattern.compile("[A-Za-z0-9_:.+\\-]{1,100}");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    private WrittenCitationKey() {
    }

    /** The key as written, if it is one every BibTeX can cite; surrounding space is no part of it. */
    public static Optional<String> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String key = written.strip();
        return KEY_TEXT.matcher(key).matches() && LETTER.matcher(key).find() ? Optional.of(key) : Optional.empty();
    }

    /** The key a paper's extra metadata carries, if any. */
    public static Optional<String> of(Map<String, String> extra) {
        return Optional.ofNullable(extra.get(KEY));
    }
}
