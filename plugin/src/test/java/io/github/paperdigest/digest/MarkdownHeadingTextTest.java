package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Heading text without its marks, and without a "back to top" link, in time linear in the line. */
class MarkdownHeadingTextTest {

    private static final String BLANKS = " ".repeat(400_000);

    @Test
    void openingAndClosingMarksAreCutButAHashInsideTheTitleIsKept() {
        assertEquals("Video generation", MarkdownHeadings.headingText("## Video generation ##"));
        assertEquals("[3] C# for research", MarkdownHeadings.headingText("### [3] C# for research"));
        assertEquals("Issue #12", MarkdownHeadings.headingText("# Issue #12  "));
        assertEquals("", MarkdownHeadings.headingText("## ##"));
    }

    @Test
    void aBackToTopLinkAtTheEndIsCut() {
        assertEquals("Video generation", MarkdownHeadings.withoutBackToTop("Video generation [Back to top]"));
        assertEquals("Video generation", MarkdownHeadings.withoutBackToTop("Video generation back to top  "));
        assertEquals("Backtracking", MarkdownHeadings.withoutBackToTop("Backtracking"));
    }

    @Test
    void aHeadingWithALongRunOfBlanksTakesLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals("A", MarkdownHeadings.headingText("## A" + BLANKS));
            assertEquals("A" + BLANKS + "B", MarkdownHeadings.headingText("## A" + BLANKS + "B ##"));
            assertEquals("A" + BLANKS + "B", MarkdownHeadings.withoutBackToTop("A" + BLANKS + "B"));
        }, "a pattern that backtracks over the blanks would take minutes here");
    }
}
