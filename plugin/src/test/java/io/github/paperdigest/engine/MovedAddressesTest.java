package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What no digest says cannot be followed by itself: a title corrected in the only digest that gives it, a digest file
 * renamed, a paper removed. The build that drops such an address says so, naming the line of {@code moved.yml} that
 * keeps it; with the line, the address leads to the page, as the addresses the digests keep by themselves do.
 */
class MovedAddressesTest {

    private static final String TYPO = """
            ## Sora: prelimnary video model

            - arxiv: 2401.01234

            We present a video generation model trained on many videos with diffusion transformers.

            ## World Models

            - arxiv: 1803.10122

            We explore building generative neural network models of popular reinforcement learning environments.
            """;
    private static final String OLD = "paper/sora-prelimnary-video-model.html";
    private static final String NEW = "paper/sora-preliminary-video-model.html";

    @TempDir
    Path work;

    private final List<String> warnings = new ArrayList<>();

    private Path digests() throws IOException {
        return Files.createDirectories(work.resolve("digests"));
    }

    private Path site() {
        return work.resolve("site/papers");
    }

    private Path build(Path digests) {
        return build(digests, site());
    }

    private Path build(Path digests, Path site) {
        warnings.clear();
        new SiteBuilder(BuildLog.warningsTo(warnings::add)).build(config(digests, site).build());
        return site;
    }

    private BuildConfig.Builder config(Path digests, Path site) {
        return BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).baseUrl("https://example.org/papers/")
                .projectDirectory(work);
    }

    private static void correctTheTitle(Path digests) throws IOException {
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO.replace("prelimnary", "preliminary"));
    }

    private String dropped() {
        List<String> told = warnings.stream().filter(w -> w.startsWith("This build drops")).toList();
        assertEquals(1, told.size(), "one warning: " + warnings);
        return told.get(0);
    }

    @Test
    void aTitleCorrectedInItsOnlyDigestIsToldWithTheLineThatKeepsItsAddressAndChangesNoFile() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        build(digests);
        assertTrue(warnings.isEmpty(), warnings.toString());

        correctTheTitle(digests);
        Map<String, byte[]> rebuilt = SiteFiles.all(build(digests));

        String warning = dropped();
        assertTrue(warning.startsWith("This build drops 1 page that the previous build of this folder published"),
                warning);
        assertTrue(warning.contains("\n  " + OLD + ": the paper \"Sora: prelimnary video model\", now at " + NEW), warning);
        assertTrue(warning.contains("add this line to digests/moved.yml:\n  " + OLD + ": " + NEW), warning);
        assertSameFiles(fresh(digests, "fresh"), rebuilt);
    }

    @Test
    void theLineTheWarningGaveLeadsTheOldAddressToThePaperWithItsReadingListMarksAndFeedEntry() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Path site = build(digests);
        String feedId = entryId(site, "Sora: prelimnary video model");
        correctTheTitle(digests);
        build(digests);
        String line = dropped().lines().filter(l -> l.startsWith("  " + OLD + ": paper/")).findFirst().orElseThrow();

        Files.writeString(digests.resolve("moved.yml"), "# titles corrected since the site began\n" + line.strip() + "\n");
        Map<String, byte[]> rebuilt = SiteFiles.all(build(digests));

        assertTrue(warnings.isEmpty(), "the address is kept: " + warnings);
        Document moved = SiteFiles.parse(site, OLD);
        assertEquals("page-moved", moved.body().className());
        assertEquals("0; url=sora-preliminary-video-model.html",
                moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/papers/" + NEW, moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", moved.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("Sora: preliminary video model", moved.selectFirst("h1").text());
        assertEquals(NEW, moved.selectFirst("[data-moved-from=" + OLD + "]").attr("data-moved-to"));
        String data = String.join("", SiteFiles.all(site).entrySet().stream()
                .filter(e -> e.getKey().startsWith("paper-data/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).toList());
        assertTrue(data.contains("[\"" + OLD + "\"] = {\"movedTo\":\"" + NEW + "\""),
                "a reading list's mark made at the old address follows the paper: " + data);
        assertEquals(feedId, entryId(site, "Sora: preliminary video model"), "a feed reader does not see it twice");
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains(OLD));
        assertSameFiles(fresh(digests, "fresh"), rebuilt);
    }

    @Test
    void aTitleCorrectedTwiceNeedsOnlyTheNewLineAndKeepsTheFirstAddressesFeedId() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Path site = build(digests);
        String feedId = entryId(site, "Sora: prelimnary video model");
        correctTheTitle(digests);
        Files.writeString(digests.resolve("moved.yml"), OLD + ": " + NEW + "\n");
        build(digests);

        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO.replace("prelimnary", "first"));
        // the line leads to a page this build would drop: it fails on it, saying where the paper is now
        Exception failure = assertThrows(RuntimeException.class, () -> build(digests));
        assertEquals("digests/moved.yml:1: " + OLD + " leads to " + NEW + ", which is no page of the site: write the"
                + " address of a page the site has now (the build that dropped the old address named it), or remove the"
                + " line to leave the old address to the 404 page. The paper \"Sora: preliminary video model\" it showed"
                + " is at paper/sora-first-video-model.html now: add the line '" + NEW + ": paper/sora-first-video-model.html',"
                + " which this line then leads through", failure.getMessage());
        Files.writeString(digests.resolve("moved.yml"), NEW + ": paper/sora-first-video-model.html\n",
                java.nio.file.StandardOpenOption.APPEND);
        build(digests);

        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals("0; url=sora-first-video-model.html",
                SiteFiles.parse(site, OLD).selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("0; url=sora-first-video-model.html",
                SiteFiles.parse(site, NEW).selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(feedId, entryId(site, "Sora: first video model"));
    }

    @Test
    void aDigestRenamedIsToldWithTheLineThatKeepsItsAddressAndAPaperRemovedAsReachingThe404Page() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Path site = build(digests);
        Files.delete(digests.resolve("2025-01-01-january.md"));
        Files.writeString(digests.resolve("2025-01-01-video.md"), TYPO.substring(0, TYPO.indexOf("## World Models")));
        build(digests);

        String warning = dropped();
        assertTrue(warning.contains("\n  digest/2025-01-01-january.html: its papers are listed now at"
                + " digest/2025-01-01-video.html\n"), warning);
        assertTrue(warning.contains("\n  paper/world-models.html: the paper \"World Models\", in no digest now"), warning);
        assertTrue(warning.contains("add this line to digests/moved.yml:\n"
                + "  digest/2025-01-01-january.html: digest/2025-01-01-video.html\n"), warning);
        assertTrue(warning.contains("reaches the 404 page") && warning.contains("to digests/moved.yml, as"
                + " 'paper/world-models.html: index.html'"), warning);

        Files.writeString(digests.resolve("moved.yml"), "digest/2025-01-01-january.html: digest/2025-01-01-video.html\n");
        build(digests);
        Document moved = SiteFiles.parse(site, "digest/2025-01-01-january.html");
        assertEquals("0; url=2025-01-01-video.html", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("2025-01-01-video.html", moved.selectFirst("main a[href]").attr("href"));
        assertTrue(warnings.isEmpty(), "told once, by the build that dropped the pages: " + warnings);
    }

    @Test
    void aPreviousSiteWhosePapersListIsDamagedIsStillToldOfItsPagesAndTheBuildGoesOn() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Path site = build(digests);
        Files.writeString(site.resolve("papers.json"), "{\"papers\": [{\"slug\": \"../../etc\"}, 7, {\"slug\":");
        correctTheTitle(digests);
        build(digests);

        String warning = dropped();
        assertTrue(warning.contains("\n  " + OLD + "\n"), "named, with nothing to match it by: " + warning);
        assertFalse(warning.contains("To keep the address of"), warning);
    }

    @Test
    void aPreviousSiteWithoutAManifestIsComparedByItsPapersList() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Path site = build(digests);
        // a site whose files the plugin can prove its own by their bytes or mark, but not by a manifest
        Files.delete(site.resolve(".paper-digest-manifest"));
        Files.delete(site.resolve("sitemap.xml"));
        correctTheTitle(digests);
        build(digests);

        assertTrue(warnings.stream().anyMatch(w -> w.contains("  " + OLD + ": " + NEW)), warnings.toString());
    }

    /** A CI checkout, or a build after {@code mvn clean}: the site as published is all there is to compare with. */
    @Test
    void aCleanCheckoutIsToldOfTheAddressesItDropsFromACopyOfThePublishedSite() throws IOException {
        Path published = titleCorrectedSincePublished(true);

        String warning = dropped();
        assertTrue(warning.startsWith("This build drops 1 page that the published site in " + published + " has"),
                warning);
        assertTrue(warning.contains("add this line to digests/moved.yml:\n  " + OLD + ": " + NEW), warning);
    }

    /** A published copy without dotfiles (what the workflow publishes), or a gh-pages checkout, has no manifest. */
    @Test
    void aPublishedCopyWithoutItsManifestIsComparedByItsPapersList() throws IOException {
        Path published = titleCorrectedSincePublished(false);

        assertTrue(dropped().contains("the published site in " + published), warnings.toString());
        assertTrue(dropped().contains("  " + OLD + ": " + NEW), warnings.toString());
    }

    /** The first build of a project has nothing published; a build is never failed for it. */
    @Test
    void aPublishedSiteThatDoesNotExistYetIsNotedAndTheBuildGoesOn() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        build(digests);
        correctTheTitle(digests);
        Logged log = new Logged();

        new SiteBuilder(log).build(config(digests, site()).publishedSite(work.resolve("nothing-published-yet")).build());

        assertTrue(log.warnings.isEmpty(), "the output folder's previous build is not compared with: " + log);
        assertTrue(log.infos.contains("No published site in " + work.resolve("nothing-published-yet")
                + " (publishedSite) to compare this build's addresses with: not checked"), log.toString());
    }

    @Test
    void aLineLeadingAPapersAddressToAnotherPaperIsToldWithWhereThePaperIs() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        build(digests);
        correctTheTitle(digests);
        Files.writeString(digests.resolve("moved.yml"), "# a slip of the eye\n" + OLD + ": paper/world-models.html\n");

        build(digests);

        assertEquals(List.of("digests/moved.yml leads a paper's address to another paper's page, which takes its"
                + " reading-list marks and feed id (a feed reader that showed the first paper would not show the other as"
                + " new):\n  line 2 leads " + OLD + ", the page of the paper \"Sora: prelimnary video model\", to"
                + " paper/world-models.html, another paper's: that paper is at " + NEW + " now; lead it there"), warnings);
    }

    @Test
    void aLineLeadingARemovedPapersAddressToAnotherPaperIsToldToLeadItToAList() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        build(digests);
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO.substring(TYPO.indexOf("## World Models")));
        Files.writeString(digests.resolve("moved.yml"), OLD + ": paper/world-models.html\n");

        build(digests);

        // its tags went with it, which the other warning tells
        List<String> told = warnings.stream().filter(w -> w.startsWith("digests/moved.yml leads")).toList();
        assertEquals(1, told.size(), warnings.toString());
        assertTrue(told.get(0).endsWith("\n  line 1 leads " + OLD + ", the page of the paper \"Sora: prelimnary"
                + " video model\", which no digest lists now, to paper/world-models.html, another paper's: lead it to a"
                + " list, such as index.html"), told.get(0));
    }

    /** A tag of the taxonomy renamed: its papers are found under the new id, which formerIds keeps the old pages of. */
    @Test
    void aTagOfTheTaxonomyRenamedIsToldWithItsNewPageAndTheFormerIdsThatKeepAllItsPages() throws IOException {
        Path digests = renamedTag("");

        String warning = dropped();
        assertTrue(warning.contains("\n  tag/world-sims.html: its papers are listed now at tag/world-simulators.html\n"),
                warning);
        assertFalse(warning.contains("moved.yml"), "formerIds keeps its feed too, which a line would not: " + warning);
        assertTrue(warning.endsWith("\nTo keep the pages and feed of a tag or hub of digests/taxonomy.yml renamed, add"
                + " formerIds: [world-sims] to the tag 'world-simulators' there"), warning);

        Files.writeString(digests.resolve("taxonomy.yml"),
                worldSimulators("world-simulators", "    formerIds: [world-sims]\n"));
        build(digests);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    /** A site whose declared tag world-sims both papers carry, then built with the tag renamed world-simulators. */
    private Path renamedTag(String moreOfTheTag) throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Files.writeString(digests.resolve("taxonomy.yml"), worldSimulators("world-sims", moreOfTheTag));
        Path site = build(digests);
        assertTrue(Files.exists(site.resolve("tag/world-sims.html")), "both papers carry the tag");
        Files.writeString(digests.resolve("taxonomy.yml"), worldSimulators("world-simulators", moreOfTheTag));
        build(digests);
        return digests;
    }

    private static String worldSimulators(String id, String moreOfTheTag) {
        return """
                tags:
                  - id: %s
                    label: World simulators
                    aliases: [generative neural network models, video generation model]
                """.formatted(id) + moreOfTheTag;
    }

    /** A second formerIds key would be no YAML: a tag that has one is told to add the id to it. */
    @Test
    void aRenamedTagThatHasFormerIdsIsToldToAddTheOldIdToThem() throws IOException {
        renamedTag("    formerIds: [world-sim]\n");

        assertTrue(dropped().endsWith("\nTo keep the pages and feed of a tag or hub of digests/taxonomy.yml renamed, add"
                + " world-sims to the formerIds of the tag 'world-simulators' there"), dropped());
    }

    /**
     * A site built and kept as published (with its manifest or not), then the title corrected and the site built from
     * a clean checkout compared with what was published; the published copy's folder.
     */
    private Path titleCorrectedSincePublished(boolean withManifest) throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Path published = keptAsPublished(build(digests), withManifest);
        correctTheTitle(digests);
        buildComparedWith(digests, work.resolve("clean-checkout/papers"), published);
        return published;
    }

    /** What the workflow keeps of a build: its papers.json, and its manifest unless the copy has no dotfiles. */
    private Path keptAsPublished(Path site, boolean withManifest) throws IOException {
        Path published = Files.createDirectories(work.resolve("published"));
        Files.copy(site.resolve("papers.json"), published.resolve("papers.json"));
        if (withManifest) {
            Files.copy(site.resolve(".paper-digest-manifest"), published.resolve(".paper-digest-manifest"));
        }
        return published;
    }

    private void buildComparedWith(Path digests, Path site, Path published) {
        warnings.clear();
        new SiteBuilder(BuildLog.warningsTo(warnings::add)).build(config(digests, site).publishedSite(published).build());
    }

    @Test
    void aLineLeadingToNoPageOfTheSiteFailsTheBuildNamingTheFileLineAndFix() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Files.writeString(digests.resolve("moved.yml"), """
                paper/old-world-models.html: paper/world-models.html
                paper/sora.html: paper/sora-two.html
                """);

        Exception failure = assertThrows(RuntimeException.class, () -> build(digests));
        assertTrue(failure.getMessage().startsWith("digests/moved.yml:2: paper/sora.html leads to paper/sora-two.html,"
                + " which is no page of the site: write the address of a page the site has now"), failure.getMessage());
    }

    @Test
    void anOldAddressThatIsAPageOfTheSiteNowFailsTheBuild() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Files.writeString(digests.resolve("moved.yml"), "paper/world-models.html: " + OLD + "\n");

        Exception failure = assertThrows(RuntimeException.class, () -> build(digests));
        assertEquals("digests/moved.yml:1: paper/world-models.html is a page of the site now (the paper 'World Models'),"
                + " which it shows: remove this line", failure.getMessage());
    }

    @Test
    void aLineOfTheFileIsNoDigest() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Files.writeString(digests.resolve("moved.yml"), "paper/world-models-old.html: paper/world-models.html\n");
        Path site = build(digests);

        assertTrue(warnings.isEmpty(), warnings.toString());
        assertFalse(Files.exists(site.resolve("digest/moved.html")));
        assertTrue(Files.exists(site.resolve("paper/world-models-old.html")));
    }

    /**
     * Only moved.yml at the digest folder's root is read, as only taxonomy.yml there is the default taxonomy: a
     * moved.yaml, or a moved.yml in a sub-folder, is named in a warning that says where the file must be and how it is
     * named, rather than silently left out (before, it was taken for a digest "not of a format the plugin reads").
     */
    @Test
    void aFileOfMovedAddressesNamedMovedYamlOrInASubFolderIsToldWhereItMustBe() throws IOException {
        Path digests = digests();
        Files.writeString(digests.resolve("2025-01-01-january.md"), TYPO);
        Files.writeString(digests.resolve("moved.yaml"), "paper/world-models-old.html: paper/world-models.html\n");
        Files.writeString(Files.createDirectories(digests.resolve("2025")).resolve("moved.yml"),
                "paper/world-models-older.html: paper/world-models.html\n");
        Path site = build(digests);

        assertEquals(List.of("2025/moved.yml: not read. The site's moved addresses are read from one file, moved.yml at"
                + " the root of the digest folder (beside the default taxonomy.yml): move its lines there.",
                "moved.yaml: not read. The site's moved addresses are read from one file, moved.yml at the root of the"
                + " digest folder (beside the default taxonomy.yml): rename it moved.yml."), warnings);
        assertFalse(Files.exists(site.resolve("paper/world-models-old.html")));
    }

    private Map<String, byte[]> fresh(Path digests, String name) {
        return SiteFiles.all(build(digests, work.resolve(name + "/papers")));
    }

    private static void assertSameFiles(Map<String, byte[]> clean, Map<String, byte[]> rebuilt) {
        assertEquals(clean.keySet(), rebuilt.keySet());
        clean.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, rebuilt.get(path)), path));
    }

    private static String entryId(Path site, String title) throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        return feed.select("entry").stream().filter(e -> e.selectFirst("title").text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title)).selectFirst("id").text();
    }
}
