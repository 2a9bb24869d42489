package io.github.paperdigest.digest;

import io.github.paperdigest.model.ControlCharacters;
import java.util.List;
import java.util.regex.Pattern;

/**
 * White space as digests should have had it: single spaces, no control characters, nothing at the ends. Lone
 * surrogates (possible in JSON escapes) and the noncharacters U+FFFE and U+FFFF become U+FFFD, as bytes that are
 * not UTF-8 do: no XML document (the site's feeds) can hold them, and no UTF-8 encoder can write a lone surrogate.
 */
final class Whitespace {

    /** The separator of "a, b, c". */
    static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private Whitespace() {
    }

    /**
     * The parts of a list written in one string ("a, b, c"). White space is collapsed first: splitting on a
     * pattern that starts with {@code \s*} takes quadratic time on long runs of white space.
     */
    static List<String> parts(String text, Pattern separator) {
        return List.of(separator.split(collapse(text)));
    }

    static String collapse(String text) {
        int clean = cleanPrefix(text);
        if (clean == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, clean);
        boolean space = false;
        for (int i = clean; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) { // printable ASCII, most of any text: the checks below cannot apply
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ControlCharacters.is(c)) {
                space = out.length() > 0;
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                // zero-width space, stray byte-order mark, soft hyphen: invisible leftovers of copy and paste
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                    out.append('\uFFFD');
                } else {
                    out.append(c);
                }
            }
        }
        return closingDirections(out).toString();
    }

    /**
     * The text with its bidirectional embeddings, overrides and isolates paired: one a digest leaves open (a tag of
     * U+202E, RIGHT-TO-LEFT OVERRIDE, then "gnp.exe") turned the rest of every line the field was shown in backwards
     * (the page's title, with the site's name; a sentence of the home page naming the tag). A close with nothing open
     * is dropped, and what is still open at the end is closed there; paired ones are kept as written.
     */
    static StringBuilder closingDirections(StringBuilder text) {
        StringBuilder open = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean embedding = c >= '\u202A' && c <= '\u202E' && c != '\u202C';
            boolean isolate = c >= '\u2066' && c <= '\u2068';
            if (embedding || isolate) {
                open = open == null ? new StringBuilder() : open;
                open.append(c);
            } else if (c == '\u202C' || c == '\u2069') {
                // a pop closes the last embedding opened inside the current isolate; a PDI closes that isolate and all
                // embeddings opened in it (Unicode's bidirectional algorithm, rules X6a and X7)
                int last = open == null ? -1 : lastOpen(open, c == '\u2069');
                if (last < 0) {
                    text.deleteCharAt(i);
                    i = joinSpacesAt(text, i) - 1;
                } else {
                    open.setLength(last);
                }
            }
        }
        for (int i = open == null ? -1 : open.length() - 1; i >= 0; i--) {
            text.append(open.charAt(i) >= '\u2066' ? '\u2069' : '\u202C');
        }
        return text;
    }

    /**
     * Where a dropped character was, the spaces it stood between made one again, and none left at an end: "a \u202C b"
     * is "a b", and "title \u202C" is "title". Gives the index the text goes on from.
     */
    private static int joinSpacesAt(StringBuilder text, int i) {
        boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ';
        boolean spaceAfter = i < text.length() && text.charAt(i) == ' ';
        if (spaceBefore && (spaceAfter || i == text.length())) {
            text.deleteCharAt(i - 1);
            return i - 1;
        }
        if (spaceAfter && i == 0) {
            text.deleteCharAt(0);
        }
        return i;
    }

    /** Where the innermost open isolate (or, for a PDF, embedding not inside a later isolate) is, or -1. */
    private static int lastOpen(StringBuilder open, boolean isolate) {
        for (int i = open.length() - 1; i >= 0; i--) {
            boolean anIsolate = open.charAt(i) >= '\u2066';
            if (anIsolate) {
                return isolate ? i : -1;
            }
            if (!isolate) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many of the text's first characters collapsing leaves as they are: printable ASCII, and single spaces
     * between them. A text is collapsed several times as a digest is read (its paragraph, then its abstract, then
     * its fields), and most texts have nothing to change.
     */
    private static int cleanPrefix(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                continue;
            }
            // a space is kept only between two printable characters, and only if it is alone
            if (c != ' ' || i == 0 || i + 1 == n || text.charAt(i - 1) == ' ' || text.charAt(i + 1) <= ' '
                    || text.charAt(i + 1) >= 0x7F) {
                return i;
            }
        }
        return n;
    }
}
