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

    /**
     * A {@code notes:} item of the metadata list is the curator's note, where a quote under the paper goes, written in
     * Markdown as notes are: not a field shown as its text with its stars.
     */
    @Test
    void aNotesItemOfTheMetadataListIsTheNoteRenderedAsMarkdown() throws IOException {
        PaperEntry paper = onlyPaper("""
                ## A Title

                - arxiv: 2401.09414
                - **Notes:** Discussed on *Friday*; see [the talk](https://example.org/talk).
                - presenter: Alice

                The abstract.
                """);
        assertEquals("The abstract.", paper.abstractText());
        assertEquals(null, paper.extra().get("notes"), "no field of its own");
        assertEquals("Alice", paper.extra().get("presenter"));
        org.jsoup.nodes.Element note = org.jsoup.Jsoup.parseBodyFragment(paper.noteHtml()).body();
        assertEquals("Discussed on Friday; see the talk.", note.text());
        assertEquals("Friday", note.selectFirst("em").text());
        assertEquals("https://example.org/talk", note.selectFirst("a").attr("href"));
    }

    /** A {@code note:} item and a quote after the abstract are one note, the item's words first, as written. */
    @Test
    void aNoteItemAndAQuoteAfterTheAbstractAreOneNote() throws IOException {
        PaperEntry paper = onlyPaper("""
                ## A Title

                - note: Read for week 3, with
                  **its appendix**.

                The abstract.

                > Worth reading.
                """);
        assertEquals("The abstract.", paper.abstractText());
        org.jsoup.nodes.Element note = org.jsoup.Jsoup.parseBodyFragment(paper.noteHtml()).body();
        assertEquals(java.util.List.of("Read for week 3, with its appendix.", "Worth reading."), note.select("p").eachText());
        assertEquals("its appendix", note.selectFirst("strong").text());
        assertEquals(null, paper.extra().get("note"));
    }

    private PaperEntry onlyPaper(String markdown) throws IOException {
        return ReadOneDigest.onlyPaper(dir, "d.md", markdown);
    }
}
