package io.github.paperdigest.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A hub declared in taxonomy.yml. */
public record HubDefinition(String id, String name, String description, List<String> tags, Optional<String> parent,
        int line) {

    public HubDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        tags = List.copyOf(tags);
        parent = Objects.requireNonNull(parent, "parent");
    }
}
