package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the recommended Markdown format, paragraphs before a block quote are the abstract; the quote and all after it, the note. */
class MarkdownNoteTest {

    @TempDir
    Path dir;

    @Test
    void aParagraphAfterAQuoteBelongsToTheNote() throws IOException {
        PaperEntry paper = onlyPaper("## A Title\n\nThe abstract.\n\n> Worth reading.\n\nAlso: the talk.\n");
        assertEquals("The abstract.", paper.abstractText());
        assertTrue(paper.noteHtml().contains("Worth reading.") && paper.noteHtml().contains("Also: the talk."), paper.noteHtml());
    }

    @Test
    void anEmptyQuoteStillEndsTheAbstract() throws IOException {
        PaperEntry paper = onlyPaper("## A Title\n\nThe abstract.\n\n> \n\nAlso: the talk.\n");
        assertEquals("The abstract.", paper.abstractText(), "found by the round-trip property (seed 2454754362111316714, try 6)");
        assertTrue(paper.noteHtml().contains("Also: the talk."), paper.noteHtml());
    }

    /** A reading group's note written as GitHub's alert reads as one: its kind in bold, then the note. */
    @Test
    void aNoteWrittenAsAnAlertOpensWithItsKindNotItsMarker() throws IOException {
        PaperEntry paper = onlyPaper("## A Title\n\nThe abstract.\n\n> [!NOTE]\n> We read sections 3 and 4.\n");
        org.jsoup.nodes.Element note = org.jsoup.Jsoup.parseBodyFragment(paper.noteHtml()).body();
        assertEquals("Note", note.selectFirst("p > strong").text(), paper.noteHtml());
        assertEquals("Note We read sections 3 and 4.", note.text());
    }

    private PaperEntry onlyPaper(String markdown) throws IOException {
        return ReadOneDigest.onlyPaper(dir, "d.md", markdown);
    }
}
