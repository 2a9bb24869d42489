package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula in a Markdown digest reaches the pages as written, as the same formula in a plain-text digest does:
 * CommonMark's backslash escapes and emphasis never reach inside it. Outside formulas Markdown reads as before.
 */
class MarkdownMathTest {

    @TempDir
    Path dir;

    @Test
    void aThinSpaceKeepsItsBackslash() throws IOException {
        assertEquals("The display $$\\int_0^1 e^{-x^2}\\,dx$$ holds.",
                abstractOf("The display $$\\int_0^1 e^{-x^2}\\,dx$$ holds."));
    }

    @Test
    void parenthesisDelimitersStayDelimiters() throws IOException {
        // a formula text can say is said as text, the delimiters with the rest of the TeX: no stray parentheses
        assertEquals("and 𝔼[X]=μ holds", abstractOf("and \\(\\mathbb{E}[X]=\\mu\\) holds"));
        assertEquals("and $\\frac{1}{2}$ or \\(\\frac{a}{b}\\) holds",
                abstractOf("and $\\frac{1}{2}$ or \\(\\frac{a}{b}\\) holds"));
    }

    @Test
    void bracketDelimitersStayADisplayedFormula() throws IOException {
        assertEquals("with \\[ \\lVert W \\rVert_F \\le 1 \\].", abstractOf("with \\[ \\lVert W \\rVert_F \\le 1 \\]."));
    }

    @Test
    void aDoubleBackslashStaysDouble() throws IOException {
        assertEquals("plus $a \\\\ b$.", abstractOf("plus $a \\\\ b$."));
    }

    @Test
    void emphasisMarksInsideAFormulaAreTeX() throws IOException {
        assertEquals("if $a_i * b_j * c$ and $x_i + y_i$ hold", abstractOf("if $a_i * b_j * c$ and $x_i + y_i$ hold"));
        // a formula text can say is text, its stars too: before, "*b*" was emphasis and the stars were lost
        assertEquals("and a*b*c too", abstractOf("and $a*b*c$ too"));
    }

    @Test
    void aFormulaMaySpanTheLinesOfAParagraph() throws IOException {
        assertEquals("see $$\\sum_{i=1}^{n} x_i\\,y_i$$ here", abstractOf("see $$\\sum_{i=1}^{n}\nx_i\\,y_i$$ here"));
    }

    @Test
    void aTitleKeepsItsFormula() throws IOException {
        PaperEntry paper = onlyPaper("## Bounds in \\(\\ell_{\\infty}\\,\\text{-}\\) norm\n\nThe abstract.\n");
        assertEquals("Bounds in \\(\\ell_{\\infty}\\,\\text{-}\\) norm", paper.title());
    }

    @Test
    void theSameTextReadsAsInAPlainTextDigest() throws IOException {
        String text = "The display $$\\int_0^1 e^{-x^2}\\,dx \\le \\frac{\\sqrt{\\pi}}{2}$$ holds, and \\(\\mathbb{E}[X] = \\mu\\)"
                + " with \\[ \\lVert W \\rVert_F \\le 1 \\] too, and a set $\\{1,\\dots,n\\}$ and $a \\\\ b$ here.";
        assertEquals(FaithfulText.clean(text), abstractOf(text));
    }

    @Test
    void escapedBracketsAroundPlainTextAreBracketsNotAFormula() throws IOException {
        // Markdown's own meaning of \[ and \( wins when what they enclose is not written in TeX
        assertEquals("as shown in [12] and alert(1) here", abstractOf("as shown in \\[12\\] and alert\\(1\\) here"));
        assertEquals("the pair (x, y) and x₁", abstractOf("the pair \\(x, y\\) and $x_1$"));
    }

    // what Markdown meant before formulas were read stays as it was

    @Test
    void anEscapedDollarIsADollar() throws IOException {
        assertEquals("It costs $5, not $x.", abstractOf("It costs \\$5, not \\$x."));
    }

    @Test
    void anEscapedDollarThatABareOneWouldMakeAFormulaStaysEscapedInTheTextAndIsADollarInANote() throws IOException {
        // "$x$" would be the formula x: the abstract keeps TeX's escape, as a plain-text digest's does, and the page
        // shows "$x$"; a note is HTML, where the dollar is a dollar
        assertEquals("It costs \\$x\\$ a call.", abstractOf("It costs \\$x\\$ a call."));
        assertEquals(FaithfulText.clean("It costs \\$x\\$ a call."), abstractOf("It costs \\$x\\$ a call."));
        PaperEntry paper = onlyPaper("## A \\$x\\$ Title\n\nThe abstract.\n\n> It costs \\$x\\$, *we* said.\n");
        assertEquals("A \\$x\\$ Title", paper.title());
        assertTrue(paper.noteHtml().contains("It costs $x$, <em>we</em> said."), paper.noteHtml());
    }

    @Test
    void pricesAreText() throws IOException {
        assertEquals("From $5 and $10 a month, *not* $20.", abstractOf("From $5 and $10 a month, \\*not\\* $20."));
    }

    @Test
    void aDollarInCodeIsCode() throws IOException {
        assertEquals("Run echo $HOME and pay $5.", abstractOf("Run `echo $HOME` and pay $5."));
        // the code span is read first: its dollar opens no formula with the one after it
        PaperEntry paper = onlyPaper("## A Title\n\nThe abstract.\n\n> Run `$a`b$ and `\\(x\\)`.\n");
        assertTrue(paper.noteHtml().contains("Run <code>$a</code>b$ and <code>\\(x\\)</code>."), paper.noteHtml());
    }

    @Test
    void escapesAndEmphasisOutsideFormulasAreMarkdown() throws IOException {
        assertEquals("a_b and [x] and bold with α", abstractOf("a\\_b and \\[x] and **bold** with $\\alpha$"));
    }

    @Test
    void aNoteKeepsItsFormulaForTheReader() throws IOException {
        PaperEntry paper = onlyPaper("## A Title\n\nThe abstract.\n\n> Note $a_1 * b_2\\,c$ and *this*.\n");
        assertTrue(paper.noteHtml().contains("Note <span class=\"math\">$a_1 * b_2\\,c$</span> and <em>this</em>."),
                paper.noteHtml());
    }

    @Test
    void aParagraphOfManyOpenersAndNoCloserIsReadInLinearTime() {
        // each '$' and backslash asks where a formula starts: measured from the last, never from the paragraph's start
        String paragraph = "\\( $a \\[ ".repeat(40_000);
        String read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> abstractOf(paragraph));
        assertTrue(read.startsWith("( $a [ ( $a"), read.substring(0, 20));
    }

    private String abstractOf(String paragraph) throws IOException {
        return onlyPaper("## A Title\n\n" + paragraph + "\n").abstractText();
    }

    private PaperEntry onlyPaper(String markdown) throws IOException {
        return ReadOneDigest.onlyPaper(dir, "d.md", markdown);
    }
}
