package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The 404 page. GitHub Pages serves it for a missing path at any depth, where links relative to the
 * site root would lead nowhere; its links must work there too. From disk it is simply opened.
 */
@ExtendWith(ExampleSiteInBrowser.class)
class NotFoundPageInBrowserTest {

    /** Deep in the tree, in a folder the site does not have. */
    private static final String MISSING = "paper/2019/archive/no-such-paper-on-long-video.html";

    @FromEveryOrigin
    void aMissingPathDeepInTheSiteShowsTheStyledNotFoundPageWhoseLinksWork(Origin origin, Browser browser)
            throws Exception {
        String page = origin.isHttp() ? MISSING : "404.html";
        if (origin.isHttp()) {
            assertEquals(404, status(origin.url(MISSING)), "the server answers 404, with the site's 404.html");
        }
        for (String link : new String[] {"Topic hubs", "All tags", "Home", "Search"}) {
            browser.open(origin.url(page));
            assertEquals("Page not found", browser.h1());
            NavigationInBrowserTest.assertStyled(browser);
            browser.waitUntil(d -> d.findElement(By.linkText(link)).getDomAttribute("href").startsWith(
                    origin.isHttp() ? "http" : ""));
            browser.find("main").findElement(By.linkText(link)).click();

            String expected = switch (link) {
                case "Topic hubs" -> "Topic hubs";
                case "All tags" -> "Tags";
                case "Search" -> "Search";
                default -> "Video Papers Reading Group";
            };
            assertEquals(expected, browser.h1(), "after following " + link + " from " + browser.url());
        }
    }

    @FromEveryOrigin
    void itOffersToSearchForTheWordsOfTheMissingPagesName(Origin origin, Browser browser) {
        browser.open(origin.url(origin.isHttp() ? MISSING : "404.html"));
        browser.h1();

        if (origin.isHttp()) {
            browser.waitUntil(d -> browser.find("#not-found-search").isDisplayed());
            browser.find("#not-found-search a").click();
            SearchInBrowserTest.search(browser, origin, browser.url().substring(origin.url("").length()));
            assertEquals("no such paper on long video", browser.find("#search-input").getDomProperty("value"));
            // the search ran and found papers: "No papers match ..." says "match" too, so the count is what tells;
            // a missing address's words are searched as some words, the papers with the most first
            String status = browser.find("#search-status").getText();
            assertTrue(status.matches("\\d+ papers? match some of the words of \u201cno such paper on long video\u201d,"
                    + " those with the most first\\."), status);
            assertFalse(browser.findAll("#results .result").isEmpty(), status);
        } else {
            // opened as 404.html: there is no missing name to search for
            assertFalse(browser.find("#not-found-search").isDisplayed());
        }
    }

    @FromEveryOrigin
    void theSearchBoxOfTheNotFoundPageSuggestsPapers(Origin origin, Browser browser) {
        browser.open(origin.url(origin.isHttp() ? MISSING : "404.html"));
        if (origin.isHttp()) {
            browser.waitUntil(d -> browser.find("form.site-search").getDomAttribute("data-root").startsWith("http"));
        }
        browser.waitUntil(d -> (Boolean) browser.script("return !!window.paperDigestSearch"));
        browser.find("#search-input").sendKeys("vlogger");

        browser.waitUntil(d -> browser.findAll(SearchInBrowserTest.SUGGESTED_PAPERS).stream().findFirst().orElse(null))
                .click();
        assertEquals("Vlogger: Make Your Dream A Vlog", browser.h1());
    }

    /** A citation key pasted into the box of a page whose address was wrong finds its paper, deep in the site too. */
    @FromEveryOrigin
    void aCitationKeyInTheSearchBoxOfTheNotFoundPageSuggestsItsPaper(Origin origin, Browser browser) {
        browser.open(origin.url(origin.isHttp() ? MISSING : "404.html"));
        if (origin.isHttp()) {
            browser.waitUntil(d -> browser.find("form.site-search").getDomAttribute("data-root").startsWith("http"));
        }
        browser.waitUntil(d -> (Boolean) browser.script("return !!window.paperDigestSearch"));
        browser.find("#search-input").sendKeys("zhuang2024vlogger");

        browser.waitUntil(d -> browser.findAll(SearchInBrowserTest.SUGGESTED_PAPERS).stream().findFirst()
                .filter(a -> a.getText().equals("Vlogger: Make Your Dream A Vlog")).orElse(null)).click();
        assertEquals("Vlogger: Make Your Dream A Vlog", browser.h1());
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
