package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.MemoBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups embeddings into topics. The number of groups is the one whose clusters come out most alike when k-means
 * runs on different subsamples (the mean adjusted Rand index between runs), among those whose largest group holds
 * at most {@link Bounds#maxShare} of the points and whose smallest is not a mere handful.
 *
 * <p>Bounded work, whatever the corpus: the number is chosen on a sample ({@link PaperKeys#sample}) of at most
 * {@link #CHOICE_SAMPLE}
 * points (where the sizes of each candidate's groups are checked too), the centres of the chosen number are trained
 * on at most {@link #TRAINING_SAMPLE} points with capped iterations, and then every point joins its nearest centre
 * in one pass (and once more after the centres are recomputed from all points). Only when the chosen number's
 * groups turn out too big or too small over all points is the next most stable number trained.
 */
final class TopicClusters {

    static final int CHOICE_SAMPLE = 1_000;
    static final int TRAINING_SAMPLE = 4_000;
    private static final int RUNS = 3;
    private static final double SUBSAMPLE = 0.8;
    private static final int CHOICE_ITERATIONS = 15;
    private static final int TRAINING_SEEDS = 2;
    private static final int TRAINING_ITERATIONS = 30;

    /**
     * What makes a set of topics acceptable.
     *
     * @param minTopics      the fewest topics worth making for a large set
     * @param maxTopics      the most topics
     * @param pointsPerTopic a set of n points gets at most n / pointsPerTopic topics, and at least n / 50
     * @param maxShare       the largest topic's share of the points, at most
     * @param minPapers      the smallest topic's size, at least
     * @param minShare       the smallest topic's share of the points, at least
     */
    record Bounds(int minTopics, int maxTopics, int pointsPerTopic, double maxShare, int minPapers, double minShare) {

        /** Top-level hubs: 4 to 15, none over a quarter of the papers, none under 2 %. */
        static final Bounds HUBS = new Bounds(4, 15, 8, 0.25, 3, 0.02);

        /** Sub-hubs of a hub: 2 to 6, none over 60 % of the hub's papers nor under 8 % or 5 papers. */
        static final Bounds SUB_HUBS = new Bounds(2, 6, 15, 0.6, 5, 0.08);

        int smallestAllowed(int n) {
            return Math.max(minPapers, (int) Math.ceil(minShare * n));
        }

        boolean accepts(int[] sizes, int n) {
            int smallest = Arrays.stream(sizes).min().orElse(0);
            int largest = Arrays.stream(sizes).max().orElse(0);
            return smallest >= smallestAllowed(n) && largest <= maxShare * n;
        }
    }

    /** The topics: each point's topic, the unit-length centres, and the stability of each number tried. */
    record Topics(int[] assignment, VectorMatrix centres, Map<Integer, Double> stability) {

        byte[] bytes() {
            MemoBytes.Writer out = new MemoBytes.Writer().numbers(assignment).number(centres.rows())
                    .floats(centres.data()).number(stability.size());
            new TreeMap<>(stability).forEach((k, s) -> out.number(k).float64(s));
            return out.bytes();
        }

        /**
         * The topics the bytes hold for {@code points}, or null when they are not the bytes of topics of so many
         * points of that length, in at most {@code most} topics.
         */
        static Topics of(byte[] bytes, KeyedPoints points, int most) {
            return MemoBytes.decode(bytes, in -> {
                int[] assignment = in.numbers();
                int rows = in.size();
                float[] data = in.floats();
                int n = points.rows();
                if (assignment.length != n || rows > Math.max(1, most) || (n > 0) != (rows > 0)
                        || data.length != (long) rows * points.vectors().dimensions()) {
                    return null;
                }
                for (int a : assignment) {
                    if (a < 0 || a >= rows) {
                        return null;
                    }
                }
                int tried = in.size(Integer.BYTES + Long.BYTES);
                Map<Integer, Double> stability = new HashMap<>();
                for (int i = 0; i < tried; i++) {
                    stability.put(in.number(), in.float64());
                }
                return new Topics(assignment, VectorMatrix.of(data, rows), Map.copyOf(stability));
            });
        }

        int count() {
            return centres.rows();
        }

        int[] sizes() {
            int[] sizes = new int[centres.rows()];
            for (int a : assignment) {
                sizes[a]++;
            }
            return sizes;
        }

        int smallest() {
            return Arrays.stream(sizes()).min().orElse(0);
        }

        double largestShare() {
            return Arrays.stream(sizes()).max().orElse(0) / (double) Math.max(1, assignment.length);
        }

        /** The stability of the number of topics chosen; 0 when it was not chosen by stability. */
        double chosenStability() {
            return stability.getOrDefault(count(), 0.0);
        }
    }

    private final Bounds bounds;
    private final AnalysisMemo memo;

    TopicClusters() {
        this(Bounds.HUBS);
    }

    TopicClusters(Bounds bounds) {
        this(bounds, AnalysisMemo.none());
    }

    /** Clusters that keep the topics of each set of points in {@code memo}, and take those an earlier build kept. */
    TopicClusters(Bounds bounds, AnalysisMemo memo) {
        this.bounds = bounds;
        this.memo = memo;
    }

    /**
     * The topics of the points, as an earlier build found them for the very same points (which the settled papers
     * are from one digest to the next, {@link SettledPapers}), or found now.
     */
    Topics cluster(KeyedPoints points) {
        return memo.recallOr(AnalysisMemo.key("topics", bounds.toString(), points.fingerprint()),
                bytes -> Topics.of(bytes, points, bounds.maxTopics()), () -> clusterAnew(points), Topics::bytes);
    }

    private Topics clusterAnew(KeyedPoints points) {
        VectorMatrix vectors = points.vectors();
        int n = vectors.rows();
        if (n == 0) {
            return new Topics(new int[0], VectorMatrix.of(new float[0][]), Map.of());
        }
        int min = Math.min(bounds.minTopics(), Math.max(1, n / 50));
        int max = Math.max(min, Math.min(bounds.maxTopics(), n / bounds.pointsPerTopic()));
        if (max <= 1) {
            return one(vectors);
        }
        min = Math.max(2, min);
        KeyedPoints sample = points.sample(CHOICE_SAMPLE);
        VectorTiles sampleTiles = VectorTiles.of(sample.vectors());
        Map<Integer, Double> stability = new HashMap<>();
        Map<Integer, Boolean> fitsOnSample = new HashMap<>();
        List<Integer> candidates = new ArrayList<>();
        // each number is tried on its own, so all are tried at once; the results are read in order
        List<Choice> choices = java.util.stream.IntStream.rangeClosed(min, max).parallel()
                .mapToObj(k -> choice(sample, sampleTiles, k)).toList();
        for (int k = min; k <= max; k++) {
            Choice choice = choices.get(k - min);
            stability.put(k, choice.stability());
            fitsOnSample.put(k, bounds.accepts(choice.sizes(), sample.rows()));
            candidates.add(k);
        }
        // those whose groups fit on the sample first, then the most stable; the first whose groups fit over all
        // points wins; failing that, of those with none too small the one whose largest group is smallest, else the
        // most stable
        candidates.sort(Comparator.comparing((Integer k) -> !fitsOnSample.get(k)).thenComparing(k -> -stability.get(k))
                .thenComparing(k -> k));
        int smallest = bounds.smallestAllowed(n);
        Training training = Training.of(points);
        Topics first = null;
        Topics mostBalanced = null;
        for (int k : candidates) {
            Topics t = train(training, k, stability);
            first = first == null ? t : first;
            if (t.smallest() >= smallest) {
                if (t.largestShare() <= bounds.maxShare()) {
                    return t;
                }
                if (mostBalanced == null || t.largestShare() < mostBalanced.largestShare()) {
                    mostBalanced = t;
                }
            }
        }
        return mostBalanced != null ? mostBalanced : first;
    }

    private static Topics one(VectorMatrix vectors) {
        int[] all = new int[vectors.rows()];
        return new Topics(all, SphericalKMeans.centroids(vectors, all, 1), Map.of());
    }

    /** How a number of topics fares on the sample: its stability, and its groups' sizes in the first run. */
    private record Choice(double stability, int[] sizes) {
    }

    /** How alike k-means clusters the sample from different subsamples and seeds. */
    private static Choice choice(KeyedPoints sample, VectorTiles sampleTiles, int k) {
        List<int[]> labels = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            long salt = 7919L * k + r;
            int[] sub = sample.keys().share(SUBSAMPLE, salt);
            KeyedPoints subsample = sub.length < k ? sample : sample.select(sub);
            VectorMatrix centres = SphericalKMeans.run(subsample, k, salt, CHOICE_ITERATIONS).centres();
            labels.add(SphericalKMeans.assign(sampleTiles, centres).nearest());
        }
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                sum += adjustedRandIndex(labels.get(a), labels.get(b));
                pairs++;
            }
        }
        int[] sizes = new int[k];
        for (int label : labels.get(0)) {
            sizes[label]++;
        }
        return new Choice(sum / pairs, sizes);
    }

    /**
     * What every number of topics tried is trained on, made once: all the points, and the sample the centres are
     * trained on, each laid out in tiles.
     */
    private record Training(VectorMatrix all, VectorTiles allTiles, KeyedPoints sample, VectorTiles sampleTiles) {

        static Training of(KeyedPoints points) {
            KeyedPoints sample = points.sample(TRAINING_SAMPLE);
            VectorTiles sampleTiles = VectorTiles.of(sample.vectors());
            VectorTiles allTiles = sample == points ? sampleTiles : VectorTiles.of(points.vectors());
            return new Training(points.vectors(), allTiles, sample, sampleTiles);
        }
    }

    /** The centres from the best of a few seeds on the training sample, then every point joins its nearest. */
    private static Topics train(Training training, int k, Map<Integer, Double> stability) {
        SphericalKMeans.Result best = null;
        for (int seed = 0; seed < TRAINING_SEEDS; seed++) {
            SphericalKMeans.Result r = SphericalKMeans.run(training.sample(), training.sampleTiles(), k, 104_729L * k + seed,
                    TRAINING_ITERATIONS);
            if (best == null || r.cohesion() > best.cohesion()) {
                best = r;
            }
        }
        VectorMatrix vectors = training.all();
        VectorTiles all = training.allTiles();
        int[] assignment = SphericalKMeans.assign(all, best.centres()).nearest();
        VectorMatrix centres = SphericalKMeans.centroids(vectors, assignment, k);
        assignment = SphericalKMeans.assign(all, centres).nearest();
        centres = SphericalKMeans.centroids(vectors, assignment, k);
        return new Topics(assignment, centres, Map.copyOf(stability));
    }

    /** Agreement of two partitions of the same items, 0 for chance and 1 for identical (Hubert and Arabie). */
    static double adjustedRandIndex(int[] a, int[] b) {
        Map<Long, Integer> joint = new HashMap<>();
        Map<Integer, Integer> countA = new HashMap<>();
        Map<Integer, Integer> countB = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            joint.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
            countA.merge(a[i], 1, Integer::sum);
            countB.merge(b[i], 1, Integer::sum);
        }
        double index = joint.values().stream().mapToDouble(TopicClusters::pairs).sum();
        double sumA = countA.values().stream().mapToDouble(TopicClusters::pairs).sum();
        double sumB = countB.values().stream().mapToDouble(TopicClusters::pairs).sum();
        double expected = sumA * sumB / pairs(a.length);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }
}
