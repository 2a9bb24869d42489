package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two papers of one title: neither has the address the title gives, which lists both. A digest older than the site's
 * first that brings a paper of a title the site has must not make a link someone shared to that title's page show the
 * newcomer: the link leads to a page that lists both, one click from the paper it was made for.
 */
class SharedSlugPagesTest {

    private static final String PLAIN = "paper/attention-is-all-you-need.html";
    private static final String VASWANI = """
            @article{vaswani2017attention,
              title = {Attention Is All You Need},
              author = {Vaswani, Ashish and Shazeer, Noam},
              eprint = {1706.03762},
              archivePrefix = {arXiv},
              year = {2017}
            }
            """;
    private static final String NAMESAKE = """
            @article{somebody2016attention,
              title = {Attention Is All You Need},
              author = {Somebody, Else},
              doi = {10.9999/attention.2016},
              journal = {Journal of Focus},
              year = {2016}
            }
            """;

    @TempDir
    Path work;

    @Test
    void anOlderDigestBringingAPaperOfTheSameTitleTurnsThePlainAddressIntoAPageListingBoth() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-01-reading-group.bib"), VASWANI);
        Path site = work.resolve("site/papers");
        build(digests, site, new Logged());
        assertEquals("Attention Is All You Need", page(site, PLAIN).selectFirst("h1").text(),
                "alone, the paper has its title's address");
        String sharedLink = PLAIN;

        Files.writeString(digests.resolve("2016-12-01-classics.bib"), NAMESAKE);
        Logged log = new Logged();
        build(digests, site, log);

        Document listing = page(site, sharedLink);
        assertEquals("Papers titled \u201cAttention Is All You Need\u201d", listing.selectFirst("h1").text());
        assertEquals("noindex", listing.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("page-disambiguation", listing.body().className());
        assertTrue(listing.selectFirst(".page-head").text().contains("2 papers share this address"),
                listing.selectFirst(".page-head").text());
        List<Element> papers = listing.select("main .paper-item");
        assertEquals(2, papers.size());
        // newest first: the 2017 paper, then the 2016 one; each told apart by its authors, date, identifier, digest
        Element vaswani = papers.get(0);
        Element namesake = papers.get(1);
        assertTrue(vaswani.selectFirst(".authors").text().startsWith("Ashish Vaswani"), vaswani.text());
        assertEquals("arXiv:1706.03762", vaswani.selectFirst("a[href^=https://arxiv.org/abs/]").text());
        assertEquals("Reading group", vaswani.selectFirst(".paper-item-digests a").text());
        assertEquals("../digest/2025-03-01-reading-group.html", vaswani.selectFirst(".paper-item-digests a").attr("href"));
        assertEquals("Else Somebody", namesake.selectFirst(".authors").text());
        assertEquals("DOI 10.9999/attention.2016", namesake.selectFirst(".doi").text());
        assertEquals("Classics", namesake.selectFirst(".paper-item-digests a").text());

        // each link leads to the paper's own page, in the same folder, by a name no other paper has
        String vaswaniHref = vaswani.selectFirst(".paper-item-title a").attr("href");
        String namesakeHref = namesake.selectFirst(".paper-item-title a").attr("href");
        assertTrue(vaswaniHref.matches("attention-is-all-you-need-[0-9a-f]{8}\\.html"), vaswaniHref);
        assertTrue(namesakeHref.matches("attention-is-all-you-need-[0-9a-f]{8}\\.html"), namesakeHref);
        assertNotEquals(vaswaniHref, namesakeHref);
        assertEquals("Ashish Vaswani", page(site, "paper/" + vaswaniHref).selectFirst(".authors .author").text());
        assertEquals("Else Somebody", page(site, "paper/" + namesakeHref).selectFirst(".authors .author").text());

        List<String> told = log.warnings.stream().filter(w -> w.contains("two different papers share the title")).toList();
        assertEquals(1, told.size(), log.toString());
        assertTrue(told.get(0).contains("2016-12-01-classics.bib:1 and 2025-03-01-reading-group.bib:1"), told.get(0));
        assertTrue(told.get(0).contains("each has its own page, and " + PLAIN + " lists both"), told.get(0));
    }

    /**
     * A reference manager's library with a Nature article and an MIT Press book of one title, the book without a DOI:
     * two papers, each with a page that cites it and nothing of the other, and the title's address lists both. Merged,
     * the article was cited with the book's publisher and ISBN; split without ids of their own, the build failed.
     */
    @Test
    void aJournalArticleAndABookOfOneTitleWithoutIdentifiersHaveAPageEachAndTheTitlesAddressListsBoth()
            throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-01-library.bib"), """
                @article{lecun2015deep,
                  title = {Deep learning},
                  author = {LeCun, Yann and Bengio, Yoshua and Hinton, Geoffrey},
                  journal = {Nature},
                  year = {2015}
                }

                @book{goodfellow2016deep,
                  title = {Deep Learning},
                  author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron},
                  publisher = {MIT Press},
                  isbn = {978-0-262-03561-3},
                  year = {2016}
                }
                """);
        Path site = work.resolve("site/papers");
        Logged log = new Logged();
        build(digests, site, log);

        Document listing = page(site, "paper/deep-learning.html");
        assertEquals("page-disambiguation", listing.body().className());
        List<String> hrefs = listing.select("main .paper-item-title a").eachAttr("href");
        assertEquals(2, hrefs.size(), listing.text());
        Map<String, String> citations = new TreeMap<>();
        for (String href : hrefs) {
            assertTrue(href.matches("deep-learning-[0-9a-f]{8}\\.html"), href);
            Document paper = page(site, "paper/" + href);
            citations.put(paper.selectFirst(".authors .author").text(), paper.select("pre").text());
        }
        String article = citations.get("Yann LeCun");
        String book = citations.get("Ian Goodfellow");
        assertTrue(article.contains("@article{") && article.contains("journal = {Nature}"), article);
        assertFalse(article.contains("MIT Press") || article.contains("978-0-262"), article);
        assertTrue(book.contains("{goodfellow2016deep,") && book.contains("publisher = {MIT Press}"), book);
        assertFalse(book.contains("Nature"), book);
        assertFalse(log.warnings.stream().anyMatch(w -> w.contains("listed twice")), log.toString());
    }

    @Test
    void theSharedAddressIsNoPaperButAPageOfTheSiteTheManifestRecords() throws IOException {
        Path digests = digestsOfBothNamesakes();
        Path site = work.resolve("site/papers");
        build(digests, site, new Logged());

        JsonNode export = new ObjectMapper().readTree(site.resolve("papers.json").toFile());
        List<String> slugs = new java.util.ArrayList<>();
        export.get("papers").forEach(p -> slugs.add(p.get("slug").asText()));
        assertEquals(2, slugs.size());
        slugs.forEach(s -> assertTrue(s.matches("attention-is-all-you-need-[0-9a-f]{8}"), s));
        String feed = Files.readString(site.resolve("feed.xml"));
        slugs.forEach(s -> assertTrue(feed.contains("paper/" + s + ".html"), feed));
        assertFalse(feed.contains(PLAIN), "the feed lists papers, not the page of their address");

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertFalse(sitemap.contains(PLAIN), sitemap);
        slugs.forEach(s -> assertTrue(sitemap.contains("paper/" + s + ".html"), sitemap));
        for (Path titles : Files.list(site.resolve("search-titles")).toList()) {
            assertFalse(Files.readString(titles).contains(PLAIN), "search finds the papers, not their address");
        }
        String manifest = Files.readString(site.resolve(".paper-digest-manifest"));
        assertTrue(manifest.lines().anyMatch(l -> l.endsWith(" " + PLAIN)), manifest);
    }

    @Test
    void theSlugsAreTheSameWhicheverDigestCameFirst() throws IOException {
        Map<String, String> older = slugsByAuthor("a", "2016-12-01-classics.bib", "2025-03-01-reading-group.bib");
        Map<String, String> newer = slugsByAuthor("b", "2026-01-01-classics.bib", "2025-03-01-reading-group.bib");
        assertEquals(older, newer);
    }

    @Test
    void whenTheNamesakeLeavesThePaperHasItsTitlesAddressAgain() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-01-reading-group.bib"), VASWANI);
        Path classics = Files.writeString(digests.resolve("2016-12-01-classics.bib"), NAMESAKE);
        Path site = work.resolve("site/papers");
        build(digests, site, new Logged());
        Files.delete(classics);
        build(digests, site, new Logged());

        Document paper = page(site, PLAIN);
        assertEquals("page-paper", paper.body().className());
        assertEquals("Ashish Vaswani", paper.selectFirst(".authors .author").text());
        assertEquals(List.of(PLAIN), SiteFiles.htmlPages(site).stream().filter(p -> p.startsWith("paper/")).toList());
    }

    /** A theme of the project's own may draw the page its way, as it may every kind of page. */
    @Test
    void theProjectsTemplatesMayReplaceThePageOfASharedAddress() throws IOException {
        Path digests = digestsOfBothNamesakes();
        Path templates = work.resolve("src/digest-templates");
        Files.createDirectories(templates.resolve("templates"));
        Files.writeString(templates.resolve("templates/disambiguation.mustache"), """
                {{<layout}}
                {{$content}}{{#disambiguation}}<h1>Which one?</h1><ul class="which">{{#papers}}{{#paper}}<li><a href="{{href}}">{{authors}}</a></li>{{/paper}}{{/papers}}</ul>{{/disambiguation}}{{/content}}
                {{/layout}}
                """);
        Path site = work.resolve("site/papers");
        Logged log = new Logged();
        new SiteBuilder(log).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .templateDirectory(templates).build());

        Document listing = page(site, PLAIN);
        assertEquals("Which one?", listing.selectFirst("h1").text());
        assertEquals(List.of("Ashish Vaswani and Noam Shazeer", "Else Somebody"), listing.select(".which a").eachText());
        assertTrue(log.warnings.stream().noneMatch(w -> w.contains("replaces no theme file")), log.toString());
    }

    /** The slug of each paper's page, by its first author, of a site of the two digests under these names. */
    private Map<String, String> slugsByAuthor(String name, String namesakeDigest, String vaswaniDigest)
            throws IOException {
        Path digests = Files.createDirectories(work.resolve(name + "/digests"));
        Files.writeString(digests.resolve(vaswaniDigest), VASWANI);
        Files.writeString(digests.resolve(namesakeDigest), NAMESAKE);
        Path site = work.resolve(name + "/site");
        build(digests, site, new Logged());
        Map<String, String> slugs = new TreeMap<>();
        new ObjectMapper().readTree(site.resolve("papers.json").toFile()).get("papers")
                .forEach(p -> slugs.put(p.get("authors").get(0).asText(), p.get("slug").asText()));
        assertEquals(2, slugs.size(), slugs::toString);
        assertNotNull(page(site, PLAIN).selectFirst("main .paper-item"));
        return slugs;
    }

    /** The digests of the two papers of one title, each in a digest of its own. */
    private Path digestsOfBothNamesakes() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-01-reading-group.bib"), VASWANI);
        Files.writeString(digests.resolve("2016-12-01-classics.bib"), NAMESAKE);
        return digests;
    }

    private static void build(Path digests, Path site, Logged log) {
        new SiteBuilder(log).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .baseUrl("https://example.org/papers/").build());
    }

    private static Document page(Path site, String path) {
        return SiteFiles.parse(site, path);
    }
}
