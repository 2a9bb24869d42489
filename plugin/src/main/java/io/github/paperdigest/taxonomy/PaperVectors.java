package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The papers' sentence embeddings, each of unit length, in the order of the papers they belong to, held in one
 * {@link VectorMatrix}.
 */
public final class PaperVectors {

    private final String modelKey;
    private final List<PaperId> ids;
    private final VectorMatrix matrix;
    private final Map<PaperId, Integer> index;
    private final KeyedPoints points;

    private PaperVectors(String modelKey, List<PaperId> ids, VectorMatrix matrix) {
        if (matrix.rows() != ids.size()) {
            throw new IllegalArgumentException(matrix.rows() + " vectors for " + ids.size() + " papers");
        }
        this.modelKey = modelKey;
        this.ids = List.copyOf(ids);
        this.matrix = matrix;
        Map<PaperId, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
        }
        this.index = Map.copyOf(positions);
        this.points = new KeyedPoints(matrix, PaperKeys.of(ids));
    }

    /**
     * @param modelKey the model that made them, as {@link SentenceEmbedder#modelKey()}
     */
    public static PaperVectors of(String modelKey, List<PaperId> ids, float[][] vectors) {
        return new PaperVectors(modelKey, ids, VectorMatrix.of(vectors));
    }

    public static PaperVectors of(String modelKey, List<PaperId> ids, VectorMatrix matrix) {
        return new PaperVectors(modelKey, ids, matrix);
    }

    public String modelKey() {
        return modelKey;
    }

    public List<PaperId> ids() {
        return ids;
    }

    public VectorMatrix matrix() {
        return matrix;
    }

    /** The vectors with their papers' numbers, hashed once for every sample the index draws. */
    KeyedPoints points() {
        return points;
    }

    public int size() {
        return ids.size();
    }

    public int dimensions() {
        return matrix.dimensions();
    }

    /** A copy of the i-th paper's vector. */
    public float[] vector(int i) {
        return matrix.row(i);
    }

    /** The paper's position, when it has a vector. */
    public OptionalInt indexOf(PaperId id) {
        Integer i = index.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** A copy of the paper's vector, when it has one. */
    public Optional<float[]> of(PaperId id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(matrix.row(i));
    }

    /** The dot product of two vectors, summed the one way every score of the index is ({@link VectorMatrix}). */
    public static float dot(float[] a, float[] b) {
        return VectorMatrix.dot(a, 0, b, 0, a.length);
    }
}
