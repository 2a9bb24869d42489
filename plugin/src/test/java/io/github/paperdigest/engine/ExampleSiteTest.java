package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import io.github.paperdigest.testing.SiteSearchIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example project's site, built by the engine exactly as `mvn site` builds it: every promise of the
 * first release, checked on the real sample digest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleSiteTest {

    private Path temp;
    private Path site;
    private Path digests;
    private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void buildTheExampleSite(@TempDir Path temp) {
        this.temp = temp;
        digests = SiteFiles.projectRoot().resolve("example-project/src/digests");
        site = temp.resolve("first/papers");
        new SiteBuilder(BuildLog.warningsTo(warnings::add), SharedModels.INSTANCE).build(config(site));
    }

    @Test
    void theExampleProjectBuildsWithoutAWarning() {
        // a warning on every build teaches users to ignore warnings (it was: a hub naming a tag no paper has)
        assertEquals(List.of(), warnings);
    }

    private BuildConfig config(Path output) {
        return BuildConfig.builder(digests, output).siteTitle("Video Papers Reading Group").build();
    }

    @Test
    void everySamplePaperHasItsOwnPageWithItsExactTitleAndAbstract() throws IOException {
        Map<String, String> expected = seedPapers();
        assertEquals(89, expected.size(), "the independent reading of the seed finds 89 papers");
        Map<String, String> published = new LinkedHashMap<>();
        for (String page : SiteFiles.htmlPages(site)) {
            if (page.startsWith("paper/")) {
                Document doc = SiteFiles.parse(site, page);
                published.put(doc.selectFirst("h1").text(), doc.selectFirst(".abstract-text").text());
            }
        }
        assertEquals(expected.keySet(), published.keySet());
        expected.forEach((title, abstractText) -> {
            String shown = published.get(title);
            if (TEX_LEFTOVERS.matcher(abstractText).find()) {
                // TeX leftovers are shown as what they stand for (``a'' as “a”, 44\% as 44%, the tie of
                // "generation~(MTVG)" as a space): same words
                assertEquals(words(abstractText), words(shown), title);
            } else if (abstractText.matches("(?s).*\\dtimes.*")) {
                // a copied page lost the backslash of $6\times$: "6times" is shown as what it stood for
                assertEquals(abstractText.replaceAll("(?<=\\d)times", "×"), shown, title);
            } else {
                assertEquals(abstractText, shown, title);
            }
        });
    }

    private static final java.util.regex.Pattern TEX_LEFTOVERS = java.util.regex.Pattern.compile("``|\\\\|\\$| -- "
            + "|[\\p{L}.,;:)]~[\\p{L}\\p{N}(]");

    private static List<String> words(String text) {
        return java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text).results().map(m -> m.group()).toList();
    }

    @Test
    void aPaperInThreeDigestsOfThreeFormatsHasOnePageNamingAllThree() {
        List<String> vloggerPages = SiteFiles.htmlPages(site).stream().filter(p -> p.startsWith("paper/vlogger")).toList();
        assertEquals(List.of("paper/vlogger-make-your-dream-a-vlog.html"), vloggerPages);
        Document page = SiteFiles.parse(site, vloggerPages.get(0));
        assertEquals(3, page.select("#digests-heading + ul li").size(), page.select("#digests-heading + ul").text());
        assertEquals("arXiv:2401.09414", page.selectFirst(".meta span").text());
        assertEquals(List.of("https://arxiv.org/pdf/2401.09414", "https://arxiv.org/abs/2401.09414",
                "https://huggingface.co/papers/2401.09414", "https://github.com/zhuangshaobin/Vlogger",
                "https://vlogger.github.io"), page.select(".paper-links a").eachAttr("href"), "links out, under the title");
        assertEquals(List.of("PDF", "arXiv", "Hugging Face", "Code", "Project page"), page.select(".paper-links a").eachText());
        assertTrue(page.select(".paper-links a").stream().allMatch(a -> a.attr("rel").contains("noopener")));
        assertTrue(page.selectFirst(".paper-head .authors").text().startsWith("Shaobin Zhuang"));
        assertEquals("CVPR 2024", page.selectFirst(".meta .venue").text(), "the venue sits with the metadata");
        assertEquals(1, page.select("blockquote.note").size());
    }

    /**
     * A list's links out (arXiv, PDF, code) name their paper for a screen reader, which may list a page's links out of
     * their context ("Code for Vlogger: …"), in words that do not show: what shows is the kind of link, as before.
     */
    @Test
    void aListsLinksOutNameTheirPaperForAScreenReaderAndShowOnlyTheirKind() {
        for (String page : List.of("index.html", "tag/long-video.html", "digest/2025-01-24-reading-group.html")) {
            Elements links = SiteFiles.parse(site, page).select(".paper-item-meta a");
            assertFalse(links.isEmpty(), page);
            for (Element a : links) {
                Element title = a.closest(".paper-item").selectFirst(".paper-item-title a");
                Element hidden = a.selectFirst("span.visually-hidden");
                assertTrue(hidden != null, page + ": " + a);
                if (title.select(".math").isEmpty()) {
                    assertEquals("for " + title.text(), hidden.text(), page);
                }
                assertTrue(a.ownText().matches("arXiv:\\S+|PDF|Code"), page + ": " + a.ownText());
            }
        }
    }

    /** Elements whose role ARIA forbids to be named: an aria-label on one is not read, or read wrongly. */
    private static final java.util.Set<String> NAMELESS = java.util.Set.of("span", "div", "p", "pre", "code", "em",
            "strong", "b", "i", "small", "sub", "sup", "del", "ins", "time", "abbr", "mark", "kbd");

    /**
     * No page names an element that cannot be named (a count's span said "5 papers" in an aria-label, which is not
     * read; the BibTeX entry's pre had one too), and a count says what it counts in words that do not show.
     */
    @Test
    void noPageNamesAnElementThatCannotBeNamedAndCountsSayWhatTheyCount() {
        List<String> misnamed = new ArrayList<>();
        for (String page : SiteFiles.htmlPages(site)) {
            for (Element e : SiteFiles.parse(site, page).select("[aria-label], [aria-labelledby]")) {
                String role = e.attr("role");
                if (NAMELESS.contains(e.tagName()) && (role.isEmpty() || role.matches("generic|none|presentation"))) {
                    misnamed.add(page + ": " + e.tagName() + " " + e.attributes());
                }
            }
        }
        assertEquals(List.of(), misnamed.stream().limit(10).toList());

        for (String page : List.of("tags.html", "authors.html")) {
            Elements counts = SiteFiles.parse(site, page).select(".count");
            assertFalse(counts.isEmpty(), page);
            for (Element count : counts) {
                assertTrue(count.ownText().matches("\\d+"), page + ": " + count);
                assertEquals(count.ownText() + (count.ownText().equals("1") ? " paper" : " papers"), count.text(), page);
            }
        }
    }

    @Test
    void theSiteHasAtLeastFiveHubsATagIndexAndADigestPage() {
        Document hubs = SiteFiles.parse(site, "hubs.html");
        assertTrue(hubs.select(".hub-card").size() >= 5, "hubs listed: " + hubs.select(".hub-card h3").eachText());
        Document tags = SiteFiles.parse(site, "tags.html");
        assertTrue(tags.select("a.tag").size() >= 20, "tags listed: " + tags.select("a.tag").size());
        assertFalse(SiteFiles.parse(site, "index.html").select("a[href^=digest/]").isEmpty());
    }

    @Test
    void everySamplePaperHasAtLeastTwoTags() {
        for (String page : SiteFiles.htmlPages(site)) {
            if (page.startsWith("paper/")) {
                Document doc = SiteFiles.parse(site, page);
                assertTrue(doc.select(".paper-head a.tag").size() >= 2, page);
            }
        }
    }

    @Test
    void everyInternalLinkIsRelativeAndLeadsToAFileOfTheSite() {
        List<String> broken = new ArrayList<>();
        for (String page : SiteFiles.htmlPages(site)) {
            Document doc = SiteFiles.parse(site, page);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")) {
                    if (!e.tagName().equals("a")) {
                        broken.add(page + ": loads " + url + " from outside the site");
                    }
                    continue;
                }
                if (url.startsWith("#") || (url.startsWith("data:application/x-bibtex;")
                        || url.startsWith("data:application/x-research-info-systems;")) && e.hasAttr("download")) {
                    continue; // a paper's BibTeX entry or RIS record, which its Download link carries itself
                }
                String file = url.replaceAll("#.*$", "");
                Path target = site.resolve(page).getParent() == null ? site.resolve(file)
                        : site.resolve(page).getParent().resolve(file);
                if (url.startsWith("/") || file.endsWith("/") || file.isEmpty() || !Files.isRegularFile(target.normalize())
                        || !target.normalize().startsWith(site)) {
                    broken.add(page + ": " + url);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageIsHtml5WithALanguageAndOneH1() throws IOException {
        for (String page : SiteFiles.htmlPages(site)) {
            String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
            Document doc = SiteFiles.parse(site, page);
            assertAll(page,
                    () -> assertTrue(html.startsWith("<!DOCTYPE html>")),
                    () -> assertEquals("en", doc.selectFirst("html").attr("lang")),
                    () -> assertEquals(1, doc.select("h1").size()),
                    () -> assertEquals(1, doc.select("main").size()));
        }
    }

    @Test
    void twoBuildsInARowGiveByteIdenticalSites() {
        Path second = temp.resolve("second/papers");
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(config(second));
        Map<String, byte[]> a = SiteFiles.all(site);
        Map<String, byte[]> b = SiteFiles.all(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void everyPageHasASearchBoxThatLeadsToTheSearchPageAndKnowsWhereTheIndexIs() {
        for (String page : SiteFiles.htmlPages(site)) {
            Element form = SiteFiles.parse(site, page).selectFirst("header.site-header form[role=search]");
            assertTrue(form != null, page);
            Path folder = site.resolve(page).getParent();
            assertAll(page,
                    () -> assertEquals("get", form.attr("method")),
                    () -> assertEquals(site.resolve("search.html"), folder.resolve(form.attr("action")).normalize()),
                    () -> assertEquals(site.resolve("assets/search-index.js"),
                            folder.resolve(form.attr("data-index")).normalize()),
                    () -> assertEquals(site, folder.resolve(form.attr("data-root").isEmpty() ? "." : form.attr("data-root"))
                            .normalize()),
                    () -> assertEquals("q", form.selectFirst("input[type=search]").attr("name")),
                    () -> assertEquals("search-input", form.selectFirst("label").attr("for")));
        }
    }

    @Test
    void theSearchIndexIsAScriptThatHoldsEveryPaperOfTheSiteAndItsPostingsAreFilesOfThatBuild() throws IOException {
        SiteSearchIndex index = SiteSearchIndex.of(site);
        List<String> pages = SiteFiles.htmlPages(site).stream().filter(p -> p.startsWith("paper/")).toList();
        assertEquals(pages.stream().sorted().toList(), index.papers().stream().map(SiteSearchIndex.Paper::path).sorted().toList());
        assertTrue(index.words().contains("vlogger"), "title words are indexed");

        String key = index.root().get("postingsKey").asText();
        List<String> postings = new ArrayList<>();
        for (int file = 0; file < index.postingFiles(); file++) {
            String[] assigned = index.postingFile(site, file).orElseThrow();
            assertEquals(key + "/" + file, assigned[0], "each file says which build's root it belongs to");
            if (!assigned[1].isEmpty()) {
                postings.addAll(List.of(assigned[1].split(" ")));
            }
        }
        assertEquals(index.words().size(), postings.size(), "the posting files hold a postings list per word");
        assertTrue(index.postingFile(site, index.postingFiles()).isEmpty(), "and no file beyond those the root names");

        for (String src : SiteFiles.parse(site, "search.html").select("script[src]").eachAttr("src")) {
            String js = Files.readString(site.resolve(src), StandardCharsets.UTF_8);
            assertFalse(js.contains("fetch(") || js.contains("XMLHttpRequest"),
                    src + ": browsers refuse fetch and XHR on file:// pages; the index comes by a script tag");
        }
    }

    /**
     * Every paper's citation key is in the posting files, with its paper, so that a key pasted from a LaTeX source finds
     * it; none is in the root, which every search loads.
     */
    @Test
    void everyPapersCitationKeyIsInThePostingFilesAndNoneInTheRoot() throws IOException {
        SiteSearchIndex index = SiteSearchIndex.of(site);
        Map<String, String> pathOfKey = new LinkedHashMap<>();
        for (int file = 0; file < index.postingFiles(); file++) {
            SiteSearchIndex.keys(index.postingFile(site, file).orElseThrow()[2])
                    .forEach((key, paper) -> pathOfKey.put(key, index.papers().get(paper).path()));
        }
        Map<String, String> cited = new LinkedHashMap<>();
        for (String path : SiteFiles.htmlPages(site).stream().filter(p -> p.startsWith("paper/")).toList()) {
            Element bib = SiteFiles.parse(site, path).selectFirst("pre.bibtex");
            if (bib != null) {
                String entry = bib.wholeText();
                cited.put(entry.substring(entry.indexOf('{') + 1, entry.indexOf(',')).toLowerCase(), path);
            }
        }
        assertEquals(89, cited.size());
        assertEquals(new java.util.TreeMap<>(cited), new java.util.TreeMap<>(pathOfKey));
        String root = Files.readString(site.resolve("assets/search-index.js"), StandardCharsets.UTF_8);
        assertFalse(root.contains("zhuang2024vlogger"), "the root holds no key");
    }

    @Test
    void theSearchPageSaysWithoutJavaScriptThatItNeedsItAndLeadsToTheBrowsePages() {
        Document search = SiteFiles.parse(site, "search.html");
        assertEquals("Search", search.selectFirst("h1").text());
        Document noscript = Jsoup.parse(search.selectFirst("main noscript").html());
        assertTrue(noscript.text().contains("needs JavaScript"), noscript.text());
        assertEquals(List.of("index.html", "hubs.html", "tags.html"), noscript.select("a").eachAttr("href"));
        assertTrue(search.selectFirst("#search-app").hasAttr("hidden"), "the controls show only with JavaScript");
        assertEquals(8, search.select("#filter-hub option[value~=.]").size(), "every hub is a choice");
        assertEquals(3, search.select("#filter-digest option[value~=.]").size(), "every digest is a choice");
    }

    @Test
    void theNotFoundPageCarriesItsStylesheetAndLinksFromTheSiteRootAndGitHubPagesSkipsJekyll() throws IOException {
        Document page = SiteFiles.parse(site, "404.html");
        assertEquals("Page not found", page.selectFirst("h1").text());
        assertTrue(page.select("link[rel=stylesheet]").isEmpty(), "a relative stylesheet link fails at depth");
        assertEquals(Files.readString(site.resolve("assets/style.css"), StandardCharsets.UTF_8).strip(),
                page.selectFirst("head style").data().strip());
        assertTrue(page.select("script[src]").isEmpty(), "a relative script link fails at depth");
        assertEquals(Files.readString(site.resolve("assets/not-found.js"), StandardCharsets.UTF_8).strip(),
                page.selectFirst("body > script").data().strip(), "its script is inside the page, as its stylesheet");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("index.html", "hubs.html", "tags.html", "search.html"),
                page.select("main .not-found-links a").eachAttr("href"));
        assertTrue(Files.isRegularFile(site.resolve(".nojekyll")));
        assertEquals(0, Files.size(site.resolve(".nojekyll")));
    }

    /** The seed read independently of the plugin: paragraphs after the page furniture, in pairs. */
    private Map<String, String> seedPapers() throws IOException {
        String text = Files.readString(digests.resolve("000_ac72b9b54d05ed1c.txt"), StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip().replaceAll("\\s+", " "));
            }
        }
        int first = paragraphs.indexOf("by AK and the research community") + 1;
        Map<String, String> papers = new LinkedHashMap<>();
        for (int i = first; i + 1 < paragraphs.size(); i += 2) {
            papers.put(paragraphs.get(i), paragraphs.get(i + 1));
        }
        return papers;
    }
}
