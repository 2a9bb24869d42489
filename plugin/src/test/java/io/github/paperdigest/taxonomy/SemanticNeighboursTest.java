package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.testing.RecordingMemo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Related papers by embedding: exact below the limit, an inverted-file index above, and the same on every run. */
class SemanticNeighboursTest {

    /** Unit vectors around a number of topic centres, the way papers' embeddings gather. */
    static float[][] topics(int n, int topics, int dims, long seed) {
        Random random = new Random(seed);
        float[][] centres = new float[topics][];
        for (int t = 0; t < topics; t++) {
            centres[t] = unit(gaussian(random, dims, 1));
        }
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            float[] c = centres[random.nextInt(topics)];
            float[] noise = gaussian(random, dims, 0.09f);
            for (int j = 0; j < dims; j++) {
                noise[j] += c[j];
            }
            v[i] = unit(noise);
        }
        return v;
    }

    private static float[] gaussian(Random random, int dims, float scale) {
        float[] v = new float[dims];
        for (int j = 0; j < dims; j++) {
            v[j] = (float) random.nextGaussian() * scale;
        }
        return v;
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) (v[j] / Math.sqrt(n));
        }
        return out;
    }

    private static int[][] bruteForce(float[][] v, int k) {
        int[][] out = new int[v.length][];
        for (int i = 0; i < v.length; i++) {
            int self = i;
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < v.length; j++) {
                if (j != self) {
                    order.add(j);
                }
            }
            float[] q = v[i];
            order.sort((a, b) -> {
                int c = Float.compare(PaperVectors.dot(q, v[b]), PaperVectors.dot(q, v[a]));
                return c != 0 ? c : Integer.compare(a, b);
            });
            out[i] = order.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    @Test
    void belowTheLimitEveryPairIsComparedMostSimilarFirstTiesByOrder() {
        float[][] v = topics(300, 6, 16, 1);
        int[][] nearest = new SemanticNeighbours(5).nearest(v);
        int[][] expected = bruteForce(v, 5);
        for (int i = 0; i < v.length; i++) {
            assertArrayEquals(expected[i], nearest[i], "paper " + i);
        }
    }

    /** Over several tiles each pair is scored once for both papers, on several workers: still exactly every pair. */
    @Test
    void overSeveralTilesEachPairScoredOnceGivesExactlyWhatEveryPairGives() {
        float[][] v = topics(2 * VectorTiles.TILE + 300, 12, 16, 4);
        int[][] nearest = new SemanticNeighbours(5).nearest(v);
        int[][] expected = bruteForce(v, 5);
        for (int i = 0; i < v.length; i++) {
            assertArrayEquals(expected[i], nearest[i], "paper " + i);
        }
    }

    @Test
    void identicalVectorsTieByPaperOrderAndNoPaperIsItsOwnNeighbour() {
        float[] same = unit(new float[] {1, 2, 3});
        float[][] v = {same, same, same, same};
        int[][] nearest = new SemanticNeighbours(2).nearest(v);
        assertArrayEquals(new int[] {1, 2}, nearest[0]);
        assertArrayEquals(new int[] {0, 2}, nearest[1]);
        assertArrayEquals(new int[] {0, 1}, nearest[3]);
    }

    @Test
    void aboveTheLimitTheIndexFindsMostExactNeighbours() {
        // the limit is lowered so that the index runs on a corpus small enough to compare with every pair
        float[][] v = topics(6_000, 60, 48, 2);
        long start = System.nanoTime();
        int[][] approximate = new SemanticNeighbours(5, 1_000).nearest(v);
        long indexed = System.nanoTime();
        int[][] exact = new SemanticNeighbours(5, Integer.MAX_VALUE).nearest(v);
        long exhaustive = System.nanoTime();
        int found = 0;
        for (int i = 0; i < v.length; i++) {
            Set<Integer> truth = new HashSet<>();
            for (int j : exact[i]) {
                truth.add(j);
            }
            for (int j : approximate[i]) {
                found += truth.contains(j) ? 1 : 0;
            }
        }
        double recall = found / (5.0 * v.length);
        System.out.printf("inverted-file recall@5 on 6,000 synthetic papers: %.3f (index %.1f s, every pair %.1f s)%n", recall,
                (indexed - start) / 1e9, (exhaustive - indexed) / 1e9);
        assertTrue(recall >= 0.9, "recall " + recall);
    }

    @Test
    void theSameVectorsGiveTheSameNeighboursOnEveryRun() {
        float[][] v = topics(3_000, 30, 24, 3);
        SemanticNeighbours index = new SemanticNeighbours(5, 500);
        int[][] first = index.nearest(v);
        int[][] second = index.nearest(v);
        for (int i = 0; i < v.length; i++) {
            assertArrayEquals(first[i], second[i]);
        }
    }

    @Test
    void scoresAreCosinesClampedToTheUnitInterval() {
        float[][] v = {unit(new float[] {1, 0}), unit(new float[] {-1, 0.01f}), unit(new float[] {1, 1})};
        List<PaperId> ids = List.of(PaperId.ofArxiv("2501.00001"), PaperId.ofArxiv("2501.00002"), PaperId.ofArxiv("2501.00003"));
        Map<PaperId, List<RelatedPaper>> related = new SemanticNeighbours(2).compute(PaperVectors.of("m", ids, v));
        assertEquals(ids.get(2), related.get(ids.get(0)).get(0).id());
        assertEquals(0.7071, related.get(ids.get(0)).get(0).score(), 1e-3);
        assertEquals(0.0, related.get(ids.get(0)).get(1).score());
    }

    /** Papers with their vectors, in their order, edited as archives are between builds. */
    private static final class Archive {
        final List<PaperId> ids = new ArrayList<>();
        final List<float[]> vectors = new ArrayList<>();
        private final Random random;
        private final float[][] pool;
        private int next;
        private int drawn;

        Archive(int papers, long seed) {
            random = new Random(seed);
            pool = topics(20_000, 12, 16, seed);
            for (int i = 0; i < papers; i++) {
                add(ids.size());
            }
        }

        void add(int at) {
            ids.add(at, PaperId.ofArxiv(String.format("2501.%05d", next++)));
            vectors.add(at, pool[drawn++]);
        }

        /** One random edit: papers added, removed, changed, copied (a tie with every score), or moved. */
        String edit() {
            int kind = random.nextInt(5);
            int at = random.nextInt(ids.size());
            switch (kind) {
                case 0 -> {
                    for (int k = random.nextInt(40) + 1; k > 0; k--) {
                        add(random.nextBoolean() ? ids.size() : random.nextInt(ids.size()));
                    }
                    return "added";
                }
                case 1 -> {
                    for (int k = random.nextInt(5) + 1; k > 0 && ids.size() > 10; k--) {
                        int gone = random.nextInt(ids.size());
                        ids.remove(gone);
                        vectors.remove(gone);
                    }
                    return "removed";
                }
                case 2 -> {
                    vectors.set(at, pool[drawn++]);
                    return "changed";
                }
                case 3 -> {
                    ids.add(PaperId.ofArxiv(String.format("2501.%05d", next++)));
                    vectors.add(vectors.get(at).clone());
                    return "copied";
                }
                default -> {
                    PaperId moved = ids.remove(at);
                    float[] v = vectors.remove(at);
                    int to = random.nextInt(ids.size());
                    ids.add(to, moved);
                    vectors.add(to, v);
                    return "moved";
                }
            }
        }

        PaperVectors paperVectors() {
            return PaperVectors.of("m", ids, vectors.toArray(float[][]::new));
        }
    }

    @Test
    void neighboursKeptFromTheLastBuildAreExactlyThoseOfComparingEveryPair() {
        Archive archive = new Archive(700, 5);
        RecordingMemo memo = new RecordingMemo();
        new SemanticNeighbours(5, memo).compute(archive.paperVectors());
        List<Integer> comparedWithAll = new ArrayList<>();
        for (int build = 0; build < 40; build++) {
            String edit = archive.edit();
            memo = memo.nextBuild();
            Map<PaperId, List<RelatedPaper>> kept = new SemanticNeighbours(5, SemanticNeighbours.EXACT_LIMIT, memo,
                    comparedWithAll::add).compute(archive.paperVectors());
            assertEquals(new SemanticNeighbours(5).compute(archive.paperVectors()), kept, "build " + build + ": " + edit);
        }
        assertTrue(comparedWithAll.size() >= 20, "most builds kept neighbours: " + comparedWithAll.size() + " of 40");
        assertTrue(comparedWithAll.stream().allMatch(c -> c < 700 / 4), comparedWithAll.toString());
    }

    /**
     * Proof that they are kept: the papers the memo names as an unchanged paper's neighbours are taken as they are,
     * each scored again, and only new papers are compared with it.
     */
    @Test
    void anUnchangedPaperKeepsThePapersTheMemoNamesAndMeetsOnlyNewPapers() {
        Archive archive = new Archive(50, 6);
        RecordingMemo first = new RecordingMemo();
        new SemanticNeighbours(2, first).compute(archive.paperVectors());
        String key = io.github.paperdigest.model.AnalysisMemo.key("semantic neighbours", "m", "2");
        KnownNeighbours known = KnownNeighbours.of(first.nextBuild().recall(key));
        int[][] nearest = known.nearest().clone();
        nearest[0] = new int[] {40, 41};
        RecordingMemo planted = new RecordingMemo();
        planted.remember(key, new KnownNeighbours(known.ids(), known.vectorHashes(), nearest).bytes());
        archive.add(archive.ids.size());

        PaperVectors vectors = archive.paperVectors();
        List<RelatedPaper> related = new SemanticNeighbours(2, planted.nextBuild()).compute(vectors).get(archive.ids.get(0));

        List<Integer> candidates = new ArrayList<>(List.of(40, 41, 50));
        candidates.sort((a, b) -> Float.compare(score(vectors, 0, b), score(vectors, 0, a)));
        List<RelatedPaper> expected = candidates.subList(0, 2).stream()
                .map(j -> new RelatedPaper(archive.ids.get(j), Math.max(0, Math.min(1, score(vectors, 0, j))))).toList();
        assertEquals(expected, related);
        assertTrue(!related.equals(new SemanticNeighbours(2).compute(vectors).get(archive.ids.get(0))),
                "papers 40 and 41 are not paper 0's nearest: what it got came from the memo");
    }

    private static float score(PaperVectors vectors, int a, int b) {
        return PaperVectors.dot(vectors.vector(a), vectors.vector(b));
    }

    @Test
    void aPaperWhoseVectorIsNotANumberIsNeverKept() {
        Archive archive = new Archive(30, 7);
        archive.vectors.set(3, new float[16]);
        archive.vectors.get(3)[0] = Float.NaN;
        RecordingMemo memo = new RecordingMemo();
        new SemanticNeighbours(3, memo).compute(archive.paperVectors());
        assertEquals(0, memo.size(), "nothing kept that a later build would rank by");
    }
}
