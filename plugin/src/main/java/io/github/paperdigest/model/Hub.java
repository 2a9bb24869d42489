package io.github.paperdigest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic hub: an overview page gathering the tags and papers of a field.
 *
 * @param tagIds   its member tags, in the order they were declared or ranked
 * @param parentId the hub it nests under, if any
 * @param declared true when a person declared it in taxonomy.yml, false when derived
 */
public record Hub(String id, String name, String descriptionHtml, List<String> tagIds, Optional<String> parentId,
        boolean declared) {

    public Hub {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        tagIds = List.copyOf(tagIds);
        parentId = Objects.requireNonNull(parentId, "parentId");
    }
}
