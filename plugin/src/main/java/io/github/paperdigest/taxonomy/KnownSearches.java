package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The searches one build made for each paper's related papers by their words ({@link RelatedPapers}), kept for the
 * next: a hash of each document searched (its features, and whether it counts for rarity), how many counted, and each
 * document's search as {@link SimilarityIndex#searchAgain} takes it up. Scores are kept with the documents they
 * belong to: {@code searchAgain} reuses them only for documents whose features, and every earlier document's, hash
 * as they did, so they are the floats this build's search would compute.
 */
record KnownSearches(long[] documentHashes, int countedDocuments, List<SimilarityIndex.Search> searches) {

    /**
     * How many of the documents, from the first, are those searched before: each hashes as it did, and no other
     * document counts for rarity, now or then. From there on, documents are new or changed; 0 when the documents
     * that count changed.
     */
    int documentsKept(long[] hashes, IntPredicate counted) {
        int kept = 0;
        int countedKept = 0;
        while (kept < Math.min(hashes.length, documentHashes.length) && hashes[kept] == documentHashes[kept]) {
            countedKept += counted.test(kept) ? 1 : 0;
            kept++;
        }
        boolean noneCountedAfter = IntStream.range(kept, hashes.length).noneMatch(counted);
        return countedKept == countedDocuments && noneCountedAfter ? kept : 0;
    }

    int size() {
        return searches.size();
    }

    SimilarityIndex.Search search(int document) {
        return searches.get(document);
    }

    /** The bytes of the searches, each kind of number in one array (reading them number by number costs more). */
    byte[] bytes() {
        int n = searches.size();
        int[] walked = new int[n];
        int[] bestSizes = new int[n];
        int[] candidateSizes = new int[n];
        int bestTotal = 0;
        int candidateTotal = 0;
        for (int d = 0; d < n; d++) {
            SimilarityIndex.Search s = searches.get(d);
            walked[d] = s.walked();
            bestSizes[d] = s.best().size();
            candidateSizes[d] = s.addedCandidates().length;
            bestTotal += bestSizes[d];
            candidateTotal += candidateSizes[d];
        }
        int[] bestDocuments = new int[bestTotal];
        float[] bestScores = new float[bestTotal];
        int[] candidateDocuments = new int[candidateTotal];
        float[] candidatePartials = new float[candidateTotal];
        int best = 0;
        int candidate = 0;
        for (SimilarityIndex.Search s : searches) {
            for (SimilarityIndex.Neighbour neighbour : s.best()) {
                bestDocuments[best] = neighbour.document();
                bestScores[best++] = neighbour.score();
            }
            System.arraycopy(s.addedCandidates(), 0, candidateDocuments, candidate, s.addedCandidates().length);
            System.arraycopy(s.addedPartials(), 0, candidatePartials, candidate, s.addedPartials().length);
            candidate += s.addedCandidates().length;
        }
        return new MemoBytes.Writer().longs(documentHashes).number(countedDocuments).numbers(walked)
                .numbers(bestSizes).numbers(bestDocuments).floats(bestScores)
                .numbers(candidateSizes).numbers(candidateDocuments).floats(candidatePartials)
                .bytes();
    }

    /**
     * The searches the bytes hold, or null when they are not the bytes of searches of at most {@code k} neighbours
     * and {@code candidates} candidates each, naming documents of the list other than the one searched.
     */
    static KnownSearches of(byte[] bytes, int k, int candidates) {
        return MemoBytes.decode(bytes, in -> {
            long[] hashes = in.longs();
            int counted = in.number();
            int[] walked = in.numbers();
            int n = walked.length;
            int[] bestSizes = in.numbers();
            int[] bestDocuments = in.numbers();
            float[] bestScores = in.floats();
            int[] candidateSizes = in.numbers();
            int[] candidateDocuments = in.numbers();
            float[] candidatePartials = in.floats();
            if (hashes.length != n || counted < 0 || counted > n || bestSizes.length != n || candidateSizes.length != n
                    || !sized(bestSizes, k, bestDocuments.length) || bestScores.length != bestDocuments.length
                    || !sized(candidateSizes, candidates, candidateDocuments.length)
                    || candidatePartials.length != candidateDocuments.length) {
                return null;
            }
            List<SimilarityIndex.Search> searches = new ArrayList<>(n);
            int best = 0;
            int candidate = 0;
            for (int d = 0; d < n; d++) {
                List<SimilarityIndex.Neighbour> nearest = new ArrayList<>(bestSizes[d]);
                for (int i = 0; i < bestSizes[d]; i++, best++) {
                    nearest.add(new SimilarityIndex.Neighbour(bestDocuments[best], bestScores[best]));
                }
                int[] documents = Arrays.copyOfRange(candidateDocuments, candidate, candidate + candidateSizes[d]);
                float[] partials = Arrays.copyOfRange(candidatePartials, candidate, candidate + candidateSizes[d]);
                candidate += candidateSizes[d];
                int[] nearestDocuments = Arrays.copyOfRange(bestDocuments, best - bestSizes[d], best);
                if (walked[d] < 0 || !KnownNeighbours.othersEachOnce(nearestDocuments, d, n)
                        || !KnownNeighbours.othersEachOnce(documents, d, n)) {
                    return null;
                }
                searches.add(new SimilarityIndex.Search(List.copyOf(nearest), walked[d], documents, partials));
            }
            return new KnownSearches(hashes, counted, List.copyOf(searches));
        });
    }

    /** Whether each size is at most {@code most}, and the sizes add up to {@code total}. */
    private static boolean sized(int[] sizes, int most, int total) {
        long sum = 0;
        for (int s : sizes) {
            if (s < 0 || s > most) {
                return false;
            }
            sum += s;
        }
        return sum == total;
    }
}
