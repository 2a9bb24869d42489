package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.Typos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The site's topic hubs: exactly those declared in the taxonomy file when it declares any; otherwise
 * hubs derived from the corpus by clustering the tags papers share ({@link DerivedHubs}).
 */
public final class HubAssembler {

    /**
     * The largest share of the site's papers a derived hub may hold. A hub that holds everything says nothing: a site
     * of nine papers was one hub of all nine, the papers' one cluster by meaning, and a tag a digest writes on each of
     * its papers ("reading group") makes a hub of tags as large. Such a hub is left out; a declared hub holds what its
     * tags reach, as its author chose.
     */
    static final double MAX_DERIVED_SHARE = 0.75;

    private final Vocabulary vocabulary;
    private final MarkdownRenderer markdown;
    private final Consumer<String> warn;
    private final DerivedHubs derived;
    private final SemanticHubs semantic;

    public HubAssembler(Vocabulary vocabulary, MarkdownRenderer markdown, Consumer<String> warn, DerivedHubs derived) {
        this(vocabulary, markdown, warn, derived, new SemanticHubs());
    }

    /** @param semantic derives hubs from the papers' embeddings, when they are given */
    public HubAssembler(Vocabulary vocabulary, MarkdownRenderer markdown, Consumer<String> warn, DerivedHubs derived,
            SemanticHubs semantic) {
        this.vocabulary = vocabulary;
        this.markdown = markdown;
        this.warn = warn;
        this.derived = derived;
        this.semantic = semantic;
    }

    public List<Hub> assemble(TaxonomyDefinition declared, Map<String, Tag> tags, Map<PaperId, List<String>> paperTags,
            Map<PaperId, List<RelatedPaper>> related) {
        return assemble(declared, tags, new PaperTags(paperTags, paperTags, () -> SettledTags.given(tags, paperTags)), related,
                Optional.empty(), SettledPapers.all(paperTags.keySet()));
    }

    /**
     * The tags of each paper: all it carries, borrowed ones included, and those its own text gave it; and the settled
     * papers' tags when tagged alone, worked out only when asked. Semantic hubs are named by the text's tags, which
     * later papers change less: borrowed tags follow the related papers, which every new paper can change. Lexical hubs
     * are formed from the settled papers' own ({@link SettledTags}).
     */
    public record PaperTags(Map<PaperId, List<String>> all, Map<PaperId, List<String>> fromText,
            Supplier<SettledTags> settledAlone) {
    }

    /**
     * With the papers' embeddings, derived hubs are clusters of papers ({@link SemanticHubs}), and a paper no
     * declared hub's tags reach joins the declared hub nearest in meaning when it is close enough
     * ({@link NearestDeclaredHub}). Derived hubs are formed from the settled papers, and the others join them.
     */
    public List<Hub> assemble(TaxonomyDefinition declared, Map<String, Tag> tags, PaperTags tagsOfPapers,
            Map<PaperId, List<RelatedPaper>> related, Optional<PaperVectors> vectors, SettledPapers settled) {
        Map<PaperId, List<String>> paperTags = tagsOfPapers.all();
        if (declared.hubs().isEmpty()) {
            return tellingPapersApart(vectors.isPresent() ? semantic.derive(vectors.get(), tags, tagsOfPapers, settled)
                    : withPapers(derived.derive(tags, paperTags, related, tagsOfPapers.settledAlone().get()), paperTags),
                    paperTags.size());
        }
        List<Hub> hubs = withPapers(declaredHubs(declared, tags), paperTags);
        return vectors.isPresent() ? NearestDeclaredHub.place(hubs, vectors.get()) : hubs;
    }

    /**
     * The derived hubs that leave out more than a quarter of the papers ({@link #MAX_DERIVED_SHARE}), without the
     * sub-hubs of those that do not: one of them is left out with its parent.
     */
    private static List<Hub> tellingPapersApart(List<Hub> hubs, int papers) {
        Set<String> tooLarge = new HashSet<>();
        Map<String, Optional<String>> parents = new HashMap<>();
        for (Hub h : hubs) {
            parents.put(h.id(), h.parentId());
            if (h.paperIds().size() > MAX_DERIVED_SHARE * papers) {
                tooLarge.add(h.id());
            }
        }
        if (tooLarge.isEmpty()) {
            return hubs;
        }
        return hubs.stream().filter(h -> !withinOneOf(h.id(), tooLarge, parents)).toList();
    }

    /** Whether the hub is one of {@code hubs}, or a sub-hub of one at any depth. */
    private static boolean withinOneOf(String hub, Set<String> hubs, Map<String, Optional<String>> parents) {
        for (String at = hub; at != null; at = parents.getOrDefault(at, Optional.empty()).orElse(null)) {
            if (hubs.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** A hub holds every paper that carries one of its tags. */
    private static List<Hub> withPapers(List<Hub> hubs, Map<PaperId, List<String>> paperTags) {
        Map<String, List<PaperId>> papersByTag = new HashMap<>();
        paperTags.keySet().stream().sorted().forEach(p -> paperTags.get(p)
                .forEach(t -> papersByTag.computeIfAbsent(t, k -> new ArrayList<>()).add(p)));
        List<Hub> out = new ArrayList<>(hubs.size());
        for (Hub h : hubs) {
            // each tag's papers are in order already: their runs sorted together, then each paper once
            List<PaperId> tagged = new ArrayList<>();
            h.tagIds().forEach(t -> tagged.addAll(papersByTag.getOrDefault(t, List.of())));
            if (h.tagIds().size() > 1) {
                tagged.sort(null);
            }
            List<PaperId> members = new ArrayList<>(tagged.size());
            for (PaperId p : tagged) {
                if (members.isEmpty() || members.get(members.size() - 1).compareTo(p) != 0) {
                    members.add(p);
                }
            }
            out.add(h.withPapers(List.copyOf(members), List.of()));
        }
        return out;
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
                            + "', which no paper has" + Typos.nearest(id, tags.keySet(),
                                    name -> name.length() < 6 ? 1 : 2).map(meant -> "; did you mean '" + meant + "'?")
                                    .orElse(""));
                }
                if (!members.contains(id)) {
                    members.add(id);
                }
            }
            hubs.add(new Hub(h.id(), h.name(), markdown.toSafeHtml(h.description()), members, h.parent(), true, List.of(), List.of()));
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

}
