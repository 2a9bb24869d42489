package io.github.paperdigest.render;

import io.github.paperdigest.model.TexAccents;
import io.github.paperdigest.model.TexSymbols;
import io.github.paperdigest.model.TextFolding;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Plain text as TeX that pdfLaTeX, the default engine, typesets with no package loaded: TeX's special characters
 * escaped, and characters beyond ASCII spelled as TeX. A digest's simple formula was turned into Unicode text so
 * that the page can show it ("$\beta$-nets" is "β-nets"); left so in a .bib file, pdfLaTeX stops with "Unicode
 * character β (U+03B2) not set up for use with LaTeX".
 *
 * <ul>
 * <li>Greek letters and mathematical symbols are formulas in braces: {@code {$\beta$}}, {@code {$\rightarrow$}},
 * spelled as {@link TexSymbols} spells them, which a digest's reader reads back; a Greek word (three letters or
 * more, or with an accent: "Ελένη") is text, kept as it is.
 * neighbours share one ({@code {$\alpha\beta$}}), and so do superscript and subscript characters
 * ({@code {$\mathbf{R}^{2}$}}). The braces keep a style from lowering {@code $\Gamma$} to {@code $\gamma$}.
 * Capital Greek letters that look Latin, which TeX has no command for, are upright Latin letters, as TeX sets
 * its capital Greek. Double-struck letters (ℝ, 𝔼) are bold, {@code \mathbf{R}}: {@code \mathbb} needs amssymb,
 * which a document citing the paper need not load.</li>
 * <li>Typography is TeX's: {@code --}, {@code ---}, quotes as {@code ``} and {@code ''}, a no-break space as
 * {@code ~}, ligatures as their letters; text symbols are their commands, {@code {\ldots}}, {@code {\dag}}.</li>
 * <li>Accented Latin letters are TeX accents ({@code {\'e}}, see {@link TexAccents}): pdfLaTeX reads UTF-8 since
 * 2018, but BibTeX counts bytes, not characters, and abbreviates "Émile" to half a character, which pdfLaTeX
 * refuses; sorting and labels go wrong the same way. This is also what DBLP and Google Scholar write. (A letter
 * with an ogonek, ą, needs the T1 font encoding either way.)</li>
 * <li>Anything else (a Chinese title, an emoji, a letter such as ð that only the T1 font encoding has) is kept as
 * it is, UTF-8: the entry stays whole and correct, and a document that can set the character (XeLaTeX, LuaLaTeX,
 * or pdfLaTeX with the packages for it) cites it as it is.</li>
 * </ul>
 */
final class TexText {

    /** Characters that are text, by their TeX: typography, spaces and ligatures, which no command reads back. */
    private static final Map<Integer, String> TEXT = text();

    private static Map<Integer, String> text() {
        Map<Integer, String> text = new HashMap<>();
        String[] pairs = {"–", "--", "—", "---", "‒", "--", "―", "---", "‐", "-", "‑", "-", "‘", "`", "’", "'", "‚",
            ",", "“", "``", "”", "''", "\u00A0", "~", "\u202F", "~", "\u2007", "~", "\u00AD", "\\-",
            "ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st", "¡", "{!`}", "¿", "{?`}"};
        for (int i = 0; i < pairs.length; i += 2) {
            text.put(pairs[i].codePointAt(0), pairs[i + 1]);
        }
        for (int space : new int[] {0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200A,
            0x205F, 0x3000}) {
            text.put(space, " ");
        }
        for (int invisible : new int[] {0x200B, 0x2060, 0xFEFF}) {
            text.put(invisible, "");
        }
        return Map.copyOf(text);
    }

    private TexText() {
    }

    /**
     * The text as TeX. Line breaks and tabs become spaces. {@code \ { } ~ ^} become text commands: BibTeX counts
     * every brace, escaped or not, so an escaped brace without its partner would end a field early. So do
     * {@code < > |}, which pdfLaTeX's default font encoding, OT1, sets as "¡", "¿" and "—" in text. A straight double
     * quote, which OT1 sets as "”", is a quotation's mark, {@code ``} or {@code ''}: OT1 has no {@code \textquotedbl}.
     */
    static String of(String text) {
        if (TextFolding.isAscii(text)) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                ascii(text.charAt(i), out);
            }
            return out.toString();
        }
        String t = text; // not normalised as a whole: a character kept is kept as it was written
        Formula formula = new Formula();
        StringBuilder out = new StringBuilder(t.length() + 16);
        int i = 0;
        while (i < t.length()) {
            int c = t.codePointAt(i);
            int next = i + Character.charCount(c);
            int marks = next;
            while (marks < t.length() && Character.getType(t.charAt(marks)) == Character.NON_SPACING_MARK) {
                marks++;
            }
            String letter = marks > next || c >= 128 ? TexAccents.spell(t.substring(i, marks)) : null;
            int greek = greekWord(t, i);
            if (letter != null) {
                formula.close(out);
                out.append(letter);
                next = marks;
            } else if (greek > i) {
                formula.close(out);
                out.append(t, i, greek); // kept, as the class says
                next = greek;
            } else if (c < 128) {
                formula.close(out);
                ascii((char) c, out);
            } else if (TexSymbols.formula(c) != null) {
                formula.symbol(TexSymbols.formula(c));
            } else if (TexSymbols.raised(c) != null || TexSymbols.lowered(c) != null) {
                boolean up = TexSymbols.raised(c) != null;
                IntFunction<String> scripts = up ? TexSymbols::raised : TexSymbols::lowered;
                StringBuilder run = new StringBuilder();
                for (next = i; next < t.length() && scripts.apply(t.codePointAt(next)) != null;
                        next += Character.charCount(t.codePointAt(next))) {
                    joined(run, scripts.apply(t.codePointAt(next)));
                }
                formula.script(up, run.toString(), out);
            } else if (TexSymbols.textCommand(c) != null) {
                formula.close(out);
                out.append("{\\").append(TexSymbols.textCommand(c)).append('}');
            } else {
                formula.close(out);
                out.append(TEXT.getOrDefault(c, t.substring(i, next))); // or kept, as the class says
            }
            i = next;
        }
        formula.close(out);
        return out.toString();
    }

    /**
     * Where the Greek word at {@code i} ends, or {@code i} when none starts there. Greek letters are symbols ("β-nets",
     * "αβ-CROWN", "ε–δ") unless they make a word: three or more, or one with an accent, which no symbol has
     * ("Ελένη", "ΕΛΛΑΣ"). A word is Greek text, for a document that sets Greek.
     */
    private static int greekWord(String t, int i) {
        int end = i;
        boolean accented = false;
        int letters = 0;
        while (end < t.length()) {
            int c = t.codePointAt(end);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark && (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.GREEK)) {
                break;
            }
            accented |= mark || TexSymbols.formula(c) == null;
            letters += mark ? 0 : 1;
            end += Character.charCount(c);
        }
        return letters >= 3 || accented ? end : i;
    }

    private static void ascii(char c, StringBuilder out) {
        switch (c) {
            case '\\' -> out.append("\\textbackslash{}");
            case '{' -> out.append("\\textbraceleft{}");
            case '}' -> out.append("\\textbraceright{}");
            case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
            case '~' -> out.append("\\textasciitilde{}");
            // the default font encoding (OT1) sets these three as "¡", "¿" and "—": "Latency ¡ 10 ms"
            case '<' -> out.append("\\textless{}");
            case '>' -> out.append("\\textgreater{}");
            case '|' -> out.append("\\textbar{}");
            case '^' -> out.append("\\textasciicircum{}");
            // a straight double quote is typeset as a closing one, ” (and is babel's shorthand in German), and
            // \textquotedbl is no command of OT1, pdfLaTeX's default encoding ("Command \textquotedbl unavailable in
            // encoding OT1" stops the document): a quotation's mark, `` or '' by what comes before it
            case '"' -> out.append(opensQuotation(out) ? "``" : "''");
            case '\n', '\r', '\t' -> out.append(' ');
            default -> out.append(c);
        }
    }

    /** Whether a straight double quote written next opens a quotation: at the start, after a space or an opening bracket. */
    private static boolean opensQuotation(StringBuilder out) {
        if (out.isEmpty()) {
            return true;
        }
        char before = out.charAt(out.length() - 1);
        return Character.isWhitespace(before) || "([{<-/~`".indexOf(before) >= 0;
    }

    /** TeX joined so that a command's name does not run into the letters after it ({@code \alpha o}). */
    private static void joined(StringBuilder tex, String more) {
        if (!tex.isEmpty() && Character.isLetter(tex.charAt(tex.length() - 1)) && !more.isEmpty()
                && Character.isLetter(more.charAt(0))) {
            tex.append(' ');
        }
        tex.append(more);
    }

    /**
     * The formula being written, {@code {$…$}}, that neighbouring symbols and scripts join. A second superscript
     * (or subscript) after one is a new formula: TeX refuses {@code x^{2}_{1}^{3}} ("Double superscript").
     */
    private static final class Formula {
        private final StringBuilder tex = new StringBuilder();
        private boolean raised;
        private boolean lowered;

        void symbol(String symbol) {
            joined(tex, symbol);
            raised = false;
            lowered = false;
        }

        void script(boolean up, String script, StringBuilder out) {
            if (up ? raised : lowered) {
                close(out);
            }
            tex.append(up ? "^{" : "_{").append(script).append('}');
            raised |= up;
            lowered |= !up;
        }

        void close(StringBuilder out) {
            if (!tex.isEmpty()) {
                out.append("{$").append(tex).append("$}");
                tex.setLength(0);
            }
            raised = false;
            lowered = false;
        }
    }
}
