package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.browser.ExampleSiteInBrowser.ExampleSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * What a researcher does with a paper, in Chromium, from disk and over HTTP: copy its BibTeX entry, follow its
 * authors, keep it on a reading list and export the list, see what is new since the last visit, and find papers by
 * author or by a sentence of their abstract.
 */
@ExtendWith(ExampleSiteInBrowser.class)
class ReaderInBrowserTest {

    private static final String VLOGGER = "paper/vlogger-make-your-dream-a-vlog.html";
    private static final String VLOGGER_TITLE = "Vlogger: Make Your Dream A Vlog";
    private static final String READING_GROUP = "2025-01-24-reading-group";
    /** The example's undated digest, the only one that lists most of its papers. */
    private static final String DAILY = "000-ac72b9b54d05ed1c";

    @FromEveryOrigin
    void theCopyButtonCopiesThePapersBibTeXEntry(Origin origin, Browser browser) {
        browser.open(origin.url(VLOGGER));
        browser.h1();
        // the test's clipboard: what the page writes to it, kept for the test to read
        browser.script("Object.defineProperty(navigator, 'clipboard', {configurable: true, value:"
                + " {writeText: (text) => { window.copiedText = text; return Promise.resolve(); }}});");

        browser.find("button.copy-bib").click();

        browser.waitUntil(d -> browser.find(".copy-status").getText().equals("Copied."));
        String entry = browser.find("pre.bibtex").getText();
        assertTrue(entry.startsWith("@") && entry.contains("Vlogger"), entry);
        assertEquals(entry.strip(), ((String) browser.script("return window.copiedText")).strip());
    }

    @FromEveryOrigin
    void thePaperIsCitedAsTextInApaAndIeeeStyleEachCopiedWithOnePress(Origin origin, Browser browser) {
        browser.open(origin.url(VLOGGER));
        browser.script("Object.defineProperty(navigator, 'clipboard', {configurable: true, value:"
                + " {writeText: (text) => { window.copiedText = text; return Promise.resolve(); }}});");

        assertEquals(List.of("APA", "IEEE"), browser.findAll(".cite-styles dt").stream().map(WebElement::getText).toList());
        List<WebElement> lines = browser.findAll(".cite-styles .cite-line");
        assertEquals("Zhuang, S., Li, K., Chen, X., Wang, Y., Liu, Z., Qiao, Y., & Wang, Y. (2024). " + VLOGGER_TITLE
                + ". In CVPR 2024. https://arxiv.org/abs/2401.09414", lines.get(0).getText());
        assertEquals("S. Zhuang et al., \u201c" + VLOGGER_TITLE + ",\u201d in CVPR 2024. [Online]. Available:"
                + " https://arxiv.org/abs/2401.09414", lines.get(1).getText());

        browser.findAll(".cite-styles button").get(1).click();

        browser.waitUntil(d -> browser.findAll(".cite-styles .copy-status").get(1).getText().equals("Copied."));
        assertEquals(lines.get(1).getText(), browser.script("return window.copiedText"));
        assertEquals("", browser.findAll(".cite-styles .copy-status").get(0).getText(), "each style says for itself");
    }

    /**
     * A copy is said once: beside the button pressed, until another is pressed or a few seconds pass, and to a screen
     * reader by the Cite block's one live region, saying what was copied. "Copied." stayed beside every button pressed.
     */
    @FromEveryOrigin
    void aCopyIsSaidOnceBesideItsButtonAndToAScreenReaderAndThenGoes(Origin origin, Browser browser) {
        browser.open(origin.url(VLOGGER));
        browser.script("Object.defineProperty(navigator, 'clipboard', {configurable: true, value:"
                + " {writeText: (text) => { window.copiedText = text; return Promise.resolve(); }}});");
        assertEquals(1, browser.findAll(".cite [aria-live], .cite [role=status]").size(), "one live region");
        WebElement live = browser.find(".cite [role=status]");

        browser.find("button.copy-bib").click();
        browser.waitUntil(d -> shownBesideButtons(browser).equals(List.of("Copied.", "", "")));
        browser.waitUntil(d -> live.getAttribute("textContent").equals("BibTeX copied."));

        browser.findAll(".cite-styles button").get(0).click();
        browser.waitUntil(d -> shownBesideButtons(browser).equals(List.of("", "Copied.", "")));
        browser.waitUntil(d -> live.getAttribute("textContent").equals("APA citation copied."));

        browser.waitUntil(d -> shownBesideButtons(browser).equals(List.of("", "", ""))
                && live.getAttribute("textContent").isEmpty());
    }

    /** What each copy button's status says on the page: the BibTeX entry's, then each style's. */
    private static List<String> shownBesideButtons(Browser browser) {
        return browser.findAll(".cite .copy-status").stream().map(WebElement::getText).toList();
    }

    @FromEveryOrigin
    void withoutJavaScriptThePaperOffersItsEntryAsAFileToSaveAndAsText(Origin origin, Browser browser, ExampleSite site) {
        browser.javaScript(false);
        browser.open(origin.url(VLOGGER));

        assertTrue(browser.findAll("button.copy-bib").isEmpty());
        WebElement download = browser.find(".cite-actions a[download$='.bib']");
        assertEquals("vlogger-make-your-dream-a-vlog.bib", download.getAttribute("download"));
        String href = download.getDomProperty("href");
        String prefix = "data:application/x-bibtex;charset=utf-8,";
        assertTrue(href.startsWith(prefix), href);
        assertEquals(browser.find("pre.bibtex").getText().strip(),
                URLDecoder.decode(href.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8).strip(),
                "the file saved is the entry the page shows");
        assertFalse(Files.exists(site.folder().resolve("paper/vlogger-make-your-dream-a-vlog.bib")),
                "no file per paper: the entry is in the link");
        WebElement ris = browser.find(".cite-actions a[download$='.ris']");
        assertEquals("vlogger-make-your-dream-a-vlog.ris", ris.getAttribute("download"));
        String risPrefix = "data:application/x-research-info-systems;charset=utf-8,";
        String record = URLDecoder.decode(ris.getDomProperty("href").substring(risPrefix.length()).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        assertTrue(record.startsWith("TY  - ") && record.contains("\r\nTI  - " + VLOGGER_TITLE + "\r\n")
                && record.endsWith("ER  - \r\n"), record);
        assertTrue(browser.find("pre.bibtex").isDisplayed());
        assertTrue(browser.findAll(".cite-styles").isEmpty(), "citations as text are the script's");
    }

    @FromEveryOrigin
    void anAuthorsLinkLeadsToTheirPapersAndCoAuthorsAndTheIndexListsThem(Origin origin, Browser browser) {
        browser.open(origin.url(VLOGGER));
        WebElement author = browser.find(".paper-head .authors a");
        String name = author.getText();
        author.click();

        assertEquals(name, browser.h1());
        assertTrue(browser.findAll("main a").stream().anyMatch(a -> a.getText().equals(VLOGGER_TITLE)),
                "the author's page lists the paper");
        browser.find(".site-nav").findElement(By.linkText("Authors")).click();
        assertEquals(1, browser.findAll("main a").stream().filter(a -> a.getText().startsWith(name)).count(),
                "the author index lists " + name + " once");
    }

    @FromEveryOrigin
    void externalLinksOpenNothingThatCanReachBackIntoTheSite(Origin origin, Browser browser) {
        for (String page : List.of(VLOGGER, "index.html", "digest/" + READING_GROUP + ".html")) {
            browser.open(origin.url(page));
            browser.h1();
            for (WebElement a : browser.findAll("main a[href^='http']")) {
                assertTrue(a.getDomAttribute("rel") != null && a.getDomAttribute("rel").contains("noopener"),
                        page + ": " + a.getDomAttribute("href"));
            }
        }
    }

    @FromEveryOrigin
    void aPaperMarkedToReadIsOnTheReadingListAndMovesToReadAndBothExport(Origin origin, Browser browser)
            throws Exception {
        emptyStorage(browser, origin);
        browser.open(origin.url(VLOGGER));
        WebElement toRead = browser.waitUntil(d -> buttonNamed(browser, "To read"));
        toRead.click();
        assertEquals("true", toRead.getDomAttribute("aria-pressed"));

        browser.find(".site-nav").findElement(By.linkText("Reading list")).click();
        assertTrue(browser.find(".page-head").getText().contains("live in this browser only"));
        WebElement listed = browser.waitUntil(d -> browser.findAll("#to-read li[data-path]").stream().findFirst()
                .orElse(null));
        assertEquals(VLOGGER_TITLE, listed.findElement(By.cssSelector(".paper-item-title")).getText());
        browser.waitUntil(d -> listed.findElement(By.cssSelector(".paper-item-meta")).getText().contains("arXiv:"));

        listed.findElements(By.cssSelector("button.mark")).stream().filter(b -> b.getText().equals("Read"))
                .findFirst().orElseThrow().click();
        browser.waitUntil(d -> browser.findAll("#read li[data-path]").size() == 1
                && browser.findAll("#to-read li[data-path]").isEmpty());

        captureDownloads(browser);
        browser.find("#export-json").click();
        JsonNode json = new ObjectMapper().readTree(download(browser, 0));
        assertEquals(1, json.get("papers").size());
        JsonNode paper = json.get("papers").get(0);
        assertEquals("read", paper.get("state").asText());
        assertEquals(VLOGGER_TITLE, paper.get("title").asText());
        assertEquals(origin.url(VLOGGER), paper.get("url").asText());
        browser.find("#export-bib").click();
        String bib = download(browser, 1);
        assertTrue(bib.startsWith("@") && bib.contains("Vlogger"), bib);
        browser.find("#export-ris").click();
        String ris = download(browser, 2, "t.replace(/\\r/g, '<CR>')"); // the driver's strings lose their CRs
        assertTrue(ris.startsWith("TY  - ") && ris.contains("<CR>\nTI  - " + VLOGGER_TITLE + "<CR>\n")
                && ris.endsWith("ER  - <CR>\n"), ris);

        // the list exported, lost (another browser, or the site moved), and imported back
        String exported = download(browser, 0);
        browser.script("localStorage.clear();");
        browser.open(origin.url("reading-list.html"));
        browser.waitUntil(d -> browser.findAll("#read li[data-path]").isEmpty());
        Path file = Files.createTempFile("reading-list", ".json");
        try {
            Files.writeString(file, exported);
            browser.find("#import-json").sendKeys(file.toString());
            browser.waitUntil(d -> browser.findAll("#read li[data-path]").size() == 1);
            assertTrue(browser.find("#reading-list-status").getText().startsWith("Added from "),
                    browser.find("#reading-list-status").getText());
            assertEquals(VLOGGER_TITLE, browser.find("#read .paper-item-title").getText());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A pressed reading-list button says so by more than its fill: a check mark that is not part of its name (a screen
     * reader says "To read, pressed", not "check mark To read"), and under forced colours (Windows High Contrast), which
     * take fills away, the system's highlight.
     */
    @FromEveryOrigin
    void aPressedReadingListButtonShowsACheckMarkAndTheHighlightUnderForcedColours(Origin origin, Browser browser) {
        emptyStorage(browser, origin);
        browser.mediaFeature("forced-colors", "active");
        browser.open(origin.url(VLOGGER));
        WebElement toRead = browser.waitUntil(d -> buttonNamed(browser, "To read"));
        WebElement read = buttonNamed(browser, "Read");
        toRead.click();
        assertEquals("true", toRead.getDomAttribute("aria-pressed"));

        assertEquals("\u2713\u00a0", before(browser, toRead));
        assertEquals("none", before(browser, read), "no mark on the button not pressed");
        assertEquals("To read", browser.accessibleName(toRead));
        String highlight = (String) browser.script("var p = document.createElement('span');"
                + " p.style.backgroundColor = 'Highlight'; document.body.append(p);"
                + " var c = getComputedStyle(p).backgroundColor; p.remove(); return c;");
        assertEquals(highlight, toRead.getCssValue("background-color"));
        assertFalse(highlight.equals(read.getCssValue("background-color")), "the button not pressed looks otherwise");
    }

    /** The text of the element's ::before, as the page shows it; "none" without one. */
    private static String before(Browser browser, WebElement element) {
        return (String) browser.script("var c = getComputedStyle(arguments[0], '::before').content;"
                + " var m = /^\"(.*?)\"/.exec(c); return m ? m[1] : c;", element);
    }

    /**
     * With both lists empty the export buttons look disabled, as they are, and "Empty the lists" looks like the link
     * that it is styled as, not like the bordered buttons beside it.
     */
    @FromEveryOrigin
    void withAnEmptyListTheExportButtonsLookDisabledAndEmptyingTheListsLooksLikeALink(Origin origin, Browser browser) {
        emptyStorage(browser, origin);
        browser.open(origin.url("reading-list.html"));
        browser.waitUntil(d -> browser.find("#reading-list-app").isDisplayed());

        for (String id : List.of("export-bib", "export-ris", "export-json", "clear-list")) {
            WebElement button = browser.find("#" + id);
            assertFalse(button.isEnabled(), id);
            assertTrue(Double.parseDouble(button.getCssValue("opacity")) <= .6, id + ": " + button.getCssValue("opacity"));
            assertEquals("not-allowed", button.getCssValue("cursor"), id);
        }
        WebElement clear = browser.find("#clear-list");
        assertEquals("0px", clear.getCssValue("border-top-width"));
        assertEquals("rgba(0, 0, 0, 0)", clear.getCssValue("background-color"));
        assertTrue(clear.getCssValue("text-decoration-line").contains("underline"));
        assertEquals("1px", browser.find("#export-bib").getCssValue("border-top-width"));
    }

    /**
     * A paper page printed leaves out the controls that do nothing on paper ("To read", "Read", "Copy BibTeX") and
     * prints each link out with where it leads.
     */
    @FromEveryOrigin
    void aPrintedPaperHasNoButtonsAndSaysWhereItsLinksLead(Origin origin, Browser browser) {
        browser.open(origin.url(VLOGGER));
        browser.waitUntil(d -> buttonNamed(browser, "To read"));
        assertTrue(browser.find("button.copy-bib").isDisplayed());
        browser.print();

        assertEquals(List.of(), browser.findAll("button").stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList());
        List<WebElement> links = browser.findAll(".paper-links a");
        assertFalse(links.isEmpty());
        for (WebElement a : links) {
            assertTrue(a.isDisplayed(), a.getText());
            assertEquals("\": " + a.getDomAttribute("href") + "\"",
                    browser.script("return getComputedStyle(arguments[0], '::after').content", a), a.getText());
            assertEquals("none", a.getCssValue("border-top-style"), "printed as text, not as a button");
        }
        assertTrue(browser.find("pre.bibtex").isDisplayed(), "the BibTeX entry is printed");
    }

    @FromEveryOrigin
    void twoTabsKeepEachOthersMarksAndEachShowsWhatTheOtherMarked(Origin origin, Browser browser) {
        emptyStorage(browser, origin);
        WebDriver driver = browser.driver();
        String first = driver.getWindowHandle();
        browser.open(origin.url(VLOGGER));
        WebElement toRead = browser.waitUntil(d -> buttonNamed(browser, "To read"));
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            browser.open(origin.url("index.html"));
            browser.h1();
            List<WebElement> items = browser.findAll(".paper-list > li");
            WebElement vlogger = items.stream().filter(li -> li.findElement(By.cssSelector(".paper-item-title"))
                    .getText().contains(VLOGGER_TITLE)).findFirst().orElseThrow();
            WebElement other = items.stream().filter(li -> li != vlogger && !li.getText().contains(VLOGGER_TITLE))
                    .findFirst().orElseThrow();
            String second = driver.getWindowHandle();

            driver.switchTo().window(first);
            toRead.click();
            driver.switchTo().window(second);
            browser.waitUntil(d -> "true".equals(markIn(vlogger, "To read").getDomAttribute("aria-pressed")));
            markIn(other, "To read").click();
            driver.switchTo().window(first);
            browser.open(origin.url("reading-list.html"));
            browser.waitUntil(d -> browser.findAll("#to-read li[data-path]").size() == 2);
        } finally {
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle);
                    driver.close();
                }
            }
            driver.switchTo().window(first);
        }
    }

    private static WebElement markIn(WebElement item, String name) {
        return item.findElements(By.cssSelector("button.mark")).stream().filter(b -> b.getText().equals(name))
                .findFirst().orElseThrow();
    }

    @FromEveryOrigin
    void papersListedOnlyInDigestsThatCameSinceTheLastVisitAreMarkedNew(Origin origin, Browser browser) {
        emptyStorage(browser, origin);
        String digestPage = origin.url("digest/" + DAILY + ".html");
        browser.open(digestPage);
        browser.h1();
        assertTrue(browser.findAll(".new-mark").isEmpty(), "nothing is new at a first visit");
        assertFalse(browser.find("#new-since").isDisplayed());
        browser.open(origin.url("index.html"));
        browser.h1();
        // the last visit, as if it had been before the daily digest came
        browser.script("for (const key of Object.keys(localStorage).filter((k) => k.endsWith(':seenDigests'))) {"
                + " const seen = JSON.parse(localStorage.getItem(key));"
                + " seen.digests = seen.digests.filter((d) => d !== '" + DAILY + "');"
                + " localStorage.setItem(key, JSON.stringify(seen)); }"
                + " sessionStorage.clear();");

        for (String page : List.of("index.html", "digest/" + DAILY + ".html", "digest/" + READING_GROUP + ".html")) {
            browser.open(origin.url(page));
            browser.h1();
            List<WebElement> items = browser.findAll("li[data-digests]");
            long newOnes = 0;
            for (WebElement li : items) {
                boolean isNew = li.getDomAttribute("data-digests").equals(DAILY);
                assertEquals(isNew, !li.findElements(By.cssSelector(".new-mark")).isEmpty(), page + ": " + li.getText());
                newOnes += isNew ? 1 : 0;
            }
            WebElement note = browser.find("#new-since");
            assertTrue(note.isDisplayed(), page);
            String expected = newOnes == 0 ? "Nothing new here" : newOnes == 1 ? "1 paper here is new"
                    : newOnes + " papers here are new";
            assertTrue(note.getText().startsWith(expected + " since your last visit"),
                    page + ": " + note.getText());
        }
    }

    @FromEveryOrigin
    void anAuthorsNameFindsTheirPapersWithTheNameHighlighted(Origin origin, Browser browser) {
        SearchInBrowserTest.search(browser, origin, "search.html?q=shaobin+zhuang");

        List<WebElement> results = browser.findAll("#results .result");
        assertTrue(results.stream().anyMatch(r -> r.findElement(By.cssSelector(".result-title")).getText()
                .equals(VLOGGER_TITLE)), "the author's paper is found");
        for (WebElement result : results) {
            assertEquals("Shaobin Zhuang", result.findElement(By.cssSelector(".authors mark")).getText(),
                    "the name is marked in every result: " + result.getText());
        }
    }

    @FromEveryOrigin
    void aWordFoundInAnAbstractShowsItsSentenceWithTheWordMarkedAndNoDigestName(Origin origin, Browser browser) {
        SearchInBrowserTest.search(browser, origin, "search.html?q=paraphrasing");

        WebElement sentence = browser.waitUntil(d -> browser.findAll("#results .result-sentence").stream()
                .findFirst().orElse(null));
        assertEquals("paraphrasing", sentence.findElement(By.tagName("mark")).getText().toLowerCase());
        assertTrue(sentence.getText().split(" ").length > 5, "a sentence, not a bare word: " + sentence.getText());
        for (WebElement result : browser.findAll("#results .result")) {
            assertFalse(result.getText().contains("Daily Papers"), result.getText());
        }
    }

    /** Vlogger's venue is "CVPR 2024", which no abstract of the example names: the result says where the word is. */
    @FromEveryOrigin
    void aWordOfAVenueFindsItsPaperAndTheResultShowsTheVenue(Origin origin, Browser browser) {
        SearchInBrowserTest.search(browser, origin, "search.html?q=cvpr");

        WebElement result = browser.waitUntil(d -> browser.findAll("#results .result").stream()
                .filter(r -> r.findElement(By.cssSelector(".result-title")).getText().equals(VLOGGER_TITLE))
                .findFirst().orElse(null));
        WebElement venue = browser.waitUntil(d -> result.findElements(By.cssSelector(".result-sentence")).stream()
                .findFirst().orElse(null));
        assertEquals("Venue: CVPR 2024", venue.getText());
        assertEquals("CVPR", venue.findElement(By.tagName("mark")).getText());
    }

    @FromEveryOrigin
    void typingFastReplacesTheHistoryEntryAFewTimesNotAtEveryKeystroke(Origin origin, Browser browser) {
        SearchInBrowserTest.search(browser, origin, "search.html");
        browser.script("window.replaced = 0; const replace = history.replaceState.bind(history);"
                + " history.replaceState = (...a) => { window.replaced++; return replace(...a); };"
                + " window.typingStarted = performance.now();");
        String query = "long video generation with diffusion transformers";
        browser.find("#search-input").sendKeys(query);
        double typing = ((Number) browser.script("return performance.now() - window.typingStarted")).doubleValue();

        browser.waitUntil(d -> browser.url().endsWith("q=long+video+generation+with+diffusion+transformers"));
        long replaced = (Long) browser.script("return window.replaced");
        assertTrue(replaced <= typing / 400 + 2 && replaced < query.length() / 2,
                replaced + " history updates for " + query.length() + " keystrokes in " + typing + " ms");
    }

    @FromEveryOrigin
    void theKeyboardHintShowsWithAMouseAndNotOnATouchScreen(Origin origin, Browser browser) {
        browser.pointer("hover", "fine");
        SearchInBrowserTest.search(browser, origin, "search.html");
        assertEquals(!touch(browser), browser.find(".keyboard-hint").isDisplayed(), "with a mouse, if this browser"
                + " says it has one (headless Chromium may not)");

        browser.touchScreen();
        SearchInBrowserTest.search(browser, origin, "search.html");
        assertTrue(touch(browser), "the emulated touch screen");
        assertFalse(browser.find(".keyboard-hint").isDisplayed());
    }

    private static boolean touch(Browser browser) {
        return (Boolean) browser.script("return matchMedia('(hover: none), (pointer: coarse)').matches");
    }

    private static WebElement buttonNamed(Browser browser, String name) {
        return browser.findAll("article.paper button.mark").stream().filter(b -> b.getText().equals(name)).findFirst()
                .orElse(null);
    }

    /** What this browser keeps for the site (file:// pages share one store; each test starts from nothing). */
    private static void emptyStorage(Browser browser, Origin origin) {
        browser.open(origin.url("index.html"));
        browser.h1();
        browser.script("localStorage.clear(); sessionStorage.clear();");
    }

    /** Keeps each file the page offers for download (as a Blob), for the test to read. */
    private static void captureDownloads(Browser browser) {
        browser.script("window.downloads = []; const create = URL.createObjectURL;"
                + " URL.createObjectURL = (blob) => { window.downloads.push(blob); return create.call(URL, blob); };"
                + " HTMLAnchorElement.prototype.click = function () {};");
    }

    private static String download(Browser browser, int n) {
        return download(browser, n, "t");
    }

    /** The text of the n-th download, as the script expression of {@code t} gives it. */
    private static String download(Browser browser, int n, String shown) {
        browser.waitUntil(d -> (Long) browser.script("return window.downloads.length") > n);
        return (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + " window.downloads[" + n + "].text().then((t) => done(" + shown + "));");
    }
}
