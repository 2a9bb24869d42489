package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextDigestReaderTest {

    private static final String ABSTRACT_A = "We study how to make long videos. Our method is simple and works well.";
    private static final String ABSTRACT_B = "We propose a benchmark for video question answering with many questions.";
    private static final String ABSTRACT_C = "A third abstract, which ends in a full stop like every abstract does.";

    private final PlainTextDigestReader reader = new PlainTextDigestReader(new LinkFinder(), new LinkClassifier());
    private final List<DigestException> reported = new ArrayList<>();

    @TempDir
    Path dir;

    @Nested
    class TheSeedDigest {

        private final DigestFile digest = SeedDigest.read();
        private final List<String> lines = SeedDigest.lines();

        @Test
        void hasExactly89Papers() {
            assertEquals(SeedDigest.PAPERS, digest.entries().size());
        }

        @Test
        void pageFurnitureBeforeThePapersIsDropped() {
            Set<String> furniture = Set.of("new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
                    "by AK and the research community");
            for (PaperEntry e : digest.entries()) {
                assertFalse(furniture.contains(e.title()), e.title());
                assertFalse(furniture.contains(e.abstractText()), e.abstractText());
            }
            assertEquals("KVQ: Kwai Video Quality Assessment for Short-form Videos", digest.entries().get(0).title());
        }

        @Test
        void theFirstPaperIsExactlyAsInTheFile() {
            PaperEntry first = digest.entries().get(0);
            assertEquals("KVQ: Kwai Video Quality Assessment for Short-form Videos", first.title());
            assertEquals(lines.get(12), first.abstractText());
            assertTrue(first.abstractText().startsWith("Short-form UGC video platforms, like Kwai and TikTok,"));
            assertTrue(first.abstractText().endsWith("on our KVQ database and popular VQA databases."));
            assertEquals(11, first.line());
            assertFalse(first.abstractTruncated());
        }

        @Test
        void theLastPaperIsExactlyAsInTheFile() {
            PaperEntry last = digest.entries().get(digest.entries().size() - 1);
            assertEquals("ExVideo: Extending Video Diffusion Models via Parameter-Efficient Post-Tuning", last.title());
            // as in the file, but for "5times", a copied page's leftover of $5\times$, shown as "5×"
            assertEquals(lines.get(lines.size() - 1).replace("5times", "5×"), last.abstractText());
            assertTrue(last.abstractText().contains("up to 5× its original number"), last.abstractText());
            assertTrue(last.abstractText().startsWith("Recently, advancements in video synthesis have attracted"));
            assertTrue(last.abstractText().endsWith("We will release the source code and the enhanced model publicly."));
            assertEquals(363, last.line());
        }

        @Test
        void everyPaperIsATitleLineAndTheAbstractLineTwoBelowIt() {
            for (PaperEntry e : digest.entries()) {
                assertEquals(lines.get(e.line() - 1), e.title(), "title of the entry on line " + e.line());
                assertEquals("", lines.get(e.line()), "blank line after line " + e.line());
                // the abstract line as it is, but for TeX leftovers (``quotes'') shown as what they mean
                assertEquals(FaithfulText.clean(lines.get(e.line() + 1)), e.abstractText(),
                        "abstract of the entry on line " + e.line());
            }
        }

        @Test
        void urlsInAbstractsBecomeClassifiedLinksWithoutSentencePunctuation() {
            assertEquals(List.of(new Link(LinkKind.CODE, "https://github.com/QQ-MM/Video-CCAM")),
                    entry("Video-CCAM:").links());
            assertTrue(allLinks().contains(new Link(LinkKind.PROJECT, "https://cg-bench.github.io/leaderboard/")));
            assertTrue(allLinks().contains(new Link(LinkKind.VIDEO, "https://youtu.be/gCuUyGETbTU")));
            assertTrue(allLinks().contains(new Link(LinkKind.DATASET, "https://huggingface.co/datasets/WenhaoWang/VideoUFO")));
            for (Link link : allLinks()) {
                assertFalse(link.url().endsWith("."), link.url());
                assertTrue(link.url().startsWith("http"), link.url());
            }
        }

        @Test
        void onlyTheAbstractThatEndsInDotsIsTruncated() {
            List<String> truncated = digest.entries().stream().filter(PaperEntry::abstractTruncated)
                    .map(PaperEntry::title).toList();
            assertEquals(List.of("ShareGPT4Video: Improving Video Understanding and Generation with Better Captions"),
                    truncated);
        }

        @Test
        void hasNoDateSinceItsFileNameNamesNone() {
            assertEquals(Optional.empty(), digest.date());
            assertEquals(SeedDigest.NAME, digest.sourceName());
            assertEquals("text", digest.format());
        }

        private PaperEntry entry(String titleStart) {
            return digest.entries().stream().filter(e -> e.title().startsWith(titleStart)).findFirst().orElseThrow();
        }

        private List<Link> allLinks() {
            return digest.entries().stream().flatMap(e -> e.links().stream()).toList();
        }
    }

    @Test
    void pageFurnitureBetweenPapersIsDropped() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", ABSTRACT_A, "", "Upvote", "", "Next", "", "Title B", "",
                ABSTRACT_B, "", "View all", "", "Daily Papers");
        assertEquals(List.of("Title A", "Title B"), titles(digest));
        assertEquals(List.of(ABSTRACT_A, ABSTRACT_B), digest.entries().stream().map(PaperEntry::abstractText).toList());
    }

    @Test
    void leadingLinesBeforeTheFirstPaperAreNotPapers() throws IOException {
        DigestFile digest = read("d.txt", "Trending this week", "", "Some page banner", "", "Title A", "", ABSTRACT_A);
        assertEquals(List.of("Title A"), titles(digest));
        assertTrue(reported.isEmpty());
    }

    @Test
    void anAbstractOverSeveralLinesIsJoinedWithSingleSpaces() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", "We study   how", "  to make long videos.", "", "Title B", "",
                ABSTRACT_B);
        assertEquals("We study how to make long videos.", digest.entries().get(0).abstractText());
    }

    @Test
    void entriesRememberTheLineOfTheirTitle() throws IOException {
        DigestFile digest = read("d.txt", "Daily Papers", "", "Title A", "", ABSTRACT_A, "", "", "Title B", "", ABSTRACT_B);
        assertEquals(List.of(3, 8), digest.entries().stream().map(PaperEntry::line).toList());
    }

    @Test
    void aTitleWithoutAnAbstractIsReportedWithItsFileAndLineInStrictMode() throws IOException {
        Path file = write("2025-03-04.txt", "Title A", "", ABSTRACT_A, "", "Title B", "", "Title C", "", ABSTRACT_C);
        DigestException e = assertThrows(DigestException.class,
                () -> reader.read(new DigestSource("2025-03-04.txt", file), DigestProblems.strict(warning -> { })));
        assertEquals("2025-03-04.txt", e.sourceName());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith("2025-03-04.txt:5: "), e.getMessage());
        assertTrue(e.getMessage().contains("Title B"), e.getMessage());
    }

    @Test
    void aTitleWithoutAnAbstractIsSkippedAndReportedInLenientMode() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", ABSTRACT_A, "", "Title B", "", "Title C", "", ABSTRACT_C);
        assertEquals(List.of("Title A", "Title C"), titles(digest));
        assertEquals(ABSTRACT_C, digest.entries().get(1).abstractText());
        assertEquals(1, reported.size());
        assertEquals(5, reported.get(0).line());
        assertEquals("d.txt", reported.get(0).sourceName());
    }

    /**
     * A list of papers copied from a web page (a title, its authors, venue and address, one a line) is no daily papers
     * page: read as one, the page's heading was a paper whose abstract was the first paper's citation, and the other
     * papers were said to be paragraphs after an abstract. Each is said at its own line instead, with the way out.
     */
    @Test
    void papersListedWithTheirAuthorsAndAddressesButNoAbstractsAreEachSaid() throws IOException {
        DigestFile digest = read("papers.txt", "Papers we have read", "",
                "Attention Is All You Need", "Ashish Vaswani, Noam Shazeer, Niki Parmar", "NeurIPS 2017",
                "https://arxiv.org/abs/1706.03762", "",
                "Deep learning", "Yann LeCun, Yoshua Bengio, Geoffrey Hinton", "https://doi.org/10.1038/nature14539");

        assertEquals(List.of(), titles(digest), "no heading read as a paper over another paper's citation");
        assertEquals(List.of(3, 8), reported.stream().map(DigestException::line).toList());
        assertTrue(reported.get(0).getMessage().contains("papers.txt:3: \"Attention Is All You Need\" is a title over 3 lines of"
                + " authors, venue or address, with no abstract"), reported.get(0).getMessage());
        assertTrue(reported.get(0).getMessage().contains("in a Markdown digest (.md), one item a paper: '- [Title]"),
                reported.get(0).getMessage());
    }

    /** An abstract wrapped over lines, an address on one of them, is an abstract. */
    @Test
    void anAbstractWrappedWithAnAddressOnALineOfItsOwnIsAnAbstract() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", "We make long videos. Code and models are at",
                "https://github.com/a/b", "", "Title B", "", "We make short videos. Our code is available at our",
                "https://b.github.io", "project page.");

        assertEquals(List.of("Title A", "Title B"), titles(digest));
        assertEquals(List.of(), reported);
    }

    /**
     * An abstract written on one line, its address alone on the next, is an abstract: its first line is a sentence of
     * an abstract's length, which the reader never takes for a title, so the paragraph is no title over its address.
     */
    @Test
    void anAbstractOnOneLineOverItsAddressIsAnAbstract() throws IOException {
        String sentence = "We propose a simple method for long video generation that keeps its characters consistent"
                + " across scenes and shots, trains in one day, and outperforms prior work on three benchmarks.";
        DigestFile digest = read("d.txt", "Title A", "", sentence, "https://github.com/a/b", "", "Title B", "", ABSTRACT_B);

        assertEquals(List.of("Title A", "Title B"), titles(digest));
        assertEquals(sentence + " https://github.com/a/b", digest.entries().get(0).abstractText());
        assertEquals(List.of(), reported);
    }

    /** A short line over an address stays a title over its address, told with both ways out. */
    @Test
    void aShortLineOverAnAddressIsToldAsATitleOverOneLine() throws IOException {
        read("d.txt", "Title A", "", ABSTRACT_A, "", "Title B", "", "Code and data on GitHub:", "https://github.com/a/b");

        assertEquals(1, reported.size());
        String message = reported.get(0).getMessage();
        assertTrue(message.contains("is a title over 1 line of authors, venue or address"), message);
        assertTrue(message.contains("; if it is an abstract, join its address to the line before"), message);
    }

    @Test
    void aLastTitleWithoutAnAbstractIsReportedToo() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", ABSTRACT_A, "", "Title B", "");
        assertEquals(List.of("Title A"), titles(digest));
        assertEquals(List.of(5), reported.stream().map(DigestException::line).toList());
    }

    /**
     * A paragraph of invisible characters under a title gives it no empty abstract: it is no abstract, and is said
     * (found by DigestReaderPropertiesTest, seed -6215511645064284455, try 130).
     */
    @Test
    void aParagraphOfInvisibleCharactersIsNoAbstract() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", ABSTRACT_A, "", "Title B", "", "\u200B", "\u007F");
        assertEquals(List.of("Title A"), titles(digest));
        assertEquals(List.of(7), reported.stream().map(DigestException::line).toList());
        assertTrue(reported.get(0).getMessage().contains("neither a title nor an abstract"), reported.get(0).getMessage());
    }

    /**
     * A title whose abstract is lost (here to a paragraph of invisible characters) is a paper lost: the report names
     * it and its line, not only the paragraph that took the abstract's place, so the curator knows which paper to mend.
     */
    @Test
    void theTitleLeftWithoutItsAbstractIsNamedWithItsLine() throws IOException {
        read("d.txt", "Title A", "", ABSTRACT_A, "", "Title B", "", "\u200B", "\u007F");
        assertEquals(1, reported.size());
        String message = reported.get(0).getMessage();
        assertTrue(message.contains("\"Title B\" (line 5)"), message);
        assertTrue(message.contains("has no abstract"), message);
    }

    @Test
    void aStrayParagraphAfterAnAbstractNamesNoTitle() throws IOException {
        read("d.txt", "Title A", "", ABSTRACT_A, "", "\u200B", "\u007F", "", "Title B", "", ABSTRACT_B);
        assertEquals(List.of(5), reported.stream().map(DigestException::line).toList());
        assertFalse(reported.get(0).getMessage().contains("has no abstract"), reported.get(0).getMessage());
    }

    @Test
    void anAbstractEndingInDotsIsMarkedTruncated() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", "We study how to make long videos and we find that...", "",
                "Title B", "", "We propose a benchmark with an ellipsis at the end…", "", "Title C", "", ABSTRACT_C);
        assertEquals(List.of(true, true, false),
                digest.entries().stream().map(PaperEntry::abstractTruncated).toList());
        assertEquals("We study how to make long videos and we find that...", digest.entries().get(0).abstractText());
    }

    @Test
    void aUrlThatATruncatedAbstractEndsWithBecomesALinkWithoutTheDots() throws IOException {
        DigestFile digest = read("d.txt", "Title A", "", "Our code and data are released at https://github.com/a/b…", "",
                "Title B", "", "Our project page is https://b.github.io/page...");
        assertEquals(List.of(new Link(LinkKind.CODE, "https://github.com/a/b")), digest.entries().get(0).links());
        assertEquals(List.of(new Link(LinkKind.PROJECT, "https://b.github.io/page")), digest.entries().get(1).links());
        assertTrue(digest.entries().get(0).abstractTruncated());
    }

    @Test
    void crlfFilesReadLikeLfFiles() throws IOException {
        Path file = dir.resolve("crlf.txt");
        Files.writeString(file, "\uFEFFDaily Papers\r\n\r\nTitle A\r\n\r\n" + ABSTRACT_A + "\r\n\r\nTitle B\r\n\r\n"
                + ABSTRACT_B + "\r\n", StandardCharsets.UTF_8);
        DigestFile digest = reader.read(new DigestSource("crlf.txt", file), DigestProblems.strict(warning -> { }));
        assertEquals(List.of("Title A", "Title B"), titles(digest));
        assertEquals(ABSTRACT_B, digest.entries().get(1).abstractText());
    }

    @Test
    void theDateComesFromAnIsoDateInTheFileName() throws IOException {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), read("2025-03-04-daily.txt", "T", "", ABSTRACT_A).date());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), read("papers_2024-12-31.txt", "T", "", ABSTRACT_A).date());
    }

    @Test
    void aFileNameWithoutAValidDateGivesNoDate() throws IOException {
        assertEquals(Optional.empty(), read("daily.txt", "T", "", ABSTRACT_A).date());
        assertEquals(Optional.empty(), read("digest-2025-13-40.txt", "T", "", ABSTRACT_A).date());
        assertEquals(Optional.empty(), read("20250304.txt", "T", "", ABSTRACT_A).date());
    }

    @Test
    void theDatedHeadingOfACopiedPageIsTheDigestsTitle() throws IOException {
        DigestFile digest = read("hf.txt", "Daily Papers", "", "Daily Papers — January 22, 2025", "", "Title A", "",
                ABSTRACT_A);
        assertEquals(Optional.of("Daily Papers — January 22, 2025"), digest.title());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 22)), digest.date());
        assertEquals(List.of("Title A"), titles(digest));
    }

    @Test
    void readsTextFilesOnly() {
        assertTrue(reader.handles(new DigestSource("a.txt", dir.resolve("a.txt"))));
        assertTrue(reader.handles(new DigestSource("a.TXT", dir.resolve("a.TXT"))));
        assertTrue(reader.handles(new DigestSource("a.text", dir.resolve("a.text"))));
        assertFalse(reader.handles(new DigestSource("a.md", dir.resolve("a.md"))));
        assertFalse(reader.handles(new DigestSource("a.txt.json", dir.resolve("a.txt.json"))));
        assertFalse(reader.handles(new DigestSource("txt", dir.resolve("txt"))));
    }

    private DigestFile read(String name, String... lines) throws IOException {
        Path file = write(name, lines);
        return reader.read(new DigestSource(name, file), DigestProblems.lenient(reported::add));
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> titles(DigestFile digest) {
        return digest.entries().stream().map(PaperEntry::title).toList();
    }
}
