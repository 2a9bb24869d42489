package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Each document as a sparse, unit-length TF-IDF vector: sublinear term frequency (1 + ln tf) times
 * inverse document frequency (ln N/df). A word every document has weighs nothing and is left out.
 *
 * <p>The vectors lie end to end in two arrays, a document's entries from {@link #first} to {@link #end}, words
 * ascending: comparing a paper with its candidates reads thousands of vectors in no order, and an object and two
 * arrays for each were three places to miss the cache (exact scores at 100,000 papers: 7.3 s of processor time
 * that way, 5.3 s this way).
 */
final class TfIdfVectors {

    /** A document's vector while it is made; {@code terms} ascending, {@code weights} matching. */
    private record Vector(int[] terms, float[] weights) {
    }

    /** Where each document's entries start; one more, where the last ends. */
    private final int[] offsets;
    private final int[] terms;
    private final float[] weights;
    private final int featureCount;
    /** Whether each document counts for how rare a word is. */
    private final boolean[] counted;
    /** How many counted documents have each word. */
    private final int[] documentFrequency;
    private final int countedDocuments;

    private TfIdfVectors(Vector[] vectors, int featureCount, boolean[] counted, int[] documentFrequency,
            int countedDocuments) {
        offsets = new int[vectors.length + 1];
        for (int d = 0; d < vectors.length; d++) {
            offsets[d + 1] = offsets[d] + vectors[d].terms().length;
        }
        terms = new int[offsets[vectors.length]];
        weights = new float[offsets[vectors.length]];
        for (int d = 0; d < vectors.length; d++) {
            System.arraycopy(vectors[d].terms(), 0, terms, offsets[d], vectors[d].terms().length);
            System.arraycopy(vectors[d].weights(), 0, weights, offsets[d], vectors[d].weights().length);
        }
        this.featureCount = featureCount;
        this.counted = counted;
        this.documentFrequency = documentFrequency;
        this.countedDocuments = countedDocuments;
    }

    /** Builds the vectors of documents given as arrays of feature ids (see {@link FeatureDictionary}). */
    static TfIdfVectors of(List<int[]> documents, int featureCount) {
        return of(documents, featureCount, d -> true);
    }

    /**
     * As {@link #of(List, int)}, with the rarity of a word (its document frequency, and the number of documents it
     * is taken among) counted over the documents {@code counted} accepts only. A word none of them has is as rare as
     * a word one of them has.
     */
    static TfIdfVectors of(List<int[]> documents, int featureCount, IntPredicate counted) {
        int size = documents.size();
        boolean[] countsForRarity = new boolean[size];
        int n = 0;
        for (int d = 0; d < size; d++) {
            countsForRarity[d] = counted.test(d);
            n += countsForRarity[d] ? 1 : 0;
        }
        // each document's words and weights on all cores: no document's depends on another's, only on the
        // document frequencies, which are counted in between, in order
        int[][] terms = new int[size][];
        int[][] frequencies = new int[size][];
        IntStream.range(0, size).parallel().forEach(d -> {
            int[] sorted = ascending(documents.get(d));
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    distinct++;
                }
            }
            int[] t = new int[distinct];
            int[] f = new int[distinct];
            int k = -1;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    t[++k] = sorted[i];
                }
                f[k]++;
            }
            terms[d] = t;
            frequencies[d] = f;
        });
        int[] df = new int[featureCount];
        for (int d = 0; d < size; d++) {
            if (countsForRarity[d]) {
                for (int t : terms[d]) {
                    df[t]++;
                }
            }
        }
        double[] rarity = rarities(df, n);
        Vector[] vectors = new Vector[size];
        IntStream.range(0, size).parallel()
                .forEach(d -> vectors[d] = vector(terms[d], frequencies[d], rarity));
        return new TfIdfVectors(vectors, featureCount, countsForRarity, df, n);
    }

    /** The document's features in ascending order: the document itself when they are (as related papers give them). */
    private static int[] ascending(int[] features) {
        for (int i = 1; i < features.length; i++) {
            if (features[i] < features[i - 1]) {
                int[] sorted = features.clone();
                Arrays.sort(sorted);
                return sorted;
            }
        }
        return features;
    }

    /**
     * Each word's rarity, ln N/df, worked out once for the word rather than once for each document that has it: a
     * logarithm per word and document was a tenth of the related papers' time at 100,000 papers.
     */
    private static double[] rarities(int[] df, int n) {
        double[] rarity = new double[df.length];
        for (int t = 0; t < df.length; t++) {
            rarity[t] = Math.log((double) Math.max(n, 1) / Math.max(df[t], 1));
        }
        return rarity;
    }

    /** A document's unit vector: each word's sublinear frequency times its rarity, those of no weight left out. */
    private static Vector vector(int[] t, int[] f, double[] rarity) {
        int[] keptTerms = new int[t.length];
        double[] weights = new double[t.length];
        int kept = 0;
        double norm = 0;
        for (int i = 0; i < t.length; i++) {
            double w = (f[i] == 1 ? 1 : 1 + Math.log(f[i])) * rarity[t[i]];
            if (w > 0) {
                keptTerms[kept] = t[i];
                weights[kept] = w;
                norm += w * w;
                kept++;
            }
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[kept];
        for (int i = 0; i < kept; i++) {
            unit[i] = (float) (weights[i] / norm);
        }
        return new Vector(Arrays.copyOf(keptTerms, kept), unit);
    }

    /** Builds the vectors of documents given as lists of features (words), for tests and small corpora. */
    static TfIdfVectors of(List<List<String>> documents) {
        FeatureDictionary dictionary = new FeatureDictionary();
        List<int[]> ids = new ArrayList<>(documents.size());
        for (List<String> features : documents) {
            ids.add(features.stream().mapToInt(dictionary::word).toArray());
        }
        return of(ids, dictionary.size());
    }

    int size() {
        return offsets.length - 1;
    }

    int vocabularySize() {
        return featureCount;
    }

    /** Whether the document counts for how rare a word is. */
    boolean counted(int document) {
        return counted[document];
    }

    /** How many counted documents have the word. */
    int documentFrequency(int word) {
        return documentFrequency[word];
    }

    /** How many documents count for how rare a word is. */
    int countedDocuments() {
        return countedDocuments;
    }

    /** Where the document's entries start. */
    int first(int document) {
        return offsets[document];
    }

    /** Where the document's entries end: the next one's start. */
    int end(int document) {
        return offsets[document + 1];
    }

    /** The word of an entry. */
    int term(int entry) {
        return terms[entry];
    }

    /** The weight of an entry. */
    float weight(int entry) {
        return weights[entry];
    }

    /** The cosine similarity of two documents, summed in ascending term order (the reference order). */
    float cosine(int a, int b) {
        int i = offsets[a];
        int j = offsets[b];
        float dot = 0f;
        while (i < offsets[a + 1] && j < offsets[b + 1]) {
            if (terms[i] == terms[j]) {
                dot += weights[i] * weights[j];
                i++;
                j++;
            } else if (terms[i] < terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }
}
