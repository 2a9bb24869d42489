package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.FormerIds;
import java.util.List;

/**
 * What a taxonomy file declares.
 *
 * @param replacesVocabulary true when its tags replace the built-in vocabulary instead of extending it
 * @param groups             group id to display name, for hubs made from vocabulary groups
 */
public record TaxonomyDefinition(String sourceName, boolean replacesVocabulary, List<TermDefinition> tags,
        List<HubDefinition> hubs, java.util.Map<String, String> groups) {

    public TaxonomyDefinition {
        tags = List.copyOf(tags);
        hubs = List.copyOf(hubs);
        groups = java.util.Map.copyOf(groups);
    }

    /** The ids the file's tags and hubs had before, each with the id it now is. */
    public FormerIds formerIds() {
        java.util.Map<String, String> tagIds = new java.util.HashMap<>();
        tags.forEach(t -> t.formerIds().forEach(f -> tagIds.put(f, t.id())));
        java.util.Map<String, String> hubIds = new java.util.HashMap<>();
        hubs.forEach(h -> h.formerIds().forEach(f -> hubIds.put(f, h.id())));
        return FormerIds.of(tagIds, hubIds);
    }

    public static TaxonomyDefinition empty() {
        return new TaxonomyDefinition("(none)", false, List.of(), List.of(), java.util.Map.of());
    }
}
