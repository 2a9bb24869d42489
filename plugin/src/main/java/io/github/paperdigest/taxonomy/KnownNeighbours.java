package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbours one build found, kept for the next ({@link SemanticNeighbours}): every paper in the order of its
 * vectors, with the hash of its vector ({@link VectorMatrix#rowHash}), and its nearest papers (positions in this
 * list) with their scores, best first.
 */
record KnownNeighbours(List<String> ids, List<String> vectorHashes, int[][] nearest, float[][] scores) {

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
            for (int r = 0; r < nearest[i].length; r++) {
                out.number(nearest[i][r]).real(scores[i][r]);
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
            float[][] scores = new float[n][];
            for (int i = 0; i < n; i++) {
                ids[i] = in.text();
                hashes[i] = in.text();
                int k = in.size(8);
                nearest[i] = new int[k];
                scores[i] = new float[k];
                for (int r = 0; r < k; r++) {
                    nearest[i][r] = in.number();
                    scores[i][r] = in.real();
                    if (nearest[i][r] < 0 || nearest[i][r] >= n || nearest[i][r] == i) {
                        return null;
                    }
                }
            }
            return in.atEnd() ? new KnownNeighbours(List.of(ids), List.of(hashes), nearest, scores) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
