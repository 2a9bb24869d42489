package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.Html;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Counted;
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
import java.util.stream.IntStream;

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

    /** A hub of at least this many papers may get sub-hubs. */
    static final int SUB_HUB_MIN_PAPERS = 60;
    /** How alike the sub-clusterings of a hub must come out (adjusted Rand index) for its sub-hubs to be kept. */
    static final double SUB_HUB_STABILITY = 0.45;
    private static final int DESCRIBING_TERMS = 3;

    private final TopicClusters clusters;
    private final TopicClusters subClusters;

    public SemanticHubs() {
        this(AnalysisMemo.none());
    }

    /** Hubs whose clusterings are kept in {@code memo}: the settled papers' clusters are found once, not every build. */
    public SemanticHubs(AnalysisMemo memo) {
        this.clusters = new TopicClusters(TopicClusters.Bounds.HUBS, memo);
        this.subClusters = new TopicClusters(TopicClusters.Bounds.SUB_HUBS, memo);
    }

    public List<Hub> derive(PaperVectors vectors, Map<String, Tag> tags, Map<PaperId, List<String>> paperTags) {
        return derive(vectors, tags, new HubAssembler.PaperTags(paperTags, paperTags, () -> SettledTags.given(tags, paperTags)),
                SettledPapers.all(vectors.ids()));
    }

    /**
     * Hubs formed from the settled papers (clustered, named and split into sub-hubs by them alone), which every other
     * paper then joins by the centre it is nearest. Hubs are named, and facets found, by the tags the settled papers'
     * own text gave them; descriptions count the tags papers carry.
     */
    public List<Hub> derive(PaperVectors vectors, Map<String, Tag> tags, HubAssembler.PaperTags paperTags,
            SettledPapers settled) {
        int[] formedFrom = IntStream.range(0, vectors.size()).filter(i -> settled.contains(vectors.ids().get(i))).toArray();
        int[] joining = IntStream.range(0, vectors.size()).filter(i -> !settled.contains(vectors.ids().get(i))).toArray();
        if (formedFrom.length == 0) {
            // no settled paper has a vector: there is nothing to hold still, so the hubs are formed from all
            formedFrom = joining;
            joining = new int[0];
        }
        KeyedPoints points = joining.length == 0 ? vectors.points() : vectors.points().select(formedFrom);
        TopicClusters.Topics topics = clusters.cluster(points);
        Naming naming = new Naming(tags, paperTags, facets(vectors, paperTags.fromText(), formedFrom), vectors);
        List<Group> top = joinNearest(naming.nameTopLevel(groups(topics, formedFrom)), joining, vectors);
        naming.describe(top);
        List<Hub> hubs = new ArrayList<>();
        for (Group g : top) {
            Hub hub = naming.hub(g, Optional.empty());
            hubs.add(hub);
            if (g.rows().size() >= SUB_HUB_MIN_PAPERS) {
                hubs.addAll(subHubs(g, hub, vectors, naming));
            }
        }
        return hubs;
    }

    /**
     * A group of papers (rows of the vectors) around a centre: the settled rows it was formed from, those rows with
     * the papers that joined it since, and the name it was given, if any yet.
     */
    private record Group(List<Integer> rows, List<Integer> members, float[] centre, String nameTag) {

        Group named(String tag) {
            return new Group(rows, members, centre, tag);
        }
    }

    /** The groups of a clustering of some rows, largest first (then in cluster order); empty ones left out. */
    private static List<Group> groups(TopicClusters.Topics topics, int[] rows) {
        List<Group> out = new ArrayList<>();
        for (int c = 0; c < topics.count(); c++) {
            List<Integer> m = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                if (topics.assignment()[i] == c) {
                    m.add(rows[i]);
                }
            }
            if (!m.isEmpty()) {
                out.add(new Group(m, m, topics.centres().row(c), null));
            }
        }
        out.sort(Comparator.comparing((Group g) -> -g.rows().size()));
        return out;
    }

    /** The groups with each joining row added to the one whose centre it is nearest (on a tie, the first). */
    private static List<Group> joinNearest(List<Group> groups, int[] joining, PaperVectors vectors) {
        if (joining.length == 0) {
            return groups;
        }
        List<List<Integer>> members = new ArrayList<>();
        groups.forEach(g -> members.add(new ArrayList<>(g.rows())));
        for (int row : joining) {
            int nearest = 0;
            float best = Float.NEGATIVE_INFINITY;
            for (int g = 0; g < groups.size(); g++) {
                float similarity = vectors.matrix().dot(row, groups.get(g).centre());
                if (similarity > best) {
                    best = similarity;
                    nearest = g;
                }
            }
            members.get(nearest).add(row);
        }
        List<Group> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            out.add(new Group(group.rows(), members.get(g).stream().sorted().toList(), group.centre(), group.nameTag()));
        }
        return out;
    }

    /**
     * A large hub's own topics, when its papers fall apart into stable groups each with a name of its own: the
     * papers stay in the hub, and each group is also a sub-hub (the site nests it under the hub through
     * {@code parent}). None when the hub is one topic through and through.
     */
    private List<Hub> subHubs(Group parent, Hub parentHub, PaperVectors vectors, Naming naming) {
        int[] rows = parent.rows().stream().mapToInt(Integer::intValue).toArray();
        TopicClusters.Topics topics = subClusters.cluster(vectors.points().select(rows));
        if (topics.count() < 2 || topics.chosenStability() < SUB_HUB_STABILITY) {
            return List.of();
        }
        List<Group> found = groups(topics, rows);
        if (found.size() < 2) {
            return List.of(); // a topic came out empty: one group is the hub itself again
        }
        List<Group> named = naming.tryName(found, parent.nameTag());
        if (named.isEmpty()) {
            return List.of();
        }
        Set<Integer> formedFrom = new HashSet<>(parent.rows());
        named = joinNearest(named, parent.members().stream().filter(r -> !formedFrom.contains(r)).mapToInt(Integer::intValue)
                .toArray(), vectors);
        naming.describe(named);
        List<Hub> subs = new ArrayList<>();
        for (Group g : named) {
            subs.add(naming.hub(g, Optional.of(parentHub)));
        }
        return subs;
    }

    /**
     * Names and ids given so far. No two top-level hubs share a name, and no sub-hub takes a top-level hub's name or
     * a sibling's; sub-hubs of different hubs may share one, and a sub-hub's id starts with its parent's name, so
     * that a hub gaining or losing its sub-hubs renames no other hub's.
     */
    private static final class Naming {
        private final Map<String, Tag> tags;
        private final HubAssembler.PaperTags paperTags;
        private final Set<String> facets;
        private final PaperVectors vectors;
        private final Set<String> topLevelNames = new HashSet<>();
        private final Set<String> ids = new HashSet<>();
        /** The terms of each group by its settled rows and their text's tags, which name it and give its tags. */
        private final Map<List<Integer>, List<ClassTfIdf.Term>> terms = new HashMap<>();
        /** The terms of each group by all its members and all their tags, which its description counts. */
        private final Map<List<Integer>, List<ClassTfIdf.Term>> described = new HashMap<>();

        Naming(Map<String, Tag> tags, HubAssembler.PaperTags paperTags, Set<String> facets, PaperVectors vectors) {
            this.tags = tags;
            this.paperTags = paperTags;
            this.facets = facets;
            this.vectors = vectors;
        }

        List<Group> nameTopLevel(List<Group> groups) {
            return name(groups, Optional.empty(), topLevelNames);
        }

        /**
         * Each group named by the term that sets it apart from the others of the list, among those not used yet (the
         * names given are added); "Other papers" when none.
         */
        private List<Group> name(List<Group> groups, Optional<String> excluded, Set<String> usedNames) {
            List<List<ClassTfIdf.Term>> ranked = rank(groups);
            List<Group> out = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                List<ClassTfIdf.Term> own = ranked.get(g).stream()
                        .filter(t -> !facets.contains(t.term()) && excluded.map(x -> !x.equals(t.term())).orElse(true)).toList();
                String nameTag = nameTag(own, group.rows().size(), usedNames);
                usedNames.add(nameTag == null ? "Other papers" : nameTag);
                Group named = group.named(nameTag);
                terms.put(named.rows(), ranked.get(g));
                out.add(named);
            }
            return out;
        }

        /** As {@link #name}, but all or nothing: empty when some group finds no name of its own. */
        List<Group> tryName(List<Group> groups, String parentName) {
            List<Group> named = name(groups, Optional.ofNullable(parentName), new HashSet<>(topLevelNames));
            return named.stream().anyMatch(g -> g.nameTag() == null) ? List.of() : named;
        }

        /** Ranks the terms of groups that have been named together, by all their members, for their descriptions. */
        void describe(List<Group> groups) {
            List<List<ClassTfIdf.Term>> ranked = rankRows(groups.stream().map(Group::members).toList(), paperTags.all());
            for (int g = 0; g < groups.size(); g++) {
                described.put(groups.get(g).members(), ranked.get(g));
            }
        }

        private List<List<ClassTfIdf.Term>> rank(List<Group> groups) {
            return rankRows(groups.stream().map(Group::rows).toList(), paperTags.fromText());
        }

        private List<List<ClassTfIdf.Term>> rankRows(List<List<Integer>> groups, Map<PaperId, List<String>> tagsOf) {
            List<Map<String, Integer>> termsOfGroup = new ArrayList<>();
            for (List<Integer> g : groups) {
                Map<String, Integer> counts = new HashMap<>();
                g.forEach(i -> tagsOf.getOrDefault(vectors.ids().get(i), List.of()).forEach(t -> counts.merge(t, 1, Integer::sum)));
                termsOfGroup.add(counts);
            }
            return ClassTfIdf.rank(termsOfGroup);
        }

        Hub hub(Group g, Optional<Hub> parent) {
            String name = g.nameTag() == null ? "Other papers" : tags.get(g.nameTag()).label();
            // the address follows the tag's id, which new papers leave alone, not its label, whose wording they can
            // change ("Context model" becoming "Context models")
            String base = Slugs.of(parent.map(p -> p.id() + " ").orElse("") + (g.nameTag() == null ? name : g.nameTag()), "hub");
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            List<String> hubTags = hubTerms(terms.get(g.rows())).stream().map(ClassTfIdf.Term::term).toList();
            List<PaperId> papers = g.members().stream().map(vectors.ids()::get).sorted().toList();
            // the parent's name is what all of a sub-hub's papers share: it says nothing about this one
            List<ClassTfIdf.Term> topical = hubTerms(described.get(g.members())).stream().filter(t -> !facets.contains(t.term())
                    && parent.map(p -> !tags.get(t.term()).label().equals(p.name())).orElse(true)).toList();
            return new Hub(id, name, description(g.members().size(), g.nameTag(), topical, parent, tags), hubTags,
                    parent.map(Hub::id), false, papers, keyPapers(vectors, g.members(), g.centre()));
        }

        private static List<ClassTfIdf.Term> hubTerms(List<ClassTfIdf.Term> ranked) {
            return ranked.stream().filter(t -> t.papers() >= 2).limit(HUB_TAGS).toList();
        }
    }

    /**
     * Tags that every kind of paper carries ("Datasets", "Evaluation methods"): their papers are hardly more alike
     * in meaning than any two papers of the corpus. They say what a paper does, not what it is about, and name no
     * hub.
     */
    private static Set<String> facets(PaperVectors vectors, Map<PaperId, List<String>> paperTags, int[] rows) {
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int row : rows) {
            paperTags.getOrDefault(vectors.ids().get(row), List.of())
                    .forEach(t -> holders.computeIfAbsent(t, k -> new ArrayList<>()).add(row));
        }
        double baseline = TagCoherence.meanPairwiseSimilarity(vectors.matrix(), rows.length == vectors.size() ? null : rows);
        Set<String> facets = new HashSet<>();
        holders.forEach((t, members) -> {
            if (members.size() >= TagCoherence.MIN_PAPERS && TagCoherence.meanPairwiseSimilarity(vectors.matrix(),
                    members.stream().sorted().mapToInt(Integer::intValue).toArray()) - baseline < TagCoherence.MIN_LIFT) {
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
    static List<PaperId> keyPapers(PaperVectors vectors, List<Integer> members, float[] centre) {
        Map<Integer, Float> score = new HashMap<>();
        members.forEach(i -> score.put(i, vectors.matrix().dot(i, centre)));
        return members.stream()
                .sorted(Comparator.comparing((Integer i) -> -score.get(i)).thenComparing(i -> vectors.ids().get(i)))
                .limit(KEY_PAPERS)
                .map(vectors.ids()::get)
                .toList();
    }

    /**
     * One line from the hub's own terms, with how many of its papers carry each: "40 papers, most on Gaussian
     * splatting (32); also novel view synthesis (12) and 3D reconstruction (9)." The counts say how central each term
     * is, which a list of labels does not; "most", "many" or "some" says how much of the hub its name covers (half,
     * a quarter, less).
     */
    static String description(int papers, String nameTag, List<ClassTfIdf.Term> terms, Optional<Hub> parent,
            Map<String, Tag> tags) {
        StringBuilder line = new StringBuilder(Counted.of(papers, "paper"));
        parent.ifPresent(p -> line.append(" of ").append(p.name()));
        Optional<ClassTfIdf.Term> named = terms.stream().filter(t -> t.term().equals(nameTag)).findFirst();
        named.ifPresent(t -> line.append(share(t.papers(), papers))
                .append(tags.get(t.term()).label()).append(" (").append(t.papers()).append(')'));
        // the most distinctive terms, told as the counts beside them are read: most papers first
        List<String> others = terms.stream().filter(t -> !t.term().equals(nameTag)).limit(DESCRIBING_TERMS)
                .sorted(Comparator.comparingInt(ClassTfIdf.Term::papers).reversed())
                .map(t -> tags.get(t.term()).label() + " (" + t.papers() + ")").toList();
        if (!others.isEmpty()) {
            line.append(named.isPresent() ? "; also " : ", on ").append(join(others));
        }
        return "<p>" + Html.escape(line.append('.').toString()) + "</p>";
    }

    /** How much of the hub its name covers, in words that do not overstate it. */
    private static String share(int named, int papers) {
        if (2 * named >= papers) {
            return ", most on ";
        }
        return 4 * named >= papers ? ", many on " : ", some on ";
    }

    private static String join(List<String> labels) {
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
