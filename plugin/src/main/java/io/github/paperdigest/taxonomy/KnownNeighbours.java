package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbours one build found, kept for the next ({@link SemanticNeighbours}): every paper in the order of its
 * vectors, with the hash of its vector ({@link VectorMatrix#rowHash}), and its nearest papers (positions in this
 * list). Their scores are not kept: the next build computes them again, so that it never ranks by a score it did not
 * compute.
 */
record KnownNeighbours(List<String> ids, List<String> vectorHashes, int[][] nearest) {

    int size() {
        return ids.size();
    }

    /** Each paper's position in the list. */
    Map<String, Integer> positions() {
        Map<String, Integer> at = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            at.put(ids.get(i), i);
        }
        return at;
    }

    /** The bytes of the list, or null when an id is too long to keep. */
    byte[] bytes() {
        MemoBytes.Writer out = new MemoBytes.Writer().number(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.text(ids.get(i)).text(vectorHashes.get(i)).numbers(nearest[i]);
        }
        return out.bytes();
    }

    /** The list the bytes hold, or null when they are not the bytes of one. */
    static KnownNeighbours of(byte[] bytes) {
        return MemoBytes.decode(bytes, in -> {
            int n = in.size(2 + 2 + 4);
            String[] ids = new String[n];
            String[] hashes = new String[n];
            int[][] nearest = new int[n][];
            for (int i = 0; i < n; i++) {
                ids[i] = in.text();
                hashes[i] = in.text();
                nearest[i] = in.numbers();
                if (!othersEachOnce(nearest[i], i, n)) {
                    return null;
                }
            }
            return new KnownNeighbours(List.of(ids), List.of(hashes), nearest);
        });
    }

    /**
     * Whether a list names papers of the list of {@code n} other than {@code self}, each once (a list holds a handful,
     * or the few dozen candidates of {@link KnownSearches}).
     */
    static boolean othersEachOnce(int[] list, int self, int n) {
        for (int r = 0; r < list.length; r++) {
            if (list[r] < 0 || list[r] >= n || list[r] == self) {
                return false;
            }
            for (int q = 0; q < r; q++) {
                if (list[q] == list[r]) {
                    return false;
                }
            }
        }
        return true;
    }
}
