package io.github.paperdigest.markup;

import io.github.paperdigest.model.TexMath;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.jsoup.parser.Parser;

/**
 * TeX formulas in Markdown kept as written. CommonMark reads a backslash before punctuation as an escape and
 * '*' or '_' as emphasis, so without this {@code $$\int e^{-x^2}\,dx$$} lost the backslash of its thin space,
 * {@code \(x\)} its delimiters and {@code $a \ b$} a backslash, before the pages looked for formulas. A formula
 * is found where the inline parser stands when it meets a '$' or a backslash, by the same rules as {@link TexMath}
 * finds one in a plain-text digest, and becomes one text node of its source, delimiters included: the pages then
 * find it again and KaTeX renders it. Custom inline parsers are tried before CommonMark's own, so a formula is
 * taken before the backslash escape or emphasis sees it; where no formula starts, CommonMark reads on as it
 * always did, which keeps a price ("$5 and $10") and code spans as they were.
 *
 * <p>An escaped dollar ({@code \$}) is a dollar, but CommonMark's escape would leave a bare "$" in the text, and
 * "\$x\$" would come out as "$x$", a formula on the page. It is an {@link EscapedDollar} instead: "$" in the HTML
 * (a note), still escaped in the text a title or an abstract is read from, as in a plain-text digest.
 *
 * <p>A bracket escaped ({@code \[}) or written as a character reference ({@code &#91;}, {@code &lsqb;}) is a
 * {@link LiteralBracket}: CommonMark would leave it a bare bracket in the text, where "\[\[x\]\]" would be read as
 * the wikilink {@code [[x]]} ({@link WikiLinks}) that its writer escaped so as not to write one.
 */
final class TexMathSpans implements InlineContentParserFactory {

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$', '\\', '&');
    }

    @Override
    public InlineContentParser create() {
        return new Snippet();
    }

    /** A dollar escaped in Markdown: the text "$", which the text of a title or an abstract keeps escaped. */
    static final class EscapedDollar extends CustomNode {
    }

    /** A bracket written so that it is no Markdown: the text "[" or "]", apart from the text around it. */
    static final class LiteralBracket extends CustomNode {
        private final char bracket;

        LiteralBracket(char bracket) {
            this.bracket = bracket;
        }

        char bracket() {
            return bracket;
        }
    }

    /**
     * A character reference as CommonMark reads one (1 to 7 decimal digits, 1 to 6 hex digits, or a name), up to its
     * ';': what it stands for is HTML's, which jsoup knows.
     */
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /**
     * A formula: its source is its one text child, which the text of a title or an abstract reads as written. In
     * HTML (a note) it is marked as the pages mark a title's formulas, for the theme's math.js to render.
     */
    static final class Formula extends CustomNode {
        private final boolean display;

        Formula(String source, boolean display) {
            this.display = display;
            appendChild(new Text(source));
        }
    }

    /** Renders an escaped dollar as the dollar it is, and a formula as a {@code span.math} holding its source. */
    static NodeRenderer htmlRenderer(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(EscapedDollar.class, Formula.class, LiteralBracket.class);
            }

            @Override
            public void render(Node node) {
                if (node instanceof Formula formula) {
                    context.getWriter().tag("span", Map.of("class", formula.display ? "math display" : "math"));
                    context.getWriter().text(((Text) formula.getFirstChild()).getLiteral());
                    context.getWriter().tag("/span");
                } else if (node instanceof LiteralBracket literal) {
                    context.getWriter().text(String.valueOf(literal.bracket()));
                } else {
                    context.getWriter().text("$");
                }
            }
        };
    }

    /**
     * One run of inline content (a paragraph, a heading, a table cell), created by the parser for each. Its text
     * is read once, from the first '$' or backslash to the end, and each later place is measured from the last
     * one, so a paragraph of many dollars costs its length, not its length times the number of dollars.
     */
    private static final class Snippet implements InlineContentParser {
        private TexMath.Formulas formulas;
        private Position last;
        private int lastOffset;

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            if (scanner.peek() == '&') {
                return bracketReference(scanner);
            }
            if (scanner.next("\\$")) {
                return ParsedInline.of(new EscapedDollar(), scanner.position());
            }
            Position here = scanner.position();
            Optional<TexMath.Piece> formula = formulas(scanner, here).at(offset(scanner, here));
            if (formula.isEmpty() || !meantAsFormula(formula.get().text())) {
                scanner.setPosition(here);
                if (scanner.next("\\[")) {
                    return ParsedInline.of(new LiteralBracket('['), scanner.position());
                }
                if (scanner.next("\\]")) {
                    return ParsedInline.of(new LiteralBracket(']'), scanner.position());
                }
                return ParsedInline.none();
            }
            String source = formula.get().text();
            // the scanner counts a line end as one character, as the text it gave (lines joined by '\n') does
            for (int i = 0; i < source.length(); i++) {
                scanner.next();
            }
            return ParsedInline.of(new Formula(source, formula.get().display()), scanner.position());
        }

        /**
         * A character reference of a bracket ({@code &#91;}, {@code &#x5D;}, {@code &lsqb;}) as a {@link LiteralBracket};
         * any other is left to CommonMark.
         */
        private static ParsedInline bracketReference(Scanner scanner) {
            Position start = scanner.position();
            StringBuilder reference = new StringBuilder();
            while (scanner.hasNext() && reference.length() < 34) { // "&", a name of up to 32 characters, ";"
                char c = scanner.peek();
                scanner.next();
                reference.append(c);
                if (c == ';') {
                    break;
                }
            }
            String meant = REFERENCE.matcher(reference).matches()
                    ? Parser.unescapeEntities(reference.toString(), false) : "";
            if (!meant.equals("[") && !meant.equals("]")) {
                scanner.setPosition(start);
                return ParsedInline.none();
            }
            return ParsedInline.of(new LiteralBracket(meant.charAt(0)), scanner.position());
        }

        /**
         * Whether a formula between {@code \(…\)} or {@code \[…\]} is one. In Markdown these are also escaped
         * brackets: "\[12\]" is a reference number written so that it is no link, and "alert\(1\)" plain
         * parentheses. Taken for a formula only when its body is written in TeX (a command, a sub- or superscript,
         * a group), and otherwise left to CommonMark's escapes. Dollars are not brackets: they stay as TexMath finds
         * them.
         */
        private static boolean meantAsFormula(String source) {
            if (!source.startsWith("\\(") && !source.startsWith("\\[")) {
                return true;
            }
            return writtenInTex(source.substring(2, source.length() - 2));
        }

        /**
         * A command ({@code \mu}), a sub- or superscript or a group, none of them escaped: "path\_\(x" and
         * "\\textbf" are Markdown's escapes of an underscore and of a backslash, not TeX.
         */
        private static boolean writtenInTex(String body) {
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\') {
                    if (i + 1 < body.length() && Character.isLetter(body.charAt(i + 1))) {
                        return true;
                    }
                    i++; // an escaped character, whichever it is
                } else if (c == '^' || c == '_' || c == '{') {
                    return true;
                }
            }
            return false;
        }

        private TexMath.Formulas formulas(Scanner scanner, Position here) {
            if (formulas == null) {
                while (scanner.hasNext()) {
                    scanner.next();
                }
                formulas = TexMath.in(scanner.getSource(here, scanner.position()).getContent());
                scanner.setPosition(here);
                last = here;
                lastOffset = 0;
            }
            return formulas;
        }

        private int offset(Scanner scanner, Position here) {
            lastOffset += scanner.getSource(last, here).getContent().length();
            last = here;
            return lastOffset;
        }
    }
}
