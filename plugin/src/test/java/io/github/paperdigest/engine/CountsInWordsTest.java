package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A count on a page is said as a person says it: "1 paper", "1 digest", never "1 papers". */
class CountsInWordsTest {

    @TempDir
    Path work;

    private Path build(String digest) throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-14-reading-group.md"), digest);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Our reading group")
                .similarity(BuildConfig.LEXICAL).build());
        return site;
    }

    @Test
    void aSiteOfOnePaperSaysOnePaperOnEveryPageThatCountsIt() throws IOException {
        Path site = build("""
                ---
                title: Week 11
                tags: [reading group]
                ---

                ## Denoising Diffusion Probabilistic Models

                - arxiv: 2006.11239

                We present high quality image synthesis results using diffusion probabilistic models.
                """);

        Document home = SiteFiles.parse(site, "index.html");
        assertEquals("1 paper", home.select(".stats span").get(0).text());
        assertEquals("1 digest", home.select(".stats span").get(1).text());
        assertEquals("0 topic hubs", home.select(".stats span").get(2).text());
        assertEquals("Search all 1 paper", home.selectFirst("a[href=search.html]:contains(Search all)").text());
        assertEquals("BibTeX of all 1 paper", home.selectFirst(".home-links a.bib-link").text(),
                "the home page lists the newest papers; its BibTeX is the whole site's");
        assertEquals("14 Mar 2025 · 1 paper", home.selectFirst(".digest-list li .muted").text());

        Document digest = SiteFiles.parse(site, "digest/2025-03-14-reading-group.html");
        assertEquals("14 Mar 2025 · 1 paper · BibTeX of these papers", digest.selectFirst(".page-head .muted").text());
        assertEquals("1 paper BibTeX of these papers",
                SiteFiles.parse(site, "tag/reading-group.html").selectFirst(".page-head .muted").text());
        assertEquals("1 digest, newest first.", SiteFiles.parse(site, "digests.html").selectFirst(".page-head .muted").text());
        assertTrue(SiteFiles.parse(site, "hubs.html").selectFirst(".page-head .muted").text()
                .startsWith("No topic hub yet: "), "no \"0 hubs\"");
        assertEquals("No author has two papers or more yet. Every author can be found with the search box.",
                SiteFiles.parse(site, "authors.html").selectFirst(".page-head .muted").text());
        assertEquals("Search 1 paper by title, author, tag, abstract or venue:",
                SiteFiles.parse(site, "search.html").selectFirst(".page-head .muted").text()
                        .replaceFirst(" type in the search box.*", ""));
        assertEquals("1 tag. A tag found on a single paper is shown on that paper's page only (1 tag).",
                SiteFiles.parse(site, "tags.html").selectFirst(".page-head .muted").text());
        // the descriptions search engines and link previews show count the same way
        assertEquals("1 paper from " + digest.selectFirst("h1").text(), description(digest));
        assertEquals("1 paper tagged Reading group", description(SiteFiles.parse(site, "tag/reading-group.html")));
        assertTrue(description(SiteFiles.parse(site, "search.html")).startsWith("Search the 1 paper of "));
    }

    private static String description(Document page) {
        return page.selectFirst("head meta[name=description]").attr("content");
    }

    @Test
    void aTagIndexThatListsEveryTagSaysNothingOfTagsLeftOut() throws IOException {
        Path site = build("""
                ## A Note on Two Lemmas

                - arxiv: 2501.00001
                - tags: lemmas

                We prove two lemmas.
                """);

        assertEquals("1 tag.", SiteFiles.parse(site, "tags.html").selectFirst(".page-head .muted").text());
    }
}
