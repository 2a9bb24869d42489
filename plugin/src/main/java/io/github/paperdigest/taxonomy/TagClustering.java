package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the nodes of a weighted graph into communities by Louvain modularity optimisation (Blondel et
 * al., 2008), with a resolution parameter: above 1 it prefers more, smaller communities. Deterministic:
 * nodes are visited in index order and ties go to the lower community, so the same graph always gives the
 * same communities.
 */
final class TagClustering {

    private static final double MIN_GAIN = 1e-12;

    private TagClustering() {
    }

    /**
     * The community of each node.
     *
     * @param weights symmetric, non-negative edge weights; the diagonal is ignored
     */
    static int[] communities(double[][] weights, double resolution) {
        int n = weights.length;
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        double[][] graph = withoutSelfLoops(weights);
        int[] nodeOf = membership.clone(); // original node -> current (aggregated) node
        while (true) {
            int[] level = onePass(graph, resolution);
            int count = renumber(level);
            if (count == graph.length) {
                break;
            }
            for (int i = 0; i < n; i++) {
                nodeOf[i] = level[nodeOf[i]];
            }
            graph = aggregate(graph, level, count);
        }
        return nodeOf;
    }

    /** Local moving: each node joins the neighbouring community that most increases modularity. */
    private static int[] onePass(double[][] w, double resolution) {
        int n = w.length;
        double[] degree = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                degree[i] += w[i][j];
            }
            total += degree[i];
        }
        int[] community = new int[n];
        double[] communityDegree = new double[n];
        for (int i = 0; i < n; i++) {
            community[i] = i;
            communityDegree[i] = degree[i];
        }
        if (total == 0) {
            return community;
        }
        boolean moved = true;
        for (int round = 0; moved && round < 100; round++) {
            moved = false;
            for (int i = 0; i < n; i++) {
                int own = community[i];
                communityDegree[own] -= degree[i];
                Map<Integer, Double> linkTo = new HashMap<>();
                for (int j = 0; j < n; j++) {
                    if (j != i && w[i][j] > 0) {
                        linkTo.merge(community[j], w[i][j], Double::sum);
                    }
                }
                int best = own;
                double bestGain = linkTo.getOrDefault(own, 0.0) - resolution * communityDegree[own] * degree[i] / total;
                List<Integer> candidates = new ArrayList<>(linkTo.keySet());
                candidates.sort(Integer::compare);
                for (int c : candidates) {
                    double gain = linkTo.get(c) - resolution * communityDegree[c] * degree[i] / total;
                    if (gain > bestGain + MIN_GAIN) {
                        best = c;
                        bestGain = gain;
                    }
                }
                community[i] = best;
                communityDegree[best] += degree[i];
                if (best != own) {
                    moved = true;
                }
            }
        }
        return community;
    }

    /** Renumbers communities 0..k-1 in order of first appearance; returns k. */
    private static int renumber(int[] community) {
        int[] map = new int[community.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            if (map[community[i]] < 0) {
                map[community[i]] = next++;
            }
            community[i] = map[community[i]];
        }
        return next;
    }

    private static double[][] aggregate(double[][] w, int[] community, int count) {
        double[][] out = new double[count][count];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                out[community[i]][community[j]] += w[i][j];
            }
        }
        // links inside a community become its self-loop, counted once per direction as above
        return out;
    }

    private static double[][] withoutSelfLoops(double[][] weights) {
        double[][] w = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            w[i] = weights[i].clone();
            w[i][i] = 0;
        }
        return w;
    }
}
