package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.Html;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Topic hubs found in the corpus when none are declared: clusters of papers by the meaning of their abstracts
 * ({@link TopicClusters}), each named by the topical tag that sets it apart from the other clusters most
 * (class-based TF-IDF, {@link ClassTfIdf}) and described by the next few, with its key papers the ones nearest its
 * centre.
 * Every paper is in exactly one of them.
 */
public final class SemanticHubs {

    static final int KEY_PAPERS = 10;
    static final int HUB_TAGS = 12;
    /** A name should describe a fair part of its hub: a tag on fewer of its papers names it only when none does. */
    static final double NAME_MIN_SHARE = 0.15;

    private final TopicClusters clusters = new TopicClusters();

    public List<Hub> derive(PaperVectors vectors, Map<String, Tag> tags, Map<PaperId, List<String>> paperTags) {
        TopicClusters.Topics topics = clusters.cluster(vectors.vectors());
        int k = topics.count();
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < vectors.size(); i++) {
            members.get(topics.assignment()[i]).add(i);
        }
        List<Map<String, Integer>> termsOfTopic = new ArrayList<>();
        for (List<Integer> m : members) {
            Map<String, Integer> counts = new HashMap<>();
            m.forEach(i -> paperTags.getOrDefault(vectors.ids().get(i), List.of()).forEach(t -> counts.merge(t, 1, Integer::sum)));
            termsOfTopic.add(counts);
        }
        List<List<ClassTfIdf.Term>> ranked = ClassTfIdf.rank(termsOfTopic);
        Set<String> facets = facets(vectors, paperTags);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!members.get(c).isEmpty()) {
                order.add(c);
            }
        }
        order.sort(Comparator.comparing((Integer c) -> -members.get(c).size()).thenComparing(c -> c));
        Set<String> usedNames = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<Hub> hubs = new ArrayList<>();
        for (int c : order) {
            List<Integer> m = members.get(c);
            List<ClassTfIdf.Term> terms = ranked.get(c);
            String nameTag = nameTag(terms.stream().filter(t -> !facets.contains(t.term())).toList(), m.size(), usedNames);
            String name = nameTag == null ? "Other papers" : tags.get(nameTag).label();
            usedNames.add(nameTag == null ? name : nameTag);
            String id = Slugs.of(name, "hub");
            for (int n = 2; !ids.add(id); n++) {
                id = Slugs.of(name, "hub") + "-" + n;
            }
            List<String> hubTags = terms.stream().filter(t -> t.papers() >= 2).limit(HUB_TAGS).map(ClassTfIdf.Term::term).toList();
            List<PaperId> papers = m.stream().map(vectors.ids()::get).sorted().toList();
            hubs.add(new Hub(id, name, description(m.size(), nameTag, hubTags, tags), hubTags, Optional.empty(), false,
                    papers, keyPapers(vectors, m, topics.centres()[c])));
        }
        return hubs;
    }

    /**
     * Tags that every kind of paper carries ("Datasets", "Evaluation methods"): their papers are hardly more alike
     * in meaning than any two papers of the corpus. They say what a paper does, not what it is about, and name no
     * hub.
     */
    private static Set<String> facets(PaperVectors vectors, Map<PaperId, List<String>> paperTags) {
        Map<String, List<float[]>> holders = new HashMap<>();
        paperTags.forEach((p, tags) -> vectors.of(p).ifPresent(v -> tags.forEach(t -> holders.computeIfAbsent(t, k -> new ArrayList<>()).add(v))));
        double baseline = TagCoherence.meanPairwiseSimilarity(java.util.Arrays.asList(vectors.vectors()));
        Set<String> facets = new HashSet<>();
        holders.forEach((t, v) -> {
            if (v.size() >= TagCoherence.MIN_PAPERS && TagCoherence.meanPairwiseSimilarity(v) - baseline < TagCoherence.MIN_LIFT) {
                facets.add(t);
            }
        });
        return facets;
    }

    /** The heaviest term on a fair share of the hub's papers not naming another hub yet; else the heaviest unused. */
    private static String nameTag(List<ClassTfIdf.Term> terms, int size, Set<String> used) {
        for (ClassTfIdf.Term t : terms) {
            if (!used.contains(t.term()) && t.papers() >= Math.max(2, NAME_MIN_SHARE * size)) {
                return t.term();
            }
        }
        return terms.stream().map(ClassTfIdf.Term::term).filter(t -> !used.contains(t)).findFirst().orElse(null);
    }

    /** The papers nearest the centre, nearest first; on a tie, the lower id. */
    private static List<PaperId> keyPapers(PaperVectors vectors, List<Integer> members, float[] centre) {
        return members.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> -PaperVectors.dot(vectors.vectors()[i], centre))
                        .thenComparing(i -> vectors.ids().get(i)))
                .limit(KEY_PAPERS)
                .map(vectors.ids()::get)
                .toList();
    }

    private static String description(int papers, String nameTag, List<String> hubTags, Map<String, Tag> tags) {
        List<String> labels = hubTags.stream().filter(t -> !t.equals(nameTag)).limit(4).map(t -> tags.get(t).label()).toList();
        String topics = labels.isEmpty() ? "" : " Also: " + join(labels) + ".";
        return "<p>" + Html.escape(papers + (papers == 1 ? " paper" : " papers")
                + " grouped by what their abstracts are about." + topics) + "</p>";
    }

    private static String join(List<String> labels) {
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
