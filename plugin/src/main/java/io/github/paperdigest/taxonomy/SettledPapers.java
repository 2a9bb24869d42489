package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The papers derived hubs are formed from: the archive as it stood when it last passed a step of the ladder 4, 5,
 * 6, 7, 8, 10, 12, 14, 16, 20 ... (each power of two and its next three quarters), taken in the order the papers
 * arrived, with the rest of the dated digest the last of them came in. A paper arrives with the first digest that
 * lists it: undated digests first (by source name), then dated ones oldest first, each in the order it lists its
 * papers.
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

    /** Every one of these papers settled: hubs formed from them all, as when a set of papers is all there is. */
    public static SettledPapers all(Collection<PaperId> papers) {
        Set<PaperId> all = Set.copyOf(papers);
        return new SettledPapers(all, all.size());
    }

    public static SettledPapers of(Corpus corpus) {
        return firstArrived(arrivals(corpus));
    }

    /** A paper's arrival: the batch it came in, the dated digest that first listed it or, undated, itself alone. */
    record Arrival(PaperId paper, int batch) {
    }

    /** The papers that arrived first, each on its own, as many as the step the archive has reached. */
    static SettledPapers first(List<PaperId> arrival) {
        return firstArrived(IntStream.range(0, arrival.size()).mapToObj(i -> new Arrival(arrival.get(i), i)).toList());
    }

    /**
     * The papers that arrived first, as many as the step the archive has reached, and the rest of the batch the last
     * of them came in: a paper added to an old digest then joins the settled papers without pushing one out, unless
     * it moves the step's last paper into the next digest.
     */
    static SettledPapers firstArrived(List<Arrival> arrivals) {
        int count = step(arrivals.size());
        while (count > 0 && count < arrivals.size() && arrivals.get(count).batch() == arrivals.get(count - 1).batch()) {
            count++;
        }
        return new SettledPapers(arrivals.subList(0, count).stream().map(Arrival::paper).collect(Collectors.toUnmodifiableSet()),
                arrivals.size());
    }

    /** The largest step of the ladder the archive has reached; the whole archive below the smallest step. */
    static int step(int papers) {
        if (papers < SMALLEST_STEP) {
            return papers;
        }
        int power = Integer.highestOneBit(papers);
        int quarter = power / 4;
        return power + quarter * ((papers - power) / quarter);
    }

    /** How many papers the archive will hold when hubs are next formed anew: below the smallest step, at every paper. */
    public int nextStep() {
        if (papers < SMALLEST_STEP) {
            return papers + 1;
        }
        return step(papers) + Integer.highestOneBit(papers) / 4;
    }

    /** The papers in the order they arrived; a paper no digest lists comes last, by id. */
    static List<PaperId> arrivalOrder(Corpus corpus) {
        return corpus.arrivalOrder();
    }

    static List<Arrival> arrivals(Corpus corpus) {
        List<Digest> digests = corpus.digestsInArrivalOrder();
        Map<PaperId, Integer> batchOf = new LinkedHashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            Digest d = digests.get(i);
            for (PaperId p : d.papers()) {
                if (corpus.byId().containsKey(p) && !batchOf.containsKey(p)) {
                    // a dated digest is one batch; each paper of an undated one is a batch of its own
                    batchOf.put(p, d.date().isPresent() ? -1 - i : batchOf.size());
                }
            }
        }
        corpus.papers().stream().map(Paper::id).filter(p -> !batchOf.containsKey(p)).forEach(p -> batchOf.put(p, batchOf.size()));
        return batchOf.entrySet().stream().map(e -> new Arrival(e.getKey(), e.getValue())).toList();
    }

    public boolean contains(PaperId paper) {
        return settled.contains(paper);
    }

    /** How many papers are settled. */
    public int count() {
        return settled.size();
    }

    /** How many papers the archive holds. */
    public int papers() {
        return papers;
    }
}
