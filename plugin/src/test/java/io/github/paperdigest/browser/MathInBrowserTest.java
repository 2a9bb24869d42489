package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * Formulas of titles and abstracts, rendered by the theme's own KaTeX one at a time, from disk and over HTTP: a
 * formula KaTeX cannot read keeps its source while the others render, and without JavaScript every source shows.
 */
@ExtendWith(ExampleSiteInBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MathInBrowserTest {

    private static final String PAPER = "paper/attention-in-sqrt-n-memory.html";

    private Path site;
    private SiteServer server;

    @BeforeAll
    void buildASiteWithFormulas() throws IOException {
        Path work = SiteFiles.projectRoot().resolve("plugin/target/browser/math");
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path digests = Files.createDirectories(work.resolve("digests"));
        // JSON keeps a formula's every character, as a digest from Hugging Face Papers gives it
        Files.writeString(digests.resolve("2025-02-01.json"), """
                [{"paper": {"id": "2502.00001", "title": "Attention in $\\\\sqrt{n}$ memory",
                  "summary": "The loss falls as \\\\(L \\\\propto N^{-\\\\alpha}\\\\) with $\\\\alpha \\\\approx 0.07$, a sum $$\\\\sum_{i=1}^{n} x_i$$ in all. A formula with an error, $\\\\frac{1}{$, stays as written.",
                  "authors": [{"name": "Ada Lovelace"}], "publishedAt": "2025-02-01T00:00:00.000Z"},
                  "title": "Attention in $\\\\sqrt{n}$ memory", "publishedAt": "2025-02-01T00:00:00.000Z"}]
                """);
        site = work.resolve("site/papers");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Formulas")
                .similarity(BuildConfig.LEXICAL).build());
        server = SiteServer.serve(site, "/");
    }

    @AfterAll
    void stopTheServer() {
        server.close();
    }

    Stream<String> origins() {
        return Stream.of(site.toUri().toString(), server.siteUrl().toString());
    }

    @ParameterizedTest
    @MethodSource("origins")
    void eachFormulaIsRenderedOnItsOwnAndOneKaTeXCannotReadKeepsItsSource(String origin, Browser browser) {
        browser.open(origin + PAPER);
        browser.h1();

        browser.waitUntil(d -> browser.findAll("span.math.rendered").size() == 3);
        assertEquals(1, browser.findAll("h1 span.math.rendered .katex").size(), "the formula of the title");
        assertEquals(2, browser.findAll(".abstract-text span.math.rendered .katex").size(), "inline and displayed");
        List<WebElement> failed = browser.findAll("span.math.math-error");
        assertEquals(1, failed.size());
        assertEquals("$\\frac{1}{$", failed.get(0).getText());
    }

    @ParameterizedTest
    @MethodSource("origins")
    void withoutJavaScriptEveryFormulaShowsItsSource(String origin, Browser browser) {
        browser.javaScript(false);
        browser.open(origin + PAPER);

        assertTrue(browser.find("h1").getText().contains("$\\sqrt{n}$"), browser.find("h1").getText());
        String abstractText = browser.find(".abstract-text").getText();
        assertTrue(abstractText.contains("\\(L \\propto N^{-\\alpha}\\)"), abstractText);
        assertTrue(abstractText.contains("with α ≈ 0.07"), "a formula plain text says whole is that text: " + abstractText);
        assertFalse(browser.findAll("span.math").isEmpty());
        assertTrue(browser.findAll(".katex").isEmpty());
    }

}
