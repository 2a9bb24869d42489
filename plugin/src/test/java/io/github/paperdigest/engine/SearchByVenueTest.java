package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteSearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Researchers search by venue ("CVPR", "NeurIPS 2017"), which a paper's title and abstract seldom name: the venue's
 * words are search words of the paper, as its title's and abstract's are. The search page then shows the venue with
 * the word marked ({@code ReaderInBrowserTest}).
 */
class SearchByVenueTest {

    @TempDir
    Path work;

    @Test
    void aPapersVenueIsSearchedAsItsWordsAre() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-24-reading-group.md"), """
                ## Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414
                - venue: CVPR 2024

                We present a generic system that generates a minute-level video blog from a user's description.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .build());

        assertTrue(SiteSearchIndex.of(site).words().contains("cvpr"), "the venue alone names CVPR");

        // the same paper without its venue: no word of the index says CVPR
        Files.writeString(digests.resolve("2025-01-24-reading-group.md"), Files.readString(
                digests.resolve("2025-01-24-reading-group.md")).replace("- venue: CVPR 2024\n", ""));
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .build());
        assertFalse(SiteSearchIndex.of(site).words().contains("cvpr"));
    }
}
