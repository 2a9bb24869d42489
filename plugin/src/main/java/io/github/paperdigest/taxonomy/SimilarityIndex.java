package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.List;

/**
 * Nearest neighbours by cosine similarity through an inverted index: a document is compared only with
 * the documents that share a word with it. Scores are summed in ascending word order, the same order
 * as {@link #exhaustiveNearest}, so both give bit-identical results.
 */
final class SimilarityIndex {

    /** A neighbour: document index and cosine similarity. */
    record Neighbour(int document, float score) {
    }

    private final TfIdfVectors vectors;
    private final int[][] postingDocs;
    private final float[][] postingWeights;

    SimilarityIndex(TfIdfVectors vectors) {
        this.vectors = vectors;
        int[] lengths = new int[vectors.vocabularySize()];
        for (int d = 0; d < vectors.size(); d++) {
            for (int t : vectors.vector(d).terms()) {
                lengths[t]++;
            }
        }
        postingDocs = new int[lengths.length][];
        postingWeights = new float[lengths.length][];
        for (int t = 0; t < lengths.length; t++) {
            postingDocs[t] = new int[lengths[t]];
            postingWeights[t] = new float[lengths[t]];
        }
        int[] fill = new int[lengths.length];
        for (int d = 0; d < vectors.size(); d++) {
            TfIdfVectors.Vector v = vectors.vector(d);
            for (int k = 0; k < v.terms().length; k++) {
                int t = v.terms()[k];
                postingDocs[t][fill[t]] = d;
                postingWeights[t][fill[t]] = v.weights()[k];
                fill[t]++;
            }
        }
    }

    /** Scratch space for one thread: a score per document and the documents touched. */
    static final class Accumulator {
        private final float[] scores;
        private final int[] touched;
        private int touchedCount;

        Accumulator(int documents) {
            scores = new float[documents];
            touched = new int[documents];
        }
    }

    Accumulator newAccumulator() {
        return new Accumulator(vectors.size());
    }

    List<Neighbour> nearest(int document, int k, Accumulator acc) {
        TfIdfVectors.Vector v = vectors.vector(document);
        for (int i = 0; i < v.terms().length; i++) {
            int t = v.terms()[i];
            float w = v.weights()[i];
            int[] docs = postingDocs[t];
            float[] weights = postingWeights[t];
            if (docs.length < 2) {
                continue;
            }
            for (int j = 0; j < docs.length; j++) {
                int other = docs[j];
                if (other == document) {
                    continue;
                }
                if (acc.scores[other] == 0f) {
                    acc.touched[acc.touchedCount++] = other;
                }
                acc.scores[other] += w * weights[j];
            }
        }
        TopK top = new TopK(k);
        for (int i = 0; i < acc.touchedCount; i++) {
            int other = acc.touched[i];
            top.offer(other, acc.scores[other]);
            acc.scores[other] = 0f;
        }
        acc.touchedCount = 0;
        return top.best();
    }

    /** The same result computed by comparing the document with every other: the reference for tests. */
    List<Neighbour> exhaustiveNearest(int document, int k) {
        TfIdfVectors.Vector v = vectors.vector(document);
        TopK top = new TopK(k);
        for (int other = 0; other < vectors.size(); other++) {
            if (other == document) {
                continue;
            }
            TfIdfVectors.Vector u = vectors.vector(other);
            float dot = 0f;
            int i = 0;
            int j = 0;
            while (i < v.terms().length && j < u.terms().length) {
                if (v.terms()[i] == u.terms()[j]) {
                    dot += v.weights()[i] * u.weights()[j];
                    i++;
                    j++;
                } else if (v.terms()[i] < u.terms()[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            top.offer(other, dot);
        }
        return top.best();
    }

    /** The k highest scores; equal scores go to the lower document index. Scores of 0 are not neighbours. */
    private static final class TopK {
        private final int k;
        private final List<Neighbour> best = new ArrayList<>();

        TopK(int k) {
            this.k = k;
        }

        void offer(int document, float score) {
            if (score <= 0f) {
                return;
            }
            int at = best.size();
            while (at > 0 && better(document, score, best.get(at - 1))) {
                at--;
            }
            if (at < k) {
                best.add(at, new Neighbour(document, score));
                if (best.size() > k) {
                    best.remove(k);
                }
            }
        }

        private static boolean better(int document, float score, Neighbour than) {
            return score > than.score() || score == than.score() && document < than.document();
        }

        List<Neighbour> best() {
            return List.copyOf(best);
        }
    }
}
