package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On phone-sized screens (320 and 375 CSS pixels wide) no page is wider than the screen, and the site's navigation
 * keeps each link's words whole, on one line.
 */
@ExtendWith(ExampleSiteInBrowser.class)
class PhoneInBrowserTest {

    static final List<String> PAGES = List.of("index.html", "paper/vlogger-make-your-dream-a-vlog.html",
            "tag/long-video.html", "hub/video-generation.html", "digest/2025-01-24-reading-group.html",
            "authors.html", "author/shaobin-zhuang.html", "reading-list.html", "search.html?q=video&tag=long-video",
            "404.html");

    /** The navigation links whose text the browser lays out on more than one line, with the number of lines. */
    private static final String NAV_LINKS_ON_SEVERAL_LINES = "return Array.from(document.querySelectorAll('.site-nav a'))"
            + ".map(function (a) { var r = document.createRange(); r.selectNodeContents(a);"
            + " return [a.textContent, r.getClientRects().length]; })"
            + ".filter(function (p) { return p[1] !== 1; }).map(function (p) { return p[0] + ' on ' + p[1] + ' lines'; })";

    /** The counts of the page whose number the browser lays out on more than one line, as "count on n lines". */
    private static final String COUNTS_ON_SEVERAL_LINES = "return Array.from(document.querySelectorAll('.count'))"
            + ".filter(function (c) { return c.firstChild && c.firstChild.nodeType === 3 && c.firstChild.data.trim(); })"
            + ".map(function (c) { var r = document.createRange(); r.selectNodeContents(c.firstChild);"
            + " return [c.firstChild.data, r.getClientRects().length]; })"
            + ".filter(function (p) { return p[1] !== 1; }).map(function (p) { return p[0] + ' on ' + p[1] + ' lines'; })";

    /** A tag as long as a large site's, too long for a phone's line, first in the page's first list of tags. */
    private static final String A_LONG_TAG = "var list = document.querySelector('.tag-list');"
            + " if (list) { list.insertAdjacentHTML('afterbegin', '<li><a class=\"tag\" href=\"#\">Long-context"
            + " multimodal large language models for egocentric video understanding"
            + " <span class=\"count\">137</span></a></li>'); }";

    /** No count is broken inside its number ("13" above "7"), not even beside a tag too long for the line. */
    @FromEveryOrigin
    void noCountIsBrokenAcrossLines(Origin origin, Browser browser) {
        List<String> problems = new ArrayList<>();
        browser.phone(320, 740);
        for (String page : List.of("tags.html", "authors.html", "hub/video-generation.html", "search.html?q=video")) {
            browser.open(origin.url(page));
            browser.h1();
            if (page.startsWith("search")) {
                browser.waitUntil(d -> !browser.findAll("#results .result").isEmpty());
            }
            browser.script(A_LONG_TAG);
            for (Object count : (List<?>) browser.script(COUNTS_ON_SEVERAL_LINES)) {
                problems.add(page + ": " + count);
            }
        }
        assertEquals(List.of(), problems);
    }

    @FromEveryOrigin
    void noPageScrollsSidewaysAndNoNavigationLinkIsBrokenAcrossLines(Origin origin, Browser browser) {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 375}) {
            browser.phone(width, 740);
            for (String page : PAGES) {
                browser.open(origin.url(page));
                browser.h1();
                if (page.startsWith("search")) {
                    browser.waitUntil(d -> !browser.findAll("#results .result").isEmpty());
                }
                long innerWidth = (Long) browser.script("return window.innerWidth");
                long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
                if (innerWidth != width || scrollWidth > width) {
                    problems.add(width + " px: " + page + " is " + Math.max(innerWidth, scrollWidth) + " px wide");
                }
                assertEquals(6L, browser.script("return document.querySelectorAll('.site-nav a').length"), page);
                for (Object link : (List<?>) browser.script(NAV_LINKS_ON_SEVERAL_LINES)) {
                    problems.add(width + " px: " + page + ": " + link);
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
