package io.github.paperdigest.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Agreement between two partitions of the same items. */
final class Clusters {

    private Clusters() {
    }

    /** Normalised mutual information (arithmetic mean normalisation), in [0, 1]. */
    static double nmi(List<String> a, List<String> b) {
        int n = a.size();
        Map<String, Integer> ca = counts(a);
        Map<String, Integer> cb = counts(b);
        Map<String, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            joint.merge(a.get(i) + "\u0000" + b.get(i), 1, Integer::sum);
        }
        double mi = 0;
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            String[] k = e.getKey().split("\u0000", 2);
            double pxy = (double) e.getValue() / n;
            mi += pxy * Math.log(pxy / ((double) ca.get(k[0]) / n * cb.get(k[1]) / n));
        }
        double ha = entropy(ca, n);
        double hb = entropy(cb, n);
        return ha + hb == 0 ? 1 : 2 * mi / (ha + hb);
    }

    /** The share of items whose cluster's most common label is their own. */
    static double purity(List<String> clusters, List<String> labels) {
        Map<String, Map<String, Integer>> byCluster = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            byCluster.computeIfAbsent(clusters.get(i), k -> new HashMap<>()).merge(labels.get(i), 1, Integer::sum);
        }
        int agree = byCluster.values().stream().mapToInt(m -> m.values().stream().max(Integer::compare).orElse(0)).sum();
        return (double) agree / clusters.size();
    }

    private static Map<String, Integer> counts(List<String> xs) {
        Map<String, Integer> c = new HashMap<>();
        xs.forEach(x -> c.merge(x, 1, Integer::sum));
        return c;
    }

    private static double entropy(Map<String, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = (double) c / n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
