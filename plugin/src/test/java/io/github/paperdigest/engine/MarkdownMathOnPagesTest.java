package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formulas of a Markdown digest reach the paper's page as the source KaTeX renders: each in its
 * {@code span.math}, backslashes and delimiters as written, and a set's braces kept where a formula is said as text.
 */
class MarkdownMathOnPagesTest {

    @TempDir
    Path work;

    @Test
    void thePageCarriesEachFormulaAsWritten() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-03-math.md"), """
                ---
                title: Math week
                ---

                ## Gaussian Integrals in $\\ell_{\\infty}\\,$ Norm

                - arxiv: 2502.01234

                The display $$\\int_0^1 e^{-x^2}\\,dx$$ holds, and \\(\\mathbb{E}[X]=\\mu\\) with
                \\[ \\lVert W \\rVert_F \\le 1 \\], plus $a \\\\ b$ and $a_i * b_j * c_k$ over a set $\\{1,\\dots,n\\}$.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Math")
                .similarity(BuildConfig.LEXICAL).build());

        List<Path> papers;
        try (Stream<Path> files = Files.list(site.resolve("paper"))) {
            papers = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals(1, papers.size(), papers.toString());
        Document page = Jsoup.parse(papers.get(0).toFile(), "UTF-8");
        assertEquals(List.of("$\\ell_{\\infty}\\,$"), page.select("h1 span.math").eachText());
        assertEquals(List.of("$$\\int_0^1 e^{-x^2}\\,dx$$", "\\[ \\lVert W \\rVert_F \\le 1 \\]", "$a \\\\ b$",
                "$a_i * b_j * c_k$"), page.select(".abstract-text span.math").eachText());
        String prose = page.selectFirst(".abstract-text").text();
        assertTrue(prose.contains("and 𝔼[X]=μ with") && prose.contains("over a set {1,…,n}."), prose);
    }

    /**
     * A curator writes TeX in a note as in an abstract: "the $\beta_t$ schedule". It is shown as the abstract's
     * formulas are, on the paper's page and on the digest's, which then load KaTeX; an escaped dollar and a price
     * stay text.
     */
    @Test
    void aCuratorsNoteShowsItsFormulasAsTheAbstractDoes() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-14-week-11.md"), """
                ---
                title: Week 11
                ---

                ## Denoising Diffusion Probabilistic Models

                - arxiv: 2006.11239

                We present high quality image synthesis results using diffusion probabilistic models.

                > José: re-read section 3.2; the $\\beta_t$ schedule matters, and $$\\sum_t \\beta_t < 1$$.
                > The GPU costs \\$5 an hour, from $5 to $10.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Math")
                .similarity(BuildConfig.LEXICAL).build());

        Document paper = Jsoup.parse(site.resolve("paper/denoising-diffusion-probabilistic-models.html").toFile(), "UTF-8");
        Document digest = Jsoup.parse(site.resolve("digest/2025-03-14-week-11.html").toFile(), "UTF-8");
        for (Document page : List.of(paper, digest)) {
            assertEquals(List.of("$\\beta_t$", "$$\\sum_t \\beta_t < 1$$"), page.select(".note span.math").eachText(),
                    page.location());
            assertEquals(List.of("math", "math display"), page.select(".note span.math").eachAttr("class"));
            assertTrue(page.selectFirst(".note").text().contains("The GPU costs $5 an hour, from $5 to $10."),
                    page.selectFirst(".note").text());
            assertTrue(page.select("script[src$=katex.min.js]").size() == 1, "KaTeX is loaded");
        }
    }
}
