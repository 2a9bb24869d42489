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
}
