package io.github.paperdigest.digest;

import io.github.paperdigest.model.TexAccents;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.model.TexSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and abstracts as their authors meant them. Abstracts pasted from arXiv or PDFs carry TeX
 * leftovers and hard line wraps; this keeps every word and turns the leftovers into what they stand
 * for: ``quotes'' become “quotes”, {@code \%} becomes %, {@code $\alpha$} becomes α, {@code ---} an
 * em dash. A command it does not know is kept as written, so nothing is silently dropped.
 *
 * <p>A formula ({@code $...$}, {@code \\(...\\)}) that plain text can say whole, such as {@code $O(n^2)$} or
 * {@code $\\alpha \\le 0.5$}, becomes that text. One it cannot ({@code $\\frac{a}{b}$}), and every displayed formula
 * ({@code $$...$$}, {@code \\[...\\]}), is kept as TeX, untouched, for the theme to render with KaTeX: half a
 * formula turned into text would be wrong without a sign of it.
 *
 * <p>A copy of a rendered page loses the backslashes and dollars: {@code $6\times$} arrives as "6times". Such
 * leftovers are turned back only where the evidence is unambiguous, a macro name glued to digits on the side
 * the formula had them ("6times", "3times3", "sim10", "0.5pm0.1", "leq5"), so that no ordinary word
 * ("sometimes", "6 times", "simulation", "5pm") is ever rewritten.
 */
public final class FaithfulText {

    /**
     * TeX's `single quotes': the quoted text starts with no blank and holds no quote of either kind, so that
     * cleaning text twice (a reader cleans, then the entry does) changes nothing the first pass left.
     */
    private static final Pattern TEX_SINGLE_QUOTES = Pattern.compile("(?<![`\\w])`([^`'‘’\\s][^`'‘’]{0,79})'(?!')");
    /** Text-mode commands whose argument is their text: fonts, underline, a box. */
    private static final String TEXT_COMMANDS = "textbf|textit|emph|texttt|textrm|textsc|textsf|textsl|textup"
            + "|textnormal|underline|mbox";
    /** Font sizes, written as a command on a group ({@code \\small{x}}) or declared in one ({@code {\\small x}}). */
    private static final String SIZES = "tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge";
    /**
     * A command whose argument is its text: the text commands, math fonts, sizes ({@code \\textsc{\\small{gpt-oss}}} in
     * arXiv's metadata) and colour ({@code \\textcolor{red}{Warning}}, {@code \\color[RGB]{175,36,67}{name}}) as well,
     * which a page shows as the text alone.
     */
    private static final Pattern FORMAT_COMMAND = Pattern.compile("\\\\(?:" + TEXT_COMMANDS + "|" + SIZES
            + "|mathrm|mathbf|mathit|mathcal|mathsf|operatorname|text|url"
            + "|textcolor\\{[^{}]*\\}|color(?:\\[[^\\]{}]*\\])?\\{[^{}]*\\})\\{([^{}]*)\\}");
    /** A declaration in the group it applies to ({@code {\\it knowledge consistency}}): the text of the group. */
    private static final Pattern DECLARATION_GROUP = Pattern.compile("\\{\\\\(?:it|bf|em|sc|tt|rm|sf|sl|itshape|bfseries"
            + "|scshape|ttfamily|" + SIZES + ")\\s++([^{}\\\\]*+)\\}");
    /** A footnote, which a page without notes shows in parentheses where it was marked. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\s?+\\\\footnote\\{([^{}]*+)\\}");
    /**
     * A tie ("Fig.~1", "available at~\\href{…}"): a space that does not break, where it follows a word or its
     * punctuation; a tilde after a space or an opening bracket is "about" ("~6%", "(~2M clips)"), one between numbers
     * a range ("1~2s"), and one in an address ("/~user") is part of it.
     */
    private static final Pattern TIE = Pattern.compile("(?<=[\\p{L}.,;:)])~(?=[\\p{L}\\p{N}\\\\(])");
    /**
     * A text command whose argument holds a formula ({@code \\textbf{V$^2$Drop}}): the argument, taken before the
     * formulas are cut out, which would leave the command's two halves in two pieces of prose.
     */
    private static final Pattern COMMAND_AROUND_FORMULA = Pattern.compile("\\\\(?:" + TEXT_COMMANDS
            + ")\\{([^{}$]*+\\$[^{}]*+)\\}");
    /** A group of plain text ({@code {T2V-Complexity}}, kept from case changes): its text; not a command's argument. */
    private static final Pattern BARE_GROUP = Pattern.compile("(?<![\\p{L}\\]}\\\\^_])\\{([^{}\\\\$]*+)\\}");
    /** Raised or lowered text ({@code PM\\textsuperscript{4}Bench}, {@code 5\\textsuperscript{th}}). */
    private static final Pattern SCRIPT_COMMAND = Pattern.compile("\\\\text(super|sub)script\\{([^{}\\\\]*+)\\}");
    /** A link with its text: the text, then the address, which the abstract's links then list. */
    private static final Pattern HREF = Pattern.compile("\\\\href\\{([^{}\\s]+)\\}\\{([^{}]*)\\}");
    /** A command and the empty group that may end it ({@code \\textdegree{}}), taken with it when it is a symbol. */
    private static final Pattern SYMBOL_COMMAND = Pattern.compile("\\\\(mathbb\\{[A-Z]\\}|[A-Za-z]+)(?![A-Za-z])(\\{\\})?");
    /** A letter alone in a group, left so by {@link TexAccents#decode}: "Pawe{\\l}" is "Pawe{ł}", then "Paweł". */
    private static final Pattern BRACED_LETTER = Pattern.compile("\\{(\\p{L}\\p{M}*)\\}");
    /** TeX's escapes of its special characters, but for the dollar's, which {@link #dollars} reads where it is safe. */
    private static final Pattern ESCAPED = Pattern.compile("\\\\([%&_#\\{\\}])");
    private static final Pattern ESCAPED_BRACE = Pattern.compile("\\\\([{}])");
    /**
     * A power or an index that superscript or subscript characters can write: ^2, ^{-1}, _{12}; not ^{-\\alpha}. Fewer
     * characters are read raised or lowered than the BibTeX writer writes so ({@link TexSymbols}): an index {@code x_t}
     * or {@code ^\\circ} stays TeX for the theme to render, as it always has.
     */
    private static final Pattern POWER = Pattern.compile("\\^(?:\\{([0-9+\\-nTi]{1,4})\\}|([0-9+\\-nTi]{1,4}))");
    private static final Pattern INDEX = Pattern.compile("_(?:\\{([0-9]{1,3})\\}|([0-9]{1,3}))");

    /** A number glued to "times" ("6times", "3times3"), or a relation glued to the number it relates. */
    private static final Pattern GLUED_TIMES = Pattern.compile("(?<=\\d)times(?=\\d|[\\s,.;:)\\]]|$)");
    private static final Pattern GLUED_BEFORE_NUMBER =
            Pattern.compile("(?<![\\p{L}\\d])(sim|approx|leq|geq)(?=\\d)|(?<=\\d)(pm)(?=\\d)");
    private static final Map<String, String> GLUED = Map.of("sim", "~", "approx", "≈", "leq", "≤", "geq", "≥", "pm", "±");

    private FaithfulText() {
    }

    /** A title or abstract with white space normalised and TeX leftovers turned into text. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return cleanCollapsed(Whitespace.collapse(text));
    }

    /**
     * {@link #clean} of a text whose white space {@link Whitespace#collapse} has collapsed already, as a plain-text
     * paragraph's has: collapsing again would find nothing to change, at the cost of a pass over every abstract.
     */
    static String cleanCollapsed(String collapsed) {
        String t = quotes(collapsed);
        if (t.indexOf('$') >= 0 && t.indexOf('\\') >= 0) {
            t = COMMAND_AROUND_FORMULA.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.indexOf('$') < 0 && !t.contains("\\(") && !t.contains("\\[")) {
            return prose(t);
        }
        // formulas are found left to right by the one reader of TeX delimiters the site renders with: a pattern tried
        // at every '$' took the closing '$' of one formula for the opening one of the next ("$3\times$ faster with
        // $O(n)$" became the formula "$ faster with $"), and so put the words between them inside math
        return joined(TexMath.split(t), FaithfulText::prose);
    }

    /**
     * The pieces of a text put together: its prose as {@code prose} makes it, and each inline formula said as text
     * where text can say it whole, since a formula written as text reads as the text around it does (and as a reader
     * that drops '$' gives it). Unless the dollars left as text would then pair up into a formula the text did not
     * have: "$5 and $x$ up to 0.5$" with x said as text reads "$5 and x up to 0.5$", one formula from 5 to 0.5, whose
     * dollars the next reading would drop. Then every formula stays as written, so that no dollar is lost and cleaning
     * the result again changes nothing.
     */
    static String joined(List<TexMath.Piece> pieces, UnaryOperator<String> prose) {
        StringBuilder said = new StringBuilder();
        StringBuilder asWritten = new StringBuilder();
        List<String> kept = new ArrayList<>();
        for (TexMath.Piece piece : pieces) {
            if (!piece.math()) {
                String text = prose.apply(piece.text());
                said.append(text);
                asWritten.append(text);
                continue;
            }
            Optional<String> text = piece.display() ? Optional.empty() : plainMath(piece.tex()).map(FaithfulText::prose);
            said.append(text.orElse(piece.text()));
            asWritten.append(piece.text());
            if (text.isEmpty()) {
                kept.add(piece.text());
            }
        }
        String saidText = said.toString();
        boolean anySaid = kept.size() < pieces.stream().filter(TexMath.Piece::math).count();
        return dollars(!anySaid || formulas(saidText).equals(kept) ? saidText : asWritten.toString());
    }

    /**
     * The text with its escaped dollars as dollars, unless one would then open or close a formula the text did not
     * have: "costs \\$x\\$ a call" written "costs $x$ a call" is a formula, x, with its dollars gone on the page. Then
     * every escape stays, and the pages, the feeds and the citations show each as the dollar it is
     * ({@link TexMath#asText}). A price ("\\$5 and \\$10") is written with bare dollars, as it always was.
     */
    private static String dollars(String text) {
        if (!text.contains("\\$")) {
            return text;
        }
        String bare = TexMath.asText(text);
        return formulas(bare).equals(formulas(text)) ? bare : text;
    }

    private static List<String> formulas(String text) {
        return TexMath.split(text).stream().filter(TexMath.Piece::math).map(TexMath.Piece::text).toList();
    }

    /**
     * Text a reader has already cut the formulas out of, its TeX leftovers turned into text as {@link #clean} turns
     * them and its white space as it was: the reader puts the pieces together. Its dollars are text, not delimiters to
     * be paired again: once a formula between two of them has become text, they would pair with each other.
     */
    static String proseOnly(String text) {
        return prose(quotes(text));
    }

    /**
     * The text with its ties as spaces, but for a tilde in an address ("https://x.org/a~b"), which is part of it. Whether
     * the word a tie is in is an address is followed as the text is read, once: a word of many ties stays linear.
     */
    private static String ties(String text) {
        Matcher m = TIE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int read = 0;
        boolean address = text.startsWith("www.");
        while (m.find()) {
            for (; read < m.start(); read++) {
                char c = text.charAt(read);
                if (Character.isWhitespace(c)) {
                    address = text.startsWith("www.", read + 1);
                } else if (c == ':' && text.startsWith("://", read)) {
                    address = true;
                }
            }
            m.appendReplacement(out, address ? "~" : " ");
        }
        return m.appendTail(out).toString();
    }

    /** TeX's ``double'' and `single' quotes as typographic ones. */
    private static String quotes(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        String t = texDoubleQuotes(text);
        return TEX_SINGLE_QUOTES.matcher(t).replaceAll(m -> Matcher.quoteReplacement("‘" + m.group(1) + "’"));
    }

    /** Text outside formulas: TeX commands, dashes, and the leftovers of a copied page. */
    private static String prose(String text) {
        String t = text;
        if (t.indexOf('~') >= 0) {
            t = ties(t);
        }
        if (hasTex(t)) {
            // arXiv's metadata and listings spell accents as TeX ("M\"obius", "Pawe{\l}"), as BibTeX does
            String letters = TexAccents.decode(t);
            if (!letters.equals(t)) {
                t = BRACED_LETTER.matcher(letters).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            }
            t = commands(t);
        }
        if (t.contains("--")) {
            t = dashes(t);
        }
        // the patterns are tried only on a text where they could match: "times", "sequence" or "development" are in most
        // abstracts, and a look-behind tried at every position of a long abstract is slow
        int glued = gluedToDigits(t);
        if ((glued & TIMES_AFTER_DIGIT) != 0) {
            t = GLUED_TIMES.matcher(t).replaceAll("×");
        }
        if ((glued & RELATION_BEFORE_DIGIT) != 0) {
            t = GLUED_BEFORE_NUMBER.matcher(t).replaceAll(m -> GLUED.get(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return t;
    }

    /** {@link #gluedToDigits}: "times" right after a digit; "sim", "approx", "eq" or "pm" right before one. */
    private static final int TIMES_AFTER_DIGIT = 1;
    private static final int RELATION_BEFORE_DIGIT = 2;

    /**
     * Which of the glued words are next to a digit, found from the digits, in one pass over the text: a search for each
     * word took five, and "sim", "eq" and "pm" are in many words ("similar", "sequence", "development").
     */
    private static int gluedToDigits(String text) {
        int found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' && (c < 0x80 || !Character.isDigit(c))) {
                continue;
            }
            if (text.startsWith("times", i + 1)) {
                found |= TIMES_AFTER_DIGIT;
            }
            if (endsAt(text, i, "sim") || endsAt(text, i, "approx") || endsAt(text, i, "eq") || endsAt(text, i, "pm")) {
                found |= RELATION_BEFORE_DIGIT;
            }
        }
        return found;
    }

    /** Whether {@code word} ends right before {@code at}. */
    private static boolean endsAt(String text, int at, String word) {
        return at >= word.length() && text.startsWith(word, at - word.length());
    }

    /**
     * Whether the text has a backslash that may start TeX: one before a dollar only escapes it, and says nothing of the
     * rest ("\\${jndi:x}", a Markdown digest's "\\$\\{jndi\\}", keeps its braces, which TeX would take for a group).
     */
    private static boolean hasTex(String text) {
        for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 2)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '$') {
                return true;
            }
        }
        return false;
    }

    /**
     * ``quotes'' as “quotes”: each `` pairs with the first '' at least one character after it. Done by
     * hand rather than with the pattern {@code ``(.+?)''}, which would rescan to the end of the text from
     * every `` that no '' follows: quadratic time on a long run of backquotes.
     */
    private static String texDoubleQuotes(String t) {
        StringBuilder out = null;
        int from = 0;
        while (true) {
            int open = t.indexOf("``", from);
            int close = open < 0 ? -1 : t.indexOf("''", open + 3);
            if (close < 0) {
                break;
            }
            if (out == null) {
                out = new StringBuilder(t.length());
            }
            out.append(t, from, open).append('“').append(t, open + 2, close).append('”');
            from = close + 2;
        }
        return out == null ? t : out.append(t, from, t.length()).toString();
    }

    /**
     * A formula as plain text, when every command, power and index of it has a character; else empty. Its escaped
     * braces are the braces of a set ({@code \\{1,\\dots,n\\}}), which the text keeps; only the others, which
     * group, are dropped. So the parts between escaped braces are said one by one: no group spans one of them.
     */
    private static Optional<String> plainMath(String tex) {
        StringBuilder out = new StringBuilder(tex.length());
        Matcher brace = ESCAPED_BRACE.matcher(tex);
        int from = 0;
        while (true) {
            boolean found = brace.find();
            Optional<String> part = plainMathPart(tex.substring(from, found ? brace.start() : tex.length()));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            out.append(part.get());
            if (!found) {
                return Optional.of(out.toString().strip());
            }
            out.append(brace.group(1));
            from = brace.end();
        }
    }

    private static Optional<String> plainMathPart(String tex) {
        String m = commands(tex);
        m = POWER.matcher(m).replaceAll(r -> Matcher.quoteReplacement(mapped(either(r), TexSymbols::superscript, "^")));
        m = INDEX.matcher(m).replaceAll(r -> Matcher.quoteReplacement(mapped(either(r), TexSymbols::subscript, "_")));
        m = m.replace("\\$", "$"); // a dollar in a formula said as text is text; joined() sees that none pairs
        if (m.indexOf('\\') >= 0 || m.indexOf('^') >= 0 || m.indexOf('_') >= 0) {
            return Optional.empty();
        }
        return Optional.of(m.replace("{", "").replace("}", ""));
    }

    private static String commands(String text) {
        String t = text;
        for (int i = 0; i < 3 && t.contains("\\"); i++) {
            String before = t;
            t = FORMAT_COMMAND.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            if (t.equals(before)) {
                break;
            }
        }
        if (t.contains("script{")) {
            t = SCRIPT_COMMAND.matcher(t).replaceAll(m -> Matcher.quoteReplacement(scripted(m.group(2),
                    m.group(1).equals("super") ? TexSymbols::superscript : TexSymbols::subscript)));
        }
        if (t.indexOf('{') >= 0) {
            t = DECLARATION_GROUP.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.contains("\\footnote{")) {
            t = FOOTNOTE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(" (" + m.group(1) + ")"));
        }
        if (t.contains("\\href{")) {
            t = HREF.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2) + " (" + m.group(1) + ")"));
        }
        if (t.indexOf('{') >= 0) {
            t = BARE_GROUP.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        t = ESCAPED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = SYMBOL_COMMAND.matcher(t).replaceAll(m -> {
            return Matcher.quoteReplacement(TexSymbols.character(m.group(1)).orElse(m.group()));
        });
        return t;
    }

    private static String either(java.util.regex.MatchResult r) {
        return r.group(1) != null ? r.group(1) : r.group(2);
    }

    /** The text in superscript or subscript characters where each has one ("⁴"), else as it is ("5th"). */
    private static String scripted(String chars, Function<Character, Optional<Character>> script) {
        return chars.chars().allMatch(c -> script.apply((char) c).isPresent()) ? mapped(chars, script, "") : chars;
    }

    private static String mapped(String chars, Function<Character, Optional<Character>> script, String marker) {
        StringBuilder out = new StringBuilder();
        for (char c : chars.toCharArray()) {
            Optional<Character> m = script.apply(c);
            if (m.isEmpty()) {
                return marker + chars;
            }
            out.append(m.get());
        }
        return out.toString();
    }

    /** TeX's "---" is an em dash and "--" an en dash; URLs and "-->" arrows are left alone. */
    private static String dashes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.contains("://") || word.contains("-->") || word.contains("<--") || word.contains("<!--")) {
                out.append(word);
            } else {
                out.append(word.replace("---", "—").replace("--", "–"));
            }
        }
        return out.toString();
    }
}
