package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's column named for papers whose cells are link words ("| Paper |" over "[paper](…)", as an awesome list's
 * table of datasets writes it) holds the papers' links, not their titles: read as titles, every row was a paper called
 * "paper", and all of them one page. The titles are then the names another column links; with no such column, the
 * table is refused at its header, naming the column and what it holds.
 */
class MarkdownTableLinkWordsTest {

    @TempDir
    Path dir;

    @Test
    void aPaperColumnOfLinkWordsHoldsTheLinksAndTheLinkedNamesAreTheTitles() throws IOException {
        DigestFile digest = strict("datasets.md", """
                ## Datasets

                | Name (link) | Task | Number | Evaluation* | Paper |
                |-------------|------|--------|-------------|-------|
                |[Towel-QA](https://github.com/example/towel-qa)  | open-domain QA | 88k/5.6k/5.6k | Exact Match | [Paper](https://aclanthology.org/D18-0001.pdf) |
                |[socks](https://huggingface.co/datasets/example/socks)|multiple-choice questions|99.8k/285/1.5k||[paper](https://arxiv.org/pdf/2009.07001.pdf)|
                |[LaundryBench](https://huggingface.co/datasets/laundrybench)|folding|||[paper](https://doi.org/10.48550/arxiv.2206.07002)|
                |[Plates](https://github.com/example/plates)|math||||
                ||||||
                """);

        assertEquals(List.of("Towel-QA", "socks", "LaundryBench", "Plates"),
                digest.entries().stream().map(PaperEntry::title).toList(), "never \"paper\"");
        assertEquals(List.of("", "2009.07001", "2206.07002", ""),
                digest.entries().stream().map(p -> p.arxivId().orElse("")).toList(),
                "the link under \"paper\" is the paper's own, an arXiv DOI too");
        assertTrue(digest.entries().get(1).links()
                .contains(new Link(LinkKind.PDF, "https://arxiv.org/pdf/2009.07001.pdf")), digest.entries().get(1).links()::toString);
        assertEquals("Datasets", digest.entries().get(0).section());
    }

    @Test
    void theRowsOfADatasetsTableAreAsManyPapersAsTheyName() throws IOException {
        DigestFile digest = strict("datasets.md", """
                | Name (link) | Paper |
                |---|---|
                |[Towel-QA](https://github.com/example/towel-qa)|[Paper](https://aclanthology.org/D18-0001.pdf)|
                |[socks](https://huggingface.co/datasets/example/socks)|[paper](https://arxiv.org/abs/2009.07001)|
                |[LaundryBench](https://huggingface.co/datasets/laundrybench)|[paper](https://doi.org/10.48550/arxiv.2206.07002)|
                """);

        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(digest));

        assertEquals(3, corpus.papers().size(), "one page each, none merged under a shared title");
    }

    @Test
    void aTableWhoseOnlyColumnOfPapersHoldsLinkWordsIsRefusedAtItsHeader() {
        String text = """
                # Benchmarks

                | Task | Number | Paper |
                |------|--------|-------|
                | open-domain QA | 88k | [paper](https://arxiv.org/abs/2009.07001) |
                | reasoning | 7k | [PDF](https://arxiv.org/pdf/2110.07003) |
                """;

        DigestException e = assertThrows(DigestException.class, () -> strict("benchmarks.md", text));

        assertEquals(3, e.line(), "the header's line");
        assertTrue(e.getMessage().contains("'Paper' (column 3) holds 'paper' and 'PDF', which are the papers' links, not"
                + " their titles"), e.getMessage());
        assertTrue(e.getMessage().contains("give the titles a column of their own ('Title')"), e.getMessage());
    }

    @Test
    void aLenientBuildLeavesSuchATableOutWithAWarning() throws IOException {
        List<String> said = new ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "benchmarks.md", """
                # Benchmarks

                | Task | Paper |
                |------|-------|
                | open-domain QA | [paper](https://arxiv.org/abs/2009.07001) |
                """, DigestProblems.lenient(w -> said.add(w.getMessage())));

        assertEquals(List.of(), digest.entries());
        assertTrue(said.stream().anyMatch(m -> m.startsWith("benchmarks.md:3:") && m.contains("'Paper' (column 2)")),
                said::toString);
    }

    @Test
    void aColumnOfLinkWordsBesideTheTitlesGivesEachPaperItsOwnLink() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "papers.md", """
                | Title | Paper | Code |
                |---|---|---|
                | Folding Towels with Diffusion Policies | [paper](https://arxiv.org/abs/2401.07001) | [code](https://github.com/example/towels) |
                """);

        assertEquals("Folding Towels with Diffusion Policies", paper.title());
        assertEquals(Optional.of("2401.07001"), paper.arxivId(), "the paper's own link, not one it mentions");
    }

    @Test
    void aTitleCellThatIsALinkWordAmongTitlesIsARowWithoutATitle() {
        String text = """
                | Paper | Code |
                |---|---|
                | [Folding Towels with Diffusion Policies](https://arxiv.org/abs/2401.07001) | |
                | [[link]](https://arxiv.org/abs/2401.07002) | |
                """;

        DigestException e = assertThrows(DigestException.class, () -> strict("papers.md", text));

        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("its column 'Paper' holds the link word '[link]'"), e.getMessage());
    }

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }
}
