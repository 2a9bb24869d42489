package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityIndexTest {

    /**
     * About 60 documents on six topics: topic words, words shared by all topics, three exact duplicates
     * (for ties), an empty document and one whose words no other document uses.
     */
    private static List<List<String>> syntheticCorpus() {
        Random random = new Random(20240601);
        List<List<String>> documents = new ArrayList<>();
        for (int d = 0; d < 56; d++) {
            int topic = d % 6;
            List<String> words = new ArrayList<>();
            int length = 15 + random.nextInt(40);
            for (int w = 0; w < length; w++) {
                words.add(random.nextInt(4) == 0 ? "common" + random.nextInt(12)
                        : "topic" + topic + "word" + random.nextInt(15));
            }
            documents.add(words);
        }
        documents.add(new ArrayList<>(documents.get(3)));
        documents.add(new ArrayList<>(documents.get(3)));
        documents.add(List.of());
        documents.add(List.of("unique", "words", "nobody", "else", "uses"));
        documents.add(new ArrayList<>(documents.get(10)));
        return documents;
    }

    @Test
    void theIndexFindsExactlyTheNeighboursOfAnExhaustiveComparison() {
        List<List<String>> documents = syntheticCorpus();
        SimilarityIndex index = new SimilarityIndex(TfIdfVectors.of(documents));
        SimilarityIndex.Accumulator scratch = index.newAccumulator(); // reused, as one thread does

        for (int k : new int[] {1, 5, documents.size()}) {
            for (int d = 0; d < documents.size(); d++) {
                assertEquals(index.exhaustiveNearest(d, k), index.nearest(d, k, scratch), "document " + d + ", k " + k);
            }
        }
    }

    @Test
    void neighboursAreTheMostSimilarFirstWithoutTheDocumentItself() {
        List<List<String>> documents = syntheticCorpus();
        SimilarityIndex index = new SimilarityIndex(TfIdfVectors.of(documents));
        SimilarityIndex.Accumulator scratch = index.newAccumulator();

        int withNeighbours = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<SimilarityIndex.Neighbour> nearest = index.nearest(d, 5, scratch);
            assertTrue(nearest.size() <= 5);
            withNeighbours += nearest.isEmpty() ? 0 : 1;
            for (int i = 0; i < nearest.size(); i++) {
                SimilarityIndex.Neighbour n = nearest.get(i);
                assertTrue(n.document() != d, "document " + d + " is its own neighbour");
                assertTrue(n.score() > 0f && n.score() <= 1.0001f, "score " + n.score());
                if (i > 0) {
                    assertTrue(nearest.get(i - 1).score() >= n.score(), "not most similar first: " + nearest);
                }
            }
        }
        assertTrue(withNeighbours >= 55, "documents with neighbours: " + withNeighbours);
    }

    @Test
    void identicalDocumentsAreEachOthersNearestAndTiesGoToTheLowerIndex() {
        List<List<String>> documents = syntheticCorpus();
        SimilarityIndex index = new SimilarityIndex(TfIdfVectors.of(documents));

        List<SimilarityIndex.Neighbour> nearest = index.nearest(3, 3, index.newAccumulator());

        assertEquals(List.of(56, 57), nearest.subList(0, 2).stream().map(SimilarityIndex.Neighbour::document).toList());
        assertEquals(nearest.get(0).score(), nearest.get(1).score());
        assertEquals(1.0f, nearest.get(0).score(), 1e-5f);
        assertEquals(List.of(3, 57), index.nearest(56, 2, index.newAccumulator()).stream()
                .map(SimilarityIndex.Neighbour::document).toList());
    }

    @Test
    void documentsSharingNoWordHaveNoNeighbours() {
        List<List<String>> documents = syntheticCorpus();
        SimilarityIndex index = new SimilarityIndex(TfIdfVectors.of(documents));

        assertEquals(List.of(), index.nearest(58, 5, index.newAccumulator()), "the empty document");
        assertEquals(List.of(), index.nearest(59, 5, index.newAccumulator()), "the document of unique words");
    }
    /**
     * Documents added beside the counted ones, in a corpus large enough that the search's budget cuts the words it
     * searches by and candidates are chosen by partial scores: a counted document's neighbours among the counted ones
     * are those an index of the counted documents alone finds, less those an added document pushed off the end.
     */
    @Test
    void documentsAddedBesideTheCountedOnesOnlyTakePlacesAmongTheirNeighbours() {
        Random random = new Random(20261204);
        int countedDocuments = 8_000;
        int added = 2_000;
        List<int[]> documents = new ArrayList<>();
        for (int d = 0; d < countedDocuments + added; d++) {
            int topic = random.nextInt(4);
            int[] words = new int[30];
            for (int w = 0; w < words.length; w++) {
                // a few very common words, words common within a topic, and a long tail
                int kind = random.nextInt(10);
                words[w] = kind < 3 ? random.nextInt(20) : kind < 8 ? 20 + topic * 50 + random.nextInt(50)
                        : 2_020 + random.nextInt(20_000);
            }
            documents.add(words);
        }
        int features = 22_020;
        java.util.function.IntPredicate isCounted = d -> d < countedDocuments;
        SimilarityIndex grown = new SimilarityIndex(TfIdfVectors.of(documents, features, isCounted));
        SimilarityIndex alone = new SimilarityIndex(TfIdfVectors.of(documents.subList(0, countedDocuments), features));
        SimilarityIndex.Accumulator grownScratch = grown.newAccumulator();
        SimilarityIndex.Accumulator aloneScratch = alone.newAccumulator();

        int taken = 0;
        for (int d = 0; d < countedDocuments; d += 7) {
            List<SimilarityIndex.Neighbour> withAdded = grown.nearest(d, 5, grownScratch);
            List<SimilarityIndex.Neighbour> counted = withAdded.stream().filter(n -> n.document() < countedDocuments)
                    .toList();
            assertEquals(alone.nearest(d, 5, aloneScratch).subList(0, counted.size()), counted, "document " + d);
            taken += withAdded.size() - counted.size();
        }
        assertTrue(taken > 100, "added documents took " + taken + " places: the test shows little");
    }

    /** A document of the archive searched below: words common to all, words of one of six topics, a long tail. */
    private static int[] wordsOfADocument(Random random) {
        int topic = random.nextInt(6);
        int[] words = new int[10 + random.nextInt(30)];
        for (int w = 0; w < words.length; w++) {
            int kind = random.nextInt(10);
            words[w] = kind < 2 ? random.nextInt(10) : kind < 7 ? 10 + topic * 40 + random.nextInt(40)
                    : 250 + random.nextInt(3_000);
        }
        return words;
    }

    /**
     * Each document's entries are walked rarest first: by how many counted documents have the word, then by where the
     * entry stands, as sorting each document's entries by those two would order them. Checked on random documents of
     * which a quarter do not count, so that words of no counted document come first.
     */
    @Test
    void eachDocumentsEntriesAreOrderedRarestFirstThenByPosition() {
        Random random = new Random(20261207);
        List<int[]> documents = documents(random, 600);
        TfIdfVectors vectors = TfIdfVectors.of(documents, FEATURES, d -> d % 4 != 0);
        SimilarityIndex index = new SimilarityIndex(vectors);
        for (int d = 0; d < vectors.size(); d++) {
            int first = vectors.first(d);
            long[] keyed = new long[vectors.end(d) - first];
            for (int i = 0; i < keyed.length; i++) {
                keyed[i] = ((long) vectors.documentFrequency(vectors.term(first + i)) << 32) | (first + i);
            }
            java.util.Arrays.sort(keyed);
            int[] expected = java.util.Arrays.stream(keyed).mapToInt(k -> (int) k).toArray();
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(index.rarestFirst(d)), "document " + d);
        }
    }

    private static List<int[]> documents(Random random, int count) {
        List<int[]> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            documents.add(wordsOfADocument(random));
        }
        return documents;
    }

    private static final int FEATURES = 3_250;

    /**
     * Searches of an archive, taken up after documents were added to it: the same neighbours, walk and candidates as
     * searching anew, to the bit, or no answer. Bounds small enough for a few thousand documents to reach them: words
     * too common to search by, walks cut short by the budget, and by the postings of added documents.
     */
    @Test
    void aSearchTakenUpAfterDocumentsWereAddedFindsWhatASearchAnewFinds() {
        Random random = new Random(20261205);
        List<int[]> before = documents(random, 1_300);
        List<int[]> after = new ArrayList<>(before);
        for (int d = 0; d < 200; d++) {
            // a few added documents copy a known one, and tie with it
            after.add(d % 40 == 0 ? before.get(d).clone() : wordsOfADocument(random));
        }

        assertSearchesTakenUp(before, after, 1_300, 1_300 * 3 / 4);
    }

    /**
     * The same when the last documents searched were changed or removed since, as well as documents added: what the
     * last searches said of those documents is not taken up.
     */
    @Test
    void aSearchTakenUpAfterTheLastDocumentsChangedFindsWhatASearchAnewFinds() {
        Random random = new Random(20261206);
        List<int[]> before = documents(random, 1_300);
        int kept = 1_290;
        List<int[]> after = new ArrayList<>(before.subList(0, kept));
        for (int d = kept; d < before.size() - 2; d++) {
            // the last ten: eight changed by a word, in their places (so still near the documents they were near),
            // and two removed
            int[] changed = before.get(d).clone();
            changed[0] = 250 + random.nextInt(3_000);
            after.add(changed);
        }
        after.addAll(documents(random, 150));

        // in six topics, a tenth of the documents that do not count are among any document's 32 candidates: those
        // whose full list named one of the last ten are searched anew
        assertSearchesTakenUp(before, after, kept, kept / 5);
    }

    /**
     * Each search of {@code before} taken up in {@code after}, whose documents before {@code kept} are the same: more
     * than {@code leastTakenUp} of them, and not all.
     */
    private static void assertSearchesTakenUp(List<int[]> before, List<int[]> after, int kept, int leastTakenUp) {
        java.util.function.IntPredicate isCounted = d -> d < 1_000;
        for (int k : new int[] {1, 5}) {
            SimilarityIndex last = new SimilarityIndex(TfIdfVectors.of(before, FEATURES, isCounted), 400, 150);
            SimilarityIndex now = new SimilarityIndex(TfIdfVectors.of(after, FEATURES, isCounted), 400, 150);
            SimilarityIndex.Accumulator lastScratch = last.newAccumulator();
            SimilarityIndex.Accumulator nowScratch = now.newAccumulator();

            int takenUp = 0;
            int notTakenUp = 0;
            for (int d = 0; d < kept; d++) {
                SimilarityIndex.Search again = now.searchAgain(d, last.search(d, k, lastScratch), kept, k, nowScratch);
                SimilarityIndex.Search anew = now.search(d, k, nowScratch);
                if (again == null) {
                    notTakenUp++;
                    continue;
                }
                takenUp++;
                assertEquals(anew.best(), again.best(), "document " + d + ", k " + k);
                assertEquals(anew.walked(), again.walked(), "document " + d);
                assertEquals(java.util.Arrays.toString(anew.addedCandidates()),
                        java.util.Arrays.toString(again.addedCandidates()), "document " + d);
                assertEquals(java.util.Arrays.toString(anew.addedPartials()),
                        java.util.Arrays.toString(again.addedPartials()), "document " + d);
            }
            assertTrue(takenUp > leastTakenUp, "taken up " + takenUp + " of " + kept + " searches");
            assertTrue(notTakenUp > 0, "every search taken up: the bounds were not reached, the test shows less");
        }
    }
}
