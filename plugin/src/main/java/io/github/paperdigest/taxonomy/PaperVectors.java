package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The papers' sentence embeddings, each of unit length, in the order of the papers they belong to.
 *
 * @param modelKey the model that made them, as {@link SentenceEmbedder#modelKey()}
 */
public record PaperVectors(String modelKey, List<PaperId> ids, float[][] vectors, Map<PaperId, Integer> index) {

    public PaperVectors {
        ids = List.copyOf(ids);
        if (vectors.length != ids.size()) {
            throw new IllegalArgumentException(vectors.length + " vectors for " + ids.size() + " papers");
        }
    }

    public static PaperVectors of(String modelKey, List<PaperId> ids, float[][] vectors) {
        Map<PaperId, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return new PaperVectors(modelKey, ids, vectors, Map.copyOf(index));
    }

    public int size() {
        return ids.size();
    }

    public int dimensions() {
        return vectors.length == 0 ? 0 : vectors[0].length;
    }

    public Optional<float[]> of(PaperId id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(vectors[i]);
    }

    /** The dot product of two vectors, summed in a fixed order so that every thread gets the same float. */
    public static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = a.length;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < n; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
