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

    /** The text with these characters shown as a Java string literal would write them, for a message. */
    public static String visible(String text) {
        return escaped(text, "");
    }

    /**
     * The text as a Java or JSON string literal writes it: {@code \n}, {@code \r} and {@code \t}, the other
     * characters that {@link #is} counts as {@code \}{@code uXXXX}, and each of {@code alsoEscaped} after a backslash
     * (the manifest escapes its backslashes, a JSON string its quotes too). All are in the Basic Multilingual Plane:
     * a loop over chars sees every one.
     */
    public static String escaped(String text, String alsoEscaped) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (alsoEscaped.indexOf(c) >= 0) {
                        out.append('\\').append(c);
                    } else if (is(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
