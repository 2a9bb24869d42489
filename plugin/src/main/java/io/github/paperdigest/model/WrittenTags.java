package io.github.paperdigest.model;

import java.util.List;

/**
 * Tags as a person wrote them, whatever the format: a blank one names nothing and is not a tag. A paper has
 * at most {@link #MAX} of them: every tag page lists its papers with their tags, so the site grows with the
 * square of a paper's tag count. The digest folder keeps the first {@code MAX} of an entry's with a warning
 * naming the entry; a {@link Paper} holds to the bound however it was made (merged from many digests).
 */
public final class WrittenTags {

    /** Far more than anyone tags a paper with by hand, far fewer than a tag dump. */
    public static final int MAX = 32;

    private WrittenTags() {
    }

    static List<String> of(List<String> tags) {
        return tags.stream().filter(t -> !t.isBlank()).toList();
    }

    /** The first {@link #MAX} of these tags. */
    static List<String> bounded(List<String> tags) {
        return tags.stream().filter(t -> !t.isBlank()).limit(MAX).toList();
    }
}
