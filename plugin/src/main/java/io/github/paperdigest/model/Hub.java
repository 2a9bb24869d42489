package io.github.paperdigest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic hub: an overview page gathering the tags and papers of a field.
 *
 * @param tagIds      its member tags, in the order they were declared or ranked
 * @param parentId    the hub it nests under, if any
 * @param declared    true when a person declared it in taxonomy.yml, false when derived
 * @param paperIds    its papers, in id order; decided by the taxonomy, never recomputed from the tags by pages
 * @param keyPaperIds the papers most central to it, most central first; empty when the taxonomy ranks none
 */
public record Hub(String id, String name, String descriptionHtml, List<String> tagIds, Optional<String> parentId,
        boolean declared, List<PaperId> paperIds, List<PaperId> keyPaperIds) {

    public Hub {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        tagIds = List.copyOf(tagIds);
        parentId = Objects.requireNonNull(parentId, "parentId");
        paperIds = List.copyOf(paperIds);
        keyPaperIds = List.copyOf(keyPaperIds);
    }

    /** The same hub holding the given papers. */
    public Hub withPapers(List<PaperId> papers, List<PaperId> keyPapers) {
        return new Hub(id, name, descriptionHtml, tagIds, parentId, declared, papers, keyPapers);
    }
}
