package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field of the curator's own that holds a link ("Slides", "Recording") shows the link once: a link labelled only
 * "slides" under "Slides" is the field's link, not "Slides: slides" with the address listed apart or lost.
 */
class LinkedFieldsOnPagesTest {

    @TempDir
    Path work;

    @Test
    void aLinkLabelledAsItsFieldIsShownOnceAsTheFieldsLink() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-01-schedule.md"), """
                # Diffusion reading group

                | Paper | Presenter | Slides |
                |---|---|---|
                | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) | Alice | [slides](https://example.org/ddpm.pdf) |
                | [Improved Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2102.09672) | Carol | https://example.org/iddpm.pdf |
                """);
        Files.writeString(digests.resolve("2025-03-02-notes.md"), """
                ## Classifier-Free Diffusion Guidance

                - arxiv: 2207.12598
                - slides: [Slides](https://example.org/cfg.pdf)
                - recording: [The talk at our seminar](https://example.org/talk)

                Classifier guidance is a recently introduced method to trade off mode coverage and sample fidelity.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Links")
                .similarity(BuildConfig.LEXICAL).build());

        assertSlides(SiteFiles.parse(site, "paper/denoising-diffusion-probabilistic-models.html"),
                "https://example.org/ddpm.pdf");
        assertSlides(SiteFiles.parse(site, "paper/improved-denoising-diffusion-probabilistic-models.html"),
                "https://example.org/iddpm.pdf");
        Document cfg = SiteFiles.parse(site, "paper/classifier-free-diffusion-guidance.html");
        assertSlides(cfg, "https://example.org/cfg.pdf");
        // words that say what the link is are the field's value, and the link, kept, is listed with the paper's
        assertEquals("The talk at our seminar", field(cfg, "Recording").text());
        assertEquals(1, cfg.select(".paper-links a[href=https://example.org/talk]").size());
    }

    private static void assertSlides(Document page, String url) {
        Element slides = field(page, "Slides");
        assertEquals(url, slides.text(), "the field shows the address, not its label again");
        assertEquals(List.of(url), slides.select("a").eachAttr("href"));
        assertEquals(1, page.select("a[href=" + url + "]").size(), "linked once on the page");
    }

    private static Element field(Document page, String name) {
        Element dt = page.select("dl.fields dt").stream().filter(d -> d.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + page.select("dl.fields")));
        return dt.nextElementSibling();
    }
}
