package io.github.paperdigest.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index of a corpus: its tags, which paper has which, its hubs, and each paper's nearest papers.
 *
 * @param tags      every tag at least one paper carries, in id order
 * @param paperTags each paper's tags, most specific first
 * @param hubs      in display order
 * @param related   each paper's most similar papers, most similar first
 * @param written   the ids of tags a person wrote on a paper besides those of a written origin, which {@link
 *                  #isWritten} tells by their origin: "flow matching" written in a digest is the vocabulary's tag, and
 *                  still one a person chose
 */
public record Classification(
        List<Tag> tags,
        Map<PaperId, List<String>> paperTags,
        List<Hub> hubs,
        Map<PaperId, List<RelatedPaper>> related,
        Set<String> written) {

    public Classification {
        tags = List.copyOf(tags);
        paperTags = Map.copyOf(paperTags);
        hubs = List.copyOf(hubs);
        related = Map.copyOf(related);
        written = Set.copyOf(written);
    }

    /** An index whose tags no person wrote but those of a written origin. */
    public Classification(List<Tag> tags, Map<PaperId, List<String>> paperTags, List<Hub> hubs,
            Map<PaperId, List<RelatedPaper>> related) {
        this(tags, paperTags, hubs, related, Set.of());
    }

    /** Whether a person wrote the tag on a paper (in a digest, or as an arXiv category). */
    public boolean isWritten(Tag tag) {
        return tag.origin() == TagOrigin.WRITTEN || written.contains(tag.id());
    }

    /**
     * Whether a tag on this many papers is worth browsing, so that the tag index lists it and it has a feed: on two
     * papers or more, or a person wrote it. A tag found on one paper alone says nothing of the rest.
     */
    public boolean isListed(Tag tag, int papers) {
        return papers >= 2 || isWritten(tag);
    }

    /** How many tags {@link #isListed} lists; counted on each call. */
    public int listedTagCount() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        paperTags.values().forEach(ids -> ids.forEach(id -> counts.merge(id, 1, Integer::sum)));
        return (int) tags.stream().filter(t -> isListed(t, counts.getOrDefault(t.id(), 0))).count();
    }

    public List<String> tagsOf(PaperId id) {
        return paperTags.getOrDefault(id, List.of());
    }

    /** Each paper's hubs, in hub order; computed on each call, so callers keep the result. */
    public Map<PaperId, List<String>> hubsByPaper() {
        Map<PaperId, List<String>> byPaper = new java.util.HashMap<>();
        for (Hub h : hubs) {
            h.paperIds().forEach(p -> byPaper.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(h.id()));
        }
        return byPaper;
    }

    public List<RelatedPaper> relatedTo(PaperId id) {
        return related.getOrDefault(id, List.of());
    }
}
