package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tags the text only brushes past, and keyphrases that name no topic, taken back with the embeddings' help. */
class TagCoherenceTest {

    private final List<PaperId> ids = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final Map<PaperId, List<String>> tags = new HashMap<>();
    private final Map<PaperId, Set<String>> inTitle = new HashMap<>();
    private final Map<PaperId, Set<String>> written = new HashMap<>();

    private PaperId paper(float[] direction, List<String> own, Set<String> title) {
        PaperId id = PaperId.ofArxiv(String.format("2502.%05d", ids.size()));
        ids.add(id);
        vectors.add(SemanticNeighboursTest.unit(direction));
        tags.put(id, new ArrayList<>(own));
        inTitle.put(id, title);
        written.put(id, Set.of());
        return id;
    }

    private TagCoherence.Dropped filter(Set<String> keyphrases) {
        return new TagCoherence().filter(tags, keyphrases, id -> id.equals("pixel-space") ? "Pixel-Space" : id, inTitle,
                written, PaperVectors.of("m", ids, vectors.toArray(float[][]::new)));
    }

    @Test
    void aTermAnImageGenerationPaperMentionsOnceInItsAbstractIsTakenBack() {
        for (int i = 0; i < 6; i++) {
            paper(new float[] {1, 0.05f * i, 0}, List.of("image-classification"), Set.of("image-classification"));
            paper(new float[] {0.05f * i, 1, 0}, List.of("image-generation"), Set.of("image-generation"));
        }
        PaperId generation = paper(new float[] {0.02f, 1, 0.01f}, List.of("image-generation", "image-classification"),
                Set.of("image-generation"));
        PaperId classification = paper(new float[] {1, 0.02f, 0.01f}, List.of("image-classification"), Set.of());
        TagCoherence.Dropped dropped = filter(Set.of());
        assertEquals(List.of("image-generation"), tags.get(generation));
        assertEquals(List.of("image-classification"), tags.get(classification), "a paper about the term keeps it");
        assertEquals(1, dropped.brushedPast());
    }

    @Test
    void aKeyphraseWhosePapersShareNoTopicIsNoTagAnywhere() {
        float[][] directions = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {-1, 0, 0, 0}, {0, -1, 0, 0}};
        for (float[] d : directions) {
            paper(d, List.of("inference-time"), Set.of("inference-time"));
        }
        for (int i = 0; i < 5; i++) {
            paper(new float[] {0.1f * i, 0, 0, 1}, List.of("sign-language-translation"), Set.of("sign-language-translation"));
        }
        TagCoherence.Dropped dropped = filter(Set.of("inference-time", "sign-language-translation"));
        assertEquals(List.of("inference-time"), dropped.formWords());
        assertTrue(tags.values().stream().noneMatch(t -> t.contains("inference-time")));
        assertEquals(5, tags.values().stream().filter(t -> t.contains("sign-language-translation")).count());
    }

    @Test
    void aBareModifierIsNoTagHoweverAlikeItsPapers() {
        for (int i = 0; i < 4; i++) {
            paper(new float[] {1, 0.01f * i}, List.of("pixel-space"), Set.of("pixel-space"));
        }
        assertEquals(List.of("pixel-space"), filter(Set.of("pixel-space")).formWords());
        assertTrue(TagCoherence.isBareModifier("Long-Horizon"));
        assertFalse(TagCoherence.isBareModifier("Text-to-Video"));
        assertFalse(TagCoherence.isBareModifier("GPT-4o"));
        assertFalse(TagCoherence.isBareModifier("Sign language translation"));
    }

    @Test
    void aTagAPersonWroteIsNeverTakenBack() {
        for (int i = 0; i < 6; i++) {
            paper(new float[] {1, 0.05f * i}, List.of("image-classification"), Set.of("image-classification"));
        }
        PaperId mine = paper(new float[] {0, 1}, List.of("image-classification"), Set.of());
        written.put(mine, Set.of("image-classification"));
        filter(Set.of());
        assertEquals(List.of("image-classification"), tags.get(mine));
    }

    @Test
    void theMeanPairwiseCosineComesFromTheMeanVector() {
        VectorMatrix v = VectorMatrix.of(new float[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}});
        // rows 0..2, pairs: (0,1) 0, (0,2) 1, (1,2) 0
        assertEquals(1.0 / 3, TagCoherence.meanPairwiseSimilarity(v, new int[] {0, 1, 2}), 1e-9);
        // all four rows: (0,2) and (1,3) are 1, the other four pairs 0
        assertEquals(2.0 / 6, TagCoherence.meanPairwiseSimilarity(v, null), 1e-9);
    }
}
