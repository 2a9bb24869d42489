package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** On a phone-sized screen (375 by 740 CSS pixels) no page is wider than the screen. */
@ExtendWith(ExampleSiteInBrowser.class)
class PhoneInBrowserTest {

    static final List<String> PAGES = List.of("index.html", "paper/vlogger-make-your-dream-a-vlog.html",
            "tag/long-video.html", "hub/video-generation.html", "digest/2025-01-24-reading-group.html",
            "authors.html", "author/shaobin-zhuang.html", "reading-list.html", "search.html?q=video&tag=long-video",
            "404.html");

    @FromEveryOrigin
    void noPageScrollsSideways(Origin origin, Browser browser) {
        browser.phone(375, 740);
        for (String page : PAGES) {
            browser.open(origin.url(page));
            browser.h1();
            if (page.startsWith("search")) {
                browser.waitUntil(d -> !browser.findAll("#results .result").isEmpty());
            }
            assertEquals(375L, browser.script("return window.innerWidth"), page);
            long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 375, page + " is " + scrollWidth + " px wide");
        }
    }
}
