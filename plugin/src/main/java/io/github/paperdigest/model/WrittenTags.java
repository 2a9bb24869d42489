package io.github.paperdigest.model;

import java.util.List;

/** Tags as a person wrote them, whatever the format: a blank one names nothing and is not a tag. */
final class WrittenTags {

    private WrittenTags() {
    }

    static List<String> of(List<String> tags) {
        return tags.stream().filter(t -> !t.isBlank()).toList();
    }
}
