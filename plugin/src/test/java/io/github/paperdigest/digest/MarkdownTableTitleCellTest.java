package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
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

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }
}
