package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab keeps its site for years, and people share its addresses: in a chat, on a slide, in a feed reader. What the
 * curators do over a year (a digest older than the site's first added late, a paper listed under its new title after
 * arXiv's second version renamed it, a tag renamed or merged into another) must not turn those links into a 404.
 */
class AddressesThatLastTest {

    private static final String JUNE = """
            ## Sora Two: Better Video Generation

            - arxiv: 2401.01234

            We present a video generation model trained on many videos with diffusion transformers.

            ## World Models

            - arxiv: 1803.10122

            We explore building generative neural network models of popular reinforcement learning environments.
            """;
    private static final String JANUARY = """
            ## Sora: preliminary video model

            - arxiv: 2401.01234

            We present a video generation model trained on many videos with diffusion transformers.
            """;

    @TempDir
    Path work;

    private Path digests() throws IOException {
        return Files.createDirectories(work.resolve("digests"));
    }

    private Path build(Path digests) {
        return build(digests, null);
    }

    private Path build(Path digests, Path taxonomy) {
        Path site = work.resolve("site/papers");
        BuildConfig.Builder config = BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .baseUrl("https://example.org/papers/");
        if (taxonomy != null) {
            config.taxonomyFile(taxonomy);
        }
        new SiteBuilder(BuildLog.silent()).build(config.build());
        return site;
    }

    @Test
    void aDigestOlderThanTheSitesFirstThatTitlesAPaperOtherwiseLeavesTheAddressSharedBeforeLeadingToIt()
            throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE);
        Path site = build(digests);
        String shared = "paper/sora-two-better-video-generation.html";
        assertEquals("Sora Two: Better Video Generation", SiteFiles.parse(site, shared).selectFirst("h1").text());

        Files.writeString(digests.resolve("2025-01-01-january.md"), JANUARY);
        build(digests);

        // the page has the title of the digest that listed the paper first, as it always had
        String now = "paper/sora-preliminary-video-model.html";
        assertEquals("Sora: preliminary video model", SiteFiles.parse(site, now).selectFirst("h1").text());
        Document moved = SiteFiles.parse(site, shared);
        assertEquals("page-moved", moved.body().className());
        assertEquals("0; url=sora-preliminary-video-model.html",
                moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/papers/" + now, moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", moved.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("sora-preliminary-video-model.html", moved.selectFirst("main a[href]").attr("href"),
                "without a refresh (a reader's setting), the page is one click from the paper");
        assertEquals("Sora: preliminary video model", moved.selectFirst("h1").text());
        assertEquals("paper/" + "sora-two-better-video-generation.html", moved.selectFirst("[data-moved-to]").attr("data-moved-from"));
        assertEquals(now, moved.selectFirst("[data-moved-from]").attr("data-moved-to"),
                "a reading list's mark made at the old address is kept at the new one when the reader comes by");
        String data = String.join("", SiteFiles.all(site).entrySet().stream().filter(e -> e.getKey().startsWith("paper-data/"))
                .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).toList());
        assertTrue(data.contains("[\"" + shared + "\"] = {\"movedTo\":\"" + now + "\",\"title\":\"Sora: preliminary video model\"};"),
                "the reading list page finds where a paper marked at the old address is now: " + data);
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertFalse(sitemap.contains(shared), "no search engine is asked to list the old address");
        assertTrue(sitemap.contains(now));
    }

    @Test
    void aTitleALaterDigestCorrectsKeepsThePapersAddressAndTheOtherTitlesAddressLeadsToIt() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), JANUARY);
        Path site = build(digests);
        String shared = "paper/sora-preliminary-video-model.html";
        String feedId = feedEntryIds(site).get(0);

        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE);
        build(digests);

        assertEquals("page-paper", SiteFiles.parse(site, shared).body().className(), "the address shared stays the paper's");
        assertTrue(feedEntryIds(site).contains(feedId), "the feed's entry keeps its id: no reader sees it twice");
        Document other = SiteFiles.parse(site, "paper/sora-two-better-video-generation.html");
        assertEquals("0; url=sora-preliminary-video-model.html",
                other.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void anotherTitlesAddressThatIsAPapersOwnStaysThatPapers() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), JANUARY + """

                ## Sora Two: Better Video Generation

                - arxiv: 2402.05555

                A different paper whose title another digest gives the first paper too, in a mistake of its own.
                """);
        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE);
        Path site = build(digests);

        Document page = SiteFiles.parse(site, "paper/sora-two-better-video-generation.html");
        assertEquals("page-paper", page.body().className());
        assertNull(page.selectFirst("meta[http-equiv=refresh]"));
    }

    @Test
    void twoBuildsOfTheSameDigestsGiveTheSameFilesWhateverSiteWasThereBefore() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE);
        build(digests);
        Files.writeString(digests.resolve("2025-01-01-january.md"), JANUARY);
        Map<String, byte[]> afterEdit = SiteFiles.all(build(digests));

        assertSameFiles(fresh(digests, "fresh"), afterEdit);

        // the older digest goes again: the paper has its address back, and no page leads away from it
        Files.delete(digests.resolve("2025-01-01-january.md"));
        Map<String, byte[]> afterRemoval = SiteFiles.all(build(digests));
        assertSameFiles(fresh(digests, "fresh-again"), afterRemoval);
        assertFalse(afterRemoval.containsKey("paper/sora-preliminary-video-model.html"));
        assertTrue(afterRemoval.containsKey("paper/sora-two-better-video-generation.html"));
    }

    private Map<String, byte[]> fresh(Path digests, String name) {
        Path fresh = work.resolve(name + "/papers");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, fresh).similarity(BuildConfig.LEXICAL)
                .baseUrl("https://example.org/papers/").build());
        return SiteFiles.all(fresh);
    }

    private static void assertSameFiles(Map<String, byte[]> clean, Map<String, byte[]> rebuilt) {
        assertEquals(clean.keySet(), rebuilt.keySet());
        clean.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, rebuilt.get(path)), path));
    }

    @Test
    void aDigestSortedIntoAYearsFolderKeepsItsAddressAtTheFoldersRootLeadingToItsPage() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE);
        Files.writeString(digests.resolve("2025-01-01-january.md"), JANUARY);
        Path site = build(digests);
        String shared = "digest/2025-01-01-january.html";
        assertEquals("page-digest", SiteFiles.parse(site, shared).body().className());

        Files.createDirectories(digests.resolve("2025"));
        Files.move(digests.resolve("2025-01-01-january.md"), digests.resolve("2025/2025-01-01-january.md"));
        Files.move(digests.resolve("2025-06-01-june.md"), digests.resolve("2025/2025-06-01-june.md"));
        build(digests);

        // a digest's address names its folders, so that two folders' files of one name are two digests
        assertEquals("page-digest", SiteFiles.parse(site, "digest/2025-2025-01-01-january.html").body().className());
        Document moved = SiteFiles.parse(site, shared);
        assertEquals("0; url=2025-2025-01-01-january.html", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("0; url=2025-2025-06-01-june.html", SiteFiles.parse(site, "digest/2025-06-01-june.html")
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void twoFoldersFilesOfOneNameLeaveTheNameToNeither() throws IOException {
        Path digests = digests();
        Files.createDirectories(digests.resolve("2024"));
        Files.createDirectories(digests.resolve("2025"));
        Files.writeString(digests.resolve("2024/week-01.md"), JANUARY);
        Files.writeString(digests.resolve("2025/week-01.md"), JUNE);
        Path site = build(digests);

        assertTrue(Files.exists(site.resolve("digest/2024-week-01.html")));
        assertTrue(Files.exists(site.resolve("digest/2025-week-01.html")));
        assertFalse(Files.exists(site.resolve("digest/week-01.html")), "it would lead to one of two digests");
    }

    @Test
    void aTagRenamedInTheTaxonomyLeadsItsFormerAddressAndFeedToItsPageNow() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE + """

                ## Storyboards for multi-shot video

                - arxiv: 2403.07777

                We generate multi-shot videos from a storyboard of scenes, one shot after another, with diffusion.

                ## Consistent characters across shots

                - arxiv: 2404.08888

                Multi-shot storytelling needs the same characters in every shot: we keep them consistent in multi-shot video.
                """);
        Path taxonomy = work.resolve("taxonomy.yml");
        Files.writeString(taxonomy, """
                tags:
                  - id: multi-shot-video
                    label: Multi-shot video
                    aliases: [multi-shot, storyboard]
                """);
        Path site = build(digests, taxonomy);
        assertTrue(Files.exists(site.resolve("tag/multi-shot-video.html")));
        String oldFeed = Files.readString(site.resolve("tag/multi-shot-video.xml"));

        Files.writeString(taxonomy, """
                tags:
                  - id: multi-shot
                    label: Multi-shot generation
                    aliases: [multi-shot, storyboard]
                    formerIds: [multi-shot-video]
                """);
        build(digests, taxonomy);

        assertEquals("Multi-shot generation", SiteFiles.parse(site, "tag/multi-shot.html").selectFirst("h1").text());
        Document moved = SiteFiles.parse(site, "tag/multi-shot-video.html");
        assertEquals("0; url=multi-shot.html", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        Document feed = Jsoup.parse(Files.readString(site.resolve("tag/multi-shot-video.xml")), "", Parser.xmlParser());
        Document before = Jsoup.parse(oldFeed, "", Parser.xmlParser());
        assertEquals(before.selectFirst("feed > id").text(), feed.selectFirst("feed > id").text(),
                "a reader subscribed to the old feed keeps it");
        assertEquals(before.select("entry > id").eachText(), feed.select("entry > id").eachText(),
                "and sees no paper twice");
        assertEquals("https://example.org/papers/tag/multi-shot.html",
                feed.selectFirst("feed > link[rel=alternate]").attr("href"));
    }

    @Test
    void aFormerIdThatATagOfTheFileHasNowFailsTheBuildNamingTheLine() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-06-01-june.md"), JUNE);
        Path taxonomy = work.resolve("taxonomy.yml");
        Files.writeString(taxonomy, """
                tags:
                  - id: world-models
                    label: World models
                  - id: video-world-models
                    label: Video world models
                    formerIds: [world-models]
                """);
        Exception failure = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> build(digests, taxonomy));
        assertTrue(failure.getMessage().contains("taxonomy.yml:4"), failure.getMessage());
        assertTrue(failure.getMessage().contains("former id 'world-models', which is the id of the tag at line 2"),
                failure.getMessage());
    }

    private static List<String> feedEntryIds(Path site) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser()).select("entry > id")
                .eachText();
    }
}
