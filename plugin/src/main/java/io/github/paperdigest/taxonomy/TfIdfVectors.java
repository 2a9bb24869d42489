package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each document as a sparse, unit-length TF-IDF vector over its content words: sublinear term
 * frequency times inverse document frequency, kept to the document's {@code maxTerms} heaviest
 * words. Keeping only the heaviest words keeps common words out of the inverted index, which is what
 * makes finding neighbours cheap, and changes the ranking little because those words weigh little.
 */
final class TfIdfVectors {

    /** A document's vector; {@code terms} ascending, {@code weights} matching. */
    record Vector(int[] terms, float[] weights) {
    }

    private final List<Vector> vectors;
    private final int vocabularySize;

    private TfIdfVectors(List<Vector> vectors, int vocabularySize) {
        this.vectors = vectors;
        this.vocabularySize = vocabularySize;
    }

    /** Builds the vectors of documents given as lists of normalised content words. */
    static TfIdfVectors of(List<List<String>> documents, int maxTerms) {
        Map<String, Integer> termIds = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(documents.size());
        for (List<String> words : documents) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String w : words) {
                tf.merge(termIds.computeIfAbsent(w, k -> termIds.size()), 1, Integer::sum);
            }
            counts.add(tf);
        }
        int[] df = new int[termIds.size()];
        counts.forEach(tf -> tf.keySet().forEach(t -> df[t]++));
        int n = documents.size();
        List<Vector> vectors = new ArrayList<>(n);
        for (Map<Integer, Integer> tf : counts) {
            int size = tf.size();
            int[] terms = new int[size];
            double[] weights = new double[size];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                terms[k] = e.getKey();
                weights[k] = (1 + Math.log(e.getValue())) * Math.log((double) n / df[e.getKey()]);
                k++;
            }
            vectors.add(normalised(terms, weights, maxTerms));
        }
        return new TfIdfVectors(vectors, termIds.size());
    }

    private static Vector normalised(int[] terms, double[] weights, int maxTerms) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // heaviest first; equal weights by term id, so the cut is deterministic
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : Integer.compare(terms[a], terms[b]));
        int keep = 0;
        while (keep < Math.min(maxTerms, order.length) && weights[order[keep]] > 0) {
            keep++;
        }
        Integer[] kept = Arrays.copyOf(order, keep);
        Arrays.sort(kept, (a, b) -> Integer.compare(terms[a], terms[b]));
        double norm = 0;
        for (Integer i : kept) {
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        int[] outTerms = new int[keep];
        float[] outWeights = new float[keep];
        for (int j = 0; j < keep; j++) {
            outTerms[j] = terms[kept[j]];
            outWeights[j] = (float) (weights[kept[j]] / norm);
        }
        return new Vector(outTerms, outWeights);
    }

    int size() {
        return vectors.size();
    }

    int vocabularySize() {
        return vocabularySize;
    }

    Vector vector(int document) {
        return vectors.get(document);
    }
}
