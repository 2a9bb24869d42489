package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Digests;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Vectors of one length in one contiguous array, row after row: no pointer to follow per vector, and what the
 * similarity kernels ({@link VectorTiles}) copy from. Immutable once made.
 *
 * <p>Every dot product of the index is summed the same way, one product after another in the order of the
 * components, starting from zero: the kernels reproduce exactly that sum, so a score is the same float whichever
 * code computed it, on whatever thread, and the score of (a, b) is that of (b, a).
 */
public final class VectorMatrix {

    private final float[] data;
    private final int rows;
    private final int dimensions;

    private VectorMatrix(float[] data, int rows, int dimensions) {
        this.data = data;
        this.rows = rows;
        this.dimensions = dimensions;
    }

    /** A copy of the given vectors, which must all have the same length. */
    public static VectorMatrix of(float[][] vectors) {
        int d = vectors.length == 0 ? 0 : vectors[0].length;
        float[] data = new float[Math.multiplyExact(vectors.length, d)];
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != d) {
                throw new IllegalArgumentException("vector " + i + " has " + vectors[i].length + " components, not " + d);
            }
            System.arraycopy(vectors[i], 0, data, i * d, d);
        }
        return new VectorMatrix(data, vectors.length, d);
    }

    /** The matrix of {@code rows} rows that an array holds row after row, as {@link #data} gives it. */
    static VectorMatrix of(float[] data, int rows) {
        if (rows == 0 ? data.length != 0 : data.length % rows != 0) {
            throw new IllegalArgumentException(data.length + " floats are not " + rows + " rows");
        }
        return new VectorMatrix(data.clone(), rows, rows == 0 ? 0 : data.length / rows);
    }

    /** The given rows of this matrix, in the given order. */
    VectorMatrix select(int[] which) {
        float[] out = new float[which.length * dimensions];
        for (int i = 0; i < which.length; i++) {
            System.arraycopy(data, which[i] * dimensions, out, i * dimensions, dimensions);
        }
        return new VectorMatrix(out, which.length, dimensions);
    }

    public int rows() {
        return rows;
    }

    public int dimensions() {
        return dimensions;
    }

    /** A copy of one row. */
    public float[] row(int i) {
        return Arrays.copyOfRange(data, i * dimensions, (i + 1) * dimensions);
    }

    /** The backing array, for the kernels of this package; never written. */
    float[] data() {
        return data;
    }

    int offset(int row) {
        return row * dimensions;
    }

    /** Adds every row's floats, bit for bit, to a hash. */
    void hashInto(MessageDigest hasher) {
        Digests.feed(hasher, data, 0, data.length);
    }

    /** The hash of a row's floats, bit for bit: equal for two rows exactly when every score with them is. */
    String rowHash(int i) {
        MessageDigest hash = ContentHash.digest();
        Digests.feed(hash, data, i * dimensions, dimensions);
        return Digests.hex(hash);
    }

    /** Whether every component of a row is a number: NaN and infinities make scores that no order ranks. */
    boolean isFinite(int i) {
        for (int k = i * dimensions; k < (i + 1) * dimensions; k++) {
            if (!Float.isFinite(data[k])) {
                return false;
            }
        }
        return true;
    }

    /** The dot product of two rows. */
    float dot(int a, int b) {
        return dot(data, a * dimensions, data, b * dimensions, dimensions);
    }

    /** The dot product of a row and a vector of the same length. */
    float dot(int row, float[] v) {
        return dot(data, row * dimensions, v, 0, dimensions);
    }

    /** The dot product summed in component order from zero: the one sum every score of the index is. */
    static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float s = 0f;
        for (int k = 0; k < length; k++) {
            s += a[aOffset + k] * b[bOffset + k];
        }
        return s;
    }

    /** The sum of some rows, in double precision, in the order given. */
    double[] sum(int[] which) {
        double[] sum = new double[dimensions];
        for (int i : which) {
            int o = i * dimensions;
            for (int k = 0; k < dimensions; k++) {
                sum[k] += data[o + k];
            }
        }
        return sum;
    }
}
