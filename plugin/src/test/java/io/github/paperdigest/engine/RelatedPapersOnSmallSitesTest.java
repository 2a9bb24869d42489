package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a small site a paper's nearest papers may be of another field: an LSTM paper's nearest was Gemini's, by a few
 * common words. A paper is shown as related only from a similarity that every fifth nearest paper of a labelled
 * corpus of one field reached ({@code RelatedPapers.SHOWN_FROM}); a page with none shows no "Related papers".
 */
class RelatedPapersOnSmallSitesTest {

    @TempDir
    Path work;

    @Test
    void papersOfOtherFieldsAreNotShownAsRelated() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-07-reading.md"), """
                ## Long Short-Term Memory

                - arxiv: cs/9701001

                Learning to store information over extended time intervals by recurrent backpropagation takes a very
                long time, mostly because of insufficient, decaying error backflow.

                ## Gemini: A Family of Highly Capable Multimodal Systems

                - arxiv: 2312.11805

                This report introduces a new family of multimodal systems with remarkable capabilities across
                image, audio, video and text.

                ## Protein Folding With Diffusion

                - arxiv: 2401.00002

                We fold proteins with a diffusion model over residue frames and report accuracy on folding benchmarks.

                ## Protein Design With Diffusion

                - arxiv: 2401.00003

                We design proteins with a diffusion model over residue frames, conditioned on folding constraints.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .build());

        assertNull(page(site, "long-short-term-memory").selectFirst("section.related"));
        assertEquals(List.of("Protein Design With Diffusion"),
                page(site, "protein-folding-with-diffusion").select(".related-list a").eachText());
    }

    private static Document page(Path site, String slug) throws IOException {
        return Jsoup.parse(site.resolve("paper/" + slug + ".html").toFile(), "UTF-8");
    }
}
