package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * axe-core, run inside Chromium on every kind of page in both colour schemes, finds nothing of serious
 * or critical impact. axe comes from its webjar on the test class path, never from the network.
 */
@ExtendWith(ExampleSiteInBrowser.class)
class AccessibilityInBrowserTest {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final String axe = read(AXE);

    @FromEveryOrigin
    void noPageHasASeriousOrCriticalViolationInTheLightOrDarkScheme(Origin origin, Browser browser) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colourScheme(scheme);
            for (String page : PhoneInBrowserTest.PAGES) {
                browser.open(origin.url(page));
                browser.h1();
                if (page.startsWith("search")) {
                    browser.waitUntil(d -> !browser.findAll("#results .result").isEmpty());
                }
                for (JsonNode violation : violations(browser)) {
                    String impact = violation.path("impact").asText();
                    if (impact.equals("serious") || impact.equals("critical")) {
                        List<String> targets = new ArrayList<>();
                        violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                        problems.add(scheme + " " + page + ": " + violation.path("id").asText() + " (" + impact + ") "
                                + violation.path("help").asText() + " at " + targets);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every kind of page, with the indexes of tags, hubs and digests that the phone test leaves out. */
    static final List<String> EVERY_KIND_OF_PAGE = java.util.stream.Stream.concat(PhoneInBrowserTest.PAGES.stream(),
            java.util.stream.Stream.of("hubs.html", "tags.html", "digests.html")).toList();

    /** The headings of the page, as "h1 h2 h3 …", once scripts have drawn theirs (search results, the reading list). */
    private static final String HEADING_LEVELS = "return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))"
            + ".map(function (h) { return h.tagName.toLowerCase(); }).join(' ')";

    @FromEveryOrigin
    void noPageSkipsAHeadingLevel(Origin origin, Browser browser) {
        List<String> problems = new ArrayList<>();
        for (String page : EVERY_KIND_OF_PAGE) {
            browser.open(origin.url(page));
            browser.h1();
            if (page.startsWith("search")) {
                browser.waitUntil(d -> !browser.findAll("#results .result").isEmpty());
            }
            String levels = (String) browser.script(HEADING_LEVELS);
            int previous = 0;
            for (String heading : levels.split(" ")) {
                int level = heading.charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(page + ": h" + previous + " then " + heading + " (" + levels + ")");
                    break;
                }
                previous = level;
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The links of a paper's line in a list (arXiv, PDF, code) are underlined, for the muted text around them differs
     * from them by its colour alone, and hardly; and each names its paper to a screen reader ("PDF for …"), in the
     * site's lists as in search results, while it shows what it showed.
     */
    @FromEveryOrigin
    void aListsLinksOutAreUnderlinedAndNameTheirPaper(Origin origin, Browser browser) {
        for (String page : List.of("tag/long-video.html", "search.html?q=vlogger")) {
            browser.open(origin.url(page));
            browser.h1();
            String css = page.startsWith("search") ? ".result-meta a" : ".paper-item-meta a";
            List<WebElement> links = browser.waitUntil(d -> browser.findAll(css).isEmpty() ? null : browser.findAll(css));
            for (WebElement a : links.subList(0, Math.min(links.size(), 9))) {
                assertTrue(a.getCssValue("text-decoration-line").contains("underline"), page + ": " + a.getText());
                // WebDriver's text has the words that do not show: the link's own text is what shows
                String shown = (String) browser.script("return Array.from(arguments[0].childNodes)"
                        + ".filter(function (n) { return n.nodeType === 3; })"
                        + ".map(function (n) { return n.data; }).join('')", a);
                assertTrue(shown.matches("arXiv:\\S+|PDF|Code"), page + ": " + shown);
                assertEquals("1px", a.findElement(By.cssSelector(".visually-hidden")).getCssValue("width"));
                WebElement title = a.findElement(By.xpath("ancestor::li[1]")).findElement(By.cssSelector("h3 a"));
                if (title.findElements(By.cssSelector(".math")).isEmpty()) {
                    assertEquals(shown + " for " + title.getText(), browser.accessibleName(a), page);
                }
            }
        }
    }

    /** The search page's Filters summary is named "Filters": its arrow, which shows whether they are open, is not said. */
    @FromEveryOrigin
    void theFiltersSummaryIsNamedWithoutItsArrow(Origin origin, Browser browser) {
        SearchInBrowserTest.search(browser, origin, "search.html?q=video");
        WebElement summary = browser.find("#filters-panel > summary");
        assertEquals("Filters", browser.accessibleName(summary));
        summary.click();
        assertEquals("Filters", browser.accessibleName(summary), "folded");
    }

    /**
     * A paper's BibTeX entry wraps its lines, on a phone too: it never scrolls, so it needs no stop of its own for the
     * keyboard to scroll it, nor a name, which a pre cannot have (its section is named "Cite").
     */
    @FromEveryOrigin
    void theBibTeXEntryWrapsSoItIsNoTabStop(Origin origin, Browser browser) {
        browser.phone(320, 740);
        browser.open(origin.url("paper/vlogger-make-your-dream-a-vlog.html"));
        browser.h1();
        WebElement entry = browser.find("pre.bibtex");
        assertTrue((Boolean) browser.script("return arguments[0].scrollWidth <= arguments[0].clientWidth", entry),
                "the entry does not scroll sideways");
        assertEquals(-1L, browser.script("return arguments[0].tabIndex", entry));
    }

    /**
     * The small controls of lists are targets a finger or a shaky hand can hit: a list's tags and reading-list buttons
     * 24 px high at the least, with text of 13 px or more, and the search page's tag checkboxes 17 px at the least.
     */
    @FromEveryOrigin
    void theSmallControlsOfListsAreComfortableTargets(Origin origin, Browser browser) {
        List<String> small = new ArrayList<>();
        for (String page : List.of("index.html", "search.html?q=video")) {
            browser.open(origin.url(page));
            browser.h1();
            browser.waitUntil(d -> !browser.findAll(".paper-item button.mark, .result button.mark").isEmpty());
            for (WebElement e : browser.findAll(".tag-list.compact .tag, .paper-item button.mark, .result button.mark")) {
                double size = Double.parseDouble(e.getCssValue("font-size").replace("px", ""));
                if (e.getRect().getHeight() < 24 || size < 13) {
                    small.add(page + ": " + e.getText() + " " + e.getRect().getHeight() + " px high, text " + size + " px");
                }
            }
            for (WebElement box : browser.findAll(".tag-choices input[type=checkbox]")) {
                if (box.getRect().getHeight() < 17 || box.getRect().getWidth() < 17) {
                    small.add(page + ": " + box.getDomAttribute("id") + " " + box.getRect().getDimension());
                }
            }
        }
        assertEquals(List.of(), small.stream().distinct().limit(6).toList());
        assertTrue(browser.findAll(".tag-choices input[type=checkbox]").size() > 5, "the search page's tags were seen");
    }

    @FromEveryOrigin
    void theCheckSeesViolationsWhereThereAreSome(Origin origin, Browser browser) throws Exception {
        browser.open(origin.url("index.html"));
        browser.script("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"data:,\"><p style=\"color:#ddd;background:#fff\">faint</p>')");

        List<String> found = new ArrayList<>();
        violations(browser).forEach(v -> found.add(v.path("id").asText() + " " + v.path("impact").asText()));
        assertEquals(List.of("color-contrast serious", "image-alt critical"), found.stream().sorted().toList());
    }

    @FromEveryOrigin
    void theFirstTabShowsTheSkipLinkWhichLeadsIntoTheContentAndFocusIsAlwaysVisible(Origin origin, Browser browser) {
        browser.open(origin.url("paper/vlogger-make-your-dream-a-vlog.html"));
        browser.h1();
        browser.press(Keys.TAB);

        WebElement skip = browser.focused();
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.getRect().getY() >= 0, "the skip link comes into view");
        assertVisiblyFocused(skip);
        browser.press(Keys.ENTER);
        assertEquals(browser.find("main"), browser.focused());
        for (int i = 0; i < 6; i++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            assertTrue((boolean) browser.script("return arguments[0].closest('main') !== null", focused),
                    "after the skip link, Tab moves through the content: " + focused.getText());
            assertVisiblyFocused(focused);
        }
    }

    private static void assertVisiblyFocused(WebElement element) {
        assertEquals("solid", element.getCssValue("outline-style"), element.getText());
        assertTrue(Double.parseDouble(element.getCssValue("outline-width").replace("px", "")) >= 2, element.getText());
    }

    private JsonNode violations(Browser browser) throws IOException {
        browser.script(axe);
        String json = (String) browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e)}])); });");
        return new ObjectMapper().readTree(json);
    }

    private static String read(String resource) {
        try (InputStream in = AccessibilityInBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
