package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.MoreAuthors;
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

    /**
     * A reading group's schedule cites each paper beside its title, as a slide does: the citation gives the first
     * author (the others left out, as "et al." says), the venue and the year, and is no part of the title nor kept as
     * a field of its words.
     */
    @Test
    void aCitationBesideATitleIsItsAuthorsVenueAndYear() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Discussed | Paper | Presenter |
                |---|---|---|
                | 2025-03-01 | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (Ho et al., NeurIPS 2020) | Alice |
                | 2025-03-08 | Score-Based Generative Modeling through Stochastic Differential Equations (Song et al., ICLR 2021), arXiv:2011.13456 | Bob |
                | 2025-03-15 | [Improved Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2102.09672) (Nichol & Dhariwal, ICML 2021) | Carol |
                | 2025-03-22 | Classifier-Free Diffusion Guidance (Ho et al.), arXiv:2207.12598 | Dan |
                """);

        assertEquals(List.of("Denoising Diffusion Probabilistic Models",
                "Score-Based Generative Modeling through Stochastic Differential Equations",
                "Improved Denoising Diffusion Probabilistic Models", "Classifier-Free Diffusion Guidance"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of(List.of("Ho"), List.of("Song"), List.of("Nichol", "Dhariwal"), List.of("Ho")),
                digest.entries().stream().map(PaperEntry::authors).toList());
        assertEquals(List.of(Optional.of("NeurIPS 2020"), Optional.of("ICLR 2021"), Optional.of("ICML 2021"),
                Optional.empty()), digest.entries().stream().map(PaperEntry::venue).toList());
        assertEquals("2020", digest.entries().get(0).extra().get("year"));
        for (PaperEntry paper : digest.entries()) {
            assertFalse(paper.extra().containsKey("paper"), "no field of the citation's words: " + paper.extra());
        }
        assertEquals(MoreAuthors.VALUE, digest.entries().get(0).extra().get(MoreAuthors.KEY), "\"et al.\" names more");
    }

    /** A column of authors names them all: the citation beside the title neither adds "Ho" again nor wins. */
    @Test
    void aColumnOfAuthorsAndOneOfVenuesWinOverTheCitation() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Paper | Authors | Venue |
                |---|---|---|
                | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (Ho et al., NeurIPS 2020) | Jonathan Ho, Ajay Jain, Pieter Abbeel | NeurIPS |
                """);

        PaperEntry paper = digest.entries().get(0);
        assertEquals(List.of("Jonathan Ho", "Ajay Jain", "Pieter Abbeel"), paper.authors());
        assertEquals(Optional.of("NeurIPS"), paper.venue());
        assertEquals("2020", paper.extra().get("year"));
    }

    /** A column of authors that cites the paper: "NeurIPS 2020" is its venue, no author, and "Ho et al." is Ho. */
    @Test
    void aCitationInAColumnOfAuthorsIsTheNamesAndTheVenue() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Paper | Authors |
                |---|---|
                | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) | Ho et al., NeurIPS 2020 |
                """);

        PaperEntry paper = digest.entries().get(0);
        assertEquals(List.of("Ho"), paper.authors());
        assertEquals(Optional.of("NeurIPS 2020"), paper.venue());
    }

    /**
     * Words in parentheses that are no citation read stay as they were: an award beside a title is no author named
     * "Oral presentation"; a citation in a shape not read ("NeurIPS 2020 Oral" ends with no year) leaves the title all the same,
     * kept under the column's name.
     */
    @Test
    void wordsInParenthesesThatCiteNoOneStayAsWritten() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Paper |
                |---|
                | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (Oral presentation, NeurIPS 2020) |
                | Improved Denoising Diffusion Probabilistic Models (Nichol et al., ICML 2021 Oral), arXiv:2102.09672 |
                | Diffusion Models Beat GANs on Image Synthesis (Version 2), arXiv:2105.05233 |
                """);

        assertEquals(List.of(), digest.entries().get(0).authors());
        assertEquals("(Oral presentation, NeurIPS 2020)", digest.entries().get(0).extra().get("paper"));
        assertEquals("Improved Denoising Diffusion Probabilistic Models", digest.entries().get(1).title());
        assertEquals(List.of(), digest.entries().get(1).authors());
        assertEquals("(Nichol et al., ICML 2021 Oral)", digest.entries().get(1).extra().get("paper"));
        assertEquals("Diffusion Models Beat GANs on Image Synthesis (Version 2)", digest.entries().get(2).title());
    }

    /**
     * Three words in parentheses after a linked title are the curator's as four are: an award and a venue ("(Oral,
     * NeurIPS 2020)") are kept under the column's name, never dropped as a badge's word or two is, and "Oral" is
     * nobody's name.
     */
    @Test
    void threeWordsInParenthesesAfterALinkedTitleAreKept() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Paper |
                |---|
                | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (Oral, NeurIPS 2020) |
                | [Improved Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2102.09672) Oral, ICML 2021 |
                | [Diffusion Models Beat GANs on Image Synthesis](https://arxiv.org/abs/2105.05233) (Spotlight, NeurIPS 2021) |
                """);

        assertEquals("(Oral, NeurIPS 2020)", digest.entries().get(0).extra().get("paper"));
        assertEquals("Oral, ICML 2021", digest.entries().get(1).extra().get("paper"));
        assertEquals("(Spotlight, NeurIPS 2021)", digest.entries().get(2).extra().get("paper"));
        for (PaperEntry paper : digest.entries()) {
            assertEquals(List.of(), paper.authors(), "an award is nobody's name: " + paper.title());
        }
    }

    /**
     * A citation that names its one author without "et al." ("(Ho, NeurIPS 2020)", a paper of a single author or a
     * list that writes the first author alone) is read as one with "et al." is: the author, the venue, the year.
     */
    @Test
    void aCitationOfOneSurnameBesideATitleIsItsAuthorVenueAndYear() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Paper |
                |---|
                | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (Ho, NeurIPS 2020) |
                | Classifier-Free Diffusion Guidance (Ho, NeurIPS 2021 Workshop), arXiv:2207.12598 |
                | Progressive Distillation for Fast Sampling of Diffusion Models (Salimans, ICLR 2022), arXiv:2202.00512 |
                """);

        PaperEntry ddpm = digest.entries().get(0);
        assertEquals("Denoising Diffusion Probabilistic Models", ddpm.title());
        assertEquals(List.of("Ho"), ddpm.authors());
        assertEquals(Optional.of("NeurIPS 2020"), ddpm.venue());
        assertEquals("2020", ddpm.extra().get("year"));
        assertFalse(ddpm.extra().containsKey("paper"), ddpm.extra().toString());
        assertFalse(ddpm.extra().containsKey(MoreAuthors.KEY), "one name without \"et al.\" names no more");
        // "NeurIPS 2021 Workshop" ends with no year: no citation read, and the words stay, out of the title
        assertEquals("Classifier-Free Diffusion Guidance (Ho, NeurIPS 2021 Workshop)", digest.entries().get(1).title());
        assertEquals(List.of("Salimans"), digest.entries().get(2).authors());
    }

    /**
     * Ordinary parentheses after a title stay as they were: one capitalised word before a year alone, or before words
     * that are no venue, is no citation, and a word of a track or an award is nobody's name.
     */
    @Test
    void oneWordInParenthesesIsNoCitationUnlessAVenueWithItsYearFollows() throws IOException {
        DigestFile digest = strict("2025-spring.md", """
                | Paper |
                |---|
                | Deep Residual Learning (Extended, 2016), arXiv:1512.03385 |
                | Attention Is All You Need (Transformer), arXiv:1706.03762 |
                | Language Models are Few-Shot Learners (Highlight, NeurIPS 2020), arXiv:2005.14165 |
                | Segment Anything (Findings, ICCV 2023), arXiv:2304.02643 |
                """);

        assertEquals(List.of("Deep Residual Learning (Extended, 2016)", "Attention Is All You Need (Transformer)",
                "Language Models are Few-Shot Learners (Highlight, NeurIPS 2020)", "Segment Anything (Findings, ICCV 2023)"),
                digest.entries().stream().map(PaperEntry::title).toList());
        for (PaperEntry paper : digest.entries()) {
            assertEquals(List.of(), paper.authors(), paper.title());
        }
    }

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }
}
