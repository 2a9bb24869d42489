package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermShinglesTest {

    private static final int[] VIDEO_GENERATION = {11};
    private static final int[] WORLD_MODEL = {22};
    private static final int[] WORLD_MODELS_WRITTEN_OUT = {22, 33};

    private final TermShingles before = new TermShingles("before",
            Map.of("video-generation", "k1", "world-model", "k2", "dated", "k3"),
            Map.of("video-generation", List.of(VIDEO_GENERATION), "world-model", List.of(WORLD_MODEL)), Set.of("dated"));

    @Test
    void nothingChangedWhenEveryTermKeepsItsKey() {
        assertEquals(List.of(), before.phrasesChangedSince(before));
    }

    @Test
    void theTermsThatCameWentOrChangedGiveAllTheirPhrasesOnBothSides() {
        TermShingles after = new TermShingles("after", Map.of("world-model", "k2b", "dated", "k3", "agents", "k4"),
                Map.of("world-model", List.of(WORLD_MODELS_WRITTEN_OUT), "agents", List.of(new int[] {44})),
                Set.of("dated"));

        List<int[]> changed = after.phrasesChangedSince(before);

        // in id order: agents came, video generation went, world model changed its phrases
        assertEquals(4, changed.size());
        assertArrayEquals(new int[] {44}, changed.get(0));
        assertArrayEquals(VIDEO_GENERATION, changed.get(1));
        assertArrayEquals(WORLD_MODELS_WRITTEN_OUT, changed.get(2));
        assertArrayEquals(WORLD_MODEL, changed.get(3));
    }

    @Test
    void aChangedTermWithAPatternCannotBeToldFromShingles() {
        TermShingles after = new TermShingles("after", Map.of("video-generation", "k1", "world-model", "k2", "dated",
                "k3b"), Map.of("video-generation", List.of(VIDEO_GENERATION), "world-model", List.of(WORLD_MODEL)),
                Set.of("dated"));
        assertNull(after.phrasesChangedSince(before));
    }

    @Test
    void itsBytesGiveItBack() {
        TermShingles again = TermShingles.of(before.bytes());
        assertEquals(before.fingerprint(), again.fingerprint());
        assertEquals(before.keys(), again.keys());
        assertEquals(before.patterns(), again.patterns());
        assertEquals(List.of(), again.phrasesChangedSince(before));
        assertArrayEquals(WORLD_MODEL, again.phrases().get("world-model").get(0));
    }

    @Test
    void bytesThatAreNotTermsAreNone() {
        assertNull(TermShingles.of(new byte[] {0, 0, 0, 1, 0}));
        assertNull(TermShingles.of(null));
    }
}
