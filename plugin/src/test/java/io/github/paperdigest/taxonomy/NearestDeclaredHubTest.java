package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A paper no declared hub's tags reach joins the hub nearest in meaning, only when it is close enough. */
class NearestDeclaredHubTest {

    @Test
    void aCloseUnreachedPaperJoinsTheNearestHubAndAFarOneStaysOut() {
        List<PaperId> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<PaperId> video = new ArrayList<>();
        List<PaperId> speech = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            PaperId v = PaperId.ofArxiv(String.format("2503.%05d", 2 * i));
            PaperId s = PaperId.ofArxiv(String.format("2503.%05d", 2 * i + 1));
            ids.add(v);
            vectors.add(SemanticNeighboursTest.unit(new float[] {1, 0.03f * i, 0}));
            ids.add(s);
            vectors.add(SemanticNeighboursTest.unit(new float[] {0.03f * i, 1, 0}));
            video.add(v);
            speech.add(s);
        }
        PaperId close = PaperId.ofArxiv("2503.09000");
        PaperId far = PaperId.ofArxiv("2503.09001");
        ids.add(close);
        vectors.add(SemanticNeighboursTest.unit(new float[] {1, 0.1f, 0.02f}));
        ids.add(far);
        vectors.add(SemanticNeighboursTest.unit(new float[] {0.2f, 0.2f, 1}));
        List<Hub> declared = List.of(
                new Hub("video", "Video", "", List.of("video"), Optional.empty(), true, video.stream().sorted().toList(), List.of()),
                new Hub("speech", "Speech", "", List.of("speech"), Optional.empty(), true, speech.stream().sorted().toList(), List.of()));

        List<Hub> placed = NearestDeclaredHub.place(declared, PaperVectors.of("m", ids, vectors.toArray(float[][]::new)));

        assertTrue(placed.get(0).paperIds().contains(close));
        assertEquals(11, placed.get(0).paperIds().size());
        assertEquals(10, placed.get(1).paperIds().size());
        assertFalse(placed.stream().anyMatch(h -> h.paperIds().contains(far)));
        assertEquals(placed.get(0).paperIds().stream().sorted().toList(), placed.get(0).paperIds());
        assertEquals(SemanticHubs.KEY_PAPERS, placed.get(0).keyPaperIds().size());
        assertEquals("video", placed.get(0).id(), "declared hubs keep their ids, names and order");
    }
}
