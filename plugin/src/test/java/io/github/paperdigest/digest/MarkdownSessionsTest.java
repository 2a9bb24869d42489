package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reading group's log: a heading for each session, and under it a list that names the paper by its linked title,
 * who presented it and what was said. The paper is the one the list names, not the session, and needs no abstract.
 */
class MarkdownSessionsTest {

    @TempDir
    Path dir;

    @Test
    void aSessionsHeadingOverAListThatNamesThePaperGivesThatPaper() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "reading-group.md", """
                # ML reading group

                ## Week 3 — 2024-02-09

                - **Paper:** [Toolformer: Language Models Can Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761)
                - **Presenter:** Alice

                ## Week 4 — 2024-02-16

                - Title: ReAct
                - arXiv: 2210.03629
                - Presenter: Bob
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));
        assertEquals(List.of("Toolformer: Language Models Can Teach Themselves to Use Tools", "ReAct"),
                digest.entries().stream().map(PaperEntry::title).toList());
        PaperEntry toolformer = digest.entries().get(0);
        assertEquals(Optional.of("2302.04761"), toolformer.arxivId());
        assertEquals("Week 3 — 2024-02-09", toolformer.section());
        assertEquals("Alice", toolformer.extra().get("presenter"));
        assertEquals(null, digest.entries().get(1).extra().get("title"), "the title is no metadata of its own");
        assertEquals(Optional.of("2210.03629"), digest.entries().get(1).arxivId());
    }

    @Test
    void aPaperItemThatIsALinksLabelLeavesTheHeadingTheTitle() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "d.md", """
                ## Attention Is All You Need

                - paper: [arXiv](https://arxiv.org/abs/1706.03762)

                The dominant sequence transduction models are based on complex recurrent networks.
                """);
        assertEquals("Attention Is All You Need", paper.title());
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
    }
}
