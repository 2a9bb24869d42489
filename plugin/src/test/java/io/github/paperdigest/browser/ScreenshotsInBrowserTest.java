package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.browser.ExampleSiteInBrowser.ExampleSite;
import io.github.paperdigest.testing.SiteFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screenshots of the example site for people to look at, in plugin/target/screenshots/. A build never rewrites
 * a tracked file: the README's example-project/screenshot.png is refreshed on purpose from home.png (see
 * CONTRIBUTING.md).
 */
@ExtendWith(ExampleSiteInBrowser.class)
class ScreenshotsInBrowserTest {

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "index.html");
        PAGES.put("hub", "hub/video-generation.html");
        PAGES.put("tag", "tag/long-video.html");
        PAGES.put("paper", "paper/vlogger-make-your-dream-a-vlog.html");
        PAGES.put("search", "search.html?q=long+video&tag=benchmark");
    }

    @Test
    void everyKindOfPageIsPhotographedAtDesktopAndPhoneSizes(Browser browser, ExampleSite site) throws IOException {
        Path folder = Files.createDirectories(SiteFiles.projectRoot().resolve("plugin/target/screenshots"));
        Origin origin = site.origins().get(0);
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                browser.phone(375, 740);
            }
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                browser.open(origin.url(page.getValue()));
                browser.h1();
                if (page.getKey().equals("search")) {
                    browser.waitUntil(d -> !browser.findAll("#results .result").isEmpty());
                }
                byte[] png = browser.screenshot();
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(phone ? 375 : Chromium.WIDTH, image.getWidth(), page.getKey());
                Files.write(folder.resolve(page.getKey() + (phone ? "-phone" : "") + ".png"), png);
            }
        }
    }
}
