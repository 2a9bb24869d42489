package io.github.paperdigest.taxonomy;

import java.util.Arrays;

/**
 * The k best candidates offered so far: highest score first, and of equal scores the lower index first. The result
 * depends only on the set of candidates offered, never on their order, so that any split of the work gives it.
 */
final class NearestK {

    private final int[] ids;
    private final float[] scores;
    private int size;

    NearestK(int k) {
        ids = new int[k];
        scores = new float[k];
    }

    /** The lowest score that may still get in: below it an offer is refused without a look at its index. */
    float floor() {
        return size < ids.length ? Float.NEGATIVE_INFINITY : scores[size - 1];
    }

    void offer(int id, float score) {
        int k = ids.length;
        if (k == 0 || size == k && !better(score, id, scores[k - 1], ids[k - 1])) {
            return;
        }
        int at = size == k ? k - 1 : size++;
        while (at > 0 && better(score, id, scores[at - 1], ids[at - 1])) {
            ids[at] = ids[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        ids[at] = id;
        scores[at] = score;
    }

    private static boolean better(float score, int id, float than, int thanId) {
        return score > than || score == than && id < thanId;
    }

    /** The indexes, best first. */
    int[] ids() {
        return Arrays.copyOf(ids, size);
    }

    /** The scores, best first. */
    float[] scores() {
        return Arrays.copyOf(scores, size);
    }
}
