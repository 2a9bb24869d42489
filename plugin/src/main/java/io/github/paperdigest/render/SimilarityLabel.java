package io.github.paperdigest.render;

/**
 * A related paper's score as words. Scores are cosine similarities; a percentage of one ("8%") reads as a poor
 * match when it is the best the corpus has, so only a score high enough to mean something gets a word, and the
 * order of the list says the rest.
 */
final class SimilarityLabel {

    static final double VERY_SIMILAR = 0.75;
    static final double SIMILAR = 0.5;

    private SimilarityLabel() {
    }

    /** "Very similar", "Similar", or null where the score is no reason to say more than the list's order. */
    static String of(double cosine) {
        return cosine >= VERY_SIMILAR ? "Very similar" : cosine >= SIMILAR ? "Similar" : null;
    }
}
