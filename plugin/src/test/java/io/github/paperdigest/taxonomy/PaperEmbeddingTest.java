package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.testing.CountingModel;
import io.github.paperdigest.testing.EmbeddingInAnotherProcess;
import io.github.paperdigest.testing.Papers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Papers' embeddings: from the store when it has them, from the model otherwise, and stored for next time. */
class PaperEmbeddingTest {

    /**
     * A model that embeds the first texts it is given and then stops, as a build that is killed or whose model fails
     * does: once {@code stopWhen} is let go (at once, if it is open), it throws.
     */
    private static final class StoppingModel extends CountingModel {
        private final int texts;
        private final CountDownLatch stopWhen;

        StoppingModel(int texts, CountDownLatch stopWhen) {
            this.texts = texts;
            this.stopWhen = stopWhen;
        }

        @Override
        public float[] embed(String text) {
            if (calls.get() < texts) {
                return super.embed(text);
            }
            try {
                stopWhen.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the build was stopped");
        }
    }

    /** A store in memory. */
    private static final class MemoryStore implements EmbeddingStore {
        final Map<String, Map<String, float[]>> byModel = new HashMap<>();
        final List<Integer> saves = new ArrayList<>();
        /** Let go once the store holds this many vectors. */
        CountDownLatch holding = new CountDownLatch(1);
        int enough = Integer.MAX_VALUE;

        @Override
        public Map<String, float[]> load(String modelKey, int dimensions, Set<String> keys) {
            Map<String, float[]> out = new HashMap<>();
            byModel.getOrDefault(modelKey, Map.of()).forEach((k, v) -> {
                if (keys.contains(k)) {
                    out.put(k, v);
                }
            });
            return out;
        }

        @Override
        public synchronized void save(String modelKey, int dimensions, Map<String, float[]> vectors) {
            byModel.computeIfAbsent(modelKey, k -> new TreeMap<>()).putAll(vectors);
            saves.add(vectors.size());
            if (byModel.get(modelKey).size() >= enough) {
                holding.countDown();
            }
        }

        int held(String modelKey) {
            return byModel.getOrDefault(modelKey, Map.of()).size();
        }
    }

    @Test
    void aSecondBuildTakesEveryVectorFromTheStoreAndCallsNoModel() {
        List<Paper> papers = Papers.numbered(20);
        MemoryStore store = new MemoryStore();
        CountingModel model = new CountingModel();
        PaperEmbedding.Result first = new PaperEmbedding(model, store, 3, p -> { }).embed(papers);
        assertEquals(20, first.embedded());
        assertEquals(0, first.fromStore());
        PaperEmbedding.Result second = new PaperEmbedding(model, store, 3, p -> { }).embed(papers);
        assertEquals(20, model.calls.get(), "no call the second time");
        assertEquals(20, second.fromStore());
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(first.vectors().vector(i), second.vectors().vector(i));
        }
    }

    @Test
    void onlyChangedTextsAreEmbeddedAndTwoPapersWithOneTextCostOneCall() {
        MemoryStore store = new MemoryStore();
        CountingModel model = new CountingModel();
        new PaperEmbedding(model, store, 2, p -> { }).embed(List.of(Papers.titled("A", "one"),
                Papers.titled("B", "two")));
        PaperEmbedding.Result r = new PaperEmbedding(model, store, 2, p -> { })
                .embed(List.of(Papers.titled("A", "one"), Papers.titled("B", "two, revised"),
                        Papers.titled("C", "three"), Papers.titled("C", "three")));
        assertEquals(2, r.embedded());
        assertEquals(4, model.calls.get());
        assertEquals(PaperId.ofTitle("A"), r.vectors().ids().get(0));
    }

    /** Progress told every few milliseconds, and what is computed kept at every tick. */
    private static final PaperEmbedding.Pace KEEP_AT_EVERY_TICK = new PaperEmbedding.Pace(Duration.ofMillis(5), Duration.ZERO);

    @Test
    void aBuildStoppedWhileEmbeddingHasKeptWhatItComputedAndTheNextEmbedsOnlyTheRest() {
        List<Paper> papers = Papers.numbered(30);
        MemoryStore store = new MemoryStore();
        store.enough = 12;
        // one thread: the first 12 texts are embedded, then the model waits until the store holds them, and stops
        StoppingModel stopping = new StoppingModel(12, store.holding);
        List<String> told = new ArrayList<>();
        assertThrows(IllegalStateException.class,
                () -> new PaperEmbedding(stopping, store, 1, told::add, KEEP_AT_EVERY_TICK).embed(papers));
        assertEquals(12, store.held("counting@1"), "kept while the model still ran: " + store.saves);
        assertTrue(told.stream().anyMatch(t -> t.startsWith("Embedding papers: 12 of 30") && t.endsWith("; 12 kept in the cache)")),
                told.toString());

        CountingModel model = new CountingModel();
        PaperEmbedding.Result next = new PaperEmbedding(model, store, 2, p -> { }).embed(papers);
        assertEquals(18, model.calls.get(), "the 12 kept are not embedded again");
        assertEquals(12, next.fromStore());
        PaperEmbedding.Result fresh = new PaperEmbedding(new CountingModel(), new MemoryStore(), 2, p -> { }).embed(papers);
        for (int i = 0; i < papers.size(); i++) {
            assertArrayEquals(fresh.vectors().vector(i), next.vectors().vector(i));
        }
    }

    @Test
    void aTextTheModelCannotEmbedLeavesTheOthersComputedBeforeItInTheStore() {
        List<Paper> papers = Papers.numbered(10);
        MemoryStore store = new MemoryStore();
        CountDownLatch open = new CountDownLatch(0);
        // no tick before the failure: the texts computed are kept as the embedding ends
        PaperEmbedding.Pace slow = new PaperEmbedding.Pace(Duration.ofHours(1), Duration.ofHours(1));
        assertThrows(IllegalStateException.class,
                () -> new PaperEmbedding(new StoppingModel(7, open), store, 1, p -> { }, slow).embed(papers));
        assertEquals(List.of(7), store.saves);
    }

    @Test
    void aBuildThatIsNotStoppedKeepsEveryVectorItComputedOnce() {
        List<Paper> papers = Papers.numbered(40);
        MemoryStore store = new MemoryStore();
        PaperEmbedding.Result r = new PaperEmbedding(new CountingModel(), store, 3, p -> { }, KEEP_AT_EVERY_TICK).embed(papers);
        assertEquals(40, r.embedded());
        assertEquals(40, store.saves.stream().mapToInt(Integer::intValue).sum(), "each vector in one pack: " + store.saves);
        assertEquals(40, store.held("counting@1"));
    }

    /**
     * Ctrl-C ends the JVM through its shutdown hooks (as does the plugin's JVM going away, which the engine's answers
     * with an exit): long before the first keep at 20 s, every vector computed by then is in the cache.
     */
    @Test
    void aBuildStoppedByCtrlCKeepsEveryVectorItComputedInTheCache(@TempDir Path cache) throws Exception {
        Process embedding = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), EmbeddingInAnotherProcess.class.getName(),
                cache.toString(), "2000", "10").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(embedding.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("EMBEDDED 40"); line = out.readLine()) {
                output.add(line);
            }
            embedding.toHandle().destroy(); // SIGTERM, which a JVM answers as it answers Ctrl-C's SIGINT; the streams stay open
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
            }
        } finally {
            assertTrue(embedding.waitFor(30, TimeUnit.SECONDS), "the embedding did not end");
        }
        assertFalse(output.contains("DONE"), "stopped halfway");

        List<Paper> papers = Papers.numbered(2000);
        Map<String, String> textOfKey = new TreeMap<>();
        papers.forEach(p -> textOfKey.put(PaperEmbedding.keyOf(PaperEmbedding.textOf(p)), PaperEmbedding.textOf(p)));
        List<String> problems = new ArrayList<>();
        Map<String, float[]> kept = new EmbeddingCacheFolder(cache, problems::add)
                .load(EmbeddingInAnotherProcess.MODEL_KEY, 2, new LinkedHashSet<>(textOfKey.keySet()));
        assertEquals(List.of(), problems);
        // each of the two threads may have told of a vector it had not yet handed over
        assertTrue(kept.size() >= 38 && kept.size() < 2000, kept.size() + " kept");
        kept.forEach((key, vector) -> assertArrayEquals(CountingModel.vectorOf(textOfKey.get(key)), vector));
    }

    @Test
    void theEmbeddedTextIsTitleAndAbstractInOneSpacingCutAtAWord() {
        assertEquals("A Title. An abstract on two lines.",
                PaperEmbedding.textOf(Papers.titled("A  Title", "An abstract\non two lines.")));
        String longText = PaperEmbedding.textOf(Papers.titled("Long", "word ".repeat(5_000)));
        assertTrue(longText.length() <= PaperEmbedding.MAX_TEXT && longText.endsWith("word"), longText.length() + "");
        assertEquals(64, PaperEmbedding.keyOf("x").length());
    }

    /** The embedded text is the cache's key: the loop that spaces it must match the regular expression it replaced. */
    @Test
    void whiteSpaceIsMadeSingleExactlyAsTheRegularExpressionDid() {
        java.util.Random random = new java.util.Random(11);
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u0085', 'é'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertEquals(t.replaceAll("\\s+", " "), PaperEmbedding.singleSpaced(t), () -> t.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
