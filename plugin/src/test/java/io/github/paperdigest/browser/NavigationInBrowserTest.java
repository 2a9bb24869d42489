package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/** Browsing the example site by its links, as a reader does, from disk and over HTTP. */
@ExtendWith(ExampleSiteInBrowser.class)
class NavigationInBrowserTest {

    @FromEveryOrigin
    void fromAHubToOneOfItsTagsToAPaperToARelatedPaper(Origin origin, Browser browser) {
        browser.open(origin.url("index.html"));
        assertStyled(browser);

        String hub = follow(browser, ".hub-card h3 a");
        assertEquals(hub, browser.h1());
        assertTrue(browser.url().startsWith(origin.url("hub/")), browser.url());

        String tag = follow(browser, "#hub-tags-heading + .tag-list a.tag").replaceAll(COUNT, "");
        assertEquals(tag, browser.h1());
        assertTrue(browser.url().startsWith(origin.url("tag/")), browser.url());

        String paper = follow(browser, ".paper-list .paper-item-title a");
        assertEquals(paper, browser.h1());
        assertTrue(browser.url().startsWith(origin.url("paper/")), browser.url());
        assertStyled(browser);

        String related = follow(browser, ".related-list a");
        assertEquals(related, browser.h1());
        assertTrue(browser.url().startsWith(origin.url("paper/")), browser.url());
    }

    /**
     * A paper's pager names its digest in one line of text, "In <digest> · 7 of 89", the digest a plain link in
     * it: not a card like the previous and next papers' links under it.
     */
    @FromEveryOrigin
    void aPagerNamesItsDigestInOneLineWithThePlainLinkInIt(Origin origin, Browser browser) {
        browser.open(origin.url("paper/vlogger-make-your-dream-a-vlog.html"));
        browser.h1();
        @SuppressWarnings("unchecked")
        List<String> captions = (List<String>) browser.script("return Array.from(document.querySelectorAll('.pager-digest'))"
                + ".map(function (p) { var a = p.querySelector('a'), r = document.createRange(); r.selectNodeContents(p);"
                + " var tops = Array.from(r.getClientRects()).map(function (x) { return x.top; });"
                + " var lines = Math.max.apply(null, tops) - Math.min.apply(null, tops) < 4 ? 'one line' : 'several lines';"
                + " return p.textContent.replace(/\\s+/g, ' ') + ': ' + lines + ', link border '"
                + " + getComputedStyle(a).borderTopStyle; })");
        assertEquals(3, captions.size(), captions.toString());
        for (String caption : captions) {
            assertTrue(caption.endsWith(": one line, link border none"), caption);
        }
    }

    /** A tag's count at the end of its link's text, with the word that only a screen reader is given: " 5 papers". */
    private static final String COUNT = "\\s+\\d+(\\s+papers?)?$";

    /** Clicks the first link the selector finds and returns its text. */
    private static String follow(Browser browser, String selector) {
        WebElement link = browser.find(selector);
        String text = link.getText();
        link.click();
        browser.waitUntil(d -> !d.getCurrentUrl().isEmpty() && browser.findAll("h1").size() == 1
                && browser.h1().equals(text.replaceAll(COUNT, "")));
        return text;
    }

    /** The theme's stylesheet is in force: the page has its background, not the browser's white. */
    static void assertStyled(Browser browser) {
        assertEquals("rgb(251, 250, 247)", browser.script("return getComputedStyle(document.body).backgroundColor"));
    }
}
