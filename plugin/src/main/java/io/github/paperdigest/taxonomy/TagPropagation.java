package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a paper that its own text did not tag well enough (fewer than {@link Tagger#MIN_TAGS} tags) the
 * tags its most similar papers share, weighted by similarity. A paper on a topic neither the vocabulary
 * nor the corpus's keyphrases name still lands among its neighbours.
 */
public final class TagPropagation {

    public Map<PaperId, List<String>> propagate(Map<PaperId, List<String>> paperTags,
            Map<PaperId, List<RelatedPaper>> related) {
        Map<PaperId, List<String>> out = new HashMap<>(paperTags);
        for (PaperId paper : paperTags.keySet().stream().sorted().toList()) {
            List<String> own = paperTags.get(paper);
            if (own.size() >= Tagger.MIN_TAGS) {
                continue;
            }
            Map<String, Double> votes = new HashMap<>();
            for (RelatedPaper r : related.getOrDefault(paper, List.of())) {
                for (String t : paperTags.getOrDefault(r.id(), List.of())) {
                    if (!own.contains(t)) {
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
                List<String> tags = new ArrayList<>(own);
                tags.addAll(borrowed);
                out.put(paper, List.copyOf(tags));
            }
        }
        return out;
    }
}
