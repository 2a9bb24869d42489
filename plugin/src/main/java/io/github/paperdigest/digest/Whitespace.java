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
        return out.toString();
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
