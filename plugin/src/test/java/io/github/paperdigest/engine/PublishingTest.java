package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, the model export, and what a known base URL adds, on the example project's digests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://lab.github.io/papers-repo/papers/";

    private Path relative;
    private Path absolute;

    @BeforeAll
    void buildTheExampleSiteWithAndWithoutABaseUrl(@TempDir Path temp) {
        Path digests = SiteFiles.projectRoot().resolve("example-project/src/digests");
        relative = temp.resolve("relative/papers");
        absolute = temp.resolve("absolute/papers");
        BuildConfig config = BuildConfig.builder(digests, relative).siteTitle("Video Papers")
                .timestamp(Instant.parse("2026-11-25T00:00:00Z")).build();
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(config);
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, absolute).siteTitle("Video Papers")
                .baseUrl(BASE).timestamp(config.timestamp().orElseThrow()).build());
    }

    @Test
    void everyFeedIsValidAtomWhoseEntriesLeadToPagesOfTheSite() throws Exception {
        List<String> feeds = SiteFiles.all(relative).keySet().stream().filter(p -> p.endsWith(".xml")).toList();
        assertTrue(feeds.contains("feed.xml"));
        assertTrue(feeds.stream().anyMatch(f -> f.startsWith("tag/")));
        assertTrue(feeds.stream().anyMatch(f -> f.startsWith("hub/")));
        for (String feed : feeds) {
            Element root = parse(relative.resolve(feed));
            assertEquals(ATOM, root.getNamespaceURI(), feed);
            assertEquals("feed", root.getLocalName(), feed);
            assertEquals(1, children(root, "id").size(), feed);
            assertEquals(1, children(root, "title").size(), feed);
            Instant.parse(children(root, "updated").get(0).getTextContent());
            assertFalse(children(root, "author").isEmpty(), feed + " has an author for entries without one");
            assertTrue(children(root, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self")), feed);
            List<Element> entries = children(root, "entry");
            assertFalse(entries.isEmpty(), feed);
            assertTrue(entries.size() <= 50, feed);
            Set<String> ids = new HashSet<>();
            for (Element entry : entries) {
                assertTrue(ids.add(children(entry, "id").get(0).getTextContent()), feed + ": ids are unique");
                assertFalse(children(entry, "title").get(0).getTextContent().isBlank());
                Instant.parse(children(entry, "updated").get(0).getTextContent());
                String href = children(entry, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                        .findFirst().orElseThrow().getAttribute("href");
                Path target = relative.resolve(feed).getParent() == null ? relative.resolve(href)
                        : relative.resolve(feed).getParent().resolve(href);
                assertTrue(Files.isRegularFile(target.normalize()), feed + ": " + href);
                assertFalse(children(entry, "summary").isEmpty());
            }
        }
    }

    @Test
    void feedsAreAnnouncedOnThePagesTheyFollow() {
        Document home = SiteFiles.parse(relative, "index.html");
        assertEquals("feed.xml", home.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        String hubPage = SiteFiles.htmlPages(relative).stream().filter(p -> p.startsWith("hub/")).findFirst().orElseThrow();
        String hubFeed = SiteFiles.parse(relative, hubPage).selectFirst("link[rel=alternate][type=application/atom+xml]")
                .attr("href");
        assertEquals(hubPage.substring(4).replace(".html", ".xml"), hubFeed);
    }

    @Test
    void withoutABaseUrlTheSiteHasNoAbsoluteUrlOfItsOwn() {
        assertFalse(Files.exists(relative.resolve("sitemap.xml")));
        assertFalse(Files.exists(relative.resolve("robots.txt")));
        Document paper = SiteFiles.parse(relative, "paper/vlogger-make-your-dream-a-vlog.html");
        assertTrue(paper.select("link[rel=canonical], meta[property^=og:], script[type=application/ld+json]").isEmpty());
    }

    @Test
    void withABaseUrlPagesHaveCanonicalLinksOpenGraphAndScholarlyArticleData() throws Exception {
        Document paper = SiteFiles.parse(absolute, "paper/vlogger-make-your-dream-a-vlog.html");
        assertEquals(BASE + "paper/vlogger-make-your-dream-a-vlog.html", paper.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", paper.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Vlogger: Make Your Dream A Vlog", paper.selectFirst("meta[property=og:title]").attr("content"));
        JsonNode ld = new ObjectMapper().readTree(paper.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ScholarlyArticle", ld.get("@type").asText());
        assertEquals("Vlogger: Make Your Dream A Vlog", ld.get("headline").asText());
        assertEquals("arXiv", ld.get("identifier").get(0).get("propertyID").asText());
        assertEquals("2401.09414", ld.get("identifier").get(0).get("value").asText());
        assertEquals("Shaobin Zhuang", ld.get("author").get(0).get("name").asText());
        assertEquals(BASE + "paper/vlogger-make-your-dream-a-vlog.html", ld.get("url").asText());
        assertFalse(paper.selectFirst("script[type=application/ld+json]").data().contains("</"));
        // links between pages stay relative, so the site still works from disk
        assertEquals("../index.html", paper.selectFirst(".brand").attr("href"));
    }

    @Test
    void withABaseUrlTheSiteHasASitemapOfEveryPageButTheNotFoundPage() throws Exception {
        Element urlset = parse(absolute.resolve("sitemap.xml"));
        List<String> locs = new java.util.ArrayList<>();
        NodeList nodes = urlset.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        // the 404 page says "noindex": a sitemap that listed it would contradict it
        assertTrue(SiteFiles.parse(absolute, "404.html").select("meta[name=robots][content=noindex]").size() == 1);
        List<String> pages = SiteFiles.htmlPages(absolute).stream().filter(p -> !p.equals("404.html")).map(p -> BASE + p)
                .sorted().toList();
        assertEquals(pages, locs.stream().sorted().toList());
        assertFalse(Files.exists(absolute.resolve("robots.txt")), "in a folder of its host, where no crawler reads it");
        Element feed = parse(absolute.resolve("feed.xml"));
        assertEquals(BASE + "feed.xml", children(feed, "id").get(0).getTextContent());
    }

    @Test
    void papersJsonExportsTheWholeModel() throws Exception {
        JsonNode model = new ObjectMapper().readTree(relative.resolve("papers.json").toFile());
        assertEquals(89, model.get("papers").size());
        assertTrue(model.get("tags").size() >= 30);
        assertTrue(model.get("hubs").size() >= 5);
        assertEquals(3, model.get("digests").size());
        JsonNode videoGeneration = null;
        for (JsonNode t : model.get("tags")) {
            if (t.get("id").asText().equals("video-generation")) {
                videoGeneration = t;
            }
        }
        assertNotNull(videoGeneration);
        List<String> aliases = new ArrayList<>();
        videoGeneration.get("aliases").forEach(a -> aliases.add(a.asText()));
        assertTrue(aliases.containsAll(List.of("text-to-video", "T2V")), "the tag's other names: " + aliases);
        JsonNode vlogger = null;
        for (JsonNode p : model.get("papers")) {
            if (p.get("slug").asText().equals("vlogger-make-your-dream-a-vlog")) {
                vlogger = p;
            }
        }
        assertNotNull(vlogger);
        assertEquals("2401.09414", vlogger.get("arxiv").asText());
        assertEquals(3, vlogger.get("digests").size());
        assertEquals(5, vlogger.get("related").size());
        assertEquals("paper/vlogger-make-your-dream-a-vlog.html", vlogger.get("url").asText());
        assertTrue(Files.isRegularFile(relative.resolve(vlogger.get("url").asText())));
        // cited as the paper's page cites it
        String key = vlogger.get("citation").get("key").asText();
        assertEquals(2024, vlogger.get("citation").get("year").asInt());
        String entry = SiteFiles.parse(relative, "paper/vlogger-make-your-dream-a-vlog.html").select("pre.bibtex").text();
        assertTrue(entry.matches("(?s)@\\w+\\{" + key + ",.*year = \\{2024\\}.*"), entry);
    }

    @Test
    void theDigestArchiveListsEveryDigestByYearAndMonth() {
        Document archive = SiteFiles.parse(relative, "digests.html");
        assertEquals(List.of("2025"), archive.select("h2[id^=year-]").eachText());
        assertEquals(List.of("January"), archive.select("h3").eachText());
        assertEquals(3, archive.select(".digest-list a").size(), "two dated, one undated");
        // the navigation's "Digests" entry leads to the archive, from the root and from a page deeper down
        assertEquals("digests.html", navigationLink(SiteFiles.parse(relative, "index.html"), "Digests").attr("href"));
        assertEquals("../digests.html", navigationLink(SiteFiles.parse(relative, "paper/vlogger-make-your-dream-a-vlog.html"),
                "Digests").attr("href"));
    }

    private static org.jsoup.nodes.Element navigationLink(Document page, String label) {
        List<org.jsoup.nodes.Element> links = page.select(".site-nav a").stream().filter(a -> a.text().equals(label)).toList();
        assertEquals(1, links.size(), "navigation entries named " + label + ": " + page.select(".site-nav a"));
        return links.get(0);
    }

    private static Element parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
