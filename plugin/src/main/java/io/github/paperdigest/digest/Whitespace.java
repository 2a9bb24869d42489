package io.github.paperdigest.digest;

/** White space as digests should have had it: single spaces, no control characters, nothing at the ends. */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                // zero-width space, stray byte-order mark, soft hyphen: invisible leftovers of copy and paste
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
