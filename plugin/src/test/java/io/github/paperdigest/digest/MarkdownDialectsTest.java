package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layouts of Markdown digests that popular generators write, read as the papers they list. */
class MarkdownDialectsTest {

    private static final MarkdownDigestReader READER = new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()),
            new LinkFinder(), new LinkClassifier());

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aTableDigestIsReadAsItsRowsNotAsOnePaperPerSectionHeading() throws IOException {
        // the old heading rule read this file as two "papers", named after its two section headings
        DigestFile digest = fixture("keyword-tables.md");
        assertEquals(List.of("LLMs cannot spot math errors, even when allowed to peek into the solution",
                "Analysis of Error Sources in LLM-based Hypothesis Search for Few-Shot Rule Induction",
                "A Multi-Strategy Approach for AI-Generated Text Detection",
                "LLMs cannot spot math errors, even when allowed to peek into the solution",
                "Prompting | Probing: Reading Tables With Pipes"), titles(digest));
        PaperEntry first = digest.entries().get(0);
        assertEquals(Optional.of("2509.01395"), first.arxivId());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), first.published());
        assertTrue(first.abstractText().startsWith("Large language models (LLMs) demonstrate"), first.abstractText());
        assertTrue(first.abstractText().endsWith("VtG and PRM800K."), "the <summary> label is not part of it");
        assertEquals("Accepted to EMNLP 2025", first.extra().get("comment"));
        assertEquals("Large Language Models", first.section());
        assertEquals("Text Detection", digest.entries().get(2).section());
        assertTrue(digest.entries().get(2).abstractText().contains("news articles & academic abstracts"), digest.entries().get(2).abstractText());
        assertEquals("A title with an escaped pipe, and an abstract that wraps onto a second line of the file, as"
                + " hand-edited tables do.", digest.entries().get(4).abstractText(), "a wrapped row is one row");
        assertEquals("table rows: 5, 2 sections", digest.shape());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aTableWithoutAbstractsGivesPapersWithTheirLinksAndAuthors() throws IOException {
        DigestFile digest = fixture("first-author-tables.md");
        assertEquals(3, digest.entries().size(), titles(digest).toString());
        PaperEntry jump = digest.entries().get(0);
        assertEquals("Exploring Decision-Making Capabilities of LLM Agents: An Experimental Study on Jump-Jump Game",
                jump.title());
        assertEquals("", jump.abstractText());
        assertEquals(List.of("Juwu Li"), jump.authors(), "\"et.al.\" names nobody");
        assertEquals(Optional.of("2509.00483"), jump.arxivId());
        assertEquals(List.of(new Link(LinkKind.PAPER, "http://arxiv.org/abs/2509.00483")), jump.links(), "null is no code link");
        assertTrue(digest.entries().get(1).links().contains(new Link(LinkKind.CODE, "https://github.com/example/math-errors")));
        assertEquals(List.of("Agents", "Agents", "Graphics"), digest.entries().stream().map(PaperEntry::section).toList());
        assertTrue(digest.introHtml().contains("Updated on 2025.09.03"), "the generator's heading stays in the"
                + " introduction: " + digest.introHtml());
        assertEquals("table rows: 3, 2 sections", digest.shape(), "the empty row is no paper");
    }

    @Test
    void linkedHeadingsGiveAuthorsCategoriesAndTheEnglishAbstractWithTheChineseTldrAsANote() throws IOException {
        DigestFile digest = fixture("linked-headings.md");
        assertEquals(Optional.of("Daily arXiv digest: 2025-09-03"), digest.title());
        assertEquals(3, digest.entries().size(), titles(digest).toString());
        PaperEntry vgk = digest.entries().get(0);
        assertEquals("Virtual Group Knowledge and Group Belief in Topological Evidence Models (Extended Version)", vgk.title());
        assertEquals(List.of("Alexandru Baltag", "Malvin Gattinger", "Djanira Gomes"), vgk.authors());
        assertTrue(vgk.abstractText().startsWith("We study notions of (virtual) group knowledge"), vgk.abstractText());
        assertTrue(vgk.abstractText().endsWith("from individuals to groups."), "wrapped lines joined: " + vgk.abstractText());
        assertTrue(vgk.noteHtml().contains("本文将基于证据"), "the Chinese TL;DR is a note: " + vgk.noteHtml());
        assertTrue(vgk.noteHtml().contains("公理化群体证据逻辑"), "so are the details");
        assertTrue(vgk.tags().contains("Artificial Intelligence"), vgk.tags().toString());
        assertEquals("Artificial Intelligence [cs.AI]", vgk.section());

        PaperEntry translated = digest.entries().get(1);
        assertEquals("", translated.abstractText(), "an abstract in another language than the title is not the abstract");
        assertTrue(translated.noteHtml().contains("归纳推理"), translated.noteHtml());
        assertEquals(Optional.of("2509.01016"), translated.arxivId());

        PaperEntry brush = digest.entries().get(2);
        assertEquals("Graphics [cs.GR]", brush.section());
        assertTrue(brush.abstractText().contains("run 6× faster"), brush.abstractText());
        assertEquals("linked headings: 3, 2 sections", digest.shape());
    }

    @Test
    void anAwesomeListGivesTitleAuthorsVenueAndCode() throws IOException {
        DigestFile digest = fixture("awesome-list.md");
        assertEquals(List.of("LLMs cannot spot math errors, even when allowed to peek into the solution",
                "Analysis of Error Sources in LLM-based Hypothesis Search for Few-Shot Rule Induction",
                "Virtual Group Knowledge and Group Belief in Topological Evidence Models"), titles(digest));
        PaperEntry math = digest.entries().get(0);
        assertEquals(List.of("KV Aditya Srivatsa", "Kaushal Kumar Maurya", "Ekaterina Kochmar"), math.authors());
        assertEquals(Optional.of("EMNLP, 2025"), math.venue());
        assertEquals(Optional.of("2509.01395"), math.arxivId());
        assertTrue(math.links().contains(new Link(LinkKind.CODE, "https://github.com/example/math-errors")));
        assertEquals(Optional.of("2509.00184"), digest.entries().get(2).arxivId());
        assertEquals("Papers", math.section());
        assertEquals(Optional.of("Awesome LLM Reasoning"), digest.title());
    }

    @Test
    void aListItemsAuthorsWrittenWithInitialsEndAtTheFullStopAfterAWord() throws IOException {
        Path file = write("initials.md", """
                ## Papers

                - [Vlogger: Make Your Dream A Vlog](https://arxiv.org/abs/2401.09414) - S. Zhuang, J.-P. Li, M. L. King Jr. CVPR, 2024.
                - [Video Depth Anything](https://arxiv.org/abs/2501.12375) - Sili Chen, Hengkai Guo. CVPR, 2025.
                """);
        DigestFile digest = READER.read(new DigestSource("initials.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage())));
        assertEquals(List.of("S. Zhuang", "J.-P. Li", "M. L. King Jr."), digest.entries().get(0).authors());
        assertEquals(Optional.of("CVPR, 2024"), digest.entries().get(0).venue());
        assertEquals(List.of("Sili Chen", "Hengkai Guo"), digest.entries().get(1).authors());
        assertEquals(Optional.of("CVPR, 2025"), digest.entries().get(1).venue());
    }

    @Test
    void aTableThatLinksToPapersWithoutAColumnOfTitlesStopsTheStrictBuildNamingLineAndShapes() throws IOException {
        Path file = write("no-titles.md", """
                ## SLAM

                | Date | Venue | Link |
                | --- | --- | --- |
                | 2025-09-01 | CVPR | [2509.01395](https://arxiv.org/abs/2509.01395) |
                | 2025-09-02 | ICCV | [2509.01016](https://arxiv.org/abs/2509.01016) |
                """);
        DigestException e = assertThrows(DigestException.class, () -> READER.read(new DigestSource("no-titles.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("no column of titles (its columns: Date, Venue, Link)"), e.getMessage());
        assertTrue(e.getMessage().contains("shapes understood"), e.getMessage());
    }

    @Test
    void papersLinkedFromTextNoShapeExplainsStopTheStrictBuild() throws IOException {
        Path file = write("prose.md", """
                # Reading list

                This week [one](https://arxiv.org/abs/2509.01395), [two](https://arxiv.org/abs/2509.01016),
                [three](https://arxiv.org/abs/2509.00184) and [four](https://arxiv.org/abs/2509.01442).

                - see also: the archive
                """);
        DigestException e = assertThrows(DigestException.class, () -> READER.read(new DigestSource("prose.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("links to 4 arXiv papers that were not read as papers (0 read)"), e.getMessage());
    }

    @Test
    void aTableWithAPaperColumnOfShortNamesTakesItsTitleColumnForTheTitles() throws IOException {
        Path file = write("2025-09-05-reading.md", """
                | Paper | Title | Link |
                | --- | --- | --- |
                | BERT | BERT: Pre-training of Deep Bidirectional Transformers | https://arxiv.org/abs/1810.04805 |
                """);
        DigestFile digest = READER.read(new DigestSource("2025-09-05-reading.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage())));
        assertEquals(List.of("BERT: Pre-training of Deep Bidirectional Transformers"), titles(digest));
    }

    @Test
    void twoColumnsNamedTitleInATableAreAnErrorNamingBothAndTheHeadersLine() throws IOException {
        Path file = write("2025-09-05-reading.md", """
                # Reading group

                | **Title** | Link | Title |
                | --- | --- | --- |
                | Good Paper | https://arxiv.org/abs/1810.04805 | Another Paper |
                """);

        DigestException e = assertThrows(DigestException.class, () -> READER.read(
                new DigestSource("2025-09-05-reading.md", file), DigestProblems.strict(w -> warnings.add(w.getMessage()))));

        assertEquals("2025-09-05-reading.md:3: the table's header names 2 columns of titles, 'Title' (column 1) and"
                + " 'Title' (column 3): which one holds the titles cannot be told. Rename the others", e.getMessage());
    }

    @Test
    void aLenientBuildLeavesOutATableWithTwoTitleColumnsWithAWarningAsItLeavesOutSuchASheet() throws IOException {
        write("papers.csv", """
                Title,Link,Title
                Good Paper,https://arxiv.org/abs/1810.04805,Another Paper
                """);
        write("reading.md", """
                ## Week 1

                | Title | Link | Title |
                | --- | --- | --- |
                | Good Paper | https://arxiv.org/abs/1810.04805 | Another Paper |

                ## Week 2

                | Title | Link |
                | --- | --- |
                | Attention Is All You Need | https://arxiv.org/abs/1706.03762 |
                """);
        DigestFolder folder = new DigestFolder(DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
                new HtmlSanitizer()), warnings::add, line -> { });

        List<DigestFile> read = folder.read(folder.sources(dir), DigestProblems.lenient(w -> warnings.add(w.getMessage())));

        assertEquals(List.of("papers.csv:1: the first row names 2 columns of titles, 'Title' (column 1) and 'Title'"
                + " (column 3): which one holds the titles cannot be told. Rename the others; skipped (strict=false)",
                "reading.md:3: the table's header names 2 columns of titles, 'Title' (column 1) and 'Title' (column 3):"
                + " which one holds the titles cannot be told. Rename the others; skipped (strict=false)"), warnings);
        assertEquals(List.of("reading.md"), read.stream().map(DigestFile::sourceName).toList(),
                "the sheet is left out whole");
        assertEquals(List.of("Attention Is All You Need"), titles(read.get(0)), "the file's other tables are read");
    }

    @Test
    void anUnescapedPipeInATitleIsReadAsPartOfTheTitleWithAWarning() throws IOException {
        Path file = write("pipe.md", """
                | Title | Date |
                | --- | --- |
                | **[Prompting | Probing](https://arxiv.org/abs/2509.09999)** | 2025-09-02 |
                """);
        DigestFile digest = READER.read(new DigestSource("pipe.md", file), DigestProblems.strict(w -> warnings.add(w.getMessage())));
        assertEquals(List.of("Prompting | Probing"), titles(digest));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("pipe.md:3: a table row has 3 cells but the header 2"), warnings.get(0));
    }

    @Test
    void theRecommendedLayoutIsReadAsBefore() throws IOException {
        Path file = write("week.md", """
                ## A Paper

                - arxiv: 2509.01395

                An abstract of the paper, long enough.

                ## Lonely Heading
                """);
        DigestException e = assertThrows(DigestException.class, () -> READER.read(new DigestSource("week.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))));
        assertEquals("week.md:7: \"Lonely Heading\" has no abstract: give it one, as a paragraph under the paper's heading",
                e.getMessage());
    }

    /**
     * A table's columns are named as a spreadsheet's are, but a column named as Zotero names its bookkeeping ("Key",
     * "Date Added") is the curator's own in a Markdown table: kept, as every column no name says is.
     */
    @Test
    void aTablesKeyAndDateAddedColumnsAreKeptAsTheCuratorWroteThem() throws IOException {
        Path file = write("table.md", """
                # Papers

                | Title | Link | Key | Date Added |
                |---|---|---|---|
                | A Paper | https://arxiv.org/abs/2401.09414 | sparse attention | 2024-02-01 |
                """);

        PaperEntry paper = READER.read(new DigestSource("table.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);
        assertEquals("sparse attention", paper.extra().get("key"));
        assertEquals("2024-02-01", paper.extra().get("date added"));
    }

    /**
     * A table's DOI column often links its DOI under a word, as awesome lists do: the DOI is read from the link, and
     * the link is kept, as it was when the column was one like any other.
     */
    @Test
    void aDoiLinkedUnderAWordIsTheDoiOfThePaper() throws IOException {
        Path file = write("table.md", """
                # Papers

                | Title | DOI |
                |---|---|
                | Deep Residual Learning | [paper](https://doi.org/10.1109/CVPR.2016.90) |
                """);

        PaperEntry paper = READER.read(new DigestSource("table.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);
        assertEquals(Optional.of("10.1109/cvpr.2016.90"), paper.doi());
        assertEquals(List.of(new Link(LinkKind.DOI, "https://doi.org/10.1109/cvpr.2016.90")), paper.links());
        assertEquals(List.of(), warnings);
    }

    private DigestFile fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = MarkdownDialectsTest.class.getResourceAsStream("/digests/formats/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return READER.read(new DigestSource(name, file), DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<String> titles(DigestFile digest) {
        return digest.entries().stream().map(PaperEntry::title).toList();
    }
}
