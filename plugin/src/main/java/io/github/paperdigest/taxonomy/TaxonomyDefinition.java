package io.github.paperdigest.taxonomy;

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

    public static TaxonomyDefinition empty() {
        return new TaxonomyDefinition("(none)", false, List.of(), List.of(), java.util.Map.of());
    }
}
