package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.taxonomy.OnnxSentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceModel;
import io.github.paperdigest.testing.BuildInAnotherProcess;
import io.github.paperdigest.testing.SiteFiles;
import io.github.paperdigest.testing.SyntheticDigests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds with the default, semantic similarity and the embedding cache, each loading the real model as a user's
 * build does: the cache never changes the site, whatever its state or the number of threads; it serves what it has
 * and only that; it survives damage and builds running side by side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SemanticBuildTest {

    private static final int PAPERS = 40;

    @TempDir
    static Path temp;

    private Path digests;
    private Map<String, byte[]> coldSite;

    /** The reference: a build with an empty cache, on one thread. */
    @BeforeAll
    void buildWithAColdCacheOnOneThread() {
        digests = SyntheticDigests.write(temp.resolve("digests"), PAPERS, 4);
        Path cache = temp.resolve("cold-cache");
        Logged log = new Logged();
        build(log, 1, digests, temp.resolve("cold/papers"), cache);
        assertTrue(log.has("Embeddings of " + PAPERS + " paper texts by model all-minilm-l6-v2-q: 0 from the cache"),
                log.toString());
        coldSite = SiteFiles.all(temp.resolve("cold/papers"));
    }

    @Test
    void aWarmCacheOnManyThreadsGivesTheSameSiteByteForByte(@TempDir Path work) throws IOException {
        Path cache = work.resolve("cache");
        build(new Logged(), 1, digests, work.resolve("first/papers"), cache);
        Logged warm = new Logged();
        build(warm, 4, digests, work.resolve("second/papers"), cache);
        assertTrue(warm.has(PAPERS + " from the cache in " + cache + ", 0 computed"), warm.toString());
        assertSameSite(coldSite, SiteFiles.all(work.resolve("second/papers")));
        assertSameSite(coldSite, SiteFiles.all(work.resolve("first/papers")));
    }

    @Test
    void aColdCacheOnManyThreadsGivesTheSameSiteByteForByte(@TempDir Path work) {
        build(new Logged(), 4, digests, work.resolve("site/papers"), work.resolve("cache"));
        assertSameSite(coldSite, SiteFiles.all(work.resolve("site/papers")));
    }

    @Test
    void modelsGivenToABuilderStayLoadedForBuildAfterBuildAndMakeTheSameSite(@TempDir Path work)
            throws IOException {
        Path copy = copyOf(digests, work.resolve("digests"));
        BuildConfig kept = BuildConfig.builder(copy, work.resolve("kept/papers")).embeddingCache(work.resolve("cache"))
                .build();
        try (LoadedModels models = new LoadedModels()) {
            SiteBuilder builder = new SiteBuilder(BuildLog.silent(), models);
            builder.build(kept);
            OnnxSentenceEmbedder model = (OnnxSentenceEmbedder) models.embedder(SentenceModel.DEFAULT);
            assertTrue(model.isLoaded(), "the first build embedded every paper");
            Files.writeString(copy.resolve("extra.txt"), "A Paper The Preview Embeds\n\nWe study how a preview keeps"
                    + " its model loaded, so that a rebuild embeds a new paper at once (https://example.org/preview).\n", StandardCharsets.UTF_8);
            builder.build(kept);
            assertSame(model, models.embedder(SentenceModel.DEFAULT), "the second build used the first's");
            assertTrue(model.isLoaded());
        }
        build(new Logged(), 2, copy, work.resolve("fresh/papers"), work.resolve("fresh-cache"));
        assertSameSite(SiteFiles.all(work.resolve("fresh/papers")), SiteFiles.all(work.resolve("kept/papers")));
    }

    @Test
    void onlyANewOrChangedPaperIsEmbeddedAgain(@TempDir Path work) throws IOException {
        Path cache = work.resolve("cache");
        Path copy = copyOf(digests, work.resolve("digests"));
        build(new Logged(), 2, copy, work.resolve("a/papers"), cache);
        Files.writeString(copy.resolve("extra.txt"), "A Paper Nobody Embedded Before\n\nWe study how caches make"
                + " rebuilds cheap, and show that only new texts need a model (https://example.org/caches).\n", StandardCharsets.UTF_8);
        Logged again = new Logged();
        build(again, 2, copy, work.resolve("b/papers"), cache);
        assertTrue(again.has(PAPERS + " from the cache in " + cache + ", 1 computed"), again.toString());
    }

    @Test
    void anotherModelReadsNoneOfTheFirstModelsVectors(@TempDir Path work) throws IOException {
        Path cache = work.resolve("cache");
        Path small = copyOf(digests, work.resolve("digests"), 1);
        build(new Logged(), 2, small, work.resolve("a/papers"), cache);
        Logged other = new Logged();
        new SiteBuilder(other, new ProjectFiles(), 2, null).build(BuildConfig.builder(small, work.resolve("b/papers"))
                .similarity("bge-small-en-v1.5-q").embeddingCache(cache).build());
        assertTrue(other.has("by model bge-small-en-v1.5-q: 0 from the cache"), other.toString());
        try (Stream<Path> models = Files.list(cache.resolve("embeddings"))) {
            assertEquals(2, models.count(), "a folder per model");
        }
    }

    @Test
    void aDamagedCacheIsReportedRebuiltAndChangesNothing(@TempDir Path work) throws IOException {
        Path cache = work.resolve("cache");
        build(new Logged(), 2, digests, work.resolve("a/papers"), cache);
        List<Path> packs;
        try (Stream<Path> files = Files.walk(cache)) {
            packs = files.filter(p -> p.toString().endsWith(".vectors")).toList();
        }
        assertEquals(1, packs.size());
        byte[] bytes = Files.readAllBytes(packs.get(0));
        Files.write(packs.get(0), Arrays.copyOf(bytes, bytes.length / 2));

        Logged damaged = new Logged();
        build(damaged, 2, digests, work.resolve("b/papers"), cache);
        assertTrue(damaged.warnings.stream().anyMatch(w -> w.contains(packs.get(0).toString())), damaged.toString());
        assertTrue(damaged.has("0 from the cache"), damaged.toString());
        assertSameSite(coldSite, SiteFiles.all(work.resolve("b/papers")));

        Logged repaired = new Logged();
        build(repaired, 2, digests, work.resolve("c/papers"), cache);
        assertEquals(List.of(), repaired.warnings);
        assertTrue(repaired.has(PAPERS + " from the cache"), repaired.toString());
    }

    @Test
    void buildsInTwoProcessesAtOnceShareTheCacheSafely(@TempDir Path work) throws Exception {
        Path cache = work.resolve("cache");
        List<Process> builds = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            builds.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), BuildInAnotherProcess.class.getName(), digests.toString(),
                    work.resolve(name + "/papers").toString(), BuildConfig.SEMANTIC, cache.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start());
        }
        for (int i = 0; i < builds.size(); i++) {
            assertTrue(builds.get(i).waitFor(5, TimeUnit.MINUTES), "build " + i + " finished");
            String output = Files.readString(work.resolve((i == 0 ? "a" : "b") + ".log"));
            assertEquals(0, builds.get(i).exitValue(), output);
            assertFalse(output.contains("embedding cache"), "no warning about the cache: " + output);
        }
        assertSameSite(coldSite, SiteFiles.all(work.resolve("a/papers")));
        assertSameSite(coldSite, SiteFiles.all(work.resolve("b/papers")));
        Logged after = new Logged();
        build(after, 2, digests, work.resolve("c/papers"), cache);
        assertEquals(List.of(), after.warnings);
        assertTrue(after.has(PAPERS + " from the cache"), after.toString());
    }

    /** Loading the model costs more than reading every vector: a build that needs no new vector never loads it. */
    @Test
    void aBuildWhoseVectorsAreAllCachedNeverLoadsTheModel(@TempDir Path work) {
        Path cache = work.resolve("cache");
        build(new Logged(), 2, digests, work.resolve("first/papers"), cache);
        try (io.github.paperdigest.taxonomy.OnnxSentenceEmbedder model =
                new io.github.paperdigest.taxonomy.OnnxSentenceEmbedder(io.github.paperdigest.taxonomy.SentenceModel.DEFAULT)) {
            new SiteBuilder(BuildLog.silent(), new ProjectFiles(), 2, m -> model)
                    .build(BuildConfig.builder(digests, work.resolve("second/papers")).embeddingCache(cache).build());
            org.junit.jupiter.api.Assertions.assertFalse(model.isLoaded(), "every vector came from the cache");
            assertSameSite(coldSite, SiteFiles.all(work.resolve("second/papers")));
        }
    }

    @Test
    void lexicalSimilarityLoadsNoModel(@TempDir Path work) {
        new SiteBuilder(BuildLog.silent(), model -> {
            throw new AssertionError("a lexical build asked for model " + model.id());
        }).build(BuildConfig.builder(digests, work.resolve("site/papers")).similarity(BuildConfig.LEXICAL).build());
        assertTrue(Files.exists(work.resolve("site/papers/index.html")));
    }

    @Test
    void anUnknownSimilarityIsRefusedNamingTheChoices() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.paperdigest.model.PaperDigestException.class,
                () -> BuildConfig.builder(digests, temp.resolve("x")).similarity("sematic").build());
        assertTrue(e.getMessage().contains("'sematic'") && e.getMessage().contains("lexical")
                && e.getMessage().contains("bge-small-en-v1.5-q"), e.getMessage());
    }

    /** A build loading its own model, as a user's build does. */
    private static void build(BuildLog log, int threads, Path digests, Path out, Path cache) {
        new SiteBuilder(log, new ProjectFiles(), threads, null)
                .build(BuildConfig.builder(digests, out).embeddingCache(cache).build());
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path + " differs"));
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        return copyOf(from, to, Integer.MAX_VALUE);
    }

    private static Path copyOf(Path from, Path to, int files) throws IOException {
        return SyntheticDigests.copyFirst(from, to, files);
    }
}
