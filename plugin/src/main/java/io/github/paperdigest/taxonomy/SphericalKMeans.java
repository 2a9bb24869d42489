package io.github.paperdigest.taxonomy;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * k-means on the unit sphere (cosine similarity), seeded by k-means++ from a fixed seed. Deterministic: the same
 * points give the same clusters on any number of threads, since each point's nearest centre is found on its own
 * and centres are summed in point order.
 */
final class SphericalKMeans {

    /** Clusters: each point's cluster, the unit-length centres, and the summed similarity of points to centres. */
    record Result(int[] assignment, float[][] centroids, double cohesion) {

        int[] sizes() {
            int[] sizes = new int[centroids.length];
            for (int a : assignment) {
                sizes[a]++;
            }
            return sizes;
        }
    }

    private SphericalKMeans() {
    }

    static Result run(float[][] points, int k, long seed, int maxIterations) {
        if (k >= points.length) {
            int[] each = IntStream.range(0, points.length).toArray();
            return finish(points, each, centroids(points, each, points.length));
        }
        float[][] centres = seeds(points, k, new Random(seed));
        int[] assignment = new int[points.length];
        java.util.Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int[] next = assign(points, centres);
            boolean changed = !java.util.Arrays.equals(next, assignment);
            assignment = next;
            centres = centroids(points, assignment, k);
            reseedEmpty(points, assignment, centres);
            if (!changed) {
                break;
            }
        }
        return finish(points, assignment, centres);
    }

    private static Result finish(float[][] points, int[] assignment, float[][] centres) {
        double cohesion = 0;
        for (int i = 0; i < points.length; i++) {
            cohesion += PaperVectors.dot(points[i], centres[assignment[i]]);
        }
        return new Result(assignment, centres, cohesion);
    }

    static int[] assign(float[][] points, float[][] centres) {
        int[] out = new int[points.length];
        IntStream.range(0, points.length).parallel().forEach(i -> out[i] = nearest(points[i], centres));
        return out;
    }

    /** The nearest centre; on a tie, the first. */
    static int nearest(float[] v, float[][] centres) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            float s = PaperVectors.dot(v, centres[c]);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /** The unit-length mean of each cluster's points, summed in point order; an empty cluster's centre is zero. */
    static float[][] centroids(float[][] points, int[] assignment, int k) {
        int d = points.length == 0 ? 0 : points[0].length;
        double[][] sums = new double[k][d];
        for (int i = 0; i < points.length; i++) {
            double[] s = sums[assignment[i]];
            float[] p = points[i];
            for (int j = 0; j < d; j++) {
                s[j] += p[j];
            }
        }
        float[][] out = new float[k][];
        for (int c = 0; c < k; c++) {
            out[c] = unit(sums[c]);
        }
        return out;
    }

    static float[] unit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int j = 0; j < v.length && norm > 0; j++) {
            out[j] = (float) (v[j] / norm);
        }
        return out;
    }

    /** k-means++: each next seed drawn with probability growing with its distance to the seeds so far. */
    private static float[][] seeds(float[][] points, int k, Random random) {
        float[][] seeds = new float[k][];
        seeds[0] = points[random.nextInt(points.length)].clone();
        double[] distance = new double[points.length];
        java.util.Arrays.fill(distance, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            float[] last = seeds[c - 1];
            double total = 0;
            for (int i = 0; i < points.length; i++) {
                double d = Math.max(0, 1 - PaperVectors.dot(points[i], last));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            double target = random.nextDouble() * total;
            int pick = points.length - 1;
            for (int i = 0; i < points.length; i++) {
                target -= distance[i];
                if (target <= 0 && distance[i] > 0) {
                    pick = i;
                    break;
                }
            }
            seeds[c] = points[pick].clone();
        }
        return seeds;
    }

    /** An empty cluster takes the point that fits its own cluster worst, so that k clusters stay k. */
    private static void reseedEmpty(float[][] points, int[] assignment, float[][] centres) {
        int[] sizes = new int[centres.length];
        for (int a : assignment) {
            sizes[a]++;
        }
        for (int c = 0; c < centres.length; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            int worst = -1;
            float worstScore = Float.POSITIVE_INFINITY;
            for (int i = 0; i < points.length; i++) {
                if (sizes[assignment[i]] < 2) {
                    continue;
                }
                float s = PaperVectors.dot(points[i], centres[assignment[i]]);
                if (s < worstScore) {
                    worstScore = s;
                    worst = i;
                }
            }
            if (worst < 0) {
                return;
            }
            sizes[assignment[worst]]--;
            assignment[worst] = c;
            sizes[c] = 1;
            centres[c] = points[worst].clone();
        }
    }
}
