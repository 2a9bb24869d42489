package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Papers' embeddings: from the store when it has them, from the model otherwise, and stored for next time. */
class PaperEmbeddingTest {

    /** A model that counts its calls; its vector says which text it saw. */
    private static final class CountingModel implements SentenceEmbedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String modelKey() {
            return "counting@1";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            return new float[] {text.length(), text.hashCode()};
        }
    }

    /** A store in memory. */
    private static final class MemoryStore implements EmbeddingStore {
        final Map<String, Map<String, float[]>> byModel = new HashMap<>();

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
        public void save(String modelKey, int dimensions, Map<String, float[]> vectors) {
            byModel.computeIfAbsent(modelKey, k -> new TreeMap<>()).putAll(vectors);
        }
    }

    private static Paper paper(String title, String abstractText) {
        return new Paper(PaperId.ofTitle(title), title.toLowerCase().replace(' ', '-'), title, abstractText, false,
                Optional.empty(), List.of(), Optional.empty(), List.<Link>of(), List.of(), Optional.empty(), new TreeMap<>(),
                List.of(), List.of());
    }

    @Test
    void aSecondBuildTakesEveryVectorFromTheStoreAndCallsNoModel() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            papers.add(paper("Paper " + i, "About topic " + i + "."));
        }
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
        new PaperEmbedding(model, store, 2, p -> { }).embed(List.of(paper("A", "one"), paper("B", "two")));
        PaperEmbedding.Result r = new PaperEmbedding(model, store, 2, p -> { })
                .embed(List.of(paper("A", "one"), paper("B", "two, revised"), paper("C", "three"), paper("C", "three")));
        assertEquals(2, r.embedded());
        assertEquals(4, model.calls.get());
        assertEquals(PaperId.ofTitle("A"), r.vectors().ids().get(0));
    }

    @Test
    void theEmbeddedTextIsTitleAndAbstractInOneSpacingCutAtAWord() {
        assertEquals("A Title. An abstract on two lines.", PaperEmbedding.textOf(paper("A  Title", "An abstract\non two lines.")));
        String longText = PaperEmbedding.textOf(paper("Long", "word ".repeat(5_000)));
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
