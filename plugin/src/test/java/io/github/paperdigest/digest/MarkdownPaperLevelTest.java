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

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }
}
