package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.browser.ExampleSiteInBrowser.ExampleSite;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Searching the example site in Chromium, from disk and over HTTP. */
@ExtendWith(ExampleSiteInBrowser.class)
class SearchInBrowserTest {

    private static final String VLOGGER = "Vlogger: Make Your Dream A Vlog";
    /**
     * The papers the box suggests, not the link to the search page under them: while "arXiv:2401.09414" is typed, the
     * box may say "No paper matches" for "arXiv:2401.0941" before the last key's suggestions are drawn.
     */
    static final String SUGGESTED_PAPERS = "#search-suggestions .suggestion-list a.result-link";

    @FromEveryOrigin
    void aTitleWordTypedOnAnyPageSuggestsThePaperAndTheArrowKeysAndEnterOpenIt(Origin origin, Browser browser) {
        browser.open(origin.url("tag/long-video.html"));
        browser.find("#search-input").sendKeys("vlogger");

        WebElement first = browser.waitUntil(d -> browser.findAll(SUGGESTED_PAPERS).stream()
                .findFirst().orElse(null));
        assertEquals(VLOGGER, first.getText());
        assertEquals("Vlogger", first.findElement(By.tagName("mark")).getText());
        browser.find("#search-input").sendKeys(Keys.ARROW_DOWN);
        assertEquals(first, browser.driver().switchTo().activeElement());
        first.sendKeys(Keys.ENTER);

        assertEquals(VLOGGER, browser.h1());
        assertEquals(origin.url("paper/vlogger-make-your-dream-a-vlog.html"), browser.url());
    }

    /**
     * The box is a combobox that says whether its suggestions are open; Escape closes them and keeps what was typed
     * (Chromium's search box would clear it too), and only a second Escape clears the box.
     */
    @FromEveryOrigin
    void theBoxSaysWhenItsSuggestionsAreOpenAndEscapeClosesThemKeepingWhatWasTyped(Origin origin, Browser browser) {
        browser.open(origin.url("tag/long-video.html"));
        WebElement input = browser.find("#search-input");
        assertEquals(List.of("combobox", "list", "dialog", "search-suggestions", "false"), comboboxAttributes(input));
        input.sendKeys("vlogger");
        browser.waitUntil(d -> browser.find("#search-suggestions").isDisplayed());
        assertEquals("true", input.getDomAttribute("aria-expanded"));

        browser.press(Keys.ESCAPE);
        assertFalse(browser.find("#search-suggestions").isDisplayed());
        assertEquals("false", input.getDomAttribute("aria-expanded"));
        assertEquals("vlogger", input.getDomProperty("value"), "the first Escape keeps what was typed");
        assertEquals(input, browser.focused());

        browser.press(Keys.ESCAPE);
        assertEquals("", input.getDomProperty("value"), "a second Escape clears the box, as the browser does");
        assertFalse(browser.find("#search-suggestions").isDisplayed());
    }

    /**
     * The search page's box shows no suggestions, so it is no combobox; Escape there does what the browser does,
     * clearing the box, and the results follow it.
     */
    @FromEveryOrigin
    void escapeOnTheSearchPageClearsTheBoxAndTheResultsFollow(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=video");
        WebElement input = browser.find("#search-input");
        assertEquals(Arrays.asList(null, null, null, null, null), comboboxAttributes(input));
        assertFalse(browser.findAll("#results .result").isEmpty());
        input.click();

        browser.press(Keys.ESCAPE);
        assertEquals("", input.getDomProperty("value"));
        browser.waitUntil(d -> browser.findAll("#results .result").isEmpty()
                && browser.find("#search-status").getText().startsWith("Type in the search box"));
        browser.waitUntil(d -> browser.url().equals(origin.url("search.html")));
    }

    /** A suggestion focused from the keyboard shows its focus outline whole: the box that scrolls cuts off none of it. */
    @FromEveryOrigin
    void aSuggestionFocusedFromTheKeyboardShowsItsWholeOutline(Origin origin, Browser browser) {
        browser.open(origin.url("index.html"));
        browser.find("#search-input").sendKeys("video");
        WebElement first = browser.waitUntil(d -> browser.findAll(SUGGESTED_PAPERS).stream().findFirst().orElse(null));
        browser.press(Keys.ARROW_DOWN);
        assertEquals(first, browser.focused());
        assertEquals("solid", first.getCssValue("outline-style"));

        WebElement box = browser.find("#search-suggestions");
        assertEquals(List.of(), outlineOutside(browser, first, box));
        WebElement all = browser.find("#search-suggestions .all-results");
        browser.script("arguments[0].focus()", all);
        assertEquals(List.of(), outlineOutside(browser, all, box));
    }

    private static List<String> comboboxAttributes(WebElement input) {
        return Arrays.asList(input.getDomAttribute("role"), input.getDomAttribute("aria-autocomplete"),
                input.getDomAttribute("aria-haspopup"), input.getDomAttribute("aria-controls"),
                input.getDomAttribute("aria-expanded"));
    }

    @FromEveryOrigin
    void enterInTheSearchBoxOpensTheSearchPageWithTheQueryInItsUrl(Origin origin, Browser browser) {
        browser.open(origin.url("hubs.html"));
        browser.find("#search-input").sendKeys("long video", Keys.ENTER);

        browser.waitUntil(d -> !browser.findAll("#results a.result-link").isEmpty());
        assertEquals(origin.url("search.html?q=long+video"), browser.url());
        assertEquals("long video", browser.find("#search-input").getDomProperty("value"));
    }

    @FromEveryOrigin
    void slashGoesToTheSearchBoxUnlessTypingInAField(Origin origin, Browser browser) {
        browser.open(origin.url("index.html"));
        browser.find("body").sendKeys("/");
        WebElement input = browser.find("#search-input");
        assertEquals(input, browser.driver().switchTo().activeElement());

        input.sendKeys("text/video");
        assertEquals("text/video", input.getDomProperty("value"), "a slash typed in the box is a slash");
    }

    @FromEveryOrigin
    void titleMatchesComeBeforeTagMatchesWhichComeBeforeAbstractMatches(Origin origin, Browser browser) {
        List<String> kinds = resultKinds(browser, origin, "benchmark");

        assertEquals(List.of("title", "tag", "abstract"), new ArrayList<>(new LinkedHashSet<>(kinds)),
                "every kind of match, in this order: " + kinds);
    }

    @FromEveryOrigin
    void prefixesAndTyposFindTheWordMeantAndEveryMatchIsHighlighted(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=vlog");
        assertEquals(VLOGGER, firstTitle(browser));

        search(browser, origin, "search.html?q=vidoe+difusion");
        Set<String> marked = new TreeSet<>();
        browser.findAll("#results .result-title mark").forEach(m -> marked.add(m.getText().toLowerCase()));
        assertTrue(marked.containsAll(Set.of("video", "diffusion")), "highlighted: " + marked);
    }

    @FromEveryOrigin
    void aTagIsFoundByItsOneWordAliasesAndMarkedInTheResults(Origin origin, Browser browser, ExampleSite site) {
        Set<String> videoGeneration = papersListedOn(site, "tag/video-generation.html");

        search(browser, origin, "search.html?q=t2v");

        Set<String> found = resultPaths(browser);
        assertTrue(found.containsAll(videoGeneration), "every paper tagged Video generation, whose alias T2V is: "
                + found);
        Set<String> markedTags = new TreeSet<>();
        browser.findAll("#results .tag mark").forEach(m -> markedTags.add(m.getText()));
        assertEquals(Set.of("Video generation"), markedTags);
    }

    @FromEveryOrigin
    void twoTagsShowThePapersThatHaveBothAndBackAndForwardRestoreTheFilters(Origin origin, Browser browser,
            ExampleSite site) {
        Set<String> longVideo = papersListedOn(site, "tag/long-video.html");
        Set<String> both = new HashSet<>(longVideo);
        both.retainAll(papersListedOn(site, "tag/benchmark.html"));
        assertTrue(!both.isEmpty() && both.size() < longVideo.size(), "a telling pair of tags: " + both);

        search(browser, origin, "search.html");
        tick(browser, "long-video");
        browser.waitUntil(d -> resultPaths(browser).equals(longVideo));
        tick(browser, "benchmark");
        browser.waitUntil(d -> resultPaths(browser).equals(both));
        assertEquals(origin.url("search.html?tag=long-video&tag=benchmark"), browser.url());

        browser.driver().navigate().back();
        browser.waitUntil(d -> resultPaths(browser).equals(longVideo));
        assertFalse(browser.find("#tag-choice-benchmark").isSelected());
        browser.driver().navigate().forward();
        browser.waitUntil(d -> resultPaths(browser).equals(both));
        assertTrue(browser.find("#tag-choice-benchmark").isSelected());
    }

    /**
     * The box's suggestions for a word no paper has ("jose") are papers with a word spelled nearly so ("pose"), whose
     * titles often do not show it: the box says so and names the word, as the search page does, or they would seem to
     * have the word.
     */
    @FromEveryOrigin
    void suggestionsFoundOnlyByForgivingATypoSaySo(Origin origin, Browser browser) {
        browser.open(origin.url("tag/long-video.html"));
        browser.find("#search-input").sendKeys("jose");
        browser.waitUntil(d -> !browser.findAll(SUGGESTED_PAPERS).isEmpty());
        assertEquals("No paper has \u201cjose\u201d as typed: these have a word spelled nearly so"
                + " (\u201cpose\u201d, \u201close\u201d).",
                browser.find("#search-suggestions .suggestion-near").getText());

        browser.find("#search-input").clear();
        browser.find("#search-input").sendKeys("vlogger");
        browser.waitUntil(d -> browser.findAll(SUGGESTED_PAPERS).stream().anyMatch(a -> a.getText().equals(VLOGGER)));
        assertTrue(browser.findAll("#search-suggestions .suggestion-near").isEmpty());
    }

    /** Quotes ask for a phrase in other search boxes: the count says that here papers have the words anywhere. */
    @FromEveryOrigin
    void aQuotedPhraseIsSaidToBeSearchedAsItsWords(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=%22long+video%22");
        browser.waitUntil(d -> browser.find("#search-status").getText().contains("match"));
        assertTrue(browser.find("#search-status").getText().endsWith(
                "Quotes do not search for a phrase: these papers have each of the words, anywhere."),
                browser.find("#search-status").getText());
        search(browser, origin, "search.html?q=long+video");
        browser.waitUntil(d -> browser.find("#search-status").getText().contains("match"));
        assertFalse(browser.find("#search-status").getText().contains("phrase"));
    }

    /**
     * Enter after typing a query, whose address typing had already put in the history entry, added that address a
     * second time: the first Back showed the same results again, as if it did nothing. A new query typed after a
     * settled one has an entry of its own, so that Back returns to the one before.
     */
    @FromEveryOrigin
    void backAfterEnterReturnsToTheQueryBeforeAndThenToThePageBefore(Origin origin, Browser browser) {
        browser.open(origin.url("index.html"));
        search(browser, origin, "search.html");
        browser.find("#search-input").sendKeys("vlogger");
        browser.waitUntil(d -> browser.url().endsWith("search.html?q=vlogger"));
        browser.find("#search-input").sendKeys(Keys.ENTER);
        browser.find("#search-input").sendKeys(" dream");
        browser.waitUntil(d -> browser.url().endsWith("search.html?q=vlogger+dream"));
        browser.find("#search-input").sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.find("#search-status").getText().contains("\u201cvlogger dream\u201d"));

        browser.driver().navigate().back();
        browser.waitUntil(d -> browser.find("#search-status").getText().contains("\u201cvlogger\u201d"));
        assertEquals(origin.url("search.html?q=vlogger"), browser.url());
        assertEquals("vlogger", browser.find("#search-input").getDomProperty("value"));

        browser.driver().navigate().back();
        browser.waitUntil(d -> browser.url().equals(origin.url("index.html")));
    }

    /**
     * Enter pressed as soon as a query is typed, before typing's pause has put the whole query in the address, settles
     * the entry typing made: a new entry on top left the query's first letters ("v") for Back to show.
     */
    @FromEveryOrigin
    void enterRightAfterTypingSettlesTheEntryTypingMadeSoBackLeavesTheSearch(Origin origin, Browser browser) {
        browser.open(origin.url("index.html"));
        search(browser, origin, "search.html");
        browser.find("#search-input").sendKeys("vlogger" + Keys.ENTER);
        browser.waitUntil(d -> browser.find("#search-status").getText().contains("\u201cvlogger\u201d"));
        assertEquals(origin.url("search.html?q=vlogger"), browser.url());

        browser.driver().navigate().back();
        browser.waitUntil(d -> !browser.url().equals(origin.url("search.html?q=vlogger")));
        assertEquals(origin.url("index.html"), browser.url());
    }

    @FromEveryOrigin
    void aSharedUrlRestoresTheQueryAndEveryFilter(Origin origin, Browser browser, ExampleSite site) {
        Set<String> expected = papersListedOn(site, "tag/long-video.html");
        expected.retainAll(papersListedOn(site, "hub/datasets-and-benchmarks.html"));
        expected.retainAll(papersListedOn(site, "digest/000-ac72b9b54d05ed1c.html"));
        assertFalse(expected.isEmpty());

        search(browser, origin, "search.html?tag=long-video&hub=datasets-and-benchmarks&digest=000-ac72b9b54d05ed1c");
        assertEquals(expected, resultPaths(browser));
        assertTrue(browser.find("#tag-choice-long-video").isSelected());
        assertEquals("datasets-and-benchmarks", browser.find("#filter-hub").getDomProperty("value"));
        assertEquals("000-ac72b9b54d05ed1c", browser.find("#filter-digest").getDomProperty("value"));

        search(browser, origin, "search.html?q=benchmark&tag=long-video&hub=datasets-and-benchmarks");
        assertEquals("benchmark", browser.find("#search-input").getDomProperty("value"));
        Set<String> narrowed = resultPaths(browser);
        assertFalse(narrowed.isEmpty());
        assertTrue(expected.containsAll(narrowed), "the query narrows the filtered papers");
    }

    @FromEveryOrigin
    void theArrowKeysMoveThroughTheResultsAndEnterOpensOne(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=video");
        List<WebElement> links = browser.findAll("#results a.result-link");
        WebElement input = browser.find("#search-input");
        input.click();

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), browser.driver().switchTo().activeElement());
        links.get(0).sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), browser.driver().switchTo().activeElement());
        links.get(1).sendKeys(Keys.ARROW_UP);
        links.get(0).sendKeys(Keys.ARROW_UP);
        assertEquals(input, browser.driver().switchTo().activeElement());
        input.sendKeys(Keys.ARROW_DOWN);
        links.get(0).sendKeys(Keys.ARROW_DOWN);
        String second = links.get(1).getText();
        links.get(1).sendKeys(Keys.ENTER);

        assertEquals(second, browser.h1());
    }

    /**
     * "Show all tags" is a toggle above the tags: every tag of the results then shows in a box of bounded height that
     * scrolls (a large site's hundreds would push the results thousands of pixels down), the focus stays on the
     * button, which says it is expanded and offers fewer, and pressed again it shows the first tags only.
     */
    @FromEveryOrigin
    void showingAllTagsIsAToggleThatKeepsTheFocusAndBoundsTheTagsInABoxThatScrolls(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=video");
        int few = browser.findAll("input[name=tag]").size();
        WebElement toggle = browser.find("#more-tags");
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getDomAttribute("aria-expanded"));
        assertEquals("tag-choices", toggle.getDomAttribute("aria-controls"));
        toggle.sendKeys(Keys.ENTER);

        browser.waitUntil(d -> browser.findAll("input[name=tag]").size() > few);
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        assertEquals("Show fewer tags", toggle.getText());
        assertEquals(toggle, browser.focused());
        WebElement box = browser.find("#tag-choices");
        long rem = (Long) browser.script("return Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize))");
        assertTrue(box.getRect().getHeight() <= 19 * rem, "at most 18rem and its padding: " + box.getRect());
        assertTrue((Boolean) browser.script("return arguments[0].scrollHeight > arguments[0].clientHeight", box),
                "the example's tags overflow the box, which scrolls");

        // a tag far down the box, reached from the keyboard, scrolls into view with its focus outline whole
        List<WebElement> boxes = browser.findAll("input[name=tag]");
        WebElement last = boxes.get(boxes.size() - 1);
        browser.script("arguments[0].focus()", boxes.get(boxes.size() - 2));
        browser.press(Keys.TAB);
        assertEquals(last, browser.focused());
        assertEquals("solid", last.getCssValue("outline-style"));
        assertEquals(List.of(), outlineOutside(browser, last, box));

        toggle.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.findAll("input[name=tag]").size() == few);
        assertEquals("false", toggle.getDomAttribute("aria-expanded"));
        assertTrue(toggle.getText().startsWith("Show all "), toggle.getText());
        assertEquals(toggle, browser.focused(), "the focus stays on the toggle");
        browser.press(Keys.TAB);
        assertEquals(browser.findAll("input[name=tag]").get(0), browser.focused(),
                "the first Tab from the toggle reaches the first tag");
    }

    /**
     * The sides on which the element's focus outline (its width and offset around its box) reaches outside what the
     * scrolling container shows, where it is cut off; none when it shows whole.
     */
    static List<String> outlineOutside(Browser browser, WebElement element, WebElement container) {
        @SuppressWarnings("unchecked")
        List<String> sides = (List<String>) browser.script("var e = arguments[0], c = arguments[1];"
                + " var s = getComputedStyle(e); var o = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);"
                + " var r = e.getBoundingClientRect(), b = c.getBoundingClientRect(); var out = [];"
                + " if (r.left - o < b.left + c.clientLeft) out.push('left');"
                + " if (r.right + o > b.left + c.clientLeft + c.clientWidth) out.push('right');"
                + " if (r.top - o < b.top + c.clientTop) out.push('top');"
                + " if (r.bottom + o > b.top + c.clientTop + c.clientHeight) out.push('bottom');"
                + " return out;", element, container);
        return sides;
    }

    @FromEveryOrigin
    void anArxivIdInAnyOfItsSpellingsFindsItsPaperOnTheSearchPageAndInTheSuggestions(Origin origin, Browser browser) {
        for (String query : List.of("2401.09414", "arXiv%3A2401.09414v1", "https%3A%2F%2Farxiv.org%2Fabs%2F2401.09414")) {
            search(browser, origin, "search.html?q=" + query);
            assertEquals(List.of(VLOGGER), browser.findAll("#results .result-title").stream().map(WebElement::getText)
                    .toList(), query);
            assertEquals("1 paper matches arXiv:2401.09414.", browser.find("#search-status").getText(), query);
        }
        browser.open(origin.url("index.html"));
        browser.find("#search-input").sendKeys("arXiv:2401.09414");
        browser.waitUntil(d -> browser.findAll(SUGGESTED_PAPERS).stream().findFirst()
                .filter(a -> a.getText().equals(VLOGGER)).orElse(null));
    }

    /**
     * The site keys a paper without authors by its title's words run together: read as those words, the key finds
     * thirteen papers of the example, and the paper it is the key of comes first, as the page says.
     */
    @FromEveryOrigin
    void aKeyOfTitleWordsPutsThePaperItIsTheKeyOfFirst(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=multimodallanguagemodels");
        assertEquals("Multimodal Language Models for Domain-Specific Procedural Video Summarization",
                browser.find("#results .result-title").getText());
        assertEquals("13 papers match the citation key \u201cmultimodallanguagemodels\u201d, read as \u201cmultimodal"
                + " language models\u201d. The first is the paper cited as \u201cmultimodallanguagemodels\u201d.",
                browser.find("#search-status").getText());
    }

    @FromEveryOrigin
    void aCitationKeyCopiedFromTheSitesBibTexFindsItsPaper(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=zhuang2024vlogger");
        assertEquals(List.of(VLOGGER), browser.findAll("#results .result-title").stream().map(WebElement::getText)
                .toList());
        assertEquals("1 paper matches the citation key \u201czhuang2024vlogger\u201d, read as \u201czhuang vlogger\u201d,"
                + " those dated 2023 to 2025 first.", browser.find("#search-status").getText());
    }

    /**
     * The suggestions under the header's box read a key as the search page does: the paper a key names is the first
     * suggestion, for the site's own key (one of thirteen papers with those title words) as for an author's.
     */
    @FromEveryOrigin
    void aCitationKeyTypedInTheHeadersBoxSuggestsThePaperItIsTheKeyOfFirst(Origin origin, Browser browser) {
        browser.open(origin.url("tag/long-video.html"));
        browser.find("#search-input").sendKeys("multimodallanguagemodels");
        browser.waitUntil(d -> browser.findAll(SUGGESTED_PAPERS).stream().findFirst()
                .filter(a -> a.getText().equals("Multimodal Language Models for Domain-Specific Procedural Video"
                        + " Summarization")).orElse(null));

        browser.find("#search-input").clear();
        browser.find("#search-input").sendKeys("zhuang2024vlogger");
        WebElement first = browser.waitUntil(d -> browser.findAll(SUGGESTED_PAPERS).stream().findFirst()
                .filter(a -> a.getText().equals(VLOGGER)).orElse(null));
        first.click();
        assertEquals(VLOGGER, browser.h1());
    }

    @FromEveryOrigin
    void aQueryWithoutAWordToSearchBySuggestsNoPaperAndTheSearchPageSaysWhy(Origin origin, Browser browser) {
        browser.open(origin.url("index.html"));
        WebElement input = browser.find("#search-input");
        for (String query : List.of("the", "a", "of")) {
            input.clear();
            input.sendKeys(query);
            WebElement box = browser.waitUntil(d -> browser.find("#search-suggestions").isDisplayed()
                    ? browser.find("#search-suggestions") : null);
            assertTrue(box.getText().contains("Type another word"), query + ": " + box.getText());
            assertTrue(box.findElements(By.cssSelector("a")).isEmpty(), query + ": no paper, no \u201cAll results\u201d");
        }
        search(browser, origin, "search.html?q=the");
        assertTrue(browser.findAll("#results .result").isEmpty());
        assertTrue(browser.find("#search-status").getText().contains("no word to search by"),
                browser.find("#search-status").getText());
    }

    @FromEveryOrigin
    void theStatusAgreesWithTheCountAndABlankQueryOrATagTwiceIsReadSensibly(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=vlogger");
        assertEquals("1 paper matches \u201cvlogger\u201d.", browser.find("#search-status").getText());
        search(browser, origin, "search.html?q=+++");
        assertFalse(browser.driver().getTitle().contains("\u201c"), browser.driver().getTitle());
        assertTrue(browser.find("#search-status").getText().startsWith("Type in the search box"));
        search(browser, origin, "search.html?tag=long-video&tag=long-video");
        assertTrue(browser.find("#search-status").getText().endsWith(" papers tagged Long videos."),
                browser.find("#search-status").getText());
    }

    @FromEveryOrigin
    void aSearchResultHasTheReadingListButtons(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=vlogger");
        browser.script("localStorage.clear();");
        WebElement toRead = browser.waitUntil(d -> browser.findAll("#results .result button.mark").stream()
                .filter(b -> b.getText().equals("To read")).findFirst().orElse(null));
        toRead.click();
        assertEquals("true", toRead.getDomAttribute("aria-pressed"));
        search(browser, origin, "search.html?q=vlog");
        browser.waitUntil(d -> browser.findAll("#results .result button.mark[aria-pressed=true]").size() == 1);
    }

    @FromEveryOrigin
    void withoutJavaScriptTheSearchPageSaysSoAndLeadsToTheBrowsePages(Origin origin, Browser browser) {
        browser.javaScript(false);
        browser.open(origin.url("search.html"));

        WebElement notice = browser.find("main .notice");
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains("needs JavaScript"), notice.getText());
        assertFalse(browser.find("#search-app").isDisplayed());
        notice.findElement(By.linkText("the topic hubs")).click();
        assertEquals("Topic hubs", browser.h1());
    }

    @Test
    void aPostingFileOfAnotherBuildMakesSearchSayToReloadThePageAndShowNoResult(Browser browser, ExampleSite site) {
        // as a cache may keep a file of an earlier build: it runs, but assigns a key the root does not name
        Path stale = copyOfTheSite(site, "stale", (path, text) -> path.startsWith("search-postings/")
                ? text.replace("\"" + postingsKey(site) + "/", "\"0000000000000000/") : text);

        assertSaysToReloadAndShowsNoResult(browser, stale);
        assertFalse(browser.findAll("script[src*='search-postings/']").isEmpty(), "the file was loaded, and refused");
    }

    @Test
    void aPostingFileThatFailsToLoadMakesSearchSayToReloadThePageAndShowNoResult(Browser browser, ExampleSite site) {
        Path missing = copyOfTheSite(site, "missing", (path, text) -> path.startsWith("search-postings/") ? null : text);

        assertSaysToReloadAndShowsNoResult(browser, missing);
    }

    /** On the search page and in a page's suggestions. */
    private static void assertSaysToReloadAndShowsNoResult(Browser browser, Path site) {
        browser.open(site.resolve("search.html").toUri() + "?q=vlogger");
        browser.waitUntil(d -> !browser.find("#search-status").getText().startsWith("Loading"));
        assertTrue(browser.find("#search-status").getText().contains("reload the page"),
                browser.find("#search-status").getText());
        assertTrue(browser.findAll("#results .result").isEmpty());

        browser.open(site.resolve("tag/long-video.html").toUri().toString());
        browser.find("#search-input").sendKeys("vlogger");
        WebElement box = browser.waitUntil(d -> browser.find("#search-suggestions").isDisplayed()
                ? browser.find("#search-suggestions") : null);
        assertTrue(box.getText().contains("reload the page"), box.getText());
        assertTrue(box.findElements(By.cssSelector("a")).isEmpty(), "no suggestion: " + box.getText());
    }

    /** The key the site's search index gives its posting files. */
    private static String postingsKey(ExampleSite site) {
        Matcher key = Pattern.compile("\"postingsKey\"\\s*:\\s*\"([^\"]+)\"").matcher(read(site.folder()
                .resolve("assets/search-index.js")));
        assertTrue(key.find(), "the search index names its posting files' key");
        return key.group(1);
    }

    /**
     * A copy of the example site in its own folder, each text file changed by {@code change} (given its path from
     * the root and its text; null leaves the file out); other files as they are.
     */
    private static Path copyOfTheSite(ExampleSite site, String name, BiFunction<String, String, String> change) {
        Path copy = SiteFiles.projectRoot().resolve("plugin/target/browser/" + name + "-site");
        try {
            if (Files.exists(copy)) {
                try (Stream<Path> old = Files.walk(copy)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> file : SiteFiles.all(site.folder()).entrySet()) {
                byte[] bytes = file.getValue();
                if (file.getKey().endsWith(".js") || file.getKey().endsWith(".html")) {
                    String text = change.apply(file.getKey(), new String(bytes, StandardCharsets.UTF_8));
                    if (text == null) {
                        continue;
                    }
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
                Path target = copy.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The button under the results says how many it shows next, of how many more, and the last page as such. */
    @FromEveryOrigin
    void theButtonUnderTheResultsSaysHowManyMoreItShows(Origin origin, Browser browser) {
        search(browser, origin, "search.html?q=video");
        String status = browser.find("#search-status").getText();
        int count = Integer.parseInt(status.substring(0, status.indexOf(' ')));
        assertTrue(count > 60, status);
        List<String> said = new ArrayList<>();
        while (browser.find("#more-results").isDisplayed()) {
            int shown = browser.findAll("#results .result").size();
            said.add(browser.find("#more-results").getText());
            browser.find("#more-results").click();
            browser.waitUntil(d -> browser.findAll("#results .result").size() > shown);
        }
        int last = count % 20 == 0 ? 20 : count % 20;
        List<String> expected = new ArrayList<>();
        for (int remaining = count - 20; remaining > last; remaining -= 20) {
            expected.add("Show 20 more of " + remaining);
        }
        expected.add("Show the last " + last);
        assertEquals(expected, said);
        assertEquals(count, browser.findAll("#results .result").size());
        assertFalse(browser.find("#more-results").isDisplayed());
    }

    static void search(Browser browser, Origin origin, String page) {
        browser.open(origin.url(page));
        browser.waitUntil(d -> !browser.find("#search-status").getText().startsWith("Loading"));
    }

    private static List<String> resultKinds(Browser browser, Origin origin, String query) {
        search(browser, origin, "search.html?q=" + query);
        while (browser.find("#more-results").isDisplayed()) {
            browser.find("#more-results").click();
        }
        List<String> kinds = new ArrayList<>();
        for (WebElement result : browser.findAll("#results .result")) {
            kinds.add(!result.findElements(By.cssSelector(".result-title mark")).isEmpty() ? "title"
                    : !result.findElements(By.cssSelector(".tag mark")).isEmpty() ? "tag"
                    : !result.findElements(By.cssSelector(".result-why mark")).isEmpty() ? "abstract" : "none");
        }
        return kinds;
    }

    private static String firstTitle(Browser browser) {
        return browser.find("#results .result-title").getText();
    }

    private static void tick(Browser browser, String tag) {
        browser.waitUntil(d -> browser.findAll("#tag-choice-" + tag).stream().findFirst().orElse(null)).click();
    }

    /** The results' pages, from the site root, as the search page lists them at the time. */
    static Set<String> resultPaths(Browser browser) {
        while (browser.find("#more-results").isDisplayed()) {
            browser.find("#more-results").click();
        }
        Set<String> paths = new HashSet<>();
        for (WebElement link : browser.findAll("#results a.result-link")) {
            paths.add(link.getDomAttribute("href"));
        }
        return paths;
    }

    /** The papers a tag, hub or digest page lists, as paths from the site root. */
    static Set<String> papersListedOn(ExampleSite site, String page) {
        Set<String> paths = new HashSet<>();
        SiteFiles.parse(site.folder(), page).select(".paper-item-title a").forEach(a ->
                paths.add(a.attr("href").replaceFirst("^\\.\\./", "")));
        return paths;
    }
}
