package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.Html;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Topic hubs found in the corpus when none are declared: tags that papers share are clustered (Louvain
 * on the tag co-occurrence graph, each link weighted by the Ochiai coefficient so that big tags do not
 * swallow everything), each cluster becomes a hub named by its most central tags, and every paper ends
 * up in at least one hub.
 *
 * <p>Hubs are formed from the settled papers' tags as they are when those papers are tagged alone
 * ({@link SettledTags}), so that a new digest leaves them, their names and addresses as they were; the tags every paper
 * carries then join them.
 */
public final class DerivedHubs {

    /** For a corpus of a few hundred papers, between about 4 and 15 hubs make a useful overview. */
    static final int MIN_HUBS = 4;
    static final int MAX_HUBS = 15;
    /** The graph is made of the most used tags; rarer tags join the hub of their papers afterwards. */
    static final int MAX_CLUSTERED_TAGS = 400;
    private static final double[] RESOLUTIONS = {1.0, 0.8, 1.25, 0.65, 1.5, 0.5, 1.8, 0.4, 2.2, 0.3, 2.7, 0.2, 3.3, 4.0};

    private final AnalysisMemo memo;

    public DerivedHubs() {
        this(AnalysisMemo.none());
    }

    /** Hubs whose forming from the settled papers is kept in {@code memo}: once for each step of the archive, not every build. */
    public DerivedHubs(AnalysisMemo memo) {
        this.memo = memo;
    }

    /** A hub as its papers formed it: its tags, most central first. */
    record Formed(List<FormedTag> tags) {
    }

    /** A tag of a hub as the papers it was formed from had it: its label names the hub when this build has no such tag. */
    record FormedTag(String id, String label, boolean keyphrase) {
    }

    /** Hubs formed from these papers' tags, as when they are all there is. */
    public List<Hub> derive(Map<String, Tag> tags, Map<PaperId, List<String>> paperTags,
            Map<PaperId, List<RelatedPaper>> related) {
        return derive(tags, paperTags, related, SettledTags.given(tags, paperTags));
    }

    /**
     * Hubs formed from the settled papers' own tags (clustered, ranked and named by them alone), which the tags every
     * paper carries then join: those of a formed hub stay in it, and the others join hubs as rarer tags do.
     */
    public List<Hub> derive(Map<String, Tag> tags, Map<PaperId, List<String>> paperTags,
            Map<PaperId, List<RelatedPaper>> related, SettledTags settled) {
        List<Formed> formed = memo.recallOr(AnalysisMemo.key("hubs formed from tags", settled.key()), DerivedHubs::formedOf,
                () -> {
                    Tagger.Result alone = settled.tagging().get();
                    return form(alone.tags(), alone.paperTags());
                },
                DerivedHubs::bytes);
        return join(formed, tags, paperTags, related);
    }

    /**
     * Clusters of the tags these papers share, each ranked and with the tags found beside its own, largest first. Tags
     * only related papers could place join in {@link #join}: the related papers are the whole archive's.
     */
    private static List<Formed> form(Map<String, Tag> tags, Map<PaperId, List<String>> paperTags) {
        Map<String, Integer> counts = new HashMap<>();
        paperTags.values().forEach(list -> list.forEach(t -> counts.merge(t, 1, Integer::sum)));
        List<String> nodes = counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CLUSTERED_TAGS)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (nodes.isEmpty()) {
            return List.of();
        }
        double[][] weights = ochiai(nodes, counts, paperTags);
        // a few hundred papers deserve at least MIN_HUBS hubs; a handful of papers may form fewer
        int minHubs = Math.min(Math.min(MIN_HUBS, Math.max(2, paperTags.size() / 50)), nodes.size());
        int[] community = chooseCommunities(weights, minHubs);
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            members.computeIfAbsent(community[i], c -> new ArrayList<>()).add(nodes.get(i));
        }
        Map<String, Integer> hubOfTag = new HashMap<>();
        List<List<String>> clusters = new ArrayList<>();
        for (List<String> m : members.values()) {
            List<String> ranked = new ArrayList<>(m);
            Map<String, Double> centrality = centrality(ranked, nodes, weights);
            ranked.sort(Comparator.comparing((String t) -> -centrality.get(t)).thenComparing(t -> -counts.get(t))
                    .thenComparing(t -> t));
            ranked.forEach(t -> hubOfTag.put(t, clusters.size()));
            clusters.add(ranked);
        }
        attachRemainingTags(paperTags, Map.of(), counts, hubOfTag, clusters);
        Map<Integer, Integer> sizes = sizes(clusters, paperTags);
        return sizes.keySet().stream()
                .sorted(Comparator.comparing((Integer c) -> -sizes.get(c)).thenComparing(c -> clusters.get(c).get(0)))
                .map(c -> new Formed(clusters.get(c).stream()
                        .map(t -> new FormedTag(t, tags.get(t).label(), tags.get(t).origin() == TagOrigin.KEYPHRASE)).toList()))
                .toList();
    }

    /**
     * The hubs formed, in their order, each holding those of its tags this build has and the tags that join it; a hub
     * left with no tag is none.
     */
    private static List<Hub> join(List<Formed> formed, Map<String, Tag> tags, Map<PaperId, List<String>> paperTags,
            Map<PaperId, List<RelatedPaper>> related) {
        if (formed.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> hubOfTag = new HashMap<>();
        List<List<String>> clusters = new ArrayList<>();
        for (Formed f : formed) {
            List<String> present = new ArrayList<>();
            f.tags().stream().map(FormedTag::id).filter(tags::containsKey).forEach(t -> {
                hubOfTag.put(t, clusters.size());
                present.add(t);
            });
            clusters.add(present);
        }
        Map<String, Integer> counts = new HashMap<>();
        paperTags.values().forEach(list -> list.forEach(t -> counts.merge(t, 1, Integer::sum)));
        attachRemainingTags(paperTags, related, counts, hubOfTag, clusters);
        Map<Integer, Integer> sizes = sizes(clusters, paperTags);
        List<Hub> hubs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<String> members = clusters.get(c);
            if (members.isEmpty()) {
                continue;
            }
            List<FormedTag> naming = namingTags(formed.get(c).tags());
            String name = name(naming.stream().map(t -> tags.containsKey(t.id()) ? tags.get(t.id()).label() : t.label()).toList());
            // the address follows the naming tags' ids, which new papers leave alone, not their labels' wording
            String base = Slugs.of(String.join(" ", naming.stream().map(FormedTag::id).toList()), "hub");
            String id = base;
            for (int k = 2; !ids.add(id); k++) {
                id = base + "-" + k;
            }
            hubs.add(new Hub(id, name, description(members, tags, sizes.get(c)), members, Optional.empty(), false, List.of(), List.of()));
        }
        return hubs;
    }

    private static double[][] ochiai(List<String> nodes, Map<String, Integer> counts, Map<PaperId, List<String>> paperTags) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        double[][] w = new double[nodes.size()][nodes.size()];
        for (List<String> list : paperTags.values()) {
            for (int a = 0; a < list.size(); a++) {
                Integer i = index.get(list.get(a));
                for (int b = a + 1; i != null && b < list.size(); b++) {
                    Integer j = index.get(list.get(b));
                    if (j != null && !i.equals(j)) {
                        w[i][j]++;
                        w[j][i]++;
                    }
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (w[i][j] > 0) {
                    w[i][j] /= Math.sqrt((double) counts.get(nodes.get(i)) * counts.get(nodes.get(j)));
                }
            }
        }
        return w;
    }

    /** The first resolution, from 1 outwards, that gives a number of sizeable communities in range. */
    private static int[] chooseCommunities(double[][] weights, int minHubs) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (double resolution : RESOLUTIONS) {
            int[] community = mergeSingletons(TagClustering.communities(weights, resolution), weights);
            int count = (int) java.util.Arrays.stream(community).distinct().count();
            int distance = count < minHubs ? minHubs - count : Math.max(0, count - MAX_HUBS);
            if (distance < bestDistance) {
                best = community;
                bestDistance = distance;
            }
            if (distance == 0) {
                break;
            }
        }
        return best;
    }

    /** A community of one tag is no hub: the tag joins the community it is most linked to. */
    private static int[] mergeSingletons(int[] community, double[][] w) {
        int[] out = community.clone();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int c : out) {
            sizes.merge(c, 1, Integer::sum);
        }
        for (int i = 0; i < out.length; i++) {
            if (sizes.get(out[i]) > 1) {
                continue;
            }
            Map<Integer, Double> link = new HashMap<>();
            for (int j = 0; j < out.length; j++) {
                if (j != i && w[i][j] > 0 && sizes.get(out[j]) > 1) {
                    link.merge(out[j], w[i][j], Double::sum);
                }
            }
            Optional<Integer> target = link.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).findFirst();
            if (target.isPresent()) {
                sizes.merge(out[i], -1, Integer::sum);
                out[i] = target.get();
                sizes.merge(out[i], 1, Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Double> centrality(List<String> members, List<String> nodes, double[][] w) {
        Map<String, Double> c = new HashMap<>();
        for (String a : members) {
            int i = nodes.indexOf(a);
            double sum = 0;
            for (String b : members) {
                sum += w[i][nodes.indexOf(b)];
            }
            c.put(a, sum);
        }
        return c;
    }

    /**
     * Tags outside the graph join the hub most of their paper's other tags are in; a paper none of whose
     * tags is in a hub brings its tags to the hub of its most similar paper that has one.
     */
    private static void attachRemainingTags(Map<PaperId, List<String>> paperTags, Map<PaperId, List<RelatedPaper>> related,
            Map<String, Integer> counts, Map<String, Integer> hubOfTag, List<List<String>> clusters) {
        List<PaperId> papers = paperTags.keySet().stream().sorted().toList();
        for (int pass = 0; pass < 2; pass++) {
            for (PaperId paper : papers) {
                List<String> own = paperTags.get(paper);
                if (own.stream().allMatch(hubOfTag::containsKey)) {
                    continue;
                }
                Map<Integer, Integer> votes = new HashMap<>();
                own.stream().filter(hubOfTag::containsKey).forEach(t -> votes.merge(hubOfTag.get(t), counts.get(t), Integer::sum));
                if (votes.isEmpty()) {
                    for (RelatedPaper r : related.getOrDefault(paper, List.of())) {
                        paperTags.getOrDefault(r.id(), List.of()).stream().filter(hubOfTag::containsKey)
                                .forEach(t -> votes.merge(hubOfTag.get(t), 1, Integer::sum));
                        if (!votes.isEmpty()) {
                            break;
                        }
                    }
                }
                if (votes.isEmpty()) {
                    continue; // tried again after other papers have brought their tags in
                }
                int hub = votes.entrySet().stream()
                        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .findFirst().orElseThrow().getKey();
                for (String t : own) {
                    if (!hubOfTag.containsKey(t)) {
                        hubOfTag.put(t, hub);
                        clusters.get(hub).add(t);
                    }
                }
            }
        }
    }

    /** How many papers carry a tag of each cluster. */
    private static Map<Integer, Integer> sizes(List<List<String>> clusters, Map<PaperId, List<String>> paperTags) {
        // each paper's tags looked up once, rather than each cluster's members asked of every paper
        Map<String, List<Integer>> clustersOf = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (String tag : clusters.get(c)) {
                List<Integer> of = clustersOf.computeIfAbsent(tag, k -> new ArrayList<>(1));
                if (of.isEmpty() || of.get(of.size() - 1) != c) {
                    of.add(c);
                }
            }
        }
        int[] counts = new int[clusters.size()];
        int[] countedFor = new int[clusters.size()];
        Arrays.fill(countedFor, -1);
        int paper = 0;
        for (List<String> list : paperTags.values()) {
            for (String tag : list) {
                for (int c : clustersOf.getOrDefault(tag, List.of())) {
                    if (countedFor[c] != paper) {
                        countedFor[c] = paper;
                        counts[c]++;
                    }
                }
            }
            paper++;
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            sizes.put(c, counts[c]);
        }
        return sizes;
    }

    /**
     * Named by its two most central tags: "Video generation & diffusion models". Tags a person wrote or the
     * vocabulary knows name a hub before keyphrases found by statistics.
     */
    static String name(List<String> labels) {
        return labels.size() == 1 ? labels.get(0) : labels.get(0) + " & " + lowerFirst(labels.get(1));
    }

    /** The one or two tags that name a hub: written or known ones before keyphrases, most central first. */
    private static List<FormedTag> namingTags(List<FormedTag> members) {
        List<FormedTag> named = new ArrayList<>(members.stream().filter(t -> !t.keyphrase()).limit(2).toList());
        for (FormedTag t : members) {
            if (named.size() >= Math.min(2, members.size())) {
                break;
            }
            if (!named.contains(t)) {
                named.add(t);
            }
        }
        return named;
    }

    /** The hubs as the memo keeps them. */
    private static byte[] bytes(List<Formed> formed) {
        MemoBytes.Writer out = new MemoBytes.Writer().number(formed.size());
        for (Formed f : formed) {
            out.number(f.tags().size());
            f.tags().forEach(t -> out.text(t.id()).text(t.label()).flag(t.keyphrase()));
        }
        return out.bytes();
    }

    /** The hubs the bytes hold, or null when they hold none: each has a tag, and no tag is in two. */
    private static List<Formed> formedOf(byte[] bytes) {
        return MemoBytes.decode(bytes, in -> {
            int hubs = in.size(4);
            List<Formed> formed = new ArrayList<>(hubs);
            Set<String> seen = new HashSet<>();
            for (int h = 0; h < hubs; h++) {
                int n = in.size(5);
                List<FormedTag> tags = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    FormedTag tag = new FormedTag(in.text(), in.text(), in.flag());
                    if (!seen.add(tag.id())) {
                        return null;
                    }
                    tags.add(tag);
                }
                if (tags.isEmpty()) {
                    return null;
                }
                formed.add(new Formed(List.copyOf(tags)));
            }
            return List.copyOf(formed);
        });
    }

    private static String description(List<String> members, Map<String, Tag> tags, int papers) {
        List<String> labels = members.stream().limit(5).map(t -> tags.get(t).label()).toList();
        String list = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        return "<p>" + Html.escape(papers + " papers on " + list + (members.size() > 5 ? ", among " + members.size()
                + " tags" : "") + ". A hub found by grouping the tags that papers share.") + "</p>";
    }

    private static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        }
        return label;
    }
}
