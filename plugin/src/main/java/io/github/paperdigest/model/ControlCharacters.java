package io.github.paperdigest.model;

/**
 * The characters that no name, setting or line the plugin writes may hold raw: control characters, and the line
 * and paragraph separators, which end a line in some readers and scripts. One test for all of them, and one way of
 * showing them in a message.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean is(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    // a loop, not a stream: the manifest's reading asks this of every file of the site, in a JVM just started
    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text as Java would write it in a string literal: {@code \n}, {@code \r}, {@code \t}, others as {@code \}{@code uXXXX}. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (is(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
