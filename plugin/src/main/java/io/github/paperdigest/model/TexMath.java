package io.github.paperdigest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds TeX formulas in a title or an abstract: {@code \(…\)} and {@code $…$} inline, {@code \[…\]} and
 * {@code $$…$$} displayed. A single dollar opens a formula only when a non-space follows it and closes one only
 * when a non-space precedes it, as Pandoc decides, so that "from $5 to $10" stays text; and, when a digit follows
 * the opening dollar as in a price, only when no digit follows the closing one, so that "from $5-$10" does too
 * while arXiv's "$\sim$5K" is a formula. An escaped dollar ({@code \$}) is never a delimiter, and a formula never
 * spans a blank line.
 *
 * <p>So a title or an abstract holds a dollar that is text as "$" where it cannot be taken for a delimiter ("$5 and
 * $10"), and escaped, as "\$", where it could: "costs \$x\$ a call" is the text "costs $x$ a call", which written
 * with bare dollars would be a formula. Where the text is shown without its formulas rendered, {@link #asText} gives
 * it so; where its plain pieces are, {@link #plain}.
 */
public final class TexMath {

    /** A piece of a text: plain text, or a formula with its TeX (without delimiters) and its source. */
    public record Piece(String text, boolean math, boolean display, String tex) {
        public static Piece plain(String text) {
            return new Piece(text, false, false, "");
        }
    }

    private TexMath() {
    }

    /**
     * The text as a reader of it sees it where its formulas are shown as written (a meta description, a feed, a
     * reference manager's field): formulas untouched, and an escaped dollar outside them a dollar.
     */
    public static String asText(String text) {
        if (!text.contains("\\$")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Piece piece : split(text)) {
            out.append(piece.math() ? piece.text() : plain(piece.text()));
        }
        return out.toString();
    }

    /** A plain piece of a text (see {@link #split}) as the text it is: its escaped dollars are dollars. */
    public static String plain(String piece) {
        return piece.replace("\\$", "$");
    }

    /** Whether the text holds at least one formula. */
    public static boolean has(String text) {
        return (text.indexOf('$') >= 0 || text.contains("\\(") || text.contains("\\["))
                && split(text).stream().anyMatch(Piece::math);
    }

    /** The text cut into plain pieces and formulas, in order; the pieces' texts put together give the text. */
    public static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Formulas formulas = in(text);
        int i = 0;
        while (i < text.length()) {
            Piece formula = formulas.formulaAt(i);
            if (formula == null) {
                plain.append(text.charAt(i++));
                continue;
            }
            if (!plain.isEmpty()) {
                pieces.add(Piece.plain(plain.toString()));
                plain.setLength(0);
            }
            pieces.add(formula);
            i += formula.text().length();
        }
        if (!plain.isEmpty()) {
            pieces.add(Piece.plain(plain.toString()));
        }
        return pieces;
    }

    /** The formulas of a text, for a reader that walks the text itself and asks at the places it stops. */
    public static Formulas in(String text) {
        return new Formulas(text);
    }

    /**
     * The formulas of one text, asked for one place at a time. A Markdown parser asks at each '$' and backslash
     * it meets, skipping what it has read as code or a link, so the places are its, not a left-to-right cut of
     * the whole text; the rules for what opens and closes a formula are the same as {@link #split}'s. Places asked
     * in increasing order keep the search linear (see {@link Closers}).
     */
    public static final class Formulas {
        private final String text;
        private final Closers closers;

        private Formulas(String text) {
            this.text = text;
            this.closers = new Closers(text);
        }

        /** The formula that starts at {@code i}, delimiters included, if one does. */
        public Optional<Piece> at(int i) {
            return Optional.ofNullable(i >= 0 && i < text.length() ? formulaAt(i) : null);
        }

        private Piece formulaAt(int i) {
            int[] formula = TexMath.formulaAt(text, i, closers);
            if (formula == null) {
                return null;
            }
            return new Piece(text.substring(i, formula[2]), true, formula[3] == 1, text.substring(i + formula[0], formula[1]));
        }
    }

    /**
     * The formula starting at {@code i}, as {length of the opening delimiter, where the TeX ends, where the
     * closing delimiter ends, 1 if displayed}; null when none starts there.
     */
    private static int[] formulaAt(String text, int i, Closers closers) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            if (next == '(' || next == '[') {
                String closer = next == '(' ? "\\)" : "\\]";
                int close = closers.closing(i + 2, closer);
                return close < 0 ? null : new int[] {2, close, close + 2, next == '[' ? 1 : 0};
            }
            return null;
        }
        if (c != '$' || (i > 0 && text.charAt(i - 1) == '\\')) {
            return null;
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
            int close = closers.closing(i + 2, "$$");
            return close <= i + 2 ? null : new int[] {2, close, close + 2, 1};
        }
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return null;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return null;
            }
            if (d == '$' && text.charAt(j - 1) != '\\') {
                // Pandoc's rule that a digit after a dollar keeps it from closing is for prices ("$5-$10"), whose
                // first dollar a digit follows; arXiv's "$\sim$5K" and "$<$1B" are formulas before a number
                boolean closes = !Character.isWhitespace(text.charAt(j - 1))
                        && (j + 1 >= text.length() || !Character.isDigit(text.charAt(j + 1))
                                || !Character.isDigit(text.charAt(i + 1)));
                if (closes) {
                    return new int[] {1, j, j + 1, 0};
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Where closing delimiters and blank lines are, found once: {@link #split} asks from ever later places, so each
     * answer stands until the place asked from passes it. A text of many openers and no closer stays linear.
     */
    private static final class Closers {
        private final String text;
        private final java.util.Map<String, int[]> found = new java.util.HashMap<>();

        Closers(String text) {
            this.text = text;
        }

        /** Where the closing delimiter starts, or -1 when there is none before a blank line. */
        int closing(int from, String closer) {
            int blank = next("\n\n", from);
            int close = next(closer, from);
            return close < 0 || (blank >= 0 && blank < close) ? -1 : close;
        }

        private int next(String what, int from) {
            int[] last = found.get(what);
            if (last == null || from < last[0] || (last[1] >= 0 && last[1] < from)) {
                last = new int[] {from, text.indexOf(what, from)};
                found.put(what, last);
            }
            return last[1];
        }
    }
}
