package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            out.text(ids.get(i)).text(vectorHashes.get(i)).number(nearest[i].length);
            for (int p : nearest[i]) {
                out.number(p);
            }
        }
        return out.bytes();
    }

    /** The list the bytes hold, or null when they are not the bytes of one. */
    static KnownNeighbours of(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            MemoBytes.Reader in = new MemoBytes.Reader(bytes);
            int n = in.size(2 + 2 + 4);
            String[] ids = new String[n];
            String[] hashes = new String[n];
            int[][] nearest = new int[n][];
            for (int i = 0; i < n; i++) {
                ids[i] = in.text();
                hashes[i] = in.text();
                nearest[i] = new int[in.size(Integer.BYTES)];
                Set<Integer> seen = new HashSet<>();
                for (int r = 0; r < nearest[i].length; r++) {
                    int p = in.number();
                    if (p < 0 || p >= n || p == i || !seen.add(p)) {
                        return null; // not a list of other papers, each once
                    }
                    nearest[i][r] = p;
                }
            }
            return in.atEnd() ? new KnownNeighbours(List.of(ids), List.of(hashes), nearest) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
