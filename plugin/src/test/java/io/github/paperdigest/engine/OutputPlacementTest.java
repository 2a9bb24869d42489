package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces its output folder as a whole: a folder that is the project, holds it, or shares files with what
 * the build reads is refused before anything is read or written.
 */
class OutputPlacementTest {

    @TempDir
    Path temp;

    private Path project;
    private Path digests;

    @BeforeEach
    void aProject() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        digests = Files.createDirectories(project.resolve("src/digests"));
        Files.writeString(digests.resolve("2025-01-02.txt"), "Daily Papers\n\nAlpha Paper\n\nWe study alpha.\n");
    }

    private BuildConfig.Builder siteIn(Path output) {
        return BuildConfig.builder(digests, output).projectDirectory(project);
    }

    private PaperDigestException refused(BuildConfig.Builder config) {
        PaperDigestException e = assertThrows(PaperDigestException.class, config::build);
        assertEquals(Setting.OUTPUT_DIRECTORY, e.setting().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().contains("a folder of its own"), e.getMessage());
        return e;
    }

    @Test
    void theUsualPlacesAreAccepted() {
        for (Path output : List.of(project.resolve("target/site/papers"), project.resolve("docs/papers"),
                project.resolve("docs"), temp.resolve("elsewhere/papers"))) {
            assertDoesNotThrow(() -> siteIn(output).build(), output.toString());
        }
    }

    @Test
    void theProjectsFolderIsRefusedAndSoIsAFolderHoldingIt() {
        assertTrue(refused(siteIn(project)).getMessage().contains("is the project's folder"));
        assertTrue(refused(siteIn(temp)).getMessage().contains("holds the project's folder"));
        assertTrue(refused(siteIn(project.resolve("target/.."))).getMessage().contains("is the project's folder"),
                "the path is taken without its dots");
    }

    @Test
    void aFolderThatHoldsOrLiesInsideTheDigestsIsRefused() {
        String holds = refused(siteIn(project.resolve("src"))).getMessage();
        assertTrue(holds.contains("holds the digest folder " + digests), holds);
        assertTrue(refused(siteIn(digests)).getMessage().contains("is the digest folder"));
        // the site's papers.json and BibTeX files would come back as digests
        assertTrue(refused(siteIn(digests.resolve("site"))).getMessage().contains("is inside the digest folder"));
    }

    @Test
    void theTemplatesTheTaxonomyAndTheEmbeddingCacheAreKeptApartToo() {
        Path site = project.resolve("target/site/papers");
        assertTrue(refused(siteIn(site).templateDirectory(site.resolve("theme"))).getMessage()
                .contains("holds the template folder"));
        assertTrue(refused(siteIn(site).taxonomyFile(site.resolve("taxonomy.yml"))).getMessage()
                .contains("holds the taxonomy file"));
        assertTrue(refused(siteIn(site).embeddingCache(site.resolve("embeddings"))).getMessage()
                .contains("holds the embedding cache"));
    }

    @Test
    void aCacheThatHoldsTheSiteIsTheCachesSettingToChange() {
        Path site = project.resolve("target/site/papers");
        // -DpaperDigest.embeddingCache= (empty) is the project's folder
        for (Path cache : List.of(project.resolve("target"), project)) {
            PaperDigestException e = assertThrows(PaperDigestException.class,
                    () -> siteIn(site).embeddingCache(cache).build(), cache.toString());
            assertEquals(Setting.EMBEDDING_CACHE, e.setting().orElseThrow(), e.getMessage());
            assertEquals("The embedding cache " + cache + " holds the paper site's folder " + site + ": give the cache a"
                    + " folder of its own, outside the project, such as the default ~/.cache/paper-digest", e.getMessage());
        }
    }

    @Test
    void aLinkThatLeadsToTheProjectIsRefusedByWhereItLeads() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("site-link"), project);

        assertTrue(refused(siteIn(link)).getMessage().contains("is the project's folder"));
        assertTrue(refused(siteIn(link.resolve("src"))).getMessage().contains("holds the digest folder"));
    }

    @Test
    void aRefusedBuildReadsAndWritesNothing() throws IOException {
        List<Path> before = listing(temp);

        assertThrows(PaperDigestException.class, () -> new SiteBuilder(BuildLog.warningsTo(w -> { }))
                .build(siteIn(project).build()));

        assertEquals(before, listing(temp), "no site, lock, stamps or memo beside the project");
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).sorted().toList();
        }
    }
}
