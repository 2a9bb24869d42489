package io.github.paperdigest.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Nearest neighbours by cosine similarity, without comparing every pair of documents. For a document,
 * candidates are found through an inverted index over its rarer words (rarest first, up to a work
 * budget); the best candidates by that partial score are then scored exactly over their whole vectors.
 *
 * <p>Words carried by more than {@link #commonWordLimit} documents are left out of candidate search:
 * on their own they make weak neighbours and their postings are what would make the search quadratic.
 * They still count in the exact score. While no word is that common and the budget is not reached, the
 * partial score is the exact score and the result is exactly that of comparing every pair
 * ({@link #exhaustiveNearest}); both sum in the same order, so scores are bit-identical.
 */
final class SimilarityIndex {

    /** A neighbour: document index and cosine similarity. */
    record Neighbour(int document, float score) {
    }

    /** Candidates rescored exactly per document. */
    static final int CANDIDATES = 32;
    /** Postings visited per document at most, so that no document costs more than a bounded amount. */
    static final int POSTINGS_BUDGET = 6_000;

    private final TfIdfVectors vectors;
    private final int[][] postingDocs;
    private final float[][] postingWeights;
    private final int postingsBudget;
    private final int commonWordLimit;
    /**
     * Each document's entries, rarest first ({@link #rarestFirst}), where its entries lie in the vectors: ordered for
     * all documents at once by two counting sorts, words by rarity and then entries by document, rather than by a
     * sort of each document's entries, which was most of taking up a search again.
     */
    private final int[] rarest;
    /** What {@link #postingsFrom} found last: threads that search at once may each find it, and find the same. */
    private volatile PostingsFrom postingsFrom;

    /**
     * The index of the vectors. Its choice of words to search by (which are too common, which are rarest, where the
     * budget ends) counts the documents the vectors count for rarity ({@link TfIdfVectors#of(List, int,
     * IntPredicate)}), as their weights do: documents added beside those are found, but change no other document's
     * search.
     */
    SimilarityIndex(TfIdfVectors vectors) {
        this(vectors, POSTINGS_BUDGET, Math.max(2_000, vectors.countedDocuments() / 50));
    }

    /** An index with its own bounds: small ones let a test reach them with a few dozen documents. */
    SimilarityIndex(TfIdfVectors vectors, int postingsBudget, int commonWordLimit) {
        this.vectors = vectors;
        this.postingsBudget = postingsBudget;
        this.commonWordLimit = commonWordLimit;
        int[] lengths = new int[vectors.vocabularySize()];
        for (int d = 0; d < vectors.size(); d++) {
            for (int i = vectors.first(d); i < vectors.end(d); i++) {
                lengths[vectors.term(i)]++;
            }
        }
        postingDocs = new int[lengths.length][];
        postingWeights = new float[lengths.length][];
        for (int t = 0; t < lengths.length; t++) {
            boolean indexed = lengths[t] >= 2 && vectors.documentFrequency(t) <= commonWordLimit;
            postingDocs[t] = new int[indexed ? lengths[t] : 0];
            postingWeights[t] = new float[indexed ? lengths[t] : 0];
        }
        int[] fill = new int[lengths.length];
        for (int d = 0; d < vectors.size(); d++) {
            for (int i = vectors.first(d); i < vectors.end(d); i++) {
                int t = vectors.term(i);
                if (postingDocs[t].length > 0) {
                    postingDocs[t][fill[t]] = d;
                    postingWeights[t][fill[t]] = vectors.weight(i);
                    fill[t]++;
                }
            }
        }
        rarest = rarestFirstOfEach(vectors, lengths);
    }

    /**
     * The entries of every document, each document's rarest first: by counted documents, then by position, which in a
     * document's words, ascending, is by word. The words are ranked so once for all documents (by counted documents,
     * then by number); the entries are put in the order of their words' ranks, and then, keeping that order, each in
     * its document's place.
     *
     * @param entries how many entries each word has in all the documents
     */
    private static int[] rarestFirstOfEach(TfIdfVectors vectors, int[] entries) {
        int words = vectors.vocabularySize();
        int mostDocuments = 0;
        for (int t = 0; t < words; t++) {
            mostDocuments = Math.max(mostDocuments, vectors.documentFrequency(t));
        }
        // where the entries of each word start, words in the order of their ranks
        int[] byFrequency = new int[mostDocuments + 2];
        for (int t = 0; t < words; t++) {
            byFrequency[vectors.documentFrequency(t) + 1] += entries[t];
        }
        for (int f = 1; f < byFrequency.length; f++) {
            byFrequency[f] += byFrequency[f - 1];
        }
        int[] wordStart = new int[words];
        for (int t = 0; t < words; t++) {
            int f = vectors.documentFrequency(t);
            wordStart[t] = byFrequency[f];
            byFrequency[f] += entries[t];
        }
        if (vectors.size() == 0) {
            return new int[0];
        }
        int total = vectors.end(vectors.size() - 1);
        // each entry with its document, in one number: one place written for each, not two
        long[] ranked = new long[total];
        for (int d = 0; d < vectors.size(); d++) {
            for (int i = vectors.first(d); i < vectors.end(d); i++) {
                ranked[wordStart[vectors.term(i)]++] = (long) d << 32 | i;
            }
        }
        int[] rarest = new int[total];
        int[] next = new int[vectors.size()];
        for (int d = 0; d < next.length; d++) {
            next[d] = vectors.first(d);
        }
        for (long entry : ranked) {
            rarest[next[(int) (entry >>> 32)]++] = (int) entry;
        }
        return rarest;
    }

    /**
     * Scratch space for one thread: a partial score per document, the documents touched, and the
     * current document's weights by word for exact scoring.
     */
    static final class Accumulator {
        private final float[] scores;
        private final int[] touched;
        private final float[] queryWeights;
        private int touchedCount;

        Accumulator(int documents, int words) {
            scores = new float[documents];
            touched = new int[documents];
            queryWeights = new float[words];
        }
    }

    Accumulator newAccumulator() {
        return new Accumulator(vectors.size(), vectors.vocabularySize());
    }

    /**
     * The exact cosine of the current document (its weights spread in {@code queryWeights}) with another, summed in
     * ascending word order like {@link TfIdfVectors#cosine}, so bit-identical to it. Looking each word up costs less
     * than walking both vectors side by side, and than first asking a small set of bits whether the document has the
     * word (at 100,000 papers: 5.3 s of processor time, against 10.6 and 6.2 s).
     */
    private float exactScore(Accumulator acc, int other) {
        float dot = 0f;
        for (int j = vectors.first(other); j < vectors.end(other); j++) {
            float q = acc.queryWeights[vectors.term(j)];
            if (q != 0f) {
                dot += q * vectors.weight(j);
            }
        }
        return dot;
    }

    /** A document's nearest neighbours, most similar first. */
    List<Neighbour> nearest(int document, int k, Accumulator acc) {
        return search(document, k, acc).best();
    }

    /**
     * A document's nearest neighbours, and what a later search needs to find them again after the last documents were
     * added, changed or removed ({@link #searchAgain}): how many of its words, rarest first, were walked, and the best
     * candidates among the documents that do not count for rarity, by their partial scores.
     */
    record Search(List<Neighbour> best, int walked, int[] addedCandidates, float[] addedPartials) {
    }

    Search search(int document, int k, Accumulator acc) {
        int[] order = rarestFirst(document);
        int walked = walkLength(order);
        accumulate(document, order, walked, 0, acc);
        // the counted documents' candidates are chosen among themselves, so that documents added beside them,
        // whose own candidates are chosen apart, can take a place among the nearest but not push a candidate out
        TopK candidates = new TopK(candidateCount(k));
        TopK addedCandidates = new TopK(candidateCount(k));
        drain(acc, candidates, addedCandidates);
        spread(document, acc);
        TopK best = new TopK(k);
        offerExactly(candidates, best, acc);
        offerExactly(addedCandidates, best, acc);
        clear(document, acc);
        return new Search(best.best(), walked, addedCandidates.documents(), addedCandidates.scores());
    }

    /**
     * The search of a document that was searched before ({@code last}), when the documents before {@code firstAdded}
     * are those it searched, as they were, and none from there on counts for rarity: every word's rarity is then as
     * it was, and so are the partial scores and the candidates among the counted documents. The documents from
     * {@code firstAdded} on are new or changed since, and what {@code last} says of its documents there no longer
     * holds. The added documents' candidates are the best of those found last and of the partial scores of the
     * documents from {@code firstAdded} on, which are all this walks. The same as {@link #search}, or null where it
     * cannot tell: a nearest document, or one of a full list of candidates, was one of those now new or changed; the
     * postings end the walk at another word; or a new document pushes out of the candidates one that was among the
     * nearest (the place it leaves may go to a document the last search did not score exactly).
     */
    Search searchAgain(int document, Search last, int firstAdded, int k, Accumulator acc) {
        if (namesAChangedDocument(last, firstAdded, k)) {
            return null;
        }
        int[] order = rarestFirst(document);
        int walked = walkLength(order);
        if (walked != last.walked()) {
            return null;
        }
        accumulate(document, order, walked, firstAdded, acc);
        TopK addedCandidates = new TopK(candidateCount(k));
        for (int i = 0; i < last.addedCandidates().length; i++) {
            if (last.addedCandidates()[i] < firstAdded) {
                addedCandidates.offer(last.addedCandidates()[i], last.addedPartials()[i]);
            }
        }
        drain(acc, addedCandidates, addedCandidates); // none of the documents walked here counts
        if (pushedOutANeighbour(last, addedCandidates)) {
            return null;
        }
        TopK best = new TopK(k);
        last.best().forEach(n -> best.offer(n.document(), n.score()));
        spread(document, acc);
        for (int rank = 0; rank < addedCandidates.size(); rank++) {
            int other = addedCandidates.document(rank);
            if (other >= firstAdded) {
                best.offer(other, exactScore(acc, other));
            }
        }
        clear(document, acc);
        return new Search(best.best(), walked, addedCandidates.documents(), addedCandidates.scores());
    }

    /**
     * Whether the last search names, among its nearest, a document now new or changed; or among its candidates, when
     * they were as many as it keeps: a document left out then may take the place of the one gone.
     */
    private static boolean namesAChangedDocument(Search last, int firstAdded, int k) {
        for (Neighbour n : last.best()) {
            if (n.document() >= firstAdded) {
                return true;
            }
        }
        if (last.addedCandidates().length < candidateCount(k)) {
            return false; // it held every document of the walk that does not count: those gone leave no place to fill
        }
        for (int c : last.addedCandidates()) {
            if (c >= firstAdded) {
                return true;
            }
        }
        return false;
    }

    private static boolean pushedOutANeighbour(Search last, TopK addedCandidates) {
        for (Neighbour n : last.best()) {
            boolean wasCandidate = false;
            for (int c : last.addedCandidates()) {
                wasCandidate |= c == n.document();
            }
            if (wasCandidate && !addedCandidates.holds(n.document())) {
                return true;
            }
        }
        return false;
    }

    static int candidateCount(int k) {
        return Math.max(CANDIDATES, 4 * k);
    }

    /**
     * How many of the document's words, rarest first, its search walks: up to the budget of postings, counted in the
     * documents that count for rarity, so that documents added beside them do not move it; the second bound holds
     * the work when many added documents share a word. Words in no other document's postings are passed over.
     */
    private int walkLength(int[] order) {
        int visited = 0;
        int visitedAll = 0;
        int walked = 0;
        for (; walked < order.length; walked++) {
            int t = vectors.term(order[walked]);
            int postings = postingDocs[t].length;
            if (postings == 0) {
                continue;
            }
            if (visited > 0 && (visited + vectors.documentFrequency(t) > postingsBudget
                    || visitedAll + postings > 2 * postingsBudget)) {
                break;
            }
            visited += vectors.documentFrequency(t);
            visitedAll += postings;
        }
        return walked;
    }

    /**
     * Adds to each other document from {@code from} on its partial score with the document: the products of their
     * weights over the words walked, in the walk's order, so that a document's partial score is the same float
     * whichever documents are walked beside it.
     */
    private void accumulate(int document, int[] order, int walked, int from, Accumulator acc) {
        for (int o = 0; o < walked; o++) {
            int i = order[o];
            int t = vectors.term(i);
            int[] docs = postingDocs[t];
            float w = vectors.weight(i);
            float[] weights = postingWeights[t];
            // a word's postings are in document order: those from {@code from} on are the last of them
            int j = from == 0 ? 0 : postingsFrom(from)[t];
            for (; j < docs.length; j++) {
                int other = docs[j];
                if (other == document) {
                    continue;
                }
                if (acc.scores[other] == 0f) {
                    acc.touched[acc.touchedCount++] = other;
                }
                acc.scores[other] += w * weights[j];
            }
        }
    }

    /**
     * Offers each document touched to the candidates of its kind, counted or not, with its partial score, and leaves
     * the scratch space empty for the next document.
     */
    private void drain(Accumulator acc, TopK counted, TopK added) {
        for (int i = 0; i < acc.touchedCount; i++) {
            int other = acc.touched[i];
            (vectors.counted(other) ? counted : added).offer(other, acc.scores[other]);
            acc.scores[other] = 0f;
        }
        acc.touchedCount = 0;
    }

    /**
     * Where each word's postings of the documents from {@code from} on start: looked up once for every word, not at
     * each word of each search taken up. Kept for the last {@code from} asked, which is the same for every search of
     * a build.
     */
    private int[] postingsFrom(int from) {
        PostingsFrom known = postingsFrom;
        if (known != null && known.from() == from) {
            return known.starts();
        }
        int[] starts = new int[postingDocs.length];
        for (int t = 0; t < starts.length; t++) {
            starts[t] = firstAtOrAfter(postingDocs[t], from);
        }
        postingsFrom = new PostingsFrom(from, starts);
        return starts;
    }

    private record PostingsFrom(int from, int[] starts) {
    }

    private static int firstAtOrAfter(int[] docs, int from) {
        int at = Arrays.binarySearch(docs, from);
        return at >= 0 ? at : -at - 1;
    }

    private void spread(int document, Accumulator acc) {
        for (int i = vectors.first(document); i < vectors.end(document); i++) {
            acc.queryWeights[vectors.term(i)] = vectors.weight(i);
        }
    }

    private void clear(int document, Accumulator acc) {
        for (int i = vectors.first(document); i < vectors.end(document); i++) {
            acc.queryWeights[vectors.term(i)] = 0f;
        }
    }

    /** Offers each candidate to {@code best} with its exact score. */
    private void offerExactly(TopK candidates, TopK best, Accumulator acc) {
        for (int rank = 0; rank < candidates.size(); rank++) {
            best.offer(candidates.document(rank), exactScore(acc, candidates.document(rank)));
        }
    }

    /** The same result computed by comparing the document with every other: the reference for tests. */
    List<Neighbour> exhaustiveNearest(int document, int k) {
        TopK top = new TopK(k);
        for (int other = 0; other < vectors.size(); other++) {
            if (other != document) {
                top.offer(other, vectors.cosine(document, other));
            }
        }
        return top.best();
    }

    /** The entries of the document's words, rarest first (by counted documents, then position). */
    int[] rarestFirst(int document) {
        return Arrays.copyOfRange(rarest, vectors.first(document), vectors.end(document));
    }

    /**
     * The k highest scores; equal scores go to the lower document index. Scores of 0 are not neighbours. Held in two
     * arrays, best first: each document offers thousands of candidates, most of which are turned away at once.
     */
    private static final class TopK {
        private final int k;
        private final int[] documents;
        private final float[] scores;
        private int size;

        TopK(int k) {
            this.k = k;
            this.documents = new int[k];
            this.scores = new float[k];
        }

        void offer(int document, float score) {
            if (score <= 0f || k == 0 || size == k && !better(document, score, documents[k - 1], scores[k - 1])) {
                return;
            }
            int at = size == k ? k - 1 : size++;
            for (; at > 0 && better(document, score, documents[at - 1], scores[at - 1]); at--) {
                documents[at] = documents[at - 1];
                scores[at] = scores[at - 1];
            }
            documents[at] = document;
            scores[at] = score;
        }

        private static boolean better(int document, float score, int thanDocument, float thanScore) {
            return score > thanScore || score == thanScore && document < thanDocument;
        }

        int size() {
            return size;
        }

        int document(int rank) {
            return documents[rank];
        }

        boolean holds(int document) {
            for (int i = 0; i < size; i++) {
                if (documents[i] == document) {
                    return true;
                }
            }
            return false;
        }

        int[] documents() {
            return Arrays.copyOf(documents, size);
        }

        float[] scores() {
            return Arrays.copyOf(scores, size);
        }

        List<Neighbour> best() {
            Neighbour[] best = new Neighbour[size];
            for (int i = 0; i < size; i++) {
                best[i] = new Neighbour(documents[i], scores[i]);
            }
            return List.of(best);
        }
    }
}
