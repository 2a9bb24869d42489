package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** The site follows the system's colour scheme: the browser is told to prefer dark, the pages turn dark. */
@ExtendWith(ExampleSiteInBrowser.class)
class ColourSchemeInBrowserTest {

    private static final List<String> PAGES = List.of("index.html", "paper/vlogger-make-your-dream-a-vlog.html",
            "search.html?q=video", "404.html");

    @FromEveryOrigin
    void withTheDarkSchemeEveryPageHasDarkBackgroundsAndLightText(Origin origin, Browser browser) {
        for (String page : PAGES) {
            browser.colourScheme("light");
            browser.open(origin.url(page));
            List<String> light = colours(browser);
            assertEquals(List.of("rgb(251, 250, 247)", "rgb(29, 33, 37)", "rgb(255, 255, 255)"), light, page);

            browser.colourScheme("dark");
            browser.open(origin.url(page));
            List<String> dark = colours(browser);
            assertEquals(List.of("rgb(20, 23, 26)", "rgb(230, 232, 234)", "rgb(27, 31, 35)"), dark, page);
            assertNotEquals(light, dark);
        }
    }

    /** The page's background and text, and the header's background. */
    private static List<String> colours(Browser browser) {
        browser.h1();
        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) browser.script("var body = getComputedStyle(document.body);"
                + "return [body.backgroundColor, body.color,"
                + " getComputedStyle(document.querySelector('.site-header')).backgroundColor];");
        return colours;
    }
}
