package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a paper that its own text did not tag well enough (fewer than {@link Tagger#MIN_TAGS} tags) the
 * tags its related papers' own text gave them, weighted by similarity, most votes first, then by id. A paper
 * on a topic neither the vocabulary nor the corpus's keyphrases name still lands among its neighbours.
 *
 * <p>A borrowed tag puts the paper on that tag's page, so two rules keep it from being silently wrong:
 * <ul>
 * <li>Only a related paper at least {@code minimumScore} similar lends its tags. A paper's most related papers are
 * only the least unrelated in a small archive, or for a paper on a topic no other paper shares: in a four-paper
 * archive, a license-plate recognition paper was tagged "Number theory" by its nearest paper, a number-theory paper at
 * cosine 0.14.</li>
 * <li>A tag a person or arXiv wrote ({@link TagOrigin#WRITTEN}: an arXiv category, the reading group a digest names)
 * is not lent. It says what someone said of that paper, not what a text is about; a written tag that names a
 * vocabulary term is that term, and is lent.</li>
 * </ul>
 * A paper that no related paper is close enough to keeps the tags its text gave it, fewer than the minimum: a tag
 * missing is better than a wrong one.
 */
public final class TagPropagation {

    private final double minimumScore;

    /** @param minimumScore the similarity from which a related paper lends its tags, on the scale of the related papers' scores */
    public TagPropagation(double minimumScore) {
        this.minimumScore = minimumScore;
    }

    /**
     * @param paperTags each paper's tags from its own text (and from a person), the tags that are lent
     * @param tags      the tags by id, telling which were written
     * @param related   each paper's related papers, with their similarity
     * @return each paper's tags, those borrowed after its own
     */
    public Map<PaperId, List<String>> propagate(Map<PaperId, List<String>> paperTags, Map<String, Tag> tags,
            Map<PaperId, List<RelatedPaper>> related) {
        Map<PaperId, List<String>> out = new HashMap<>(paperTags);
        for (PaperId paper : paperTags.keySet().stream().sorted().toList()) {
            List<String> own = paperTags.get(paper);
            if (own.size() >= Tagger.MIN_TAGS) {
                continue;
            }
            Map<String, Double> votes = new HashMap<>();
            for (RelatedPaper r : related.getOrDefault(paper, List.of())) {
                if (r.score() < minimumScore) {
                    continue;
                }
                for (String t : paperTags.getOrDefault(r.id(), List.of())) {
                    if (!own.contains(t) && lendable(tags.get(t))) {
                        votes.merge(t, r.score(), Double::sum);
                    }
                }
            }
            List<String> borrowed = votes.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .limit(Tagger.MIN_TAGS - own.size())
                    .map(Map.Entry::getKey)
                    .toList();
            if (!borrowed.isEmpty()) {
                List<String> all = new ArrayList<>(own);
                all.addAll(borrowed);
                out.put(paper, List.copyOf(all));
            }
        }
        return out;
    }

    /** A tag the index found in text; one it does not know is not lent, as it cannot be told from a written one. */
    private static boolean lendable(Tag tag) {
        return tag != null && tag.origin() != TagOrigin.WRITTEN;
    }
}
