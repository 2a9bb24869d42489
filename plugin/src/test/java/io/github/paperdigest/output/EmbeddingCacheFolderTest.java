package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.taxonomy.PaperEmbedding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding cache on disk: what it gives back, and what it does with files it cannot trust. */
class EmbeddingCacheFolderTest {

    private static final String MODEL = "test-model@1";
    private static final int DIMS = 4;

    @TempDir
    Path root;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private EmbeddingCacheFolder cache() {
        return new EmbeddingCacheFolder(root, warnings::add);
    }

    private static String key(String text) {
        return PaperEmbedding.keyOf(text);
    }

    private static float[] vector(int seed) {
        return new float[] {seed, seed + 0.5f, -seed, Float.MIN_VALUE * seed};
    }

    private static Map<String, float[]> vectors(int from, int to) {
        Map<String, float[]> m = new TreeMap<>();
        for (int i = from; i < to; i++) {
            m.put(key("text " + i), vector(i));
        }
        return m;
    }

    private static Set<String> keys(int from, int to) {
        return vectors(from, to).keySet();
    }

    @Test
    void aSavedVectorIsReadBackBitForBitByAnotherInstance() {
        cache().save(MODEL, DIMS, vectors(0, 10));
        Map<String, float[]> found = cache().load(MODEL, DIMS, keys(0, 10));
        assertEquals(10, found.size());
        vectors(0, 10).forEach((k, v) -> assertArrayEquals(v, found.get(k)));
        assertEquals(List.of(), warnings);
    }

    @Test
    void onlyTheWantedVectorsComeBackAndUnknownTextsAreMisses() {
        cache().save(MODEL, DIMS, vectors(0, 10));
        Map<String, float[]> found = cache().load(MODEL, DIMS, Set.of(key("text 3"), key("never embedded")));
        assertEquals(Set.of(key("text 3")), found.keySet());
    }

    @Test
    void anEmptyOrMissingCacheIsAllMissesAndNoWarning() {
        assertEquals(Map.of(), cache().load(MODEL, DIMS, keys(0, 3)));
        assertEquals(List.of(), warnings);
        assertFalse(Files.exists(root.resolve("embeddings")), "reading makes no folder");
    }

    @Test
    void aCacheThatCannotBeWrittenIsOneWarningInWordsWithTheSettingToChange() throws IOException {
        Path file = Files.writeString(root.resolve("a-file"), "not a folder");
        new EmbeddingCacheFolder(file, warnings::add).save(MODEL, DIMS, vectors(0, 3));

        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("Could not write the embedding cache in " + file), warning);
        assertTrue(warning.endsWith("Set 'embeddingCache' to a folder the build can write to"), warning);
        assertFalse(warning.contains("java.") || warning.contains("Exception"), "no Java class in " + warning);
    }

    @Test
    void anotherModelNeverSeesTheVectorsOfTheFirst() {
        cache().save(MODEL, DIMS, vectors(0, 5));
        assertEquals(Map.of(), cache().load("test-model@2", DIMS, keys(0, 5)));
        assertEquals(Map.of(), cache().load("other-model@1", DIMS, keys(0, 5)));
        assertEquals(5, cache().load(MODEL, DIMS, keys(0, 5)).size());
    }

    @Test
    void aTruncatedPackIsReportedByNameDeletedAndTheRestStillRead() throws IOException {
        cache().save(MODEL, DIMS, vectors(0, 5));
        cache().save(MODEL, DIMS, vectors(5, 10));
        Path damaged = packs().get(0);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            f.setLength(f.length() - 7);
        }
        Map<String, float[]> found = cache().load(MODEL, DIMS, keys(0, 10));
        assertEquals(5, found.size(), "the intact pack is still read");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(damaged.toString()), warnings.get(0));
        assertFalse(Files.exists(damaged));
    }

    @Test
    void aFlippedBitIsCaughtByTheChecksum() throws IOException {
        cache().save(MODEL, DIMS, vectors(0, 5));
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(pack, bytes);
        assertEquals(Map.of(), cache().load(MODEL, DIMS, keys(0, 5)));
        assertTrue(warnings.get(0).contains("checksum"), warnings.toString());
    }

    @Test
    void aForeignFileOrAnotherVersionIsNeverTrusted() throws IOException {
        cache().save(MODEL, DIMS, vectors(0, 5));
        Path folder = cache().folder(MODEL);
        Files.writeString(folder.resolve("0000.vectors"), "not a pack at all, but long enough to read a header");
        byte[] other = Files.readAllBytes(packs().get(packs().size() - 1));
        other[EmbeddingCacheFolder.MAGIC.length] = 9;
        Files.write(folder.resolve("ffff.vectors"), other);
        Files.writeString(folder.resolve("notes.txt"), "a user's file is left alone");
        // one wanted text is missing, so that every pack is read
        assertEquals(5, cache().load(MODEL, DIMS, keys(0, 6)).size());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("0000.vectors") && w.contains("not a Paper Digest")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ffff.vectors") && w.contains("version 9")));
        assertTrue(Files.exists(folder.resolve("notes.txt")));
    }

    @Test
    void aPackMovedIntoAnotherModelsFolderIsNotTrusted() throws IOException {
        cache().save(MODEL, DIMS, vectors(0, 5));
        Path other = cache().folder("test-model@2");
        Files.createDirectories(other);
        Files.copy(packs().get(0), other.resolve("copied.vectors"));
        assertEquals(Map.of(), cache().load("test-model@2", DIMS, keys(0, 5)));
        assertTrue(warnings.get(0).contains("made by model " + MODEL), warnings.toString());
    }

    @Test
    void manyPacksAreMergedIntoOneAndNothingIsLost() throws IOException {
        for (int i = 0; i < EmbeddingCacheFolder.MAX_PACKS + 1; i++) {
            cache().save(MODEL, DIMS, vectors(i * 3, i * 3 + 3));
        }
        assertEquals(1, packs().size(), "merged");
        int total = (EmbeddingCacheFolder.MAX_PACKS + 1) * 3;
        assertEquals(total, cache().load(MODEL, DIMS, keys(0, total)).size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void buildsWritingAtTheSameTimeLoseNothingAndCorruptNothing() throws Exception {
        int writers = 6;
        int rounds = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int r = 0; r < rounds; r++) {
                    int from = (writer * rounds + r) * 4;
                    EmbeddingCacheFolder own = cache(); // each build has its own instance
                    own.save(MODEL, DIMS, vectors(from, from + 4));
                    own.load(MODEL, DIMS, keys(0, writers * rounds * 4));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(List.of(), warnings, "no build saw a damaged pack");
        int total = writers * rounds * 4;
        Map<String, float[]> found = cache().load(MODEL, DIMS, keys(0, total));
        // a merge may drop a pack written after it listed the folder only if it also deleted it: it never does
        assertEquals(total, found.size());
        vectors(0, total).forEach((k, v) -> assertArrayEquals(v, found.get(k)));
    }

    private List<Path> packs() throws IOException {
        try (Stream<Path> list = Files.list(cache().folder(MODEL))) {
            return list.filter(p -> p.toString().endsWith(".vectors")).sorted().toList();
        }
    }
}
