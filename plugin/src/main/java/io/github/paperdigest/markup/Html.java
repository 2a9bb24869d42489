package io.github.paperdigest.markup;

/** Escaping for text placed in HTML. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeInto(text, 0, text.length(), out);
        return out.toString();
    }

    static void escapeInto(String text, int from, int to, StringBuilder out) {
        // runs of plain characters are copied whole: one append a character is most of escaping a page
        int plain = from;
        for (int i = from; i < to; i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, plain, i).append(entity);
                plain = i + 1;
            }
        }
        out.append(text, plain, to);
    }
}
