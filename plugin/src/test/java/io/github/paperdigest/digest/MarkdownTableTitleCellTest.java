package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a table's cell of titles says beyond its linked title is the curator's and is kept, not dropped; a column
 * without a name that numbers the rows is no part of the papers.
 */
class MarkdownTableTitleCellTest {

    @TempDir
    Path dir;

    /** A reading group's table whose fourth row wraps onto a second line (clulab/nlp-reading-group, fall 2020). */
    @Test
    void wordsAfterALinkedTitleInItsCellAreKeptUnderTheColumnsName() throws IOException {
        DigestFile digest = strict("2020-09-01-candidates.md", """
                # Candidate papers for Fall 2020

                |    | Proposer    | Paper |
                |:---|:------------|:------|
                | 3  | Steven      |[Named Entity Recognition as Dependency Parsing](https://www.aclweb.org/anthology/2020.acl-main.577)|
                | 4  | Masha       |[How much progress have we made on RST discourse parsing?](https://www.aclweb.org/anthology/D17-1136.pdf)
                The gist: Inconsistency among evaluation metrics leads to an inaccurate picture of progress. |
                """);

        PaperEntry wrapped = digest.entries().get(1);
        assertEquals("How much progress have we made on RST discourse parsing?", wrapped.title());
        assertEquals("The gist: Inconsistency among evaluation metrics leads to an inaccurate picture of progress.",
                wrapped.extra().get("paper"));
        assertEquals("Masha", wrapped.extra().get("proposer"));
        for (PaperEntry paper : digest.entries()) {
            assertFalse(paper.extra().containsKey(""), "the rows' numbers are no field: " + paper.extra());
        }
    }

    @Test
    void aBadgeAfterTheTitleIsNoNote() throws IOException {
        DigestFile digest = strict("2020-09-01-list.md", """
                | Paper | Code |
                |-------|------|
                | [Named Entity Recognition as Dependency Parsing](https://www.aclweb.org/anthology/2020.acl-main.577) ![Star](https://img.shields.io/badge/star-1-blue) | [code](https://github.com/example/ner) |
                """);

        assertFalse(digest.entries().get(0).extra().containsKey("paper"), digest.entries().get(0).extra().toString());
    }

    /**
     * A plain title that names its arXiv id, as a schedule written by hand has it: the id is the paper's, and no part
     * of its title (which split the paper from the same paper elsewhere, under a title no one wrote).
     */
    @Test
    void anArxivIdAfterAPlainTitleIsThePapers() throws IOException {
        DigestFile digest = strict("2024-spring.md", """
                | Date | Paper | Presenter | Slides |
                |------|-------|-----------|--------|
                | 2024-02-07 | Llama 2: Open Foundation and Fine-Tuned Chat Models, arXiv:2307.09288 | Dana | |
                | 2024-02-14 | Mamba: Linear-Time Sequence Modeling with Selective State Spaces (arXiv 2312.00752v2) | Eli | |
                | 2024-02-21 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Fay | |
                | 2024-02-28 | What We Learn from arXiv papers | Gus | [slides](https://example.org/s.pdf) |
                """);

        assertEquals(List.of("Llama 2: Open Foundation and Fine-Tuned Chat Models",
                "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "Attention Is All You Need",
                "What We Learn from arXiv papers"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of(Optional.of("2307.09288"), Optional.of("2312.00752"), Optional.of("1706.03762"),
                Optional.empty()), digest.entries().stream().map(PaperEntry::arxivId).toList());
    }

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }
}
