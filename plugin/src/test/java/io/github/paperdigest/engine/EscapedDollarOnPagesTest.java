package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dollar a digest escapes ({@code \$x\$}) is a dollar, in every format that has the escape: the paper's page shows
 * the text "$x$", not a formula, and so do the places that show the abstract as text (the meta description, the
 * citation tags, the structured data, the feed), while a formula beside it is still one.
 */
class EscapedDollarOnPagesTest {

    private static final String BASE = "https://example.org/papers/";

    @TempDir
    Path work;

    @Test
    void anEscapedDollarIsTextOnThePageAndWhereverTheAbstractIsShown() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-03-copied.txt"), """
                Plain Prices of Tokens

                A token costs \\$x\\$ per call, and $\\frac{a}{b}$ of the calls fail.
                """);
        Files.writeString(digests.resolve("2025-02-04-notes.md"), """
                ## Markdown Prices of Tokens

                A token costs \\$x\\$ per call, and $\\frac{a}{b}$ of the calls fail.

                > It costs \\$x\\$, we said.
                """);
        Files.writeString(digests.resolve("2025-02-05-library.bib"), """
                @misc{prices,
                  title = {BibTeX Prices of Tokens},
                  author = {Doe, Jane},
                  year = {2025},
                  abstract = {A token costs \\$x\\$ per call, and $\\frac{a}{b}$ of the calls fail.}
                }
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Prices").baseUrl(BASE)
                .similarity(BuildConfig.LEXICAL).build());

        for (String title : List.of("Plain Prices of Tokens", "Markdown Prices of Tokens", "BibTeX Prices of Tokens")) {
            Document page = paperPage(site, title);
            Element abstractText = page.selectFirst(".abstract-text");
            assertTrue(abstractText.text().startsWith("A token costs $x$ per call, and "), title + ": " + abstractText);
            assertEquals(1, abstractText.select("span.math").size(), title + ": only the formula is one: " + abstractText);
            assertFalse(abstractText.selectFirst("span.math").text().contains("x$"), title + ": " + abstractText);

            String description = page.selectFirst("meta[name=description]").attr("content");
            assertTrue(description.startsWith("A token costs $x$ per call"), title + ": " + description);
            String citationAbstract = page.selectFirst("meta[name=citation_abstract]").attr("content");
            assertTrue(citationAbstract.startsWith("A token costs $x$ per call"), title + ": " + citationAbstract);
            JsonNode article = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
            assertTrue(article.path("abstract").asText().startsWith("A token costs $x$ per call"), title + ": " + article);
        }
        Document markdown = paperPage(site, "Markdown Prices of Tokens");
        assertEquals("It costs $x$, we said.", markdown.selectFirst("blockquote.note p").text());

        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        List<String> contents = feed.select("entry > content, entry > summary").eachText();
        assertEquals(3, contents.size(), contents.toString());
        assertTrue(contents.stream().allMatch(c -> c.startsWith("A token costs $x$ per call")), contents.toString());
    }

    private static Document paperPage(Path site, String title) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.select(".paper-item-title a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title + " in " + index.select(".paper-item-title")));
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
