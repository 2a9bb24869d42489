package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Figures that say whether a site's index is any good: how many tags papers get, how many papers no hub
 * holds, how many tags have a single paper, how big the biggest tag is, and how big the hubs are.
 */
public record TaxonomyReport(int papers, int tags, Map<TagOrigin, Integer> tagsByOrigin, int tagsPerPaperMin,
        double tagsPerPaperMedian, int tagsPerPaperMax, int papersWithoutHub, int tagsWithOnePaper, String largestTag,
        double largestTagShare, List<String> hubSizes, double largestHubShare, List<String> generatedHubNames,
        List<PaperId> withoutHub) {

    /** How many papers without a hub the report names. */
    static final int LISTED_WITHOUT_HUB = 20;

    public static TaxonomyReport of(Classification c, List<PaperId> papers) {
        List<Integer> perPaper = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (PaperId p : papers) {
            List<String> tags = c.tagsOf(p);
            perPaper.add(tags.size());
            tags.forEach(t -> uses.merge(t, 1, Integer::sum));
        }
        perPaper.sort(Integer::compare);
        Map<TagOrigin, Integer> byOrigin = new java.util.EnumMap<>(TagOrigin.class);
        for (Tag t : c.tags()) {
            byOrigin.merge(t.origin(), 1, Integer::sum);
        }
        int withoutHub = 0;
        Map<String, Set<PaperId>> hubPapers = new HashMap<>();
        Set<PaperId> inAHub = new HashSet<>();
        for (Hub h : c.hubs()) {
            hubPapers.put(h.id(), new HashSet<>(h.paperIds()));
            inAHub.addAll(h.paperIds());
        }
        List<PaperId> outside = new ArrayList<>();
        for (PaperId p : papers) {
            withoutHub += inAHub.contains(p) ? 0 : 1;
            if (!inAHub.contains(p)) {
                outside.add(p);
            }
        }
        int largestHub = hubPapers.values().stream().mapToInt(Set::size).max().orElse(0);
        List<String> generated = c.hubs().stream().filter(h -> !h.declared()).map(Hub::name).toList();
        String largest = uses.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse("(none)");
        List<String> hubSizes = c.hubs().stream()
                .map(h -> h.name() + " " + hubPapers.getOrDefault(h.id(), Set.of()).size()).toList();
        return new TaxonomyReport(papers.size(), c.tags().size(), byOrigin,
                perPaper.isEmpty() ? 0 : perPaper.get(0), median(perPaper),
                perPaper.isEmpty() ? 0 : perPaper.get(perPaper.size() - 1), withoutHub,
                (int) uses.values().stream().filter(n -> n == 1).count(), largest,
                papers.isEmpty() ? 0 : (double) uses.getOrDefault(largest, 0) / papers.size(), hubSizes,
                papers.isEmpty() ? 0 : (double) largestHub / papers.size(), generated,
                outside.stream().sorted().limit(LISTED_WITHOUT_HUB).toList());
    }

    /** The report as lines for the build log. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Taxonomy report");
        lines.add(String.format(Locale.ROOT, "  papers: %d; tags: %d (%s)", papers, tags, origins()));
        lines.add(String.format(Locale.ROOT, "  tags per paper: min %d, median %s, max %d", tagsPerPaperMin,
                format(tagsPerPaperMedian), tagsPerPaperMax));
        lines.add(String.format(Locale.ROOT, "  papers without a hub: %d", papersWithoutHub));
        lines.add(String.format(Locale.ROOT, "  tags with one paper: %d", tagsWithOnePaper));
        lines.add(String.format(Locale.ROOT, "  largest tag: %s, on %.0f%% of papers", largestTag, 100 * largestTagShare));
        lines.add(String.format(Locale.ROOT, "  hubs (%d), papers each: %s", hubSizes.size(), String.join("; ", hubSizes)));
        lines.add(String.format(Locale.ROOT, "  largest hub: %.0f%% of papers", 100 * largestHubShare));
        lines.add(String.format(Locale.ROOT, "  hubs with generated names (%d): %s", generatedHubNames.size(),
                generatedHubNames.isEmpty() ? "none" : String.join("; ", generatedHubNames)));
        if (!withoutHub.isEmpty()) {
            lines.add("  papers no hub reaches" + (papersWithoutHub > withoutHub.size() ? " (first " + withoutHub.size() + ")" : "")
                    + ": " + String.join(", ", withoutHub.stream().map(PaperId::toString).toList()));
        }
        return lines;
    }

    private String origins() {
        List<String> parts = new ArrayList<>();
        tagsByOrigin.forEach((origin, n) -> parts.add(n + " " + origin.name().toLowerCase(Locale.ROOT)));
        return String.join(", ", parts);
    }

    private static double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
