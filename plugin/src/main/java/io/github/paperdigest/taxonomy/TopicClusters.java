package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Groups the papers' embeddings into topics. The number of groups is the one whose clusters come out most alike
 * when k-means runs on different subsamples (the mean adjusted Rand index between runs), among those whose largest
 * group holds at most a quarter of the papers and whose smallest is not a mere handful. Bounded work: the number is chosen on a sample of at most
 * {@link #CHOICE_SAMPLE} papers, the centres are trained on at most {@link #TRAINING_SAMPLE}, then every paper
 * joins its nearest centre.
 */
final class TopicClusters {

    static final int MIN_TOPICS = 4;
    static final int MAX_TOPICS = 15;
    static final double MAX_SHARE = 0.25;
    /** A topic of fewer papers than this, or than this share of the corpus, is too small to be a hub. */
    static final int MIN_TOPIC_PAPERS = 3;
    static final double MIN_TOPIC_SHARE = 0.02;
    static final int CHOICE_SAMPLE = 800;
    static final int TRAINING_SAMPLE = 4_000;
    private static final int RUNS = 3;
    private static final double SUBSAMPLE = 0.8;
    private static final int ITERATIONS = 20;

    /** The topics: each paper's topic, the unit-length centres, the number tried and the stability of each. */
    record Topics(int[] assignment, float[][] centres, Map<Integer, Double> stability) {

        int count() {
            return centres.length;
        }

        int smallest() {
            int[] sizes = new int[centres.length];
            for (int a : assignment) {
                sizes[a]++;
            }
            return java.util.Arrays.stream(sizes).min().orElse(0);
        }

        double largestShare() {
            int[] sizes = new int[centres.length];
            for (int a : assignment) {
                sizes[a]++;
            }
            return java.util.Arrays.stream(sizes).max().orElse(0) / (double) Math.max(1, assignment.length);
        }
    }

    Topics cluster(float[][] vectors) {
        int n = vectors.length;
        if (n == 0) {
            return new Topics(new int[0], new float[0][], Map.of());
        }
        int min = Math.min(MIN_TOPICS, Math.max(1, n / 50));
        int max = Math.max(min, Math.min(MAX_TOPICS, n / 8));
        if (max <= 1) {
            return one(vectors);
        }
        min = Math.max(2, min);
        float[][] sample = SemanticNeighbours.evenSample(vectors, CHOICE_SAMPLE);
        Map<Integer, Double> stability = new HashMap<>();
        List<Integer> candidates = new ArrayList<>();
        for (int k = min; k <= max; k++) {
            stability.put(k, stability(sample, k));
            candidates.add(k);
        }
        // most stable first; the first with no cluster too big or too small wins; failing that, of those with none
        // too small the one whose largest cluster is smallest, else the most stable
        candidates.sort(java.util.Comparator.comparing((Integer k) -> -stability.get(k)).thenComparing(k -> k));
        int smallest = Math.max(MIN_TOPIC_PAPERS, (int) Math.ceil(MIN_TOPIC_SHARE * n));
        Topics first = null;
        Topics mostBalanced = null;
        for (int k : candidates) {
            Topics t = train(vectors, k, stability);
            first = first == null ? t : first;
            if (t.smallest() >= smallest) {
                if (t.largestShare() <= MAX_SHARE) {
                    return t;
                }
                if (mostBalanced == null || t.largestShare() < mostBalanced.largestShare()) {
                    mostBalanced = t;
                }
            }
        }
        return mostBalanced != null ? mostBalanced : first;
    }

    private static Topics one(float[][] vectors) {
        int[] all = new int[vectors.length];
        return new Topics(all, SphericalKMeans.centroids(vectors, all, 1), Map.of());
    }

    /** How alike k-means clusters the sample from different subsamples and seeds. */
    private static double stability(float[][] sample, int k) {
        List<int[]> labels = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            Random random = new Random(7919L * k + r);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sample.length; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            float[][] sub = new float[(int) Math.max(k, Math.round(sample.length * SUBSAMPLE))][];
            for (int i = 0; i < sub.length; i++) {
                sub[i] = sample[order.get(i)];
            }
            float[][] centres = SphericalKMeans.run(sub, k, random.nextLong(), ITERATIONS).centroids();
            int[] all = SphericalKMeans.assign(sample, centres);
            labels.add(all);
        }
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                sum += adjustedRandIndex(labels.get(a), labels.get(b));
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** The centres from the best of a few seeds on the training sample, then one pass over every paper. */
    private static Topics train(float[][] vectors, int k, Map<Integer, Double> stability) {
        float[][] training = SemanticNeighbours.evenSample(vectors, TRAINING_SAMPLE);
        SphericalKMeans.Result best = null;
        for (int seed = 0; seed < 3; seed++) {
            SphericalKMeans.Result r = SphericalKMeans.run(training, k, 104_729L * k + seed, 50);
            if (best == null || r.cohesion() > best.cohesion()) {
                best = r;
            }
        }
        int[] assignment = SphericalKMeans.assign(vectors, best.centroids());
        float[][] centres = SphericalKMeans.centroids(vectors, assignment, k);
        assignment = SphericalKMeans.assign(vectors, centres);
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
