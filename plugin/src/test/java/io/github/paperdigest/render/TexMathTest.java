package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.FaithfulText;
import io.github.paperdigest.markup.MathHtml;
import io.github.paperdigest.model.TexMath;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TexMathTest {

    private static List<String> formulas(String text) {
        return TexMath.split(text).stream().filter(TexMath.Piece::math).map(TexMath.Piece::tex).toList();
    }

    @Test
    void inlineAndDisplayedFormulasAreFoundWithEitherDelimiter() {
        assertEquals(List.of("O(n^2)", "k", "x+y", "\\sum_i x_i"),
                formulas("Cost $O(n^2)$ for \\(k\\) heads; $$x+y$$ and \\[\\sum_i x_i\\]."));
    }

    @Test
    void pricesAndEscapedDollarsAreText() {
        assertFalse(TexMath.has("It costs $5 and $10 a month."));
        assertFalse(TexMath.has("From $5-$10 per video"));
        assertFalse(TexMath.has("An escaped \\$x\\$ is text"));
        assertFalse(TexMath.has("A lone $ sign"));
        assertTrue(TexMath.has("Models with $\\alpha$-divergence"));
    }

    @Test
    void aFormulaRightBeforeANumberClosesUnlessItStartsWithADigitAsAPriceDoes() {
        // arXiv's "about 5K" and "under 1B", 9 of 1,384 abstracts of the labelled corpus; "$5-$10" stays a price
        assertEquals(List.of("\\sim", "<", ">"), formulas("capped at $\\sim$5K, models ($<$1B) and $>$90\\% of them"));
        assertFalse(TexMath.has("From $5-$10 per video, or $5/$10"));
    }

    @Test
    void aFormulaNeverSpansABlankLine() {
        assertFalse(TexMath.has("$a\n\nb$"));
    }

    @Test
    void thePiecesPutTogetherGiveTheText() {
        String text = "We bound $\\epsilon < 1$ and cost $5 (\\(n\\log n\\)).";
        StringBuilder joined = new StringBuilder();
        TexMath.split(text).forEach(p -> joined.append(p.text()));
        assertEquals(text, joined.toString());
    }

    @Test
    void anEscapedDollarOutsideAFormulaIsShownAsADollarAndInsideOneStaysTeX() {
        assertEquals("It costs $x$ a call, at $\\$5 \\cdot n$", TexMath.asText("It costs \\$x\\$ a call, at $\\$5 \\cdot n$"));
        Element html = Jsoup.parseBodyFragment(MathHtml.of("It costs \\$x\\$ a call, at $\\$5 \\cdot n$")).body();
        assertEquals("It costs $x$ a call, at $\\$5 \\cdot n$", html.text());
        assertEquals(List.of("$\\$5 \\cdot n$"), html.select("span.math").eachText());
        assertEquals("costs $x$", Jsoup.parseBodyFragment(MathHtml.of("costs \\$x\\$")).body().text());
    }

    @Test
    void htmlMarksEachFormulaAndEscapesTheRest() {
        assertEquals("a &lt;b&gt; <span class=\"math\">$x&lt;y$</span> c", MathHtml.of("a <b> $x<y$ c"));
        assertEquals("plain &amp; simple", MathHtml.of("plain & simple"));
    }

    /** The reviewer's abstracts, as a reader cleans them and a page then shows them. */
    @Test
    void theWordsBetweenTwoFormulasAreNeverInsideMath() {
        assertEquals("3× faster with O(n) memory", MathHtml.of(FaithfulText.clean("$3\\times$ faster with $\\mathcal{O}(n)$ memory")));
        assertEquals("2× smaller and 4× faster", MathHtml.of(FaithfulText.clean("$2\\times$ smaller and $4\\times$ faster")));
        assertEquals("x and 10% better with k experts",
                MathHtml.of(FaithfulText.clean("$\\mathbf{x}$ and $10\\%$ better with $k$ experts")));
        Element kept = Jsoup.parseBodyFragment(MathHtml.of(FaithfulText.clean(
                "$\\frac{1}{2}\\times$ faster with $\\mathcal{O}(\\sqrt{n})$ memory"))).body();
        assertEquals(List.of("$\\frac{1}{2}\\times$", "$\\mathcal{O}(\\sqrt{n})$"), kept.select("span.math").eachText());
        kept.select("span.math").remove();
        assertEquals(" faster with  memory", kept.wholeText());
    }
}
