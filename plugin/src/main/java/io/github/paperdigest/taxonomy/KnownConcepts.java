package io.github.paperdigest.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tag each concept already is ({@link ConceptKeys}): the first tag given a concept keeps it, so that a phrase the
 * corpus keeps using becomes that tag instead of a near-duplicate of it.
 */
final class KnownConcepts {

    private final ConceptKeys keys;
    private final Map<String, String> idByConcept = new HashMap<>();

    KnownConcepts(ConceptKeys keys) {
        this.keys = keys;
    }

    /** The tag {@code id} is the concept of {@code phrase}, unless a tag given earlier is. */
    void add(String id, String phrase) {
        idByConcept.putIfAbsent(keys.of(phrase), id);
    }

    /** The tag that is the concept of one of these phrases, the first that names one. */
    Optional<String> idOf(List<String> phrases) {
        for (String phrase : phrases) {
            String id = idByConcept.get(keys.of(phrase));
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
