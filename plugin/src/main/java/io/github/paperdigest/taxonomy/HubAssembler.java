package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The site's topic hubs: exactly those declared in the taxonomy file when it declares any; otherwise
 * one hub per vocabulary group that has papers, gathering that group's tags.
 */
public final class HubAssembler {

    private final Vocabulary vocabulary;
    private final MarkdownRenderer markdown;
    private final Consumer<String> warn;

    public HubAssembler(Vocabulary vocabulary, MarkdownRenderer markdown, Consumer<String> warn) {
        this.vocabulary = vocabulary;
        this.markdown = markdown;
        this.warn = warn;
    }

    public List<Hub> assemble(TaxonomyDefinition declared, Map<String, Tag> tags, Map<PaperId, List<String>> paperTags) {
        if (!declared.hubs().isEmpty()) {
            return declaredHubs(declared, tags);
        }
        return groupHubs(tags, paperTags);
    }

    private List<Hub> declaredHubs(TaxonomyDefinition declared, Map<String, Tag> tags) {
        Set<String> hubIds = new HashSet<>();
        declared.hubs().forEach(h -> hubIds.add(h.id()));
        List<Hub> hubs = new ArrayList<>();
        for (HubDefinition h : declared.hubs()) {
            h.parent().ifPresent(parent -> {
                if (!hubIds.contains(parent)) {
                    throw new TaxonomyException(declared.sourceName(), h.line(),
                            "hub '" + h.id() + "' names parent '" + parent + "', which is not a declared hub");
                }
                if (parent.equals(h.id())) {
                    throw new TaxonomyException(declared.sourceName(), h.line(), "hub '" + h.id() + "' is its own parent");
                }
            });
            List<String> members = new ArrayList<>();
            for (String written : h.tags()) {
                String id = vocabulary.tagIdFor(written);
                if (!tags.containsKey(id)) {
                    warn.accept(declared.sourceName() + ":" + h.line() + ": hub '" + h.id() + "' names tag '" + written
                            + "', which no paper has");
                }
                if (!members.contains(id)) {
                    members.add(id);
                }
            }
            hubs.add(new Hub(h.id(), h.name(), markdown.toSafeHtml(h.description()), members, h.parent(), true));
        }
        checkNoCycles(declared, hubs);
        return hubs;
    }

    private static void checkNoCycles(TaxonomyDefinition declared, List<Hub> hubs) {
        Map<String, Optional<String>> parents = new HashMap<>();
        hubs.forEach(h -> parents.put(h.id(), h.parentId()));
        for (HubDefinition h : declared.hubs()) {
            Set<String> seen = new HashSet<>();
            for (Optional<String> at = Optional.of(h.id()); at.isPresent(); at = parents.get(at.get())) {
                if (!seen.add(at.get())) {
                    throw new TaxonomyException(declared.sourceName(), h.line(),
                            "hub '" + h.id() + "' is its own ancestor through 'parent'");
                }
            }
        }
    }

    private List<Hub> groupHubs(Map<String, Tag> tags, Map<PaperId, List<String>> paperTags) {
        Map<String, Integer> tagCounts = new HashMap<>();
        paperTags.values().forEach(list -> list.forEach(t -> tagCounts.merge(t, 1, Integer::sum)));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (TermDefinition term : vocabulary.terms()) {
            if (!term.group().isEmpty() && tagCounts.containsKey(term.id()) && tags.containsKey(term.id())) {
                groups.computeIfAbsent(term.group(), g -> new ArrayList<>()).add(term.id());
            }
        }
        List<Hub> hubs = new ArrayList<>();
        groups.forEach((group, members) -> {
            List<String> ranked = members.stream()
                    .sorted(Comparator.comparing((String t) -> -tagCounts.get(t)).thenComparing(t -> t))
                    .toList();
            hubs.add(new Hub(Slugs.of(group, "hub"), vocabulary.groupName(group), "", ranked, Optional.empty(), false));
        });
        hubs.sort(Comparator.comparing(Hub::id));
        return hubs;
    }
}
