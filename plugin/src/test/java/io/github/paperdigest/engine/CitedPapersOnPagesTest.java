package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's abstract may cite other papers by their addresses ("extends https://arxiv.org/abs/1706.03762"). The page
 * lists such an address among the paper's links, but it is another paper's: it never becomes this paper's citation
 * address or PDF, and a paper with an arXiv id of its own still shows it. Only the paper's own arXiv page, in
 * whatever form its digest wrote it, is left out of the links, for the arXiv button leads there.
 */
class CitedPapersOnPagesTest {

    @TempDir
    Path work;

    private Path site;

    @BeforeEach
    void buildSite() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-04-notes.md"), """
                ## Folding Towels Without a Preprint

                - authors: Ada Quill
                - venue: Journal of Laundry

                We extend the diffusion policy of https://arxiv.org/abs/2303.04137 to towels, and compare it with
                the folding policies of https://arxiv.org/pdf/2310.00001 on a thousand folds.

                ## Pairing Socks End to End

                - arxiv: 2401.00001
                - url: https://export.arxiv.org/abs/2401.00001v2
                - pdf: https://arxiv.org/pdf/2401.00001v1
                - abs: http://arxiv.org/abs/2401.00001

                We pair socks with the attention of https://arxiv.org/abs/1706.03762 and a matching head trained on
                a thousand drawers.
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Citations")
                .similarity(BuildConfig.LEXICAL).build());
    }

    @Test
    void anAddressTheAbstractCitesIsListedButIsNeverThePapersCitationAddressOrPdf() throws IOException {
        Document page = paperPage("Folding Towels Without a Preprint");

        assertEquals(List.of("https://arxiv.org/abs/2303.04137", "https://arxiv.org/pdf/2310.00001"),
                linksTo(page, "arxiv.org"), "listed, as the abstract cites them");
        String bibtex = page.select("pre.bibtex").text();
        assertFalse(bibtex.contains("arxiv.org"), "the BibTeX entry cites no other paper's address: " + bibtex);
        assertTrue(page.select("meta[name=citation_pdf_url]").isEmpty(), "no other paper's PDF is this one's");
        assertTrue(page.select("meta[content^=https://arxiv.org]").isEmpty(), "no address of the page's metadata is"
                + " another paper's: " + page.select("meta"));

        JsonNode links = paperJson("Folding Towels Without a Preprint").path("links");
        List<String> cited = new ArrayList<>();
        links.forEach(l -> cited.add(l.path("url").asText() + " " + l.path("cited").asBoolean()));
        assertEquals(List.of("https://arxiv.org/abs/2303.04137 true", "https://arxiv.org/pdf/2310.00001 true"), cited);
    }

    @Test
    void aPaperWithAnArxivIdLeavesOutItsOwnArxivPagesButNotTheOtherPapersItCites() throws IOException {
        Document page = paperPage("Pairing Socks End to End");

        assertEquals(List.of("https://arxiv.org/pdf/2401.00001v1", "https://arxiv.org/abs/2401.00001",
                "https://arxiv.org/abs/1706.03762"), linksTo(page, "arxiv.org"));
        assertTrue(page.select("pre.bibtex").text().contains("https://arxiv.org/abs/2401.00001"),
                page.select("pre.bibtex").text());
    }

    /** The addresses of the page's links out to papers' pages and PDFs on a host, in order. */
    private static List<String> linksTo(Document page, String host) {
        return page.select("ul.paper-links a").stream().map(a -> a.attr("href"))
                .filter(h -> h.contains(host + "/abs/") || h.contains(host + "/pdf/")).toList();
    }

    private JsonNode paperJson(String title) throws IOException {
        for (JsonNode paper : new ObjectMapper().readTree(site.resolve("papers.json").toFile()).path("papers")) {
            if (paper.path("title").asText().equals(title)) {
                return paper;
            }
        }
        throw new AssertionError("no paper " + title + " in papers.json");
    }

    private Document paperPage(String title) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.select(".paper-item-title a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title + " in " + index.select(".paper-item-title")));
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
