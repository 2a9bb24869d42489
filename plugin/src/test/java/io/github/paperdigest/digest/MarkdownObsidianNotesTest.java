package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes of Obsidian and its kin, read as digests: wikilinks are the text they show, hashtags are tags. */
class MarkdownObsidianNotesTest {

    private static final MarkdownDigestReader READER = new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()),
            new LinkFinder(), new LinkClassifier());

    @TempDir
    Path dir;

    @Test
    void wikilinksAreWrittenAsTheirTextInTitleAbstractAndNoteAndHashtagsAreSeparateTags() throws IOException {
        Path file = Files.writeString(dir.resolve("obsidian-note.md"), """
                # Video generation notes

                Related: [[Diffusion models]], [[Reading list|my list]]

                ## [[MagicVideo]]: Efficient Video Generation With Latent Diffusion Models

                - arxiv: 2211.11018
                - tags: #video-generation #diffusion

                We present an efficient text-to-video generation framework. See [[Stable Diffusion]] for background.

                > My take: compare with [[Lumiere|Google's Lumiere]].

                ```
                if [[ -f notes.md ]]; then echo kept; fi
                ```
                """);
        DigestFile digest = READER.read(new DigestSource("obsidian-note.md", file), DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
        PaperEntry paper = digest.entries().get(0);
        assertEquals("MagicVideo: Efficient Video Generation With Latent Diffusion Models", paper.title());
        assertEquals("We present an efficient text-to-video generation framework. See Stable Diffusion for background.",
                paper.abstractText());
        assertEquals(List.of("video-generation", "diffusion"), paper.tags());
        String note = Jsoup.parse(paper.noteHtml()).text();
        assertTrue(note.contains("compare with Google's Lumiere."), note);
        assertTrue(note.contains("if [[ -f notes.md ]]"), "code keeps its brackets: " + note);
        assertEquals("Related: Diffusion models, my list", Jsoup.parse(digest.introHtml()).text());
        assertFalse(digest.introHtml().contains("[["), digest.introHtml());
    }

    @Test
    void tagsThatAreNotAllHashtagsAreSplitAtCommasAsBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("week.md"), """
                ## A Paper

                - tags: C# tooling, #diffusion

                An abstract of the paper, long enough.
                """);
        DigestFile digest = READER.read(new DigestSource("week.md", file), DigestProblems.strict(w -> {
        }));
        assertEquals(List.of("C# tooling", "#diffusion"), digest.entries().get(0).tags());
    }
}
