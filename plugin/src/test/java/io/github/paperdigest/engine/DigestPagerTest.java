package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Previous and Next on a paper's page go through a digest, and say which: a reader going through one digest stays in
 * it, whichever other digests list the paper too.
 */
class DigestPagerTest {

    @TempDir
    Path work;

    @Test
    void aPaperInTwoDigestsHasPreviousAndNextInEachNamingItsDigest() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-22-daily.md"), """
                ---
                title: Daily papers
                ---

                %s%s%s""".formatted(paper("Depth Over Minutes"), paper("Vlogger Makes Vlogs"), paper("Hour Long Bench")));
        Files.writeString(digests.resolve("2025-01-24-reading-group.md"), """
                ---
                title: Reading group, week 4
                ---

                %s%s""".formatted(paper("Vlogger Makes Vlogs"), paper("Transitions Between Shots")));
        Files.writeString(digests.resolve("2025-01-30-alone.md"), """
                ---
                title: A digest of one
                ---

                %s""".formatted(paper("A Paper Alone")));
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Pagers")
                .similarity(BuildConfig.LEXICAL).build());

        Document vlogger = SiteFiles.parse(site, "paper/vlogger-makes-vlogs.html");
        List<Element> pagers = vlogger.select("nav.pager");
        assertEquals(2, pagers.size(), "one per digest that lists it, in the order of its digests: " + pagers);

        Element daily = pagers.get(0);
        assertEquals("In the digest Daily papers", daily.attr("aria-label"));
        assertEquals("In Daily papers · 2 of 3", daily.selectFirst(".pager-digest").text());
        assertEquals("../digest/2025-01-22-daily.html", daily.selectFirst(".pager-digest a").attr("href"));
        assertEquals("depth-over-minutes.html", daily.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("hour-long-bench.html", daily.selectFirst("a[rel=next]").attr("href"));

        Element reading = pagers.get(1);
        assertEquals("In the digest Reading group, week 4", reading.attr("aria-label"));
        assertEquals("In Reading group, week 4 · 1 of 2", reading.selectFirst(".pager-digest").text());
        assertEquals("../digest/2025-01-24-reading-group.html", reading.selectFirst(".pager-digest a").attr("href"));
        assertNull(reading.selectFirst("a[rel=prev]"), "first in that digest");
        assertEquals("transitions-between-shots.html", reading.selectFirst("a[rel=next]").attr("href"),
                "Next in the reading group is the reading group's next paper");

        assertTrue(SiteFiles.parse(site, "paper/a-paper-alone.html").select("nav.pager").isEmpty(),
                "a digest of one paper has no Previous or Next");
    }

    private static String paper(String title) {
        return """
                ## %s

                - authors: Ada Lovelace

                An abstract of %s, long enough to be read as one.

                """.formatted(title, title);
    }
}
