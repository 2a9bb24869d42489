package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Papers are {@code ##} headings, as documented; a digest whose deeper headings open with a paper's metadata list,
 * and whose {@code ##} headings do not, has its papers at that level, the headings above them its sections: a reading
 * log's "### Title" under "## Week 1" is a paper, never dropped.
 */
class MarkdownPaperLevelTest {

    @TempDir
    Path dir;

    @Test
    void level3HeadingsOpeningWithAMetadataListArePapers() throws IOException {
        DigestFile digest = strict("2025-01-10-week1.md", """
                # Week 1

                ### Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414
                - authors: Shaobin Zhuang, Kunchang Li

                In this work, we present Vlogger, a generic AI system for generating a minute-level video blog of user descriptions.

                ### MiraData: A Large-Scale Video Dataset

                - paper: https://arxiv.org/abs/2407.06358

                We propose MiraData, a high-quality video dataset that surpasses previous ones in video duration and caption detail.
                """);
        assertEquals(List.of("Vlogger: Make Your Dream A Vlog", "MiraData: A Large-Scale Video Dataset"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(Optional.of("Week 1"), digest.title());
        assertEquals(List.of("Shaobin Zhuang", "Kunchang Li"), digest.entries().get(0).authors());
        assertEquals(Optional.of("2407.06358"), digest.entries().get(1).arxivId());
    }

    @Test
    void theHeadingsAboveThePapersAreTheirSections() throws IOException {
        DigestFile digest = strict("reading-log.md", """
                # Reading log

                ## Week 1 — 2025-01-10

                ### Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414

                In this work, we present Vlogger, a generic AI system for generating a minute-level video blog of user descriptions.

                #### Our notes

                The Script / Actor / ShowMaker split reads like a film crew.

                ## Week 2 — 2025-01-17

                ### MiraData: A Large-Scale Video Dataset

                - arxiv: 2407.06358

                We propose MiraData, a high-quality video dataset that surpasses previous ones in video duration and caption detail.
                """);
        assertEquals(List.of("Vlogger: Make Your Dream A Vlog", "MiraData: A Large-Scale Video Dataset"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of("Week 1 — 2025-01-10", "Week 2 — 2025-01-17"),
                digest.entries().stream().map(PaperEntry::section).toList());
    }

    @Test
    void documentedLevel2PapersKeepTheirOwnSubheadings() throws IOException {
        DigestFile digest = strict("2025-01-10-club.md", """
                ## Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414

                In this work, we present Vlogger, a generic AI system for generating a minute-level video blog of user descriptions.

                ### Notes

                - discussed: the film-crew split
                """);
        assertEquals(List.of("Vlogger: Make Your Dream A Vlog"), digest.entries().stream().map(PaperEntry::title).toList());
    }

    /** A documented paper's own "### Links" over a metadata list is no paper, and moves no paper to level 3. */
    @Test
    void aLevel2PapersOwnSubheadingOverAMetadataListLeavesThePapersAtLevel2() throws IOException {
        DigestFile digest = strict("2025-01-10-club.md", """
                ## Vlogger: Make Your Dream A Vlog

                In this work, we present Vlogger, a generic AI system for generating a minute-level video blog of user descriptions.

                ### Links

                - code: https://github.com/zhuangshaobin/Vlogger

                ## MiraData: A Large-Scale Video Dataset

                We propose MiraData, a high-quality video dataset that surpasses previous ones in video duration and caption detail.
                """);
        assertEquals(List.of("Vlogger: Make Your Dream A Vlog", "MiraData: A Large-Scale Video Dataset"),
                digest.entries().stream().map(PaperEntry::title).toList());
    }

    /** {@code #} to {@code ######} headings, each over a paragraph of its own, {@code cycles} times over. */
    private static String allLevels(int cycles) {
        StringBuilder md = new StringBuilder();
        int n = 0;
        for (int i = 0; i < cycles; i++) {
            for (int level = 1; level <= 6; level++) {
                n++;
                md.append("#".repeat(level)).append(" Heading ").append(n).append("\n\nText under heading ").append(n)
                        .append(", a paragraph of several words.\n\n");
            }
        }
        return md.toString();
    }

    /**
     * 30,000 headings cycling through six levels gave 5,000 papers, one level in six, without a word: the other
     * headings, as much like papers, were read as parts of their notes. Which level holds the papers cannot be told.
     */
    @Test
    void headingsOfEveryLevelEachOverAParagraphStopAStrictBuildNamingTheLevels() {
        DigestException e = assertThrows(DigestException.class, () -> strict("2025-04-01-levels.md", allLevels(5_000)));

        assertEquals(9, e.line(), "the first '###' heading inside a paper");
        assertEquals("2025-04-01-levels.md:9: which headings are the papers cannot be told: 5,000 '##' headings are read"
                + " as papers, but the 4,999 '#' headings, 5,000 '###' headings, 5,000 '####' headings, 5,000 '#####'"
                + " headings, 5,000 '######' headings inside them are each over a paragraph and titled apart, as papers"
                + " are, and are read as parts of those papers' notes; write each paper as a '##' heading (over a"
                + " metadata list, '- arxiv: …', where its level is another), and its note's parts under headings of a"
                + " deeper level", e.getMessage());
    }

    @Test
    void aLenientBuildReadsThePapersOfTheLevelItChoseAndSaysSo() throws IOException {
        List<String> warnings = new ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "2025-04-01-levels.md", allLevels(3),
                DigestProblems.lenient(w -> warnings.add(w.getMessage())));

        assertEquals(List.of("Heading 2", "Heading 8", "Heading 14"), digest.entries().stream().map(PaperEntry::title)
                .toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("2025-04-01-levels.md:9: which headings are the papers cannot be told:"
                + " 3 '##' headings are read as papers"), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("(strict=false: read as the '##' papers)"), warnings.get(0));
    }

    /** Parts of every note under titles that repeat ("### Notes") are parts of notes, and say nothing. */
    @Test
    void theSamePartsUnderEveryPaperAreItsNotesParts() throws IOException {
        StringBuilder md = new StringBuilder("# Reading group\n\n");
        for (int i = 1; i <= 4; i++) {
            md.append("## Paper number ").append(i).append("\n\n- arxiv: 2401.0941").append(i)
                    .append("\n\nThe abstract of the paper, in words.\n\n### Notes\n\nWhat we said about it.\n\n")
                    .append("### Questions\n\nWhat we asked.\n\n");
        }
        assertEquals(4, strict("2025-04-02-group.md", md.toString()).entries().size());
    }

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }
}
