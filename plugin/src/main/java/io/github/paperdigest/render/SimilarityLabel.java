package io.github.paperdigest.render;

/**
 * A related paper's score as words. Scores are cosine similarities; a percentage of one ("8%") reads as a poor
 * match when it is the best the corpus has, so only a score high enough to mean something gets a word, and the
 * order of the list says the rest.
 */
final class SimilarityLabel {

    static final int VERY_SIMILAR = 75;
    static final int SIMILAR = 50;

    private SimilarityLabel() {
    }

    /**
     * "Very similar", "Similar", or null where the score is no reason to say more than the list's order. Takes the
     * cosine in whole percent, as a page records it, so that the label changes only when the page does.
     */
    static String of(int percent) {
        return percent >= VERY_SIMILAR ? "Very similar" : percent >= SIMILAR ? "Similar" : null;
    }
}
