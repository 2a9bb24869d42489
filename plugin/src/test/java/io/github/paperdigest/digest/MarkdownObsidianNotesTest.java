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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes of Obsidian and its kin, read as digests: wikilinks are the text they show, hashtags are tags. */
class MarkdownObsidianNotesTest {

    private static final MarkdownDigestReader READER = new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()),
            new LinkFinder(), new LinkClassifier());

    @TempDir
    Path dir;

    /** A literature note whose template nests the paper's fields ({@code work: {title: …}}) is that paper's note. */
    @Test
    void aNoteWhoseTemplateNestsThePapersFieldsUnderOneKeyIsThePapersNote() throws IOException {
        Path file = Files.writeString(dir.resolve("konig2020common.md"), """
                ---
                citekey: konig2020common
                work:
                  title: "Accelerating MPC by Online Detection of State Space Sets With Common Optimal Feedback Laws"
                  author: "Kai König, Martin Mönnigmann"
                  date: 2020
                  arxiv: 2009.08764
                read: full-text
                ---

                # requested-first-action grouping in explicit MPC

                ## Evidence

                König and Mönnigmann prove that different explicit-MPC active-set regions can share the first control
                action requested by receding-horizon execution even when their later-horizon actions differ.
                """);
        DigestFile digest = READER.read(new DigestSource("konig2020common.md", file), DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));

        assertEquals(1, digest.entries().size(), digest.entries().toString());
        PaperEntry paper = digest.entries().get(0);
        assertEquals("Accelerating MPC by Online Detection of State Space Sets With Common Optimal Feedback Laws",
                paper.title());
        assertEquals(List.of("Kai König", "Martin Mönnigmann"), paper.authors());
        assertEquals(Optional.of("2009.08764"), paper.arxivId());
        assertEquals("full-text", paper.extra().get("read"));
    }

    /** A paper's own field that holds a title ({@code venue: {title: CVPR 2024}}) is never taken for the paper's. */
    @Test
    void aVenueWithATitleOfItsOwnIsNoNestedPaper() throws IOException {
        Path file = Files.writeString(dir.resolve("vlogger.md"), """
                ---
                authors: [Shaobin Zhuang, Kunchang Li]
                arxiv: 2401.09414
                venue:
                  title: CVPR 2024
                  url: https://cvpr.thecvf.com
                ---
                # Vlogger: Make Your Dream A Vlog

                In this work, we present Vlogger, a generic AI system for generating a minute-level video blog.
                """);
        DigestFile digest = READER.read(new DigestSource("vlogger.md", file), DigestProblems.lenient(w -> { }));
        assertTrue(digest.entries().stream().noneMatch(p -> p.title().equals("CVPR 2024")), digest.entries().toString());
    }

    /**
     * A citekey beside no title, at the top or nested, is read as a digest; the warning says why and how to make it the
     * paper's note, not that citekey is unknown.
     */
    @Test
    void aCitekeyWithoutATitleSaysTheTitleIsMissingNotThatTheKeyIsUnknown() throws IOException {
        Path file = Files.writeString(dir.resolve("konig2020common.md"), """
                ---
                citekey: konig2020common
                work:
                  author: A. König
                ---

                ## Attention Is All You Need

                - arxiv: 1706.03762

                The dominant sequence transduction models are based on complex recurrent or convolutional networks.
                """);
        List<String> warnings = new ArrayList<>();
        READER.read(new DigestSource("konig2020common.md", file), DigestProblems.strict(w -> warnings.add(w.getMessage())));

        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("konig2020common.md:2: front matter key 'citekey' names a"
                + " paper, but the front matter has no 'title' of its own")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("'citekey' is not one the plugin uses")), warnings.toString());
    }

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
