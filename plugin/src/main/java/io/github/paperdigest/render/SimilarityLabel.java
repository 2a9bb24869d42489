package io.github.paperdigest.render;

import io.github.paperdigest.site.PageParts.Closeness;

/** A related paper's closeness as the words a page shows. */
final class SimilarityLabel {

    private SimilarityLabel() {
    }

    /** "Very similar", "Similar", or null where the score is no reason to say more than the list's order. */
    static String of(Closeness closeness) {
        return switch (closeness) {
            case VERY_SIMILAR -> "Very similar";
            case SIMILAR -> "Similar";
            case UNSAID -> null;
        };
    }
}
