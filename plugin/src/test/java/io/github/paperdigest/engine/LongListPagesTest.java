package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag or hub of hundreds of papers shows its newest on its own page and the older ones a hundred a page, counted
 * from the oldest, every paper on exactly one page; a page of older papers stays as it is while papers arrive.
 */
class LongListPagesTest {

    private static final String TAG = "tag/diffusion-models.html";
    private static final String OLDER_2 = "tag/diffusion-models.2.html";
    private static final String OLDER_1 = "tag/diffusion-models.1.html";

    @Test
    void aTagOfTwoHundredFiftyPapersShowsTheNewestFiftyAndTwoPagesOfOlderOnes(@TempDir Path temp) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        writeDigest(digests, "2025-02-01", 0, 250);
        Path site = build(digests, temp);

        List<String> pages = List.of(TAG, OLDER_2, OLDER_1);
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (String path : pages) {
            Document page = SiteFiles.parse(site, path);
            List<String> titles = page.select(".paper-list .paper-item-title a").eachText();
            sizes.add(titles.size());
            titles.forEach(t -> assertTrue(seen.add(t), t + " is on two pages"));
            for (String href : page.select(".list-pager a").eachAttr("href")) {
                assertTrue(Files.isRegularFile(site.resolve("tag").resolve(href)), href);
            }
        }
        assertEquals(List.of(50, 100, 100), sizes);
        assertEquals(250, seen.size());

        Document own = SiteFiles.parse(site, TAG);
        assertEquals("250 papers BibTeX of these papers", own.selectFirst(".page-head .muted").text());
        assertEquals(List.of("2", "1"), own.select(".list-pager li a").eachText().stream().filter(s -> s.matches("\\d+")).toList());
        assertEquals("diffusion-models.2.html", own.selectFirst(".list-pager a[rel=next]").attr("href"));
        assertTrue(own.selectFirst(".list-pager").text().startsWith("The newest 50 of 250 papers"));

        Document newer = SiteFiles.parse(site, OLDER_2);
        assertTrue(newer.title().startsWith("Diffusion models (papers 101 to 200)"), newer.title());
        assertEquals("Papers 101 to 200", newer.selectFirst("#papers-heading").text());
        assertEquals("diffusion-models.html", newer.selectFirst(".list-pager a[rel=prev]").attr("href"));
        assertEquals("diffusion-models.1.html", newer.selectFirst(".list-pager a[rel=next]").attr("href"));
        assertEquals("2", newer.selectFirst(".list-pager [aria-current=page]").text());
        assertNull(newer.selectFirst(".related-tags, link[type=application/atom+xml]"), "no feed nor related tags");

        Document oldest = SiteFiles.parse(site, OLDER_1);
        assertEquals("diffusion-models.2.html", oldest.selectFirst(".list-pager a[rel=prev]").attr("href"));
        assertNull(oldest.selectFirst(".list-pager a[rel=next]"));
    }

    @Test
    void papersArrivingLeaveThePagesOfOlderPapersAsTheyWereAndAddOneEachHundred(@TempDir Path temp) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        // from 257 to 512 papers the search's paper files are as many, and every page names their number
        writeDigest(digests, "2025-02-01", 0, 280);
        Path site = build(digests, temp);
        Snapshot before = Snapshot.of(site);

        writeDigest(digests, "2025-02-02", 280, 60); // 340 papers: the newest 140 on the tag's page
        build(digests, temp);
        Snapshot more = Snapshot.of(site);
        assertEquals(140, SiteFiles.parse(site, TAG).select(".paper-list .paper-item").size());
        assertNotEquals(before.bytes(TAG), more.bytes(TAG));
        for (String older : List.of(OLDER_2, OLDER_1)) {
            assertArrayEquals(before.bytes(older), more.bytes(older), older);
            assertEquals(before.file(older), more.file(older), older + " is kept, not made again");
        }
        assertFalse(Files.exists(site.resolve("tag/diffusion-models.3.html")));

        writeDigest(digests, "2025-02-03", 340, 50); // 390: a third page of older papers, the newest 90 on the tag's page
        build(digests, temp);
        Snapshot third = Snapshot.of(site);
        Document added = SiteFiles.parse(site, "tag/diffusion-models.3.html");
        assertEquals(100, added.select(".paper-list .paper-item").size());
        assertEquals("diffusion-models.html", added.selectFirst(".list-pager a[rel=prev]").attr("href"));
        assertEquals("diffusion-models.3.html", SiteFiles.parse(site, OLDER_2).selectFirst(".list-pager a[rel=prev]").attr("href"),
                "the page that was the newest of the older ones now leads to the new one");
        assertArrayEquals(more.bytes(OLDER_1), third.bytes(OLDER_1));
        assertEquals(more.file(OLDER_1), third.file(OLDER_1));
    }

    /**
     * A reading group lists a classic of 2020 in a digest of 2025: its date is older than every paper of the tag, but
     * it came last. Cut by date, it went on page 1 and pushed one paper of each page of older papers onto the next,
     * so that every page a reader had linked to changed; cut in the order papers came, it joins the list's own page.
     */
    @Test
    void anOldPaperListedLateJoinsTheListsOwnPageAndLeavesThePagesOfOlderPapersAsTheyWere(@TempDir Path temp)
            throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        writeDigest(digests, "2025-02-01", 0, 280);
        Path site = build(digests, temp);
        Snapshot before = Snapshot.of(site);

        Files.writeString(digests.resolve("2025-03-01-classics.md"), """
                ## Denoising Diffusion Probabilistic Models

                - arxiv: 2006.11239

                We present high quality image synthesis results using diffusion models, and sampling schedules for video
                generation with diffusion models on a benchmark of prompts.
                """);
        build(digests, temp);
        Snapshot after = Snapshot.of(site);

        for (String older : List.of(OLDER_2, OLDER_1)) {
            assertArrayEquals(before.bytes(older), after.bytes(older), older + " keeps its papers");
        }
        Document own = SiteFiles.parse(site, TAG);
        List<String> titles = own.select(".paper-list .paper-item-title a").eachText();
        assertEquals(81, titles.size());
        assertEquals("Denoising Diffusion Probabilistic Models", titles.get(titles.size() - 1),
                "on the list's own page, the oldest by date last");
    }

    private static Path build(Path digests, Path temp) {
        Path site = temp.resolve("site/papers");
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, site).build());
        return site;
    }

    /** {@code count} papers about diffusion, numbered from {@code first}, in a digest of the given date. */
    private static void writeDigest(Path digests, String date, int first, int count) throws IOException {
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (int i = first; i < first + count; i++) {
            text.append("Sampling study ").append(i).append(": diffusion schedules\n\n")
                    .append("We study diffusion models for video generation and report how sampling schedule ")
                    .append(i).append(" changes the quality of the generated videos on a benchmark of prompts.\n\n");
        }
        Files.writeString(digests.resolve(date + ".txt"), text);
    }

    /** The bytes of a site's tag pages as they were, and which file on disk each was. */
    private record Snapshot(Map<String, byte[]> bytes, Map<String, Object> files) {
        static Snapshot of(Path site) throws IOException {
            Map<String, byte[]> bytes = new HashMap<>();
            Map<String, Object> files = new HashMap<>();
            try (Stream<Path> tags = Files.list(site.resolve("tag"))) {
                for (Path file : tags.toList()) {
                    String path = "tag/" + file.getFileName();
                    bytes.put(path, Files.readAllBytes(file));
                    files.put(path, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
                }
            }
            return new Snapshot(bytes, files);
        }

        byte[] bytes(String path) {
            return bytes.get(path);
        }

        Object file(String path) {
            return files.get(path);
        }
    }
}
