package io.github.paperdigest.taxonomy;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * k-means on the unit sphere (cosine similarity), seeded by k-means++ from the papers' own numbers
 * ({@link PaperKeys}) and a salt. Deterministic: the same
 * points give the same clusters on any number of threads, since each point's nearest centre is found on its own
 * and centres are summed in point order. Points are scored against the centres a tile at a time
 * ({@link VectorTiles}).
 */
final class SphericalKMeans {

    /** Clusters: each point's cluster, the unit-length centres, and the summed similarity of points to centres. */
    record Result(int[] assignment, VectorMatrix centres, double cohesion) {

        int[] sizes() {
            int[] sizes = new int[centres.rows()];
            for (int a : assignment) {
                sizes[a]++;
            }
            return sizes;
        }
    }

    /** Each point's nearest centre (on a tie, the first) and its similarity to it. */
    record Assignment(int[] nearest, float[] score) {

        double cohesion() {
            double sum = 0;
            for (float s : score) {
                sum += s;
            }
            return sum;
        }
    }

    private SphericalKMeans() {
    }

    static Result run(KeyedPoints keyed, int k, long salt, int maxIterations) {
        return run(keyed, VectorTiles.of(keyed.vectors()), k, salt, maxIterations);
    }

    /** As {@link #run(KeyedPoints, int, long, int)}, with the points already laid out in tiles. */
    static Result run(KeyedPoints keyed, VectorTiles tiles, int k, long salt, int maxIterations) {
        VectorMatrix points = keyed.vectors();
        if (k >= points.rows()) {
            int[] each = IntStream.range(0, points.rows()).toArray();
            VectorMatrix centres = centroids(points, each, points.rows());
            return new Result(each, centres, assign(tiles, centres).cohesion());
        }
        VectorMatrix centres = seeds(points, tiles, keyed.keys(), k, salt);
        Assignment current = null;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Assignment next = assign(tiles, centres);
            boolean changed = current == null || !Arrays.equals(next.nearest(), current.nearest());
            current = reseedEmpty(points, next, k);
            centres = centroids(points, current.nearest(), k);
            if (!changed) {
                break;
            }
        }
        Assignment last = assign(tiles, centres);
        return new Result(last.nearest(), centres, last.cohesion());
    }

    /** Each point's nearest centre, by the point's position in the tiles; the tiles are scored in parallel. */
    static Assignment assign(VectorTiles points, VectorMatrix centres) {
        int[] nearest = new int[points.size()];
        float[] best = new float[points.size()];
        IntStream.range(0, points.tileCount()).parallel().forEach(t -> {
            float[] scores = new float[VectorTiles.TILE];
            int width = points.width(t);
            int[] tileNearest = new int[width];
            float[] tileBest = new float[width];
            Arrays.fill(tileBest, Float.NEGATIVE_INFINITY);
            for (int c = 0; c < centres.rows(); c++) {
                points.score(centres.data(), centres.offset(c), t, scores);
                for (int j = 0; j < width; j++) {
                    if (scores[j] > tileBest[j]) {
                        tileBest[j] = scores[j];
                        tileNearest[j] = c;
                    }
                }
            }
            for (int j = 0; j < width; j++) {
                nearest[t * VectorTiles.TILE + j] = tileNearest[j];
                best[t * VectorTiles.TILE + j] = tileBest[j];
            }
        });
        return new Assignment(nearest, best);
    }

    /** The unit-length mean of each cluster's points, summed in point order; an empty cluster's centre is zero. */
    static VectorMatrix centroids(VectorMatrix points, int[] assignment, int k) {
        int d = points.dimensions();
        double[][] sums = new double[k][d];
        float[] data = points.data();
        for (int i = 0; i < points.rows(); i++) {
            double[] s = sums[assignment[i]];
            int o = points.offset(i);
            for (int j = 0; j < d; j++) {
                s[j] += data[o + j];
            }
        }
        float[][] out = new float[k][];
        for (int c = 0; c < k; c++) {
            out[c] = unit(sums[c]);
        }
        return VectorMatrix.of(out);
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

    /**
     * Greedy k-means++: each next seed is the best, by the summed squared distance it leaves, of a few candidates
     * drawn with probability growing with their distance to the seeds so far. Plain k-means++ now and then puts two
     * seeds in one tight group and none in another, which k-means never repairs; and the choice of the number of
     * topics, which compares runs, would take that bad luck for instability.
     *
     * <p>Each draw gives every point a number of its own ({@link PaperKeys#uniform}) and takes the point whose
     * number, raised to the power of one over its distance, is largest: a draw with probability in proportion to the
     * distance (Efraimidis and Spirakis). Unlike a running total over the points in order, it picks the same point
     * when papers are added elsewhere, unless a new one wins.
     */
    private static VectorMatrix seeds(VectorMatrix points, VectorTiles tiles, PaperKeys keys, int k, long salt) {
        int trials = 2 + (int) Math.log(k);
        int[] seeds = new int[k];
        seeds[0] = draw(keys, null, salt);
        double[] distance = distances(points, tiles, seeds[0], null);
        for (int c = 1; c < k; c++) {
            int best = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestDistance = null;
            for (int trial = 0; trial < trials; trial++) {
                int candidate = draw(keys, distance, salt * 1_000_003L + c * 31L + trial);
                double[] next = distances(points, tiles, candidate, distance);
                double potential = 0;
                for (double d : next) {
                    potential += d;
                }
                if (potential < bestPotential) {
                    bestPotential = potential;
                    best = candidate;
                    bestDistance = next;
                }
            }
            seeds[c] = best;
            distance = bestDistance;
        }
        return points.select(seeds);
    }

    /**
     * A point drawn with probability in proportion to its weight (all alike when none are given): the largest
     * log(u) / weight, where u is the point's own number for the salt. On a tie, the first such point.
     */
    private static int draw(PaperKeys keys, double[] weight, long salt) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < keys.size(); i++) {
            double w = weight == null ? 1 : weight[i];
            if (w <= 0) {
                continue;
            }
            double score = Math.log(keys.uniform(i, salt)) / w;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Each point's squared distance to the nearest of a new seed and, when given, the seeds before it. */
    private static double[] distances(VectorMatrix points, VectorTiles tiles, int seed, double[] before) {
        double[] out = new double[points.rows()];
        float[] scores = new float[VectorTiles.TILE];
        for (int t = 0; t < tiles.tileCount(); t++) {
            tiles.score(points.data(), points.offset(seed), t, scores);
            for (int j = 0; j < tiles.width(t); j++) {
                int i = tiles.member(t, j);
                double d = Math.max(0, 1 - scores[j]);
                out[i] = before == null ? d * d : Math.min(before[i], d * d);
            }
        }
        return out;
    }

    /**
     * An empty cluster takes the point that fits its own cluster worst, so that k clusters stay k. Returns the
     * assignment with those points moved (their score is left as it was: the next assignment recomputes it).
     */
    private static Assignment reseedEmpty(VectorMatrix points, Assignment assignment, int k) {
        int[] nearest = assignment.nearest().clone();
        int[] sizes = new int[k];
        for (int a : nearest) {
            sizes[a]++;
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            int worst = -1;
            float worstScore = Float.POSITIVE_INFINITY;
            for (int i = 0; i < nearest.length; i++) {
                if (sizes[nearest[i]] >= 2 && assignment.score()[i] < worstScore) {
                    worstScore = assignment.score()[i];
                    worst = i;
                }
            }
            if (worst < 0) {
                break;
            }
            sizes[nearest[worst]]--;
            nearest[worst] = c;
            sizes[c] = 1;
        }
        return new Assignment(nearest, assignment.score());
    }
}
