package io.github.paperdigest.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hub declared in taxonomy.yml.
 *
 * @param formerIds ids the hub had before it was renamed, or of hubs merged into it: their addresses lead to its page
 */
public record HubDefinition(String id, String name, String description, List<String> tags, Optional<String> parent,
        int line, List<String> formerIds) {

    public HubDefinition(String id, String name, String description, List<String> tags, Optional<String> parent,
            int line) {
        this(id, name, description, tags, parent, line, List.of());
    }

    public HubDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        tags = List.copyOf(tags);
        parent = Objects.requireNonNull(parent, "parent");
        formerIds = List.copyOf(formerIds);
    }
}
