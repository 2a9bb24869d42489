package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Digests;
import java.security.MessageDigest;

/**
 * Unit vectors with the numbers of the papers they belong to ({@link PaperKeys}), row for row: every sample and
 * every k-means seed taken from them is drawn by those numbers, so the two travel together.
 */
record KeyedPoints(VectorMatrix vectors, PaperKeys keys) {

    KeyedPoints {
        if (vectors.rows() != keys.size()) {
            throw new IllegalArgumentException(vectors.rows() + " points with " + keys.size() + " keys");
        }
    }

    int rows() {
        return vectors.rows();
    }

    /** The hash of the vectors and their papers' numbers: equal for points every clustering treats alike. */
    String fingerprint() {
        MessageDigest hasher = ContentHash.digest();
        vectors.hashInto(hasher);
        keys.hashInto(hasher);
        return Digests.hex(hasher);
    }

    /** The given rows, in the given order. */
    KeyedPoints select(int[] rows) {
        return new KeyedPoints(vectors.select(rows), keys.select(rows));
    }

    /** The {@code size} points with the smallest numbers ({@link PaperKeys#sample}); all of them when there are no more. */
    KeyedPoints sample(int size) {
        return size >= rows() ? this : select(keys.sample(size));
    }
}
