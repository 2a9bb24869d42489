package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void htmlMarksEachFormulaAndEscapesTheRest() {
        assertEquals("a &lt;b&gt; <span class=\"math\">$x&lt;y$</span> c", MathHtml.of("a <b> $x<y$ c"));
        assertEquals("plain &amp; simple", MathHtml.of("plain & simple"));
    }
}
