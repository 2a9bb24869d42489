package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-text or Markdown file is a title over a paragraph, which notes are too. A file that shows nothing of papers
 * (no identifier, link, author, date or tag, abstracts shorter than any paper's, and no date of its own) is not
 * published as papers: a strict build stops on it, naming what it read and the two ways out; a lenient one leaves it
 * out with that warning.
 */
class NotesNotPapersTest {

    private static final String TODO = "TODO\n\nRead the diffusion papers before Friday and write up notes.\n\n"
            + "Shopping\n\nMilk, eggs and bread.\n";
    private static final String README = "# Our reading club\n\nThis folder holds the papers we read each week.\n\n"
            + "## How to contribute\n\nAdd a file named after the date with the papers you propose, and open a pull"
            + " request.\n\n## Schedule\n\nWe meet on Thursdays at 4pm in room 2.17.\n";
    private static final String ABSTRACT = "We present a method for generating minute-long video blogs from a"
            + " user's description. A language model plans the script, the actors and the shots, and a video diffusion"
            + " model films each scene, keeping the characters and the setting consistent from one shot to the next;"
            + " experiments show that the method outperforms earlier generators on zero-shot text-to-video benchmarks.";

    private final List<String> warnings = new ArrayList<>();
    private final DigestFolder folder = new DigestFolder(
            DigestFormats.standard(new LinkFinder(), new LinkClassifier(), new HtmlSanitizer()), warnings::add,
            line -> { });

    @TempDir
    Path dir;

    @Test
    void aToDoListStopsAStrictBuildNamingTheFileItsTitlesAndTheWaysOut() throws IOException {
        write("todo.txt", TODO);

        DigestException failure = assertThrows(DigestException.class, this::readStrictly);

        assertEquals("todo.txt", failure.sourceName());
        assertEquals(1, failure.line());
        String message = failure.getMessage();
        assertTrue(message.contains("read as 2 papers, \"TODO\" (line 1), \"Shopping\" (line 5)"), message);
        assertTrue(message.contains("looks like notes"), message);
        assertTrue(message.contains("move it out of the digest folder"), message);
        assertTrue(message.contains("date it in its name (as 2025-01-24-todo.txt)"), message);
    }

    @Test
    void aFoldersReadmeStopsAStrictBuildAndItsFrontMatterIsOneWayOut() throws IOException {
        write("README.md", README);

        DigestException failure = assertThrows(DigestException.class, this::readStrictly);

        assertEquals("README.md", failure.sourceName());
        assertEquals(5, failure.line());
        assertTrue(failure.getMessage().contains("\"How to contribute\" (line 5), \"Schedule\" (line 9)"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("or its front matter (date: 2025-01-24)"), failure.getMessage());
    }

    @Test
    void aLenientBuildLeavesTheNotesOutWithTheSameWordsAndKeepsTheDigests() throws IOException {
        write("README.md", README);
        write("2025-01-24-club.md", "## Vlogger: Make Your Dream A Vlog\n\n" + ABSTRACT + "\n");
        List<String> lenient = new ArrayList<>();

        List<DigestFile> read = folder.read(folder.sources(dir), DigestProblems.lenient(p -> lenient.add(p.getMessage())));

        assertEquals(List.of("2025-01-24-club.md"), read.stream().map(DigestFile::sourceName).toList());
        assertEquals(1, lenient.size(), lenient.toString());
        assertTrue(lenient.get(0).startsWith("README.md:5: read as 2 papers"), lenient.get(0));
        assertTrue(lenient.get(0).endsWith("skipped (strict=false)"), lenient.get(0));
    }

    @Test
    void theSameShortEntriesAreADigestWhenTheFilesNameIsDated() throws IOException {
        write("2025-01-24-todo.txt", TODO);
        write("2025-01-24-readme.md", README);

        assertEquals(2, readStrictly().size());
    }

    @Test
    void aMarkdownDigestDatedInItsFrontMatterIsADigest() throws IOException {
        write("club.md", "---\ndate: 2025-01-24\n---\n\n" + README);

        assertEquals(1, readStrictly().size());
    }

    @Test
    void oneLinkOrOneAuthorAmongShortEntriesMakesThemPapers() throws IOException {
        write("links.md", "## Attention Is All You Need\n\nThe Transformer.\n\n## BERT\n\nSee"
                + " https://arxiv.org/abs/1810.04805 for the paper.\n");
        write("authors.md", "## Attention Is All You Need\n\n- authors: Ashish Vaswani, Noam Shazeer\n\n"
                + "The Transformer.\n\n## BERT\n\nBidirectional pre-training.\n");

        assertEquals(2, readStrictly().size());
    }

    @Test
    void abstractsOfAPapersLengthAreADigestWithoutAnythingElse() throws IOException {
        write("papers.txt", "Vlogger: Make Your Dream A Vlog\n\n" + ABSTRACT + "\n\nAnother Long Video Generator\n\n"
                + ABSTRACT + "\n");

        assertEquals(1, readStrictly().size());
    }

    @Test
    void aShortNoteBesideOneLongAbstractIsNotEnough() throws IOException {
        write("notes.md", "## How to contribute\n\n" + ABSTRACT + "\n\n## Schedule\n\nThursdays at four.\n");

        assertThrows(DigestException.class, this::readStrictly);
    }

    @Test
    void aCopiedDailyPapersPageWithCutAbstractsIsADigest() throws IOException {
        write("copied.txt", "Daily Papers\n\nVlogger: Make Your Dream A Vlog\n\nIn this work, we present Vlogger,"
                + " a generic AI system ...\n\nCG-Bench: Clue-grounded Question Answering\n\nMost existing video"
                + " understanding benchmarks ...\n");
        write("cut.txt", "Vlogger: Make Your Dream A Vlog\n\nIn this work, we present Vlogger, a generic AI"
                + " system ...\n");

        assertEquals(2, readStrictly().size());
    }

    @Test
    void formatsThatOnlyHoldPapersAreNotJudged() throws IOException {
        write("reading.csv", "title,abstract\nAttention Is All You Need,The Transformer.\nBERT,Pre-training.\n");

        assertEquals(1, readStrictly().size());
    }

    private List<DigestFile> readStrictly() {
        return folder.read(folder.sources(dir), DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
