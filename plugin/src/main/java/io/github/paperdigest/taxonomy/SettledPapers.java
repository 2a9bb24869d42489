package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The papers derived hubs are formed from: the archive as it stood when it last passed a step of the ladder 4, 5,
 * 6, 7, 8, 10, 12, 14, 16, 20 ... (each power of two and its next three quarters), taken in the order the papers
 * arrived. A paper arrives with the first digest that lists it: undated digests first (by source name), then dated
 * ones oldest first, each in the order it lists its papers.
 *
 * <p>Why: clustering is a global step, and a day's digest of a few per cent more papers would otherwise move most
 * hubs, rename them, and change the hub links of nearly every paper page (measured on the arXiv records of the
 * labelled corpus: 4 % more papers changed 894 of 1,100 paper pages). Formed from the settled papers, hubs keep their
 * names, addresses and papers while the archive grows by up to a quarter; the papers that arrived since join the hub
 * they are nearest. The set is a function of the digests alone, so a full build and a rebuild agree.
 */
public final class SettledPapers {

    /** Below this many papers every paper is settled: there is nothing to hold still yet. */
    static final int SMALLEST_STEP = 4;

    private final Set<PaperId> settled;
    private final int papers;

    private SettledPapers(Set<PaperId> settled, int papers) {
        this.settled = settled;
        this.papers = papers;
    }

    /** Every paper settled: hubs formed from the whole corpus, as when a set of papers is all there is. */
    public static SettledPapers all() {
        return new SettledPapers(null, -1);
    }

    public static SettledPapers of(Corpus corpus) {
        return first(arrivalOrder(corpus));
    }

    /** The papers that arrived first, as many as the step the archive has reached. */
    static SettledPapers first(List<PaperId> arrival) {
        return new SettledPapers(Set.copyOf(arrival.subList(0, step(arrival.size()))), arrival.size());
    }

    /** The largest step of the ladder the archive has reached; the whole archive below the smallest step. */
    static int step(int papers) {
        if (papers < SMALLEST_STEP) {
            return papers;
        }
        int power = Integer.highestOneBit(papers);
        if (power < SMALLEST_STEP) {
            return papers;
        }
        int quarter = power / 4;
        return power + quarter * ((papers - power) / quarter);
    }

    /** How many papers the archive will hold when hubs are next formed anew. */
    public int nextStep() {
        if (papers < SMALLEST_STEP) {
            return SMALLEST_STEP;
        }
        return step(papers) + Integer.highestOneBit(papers) / 4;
    }

    /** The papers in the order they arrived; a paper no digest lists comes last, by id. */
    static List<PaperId> arrivalOrder(Corpus corpus) {
        List<Digest> digests = new ArrayList<>(corpus.digests());
        digests.sort(Comparator.comparing((Digest d) -> d.date().isPresent())
                .thenComparing(d -> d.date().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Digest::sourceName)
                .thenComparing(Digest::slug));
        Set<PaperId> order = new LinkedHashSet<>();
        for (Digest d : digests) {
            d.papers().stream().filter(corpus.byId()::containsKey).forEach(order::add);
        }
        corpus.papers().stream().map(Paper::id).forEach(order::add);
        return List.copyOf(order);
    }

    public boolean contains(PaperId paper) {
        return settled == null || settled.contains(paper);
    }

    /** How many papers are settled; -1 for {@link #all()}. */
    public int count() {
        return settled == null ? -1 : settled.size();
    }

    /** How many papers the archive holds; -1 for {@link #all()}. */
    public int papers() {
        return papers;
    }
}
