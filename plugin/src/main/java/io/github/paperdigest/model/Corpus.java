package io.github.paperdigest.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every paper and digest of a build.
 *
 * @param papers  in id order, so that every later pass is deterministic
 * @param digests newest first; undated digests last, by source name
 * @param origins where each paper was first listed, "file:line", for warnings that name it after reading (a paper
 *                made some other way has none)
 * @param sharedSlugs the slugs that several papers' titles would give them, by slug: the address of each lists
 *                those papers, none of which has it (see {@link SharedSlug})
 * @param formerSlugs the slugs other titles of a paper than the one it is shown with would give its page, each with
 *                the paper whose page it leads to, in slug order; none is a paper's slug or a shared one
 * @param formerDigestSlugs the slugs digests of sub-folders had at the digest folder's root, each with the digest's
 *                slug now, in slug order; none is a digest's slug
 */
public record Corpus(List<Paper> papers, List<Digest> digests, Map<PaperId, Paper> byId, Map<PaperId, String> origins,
        List<SharedSlug> sharedSlugs, SortedMap<String, PaperId> formerSlugs, SortedMap<String, String> formerDigestSlugs) {

    public Corpus {
        papers = List.copyOf(papers);
        digests = List.copyOf(digests);
        byId = Map.copyOf(byId);
        origins = Map.copyOf(origins);
        sharedSlugs = sharedSlugs.stream().sorted(Comparator.comparing(SharedSlug::slug)).toList();
        formerSlugs = Collections.unmodifiableSortedMap(new TreeMap<>(formerSlugs));
        formerDigestSlugs = Collections.unmodifiableSortedMap(new TreeMap<>(formerDigestSlugs));
    }

    public static Corpus of(List<Paper> papers, List<Digest> digests) {
        return of(papers, digests, Map.of());
    }

    public static Corpus of(List<Paper> papers, List<Digest> digests, Map<PaperId, String> origins) {
        return of(papers, digests, origins, List.of());
    }

    public static Corpus of(List<Paper> papers, List<Digest> digests, Map<PaperId, String> origins,
            List<SharedSlug> sharedSlugs) {
        return of(papers, digests, origins, sharedSlugs, Map.of(), Map.of());
    }

    public static Corpus of(List<Paper> papers, List<Digest> digests, Map<PaperId, String> origins,
            List<SharedSlug> sharedSlugs, Map<String, PaperId> formerSlugs, Map<String, String> formerDigestSlugs) {
        List<Paper> sorted = papers.stream().sorted(Comparator.comparing(Paper::id)).toList();
        Map<PaperId, Paper> index = new LinkedHashMap<>();
        for (Paper p : sorted) {
            if (index.put(p.id(), p) != null) {
                throw new IllegalArgumentException("two papers with id " + p.id());
            }
        }
        for (SharedSlug shared : sharedSlugs) {
            for (PaperId id : shared.papers()) {
                if (!index.containsKey(id)) {
                    throw new IllegalArgumentException("the slug " + shared.slug() + " is shared by no paper " + id);
                }
            }
        }
        formerSlugs.forEach((slug, id) -> {
            if (!index.containsKey(id)) {
                throw new IllegalArgumentException("the former slug " + slug + " leads to no paper " + id);
            }
        });
        return new Corpus(sorted, digests, index, origins, sharedSlugs, new TreeMap<>(formerSlugs),
                new TreeMap<>(formerDigestSlugs));
    }

    /**
     * The digests in the order their papers arrive: undated digests first, then dated ones oldest first, each group by
     * source name. A paper arrives with the first digest that lists it, in that digest's order.
     */
    public List<Digest> digestsInArrivalOrder() {
        List<Digest> inOrder = new ArrayList<>(digests);
        inOrder.sort(Comparator.comparing((Digest d) -> d.date().isPresent())
                .thenComparing(d -> d.date().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Digest::sourceName)
                .thenComparing(Digest::slug));
        return inOrder;
    }

    /** The papers in the order they arrived (see {@link #digestsInArrivalOrder}); a paper no digest lists comes last, by id. */
    public List<PaperId> arrivalOrder() {
        Set<PaperId> order = new LinkedHashSet<>();
        for (Digest d : digestsInArrivalOrder()) {
            for (PaperId p : d.papers()) {
                if (byId.containsKey(p)) {
                    order.add(p);
                }
            }
        }
        papers.forEach(p -> order.add(p.id()));
        return List.copyOf(order);
    }

    public Optional<Paper> paper(PaperId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Where the paper was first listed, "file:line", if known. */
    public Optional<String> origin(PaperId id) {
        return Optional.ofNullable(origins.get(id));
    }
}
