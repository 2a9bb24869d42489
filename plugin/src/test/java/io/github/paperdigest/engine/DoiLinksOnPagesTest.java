package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link to a DOI (doi.org, dx.doi.org) says "DOI", whichever digest gave it and however: a BibTeX or RIS DOI field,
 * a record's link, a link in an abstract. It was "Paper", the label of a paper's own page elsewhere.
 */
class DoiLinksOnPagesTest {

    @TempDir
    Path work;

    @Test
    void aLinkToADoiIsLabelledDoiOnThePaperPageAndInTheExport() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-03-library.bib"), """
                @article{field,
                  title = {A Paper With A DOI Field},
                  author = {Doe, Jane},
                  journal = {Journal of Tests},
                  year = {2024},
                  doi = {10.1000/field}
                }
                """);
        Files.writeString(digests.resolve("2025-02-04-notes.md"), """
                ## A Paper Linked Through dx.doi.org

                - url: https://dx.doi.org/10.1000/old
                - code: https://github.com/a/b

                The abstract, with its publisher's page https://openreview.net/forum?id=abc too.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("DOIs")
                .similarity(BuildConfig.LEXICAL).build());

        Document field = paperPage(site, "A Paper With A DOI Field");
        assertEquals(Map.of("DOI", "https://doi.org/10.1000/field"), linksOf(field, "DOI", "Paper"));
        assertEquals(List.of("DOI"), labelsOfDoiLinks(field));
        // one link to the paper's DOI, at its address of today
        Document old = paperPage(site, "A Paper Linked Through dx.doi.org");
        assertEquals(Map.of("DOI", "https://doi.org/10.1000/old", "Paper", "https://openreview.net/forum?id=abc"),
                linksOf(old, "DOI", "Paper"));
        assertEquals(List.of("DOI"), labelsOfDoiLinks(old));

        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile());
        List<String> kinds = new ArrayList<>();
        for (JsonNode paper : papers.path("papers")) {
            for (JsonNode link : paper.path("links")) {
                if (link.path("url").asText().contains("doi.org/")) {
                    kinds.add(link.path("kind").asText());
                }
            }
        }
        assertEquals(List.of("doi", "doi"), kinds);
    }

    /** The labels of the page's links out to a DOI. */
    private static List<String> labelsOfDoiLinks(Document page) {
        return page.select("ul.paper-links a[href*=doi.org/]").eachText();
    }

    /** The page's links out with these labels, by label. */
    private static Map<String, String> linksOf(Document page, String... labels) {
        Map<String, String> links = new TreeMap<>();
        for (Element a : page.select("ul.paper-links a")) {
            if (List.of(labels).contains(a.text())) {
                links.put(a.text(), a.attr("href"));
            }
        }
        return links;
    }

    private static Document paperPage(Path site, String title) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.select(".paper-item-title a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title + " in " + index.select(".paper-item-title")));
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
