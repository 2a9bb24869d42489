package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Digests;
import io.github.paperdigest.model.Sha256;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fixed random number for each paper, drawn from its id alone: what samples and seeds are chosen by, so that
 * they depend on which papers there are and not on where each sits in the list. Adding one paper to a corpus then
 * changes a sample by at most that paper, and the draws of k-means++ only when the new paper wins one, so that topic
 * hubs and the keyphrases found stay where they were (readers' links to them keep working, and an incremental
 * build has little to redo).
 */
final class PaperKeys {

    private final long[] keys;

    private PaperKeys(long[] keys) {
        this.keys = keys;
    }

    static PaperKeys of(List<PaperId> ids) {
        return new PaperKeys(ids.stream().mapToLong(id -> Sha256.first64(id.value())).toArray());
    }

    /** For vectors given without their papers: each point's own position, mixed. */
    static PaperKeys ofPositions(int n) {
        return new PaperKeys(IntStream.range(0, n).mapToLong(i -> mix(i * 0x9E3779B97F4A7C15L)).toArray());
    }

    int size() {
        return keys.length;
    }

    /** Adds the keys, in order, to a hash. */
    void hashInto(MessageDigest hasher) {
        Digests.feed(hasher, keys);
    }

    /** The keys of the given rows, in the given order. */
    PaperKeys select(int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = keys[rows[i]];
        }
        return new PaperKeys(out);
    }

    /**
     * A number in (0, 1] for a row and a salt, uniform over the papers, the same for the same paper and salt in any
     * corpus.
     */
    double uniform(int row, long salt) {
        return ((mix(keys[row] ^ mix(salt)) >>> 11) + 1) * 0x1.0p-53;
    }

    /** The rows of the {@code size} papers with the smallest keys (all rows when there are no more), in row order. */
    int[] sample(int size) {
        if (size >= keys.length) {
            return IntStream.range(0, keys.length).toArray();
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long last = sorted[size - 1];
        int ties = 0; // rows with the last key chosen's value to take, the first ones in row order
        for (int i = size - 1; i >= 0 && sorted[i] == last; i--) {
            ties++;
        }
        int[] chosen = new int[size];
        int filled = 0;
        for (int i = 0; i < keys.length && filled < size; i++) {
            if (keys[i] < last || (keys[i] == last && ties-- > 0)) {
                chosen[filled++] = i;
            }
        }
        return chosen;
    }

    /** The rows whose number for the salt is at most the share: about that share of them, in row order. */
    int[] share(double share, long salt) {
        return IntStream.range(0, keys.length).filter(i -> uniform(i, salt) <= share).toArray();
    }

    /** SplitMix64's finaliser: spreads a key's bits so that nearby salts give unrelated numbers. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
