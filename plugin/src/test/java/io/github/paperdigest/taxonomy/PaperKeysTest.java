package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Samples and draws that follow the papers, not their places in the list. */
class PaperKeysTest {

    private static List<PaperId> papers(int n) {
        return IntStream.range(0, n).mapToObj(i -> PaperId.ofArxiv(String.format("2502.%05d", i))).toList();
    }

    private static Set<PaperId> sampled(List<PaperId> ids, int size) {
        Set<PaperId> out = new HashSet<>();
        for (int row : PaperKeys.of(ids).sample(size)) {
            out.add(ids.get(row));
        }
        return out;
    }

    @Test
    void aPaperAddedAnywhereChangesASampleByThatPaperAtMost() {
        List<PaperId> ids = papers(10_000);
        Set<PaperId> before = sampled(ids, 1_000);
        List<PaperId> more = new ArrayList<>(ids);
        more.add(0, PaperId.ofArxiv("2401.00001"));
        Set<PaperId> after = sampled(more, 1_000);
        Set<PaperId> lost = new HashSet<>(before);
        lost.removeAll(after);
        Set<PaperId> gained = new HashSet<>(after);
        gained.removeAll(before);
        assertTrue(lost.size() <= 1 && gained.size() <= 1 && (gained.isEmpty() || gained.contains(PaperId.ofArxiv("2401.00001"))),
                "lost " + lost + ", gained " + gained);
    }

    @Test
    void aSampleHasTheSizeAskedForInRowOrderAndIsEveryRowWhenThereAreNoMore() {
        PaperKeys keys = PaperKeys.of(papers(500));
        int[] rows = keys.sample(100);
        assertEquals(100, rows.length);
        assertTrue(IntStream.range(1, rows.length).allMatch(i -> rows[i - 1] < rows[i]));
        assertArrayEquals(IntStream.range(0, 500).toArray(), keys.sample(800));
    }

    @Test
    void aPapersNumberForASaltIsItsOwnWhateverElseIsInTheCorpus() {
        List<PaperId> ids = papers(50);
        PaperKeys all = PaperKeys.of(ids);
        PaperKeys some = PaperKeys.of(ids.subList(20, 50));
        for (int i = 20; i < 50; i++) {
            assertEquals(all.uniform(i, 42), some.uniform(i - 20, 42));
            assertTrue(all.uniform(i, 42) > 0 && all.uniform(i, 42) <= 1);
        }
    }

    @Test
    void aShareTakesAboutThatShareAndDifferentSaltsTakeDifferentPapers() {
        PaperKeys keys = PaperKeys.of(papers(10_000));
        int[] a = keys.share(0.8, 1);
        int[] b = keys.share(0.8, 2);
        assertEquals(8_000, a.length, 150);
        assertEquals(8_000, b.length, 150);
        assertTrue(!java.util.Arrays.equals(a, b));
    }
}
