package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tag or hub of hundreds of papers is read a hundred papers a page, every paper on exactly one page. */
class LongListPagesTest {

    @Test
    void aTagOfTwoHundredFiftyPapersHasThreePagesLinkedToEachOther(@TempDir Path temp) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (int i = 0; i < 250; i++) {
            text.append("Diffusion study ").append(i).append(": sampling schedules\n\n")
                    .append("We study diffusion models for video generation and report how sampling schedule ")
                    .append(i).append(" changes the quality of the generated videos on a benchmark of prompts.\n\n");
        }
        Files.writeString(digests.resolve("2025-02-01.txt"), text);
        Path site = temp.resolve("site/papers");
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, site).build());

        List<String> pages = List.of("tag/diffusion-models.html", "tag/diffusion-models.2.html", "tag/diffusion-models.3.html");
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            Document page = SiteFiles.parse(site, pages.get(n));
            List<String> titles = page.select(".paper-list .paper-item-title a").eachText();
            sizes.add(titles.size());
            titles.forEach(t -> assertTrue(seen.add(t), t + " is on two pages"));
            assertEquals("250 papers", page.selectFirst(".page-head .muted").text());
            assertEquals(List.of("1", "2", "3"), page.select(".list-pager li").eachText().stream()
                    .filter(s -> s.matches("\\d")).toList());
            assertEquals(String.valueOf(n + 1), page.selectFirst(".list-pager [aria-current=page]").text());
            for (String href : page.select(".list-pager a").eachAttr("href")) {
                assertTrue(Files.isRegularFile(site.resolve("tag").resolve(href)), href);
            }
        }
        assertEquals(List.of(100, 100, 50), sizes);
        assertEquals(250, seen.size());
        Document second = SiteFiles.parse(site, pages.get(1));
        assertTrue(second.title().startsWith("Diffusion models (page 2 of 3)"), second.title());
        assertEquals("diffusion-models.html", second.selectFirst(".list-pager a[rel=prev]").attr("href"));
        assertNull(SiteFiles.parse(site, pages.get(2)).selectFirst(".list-pager a[rel=next]"));
    }
}
