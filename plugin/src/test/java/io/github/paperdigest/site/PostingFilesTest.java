package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostingFilesTest {

    /** A word that occurs in this many papers. */
    private static IndexedWord word(String word, int papers) {
        return new IndexedWord(word, IntStream.range(0, papers).mapToObj(p -> new Occurrence(p, false)).toList());
    }

    @Test
    void aSiteHasAPostingFilePer256PapersAndAtLeastOne() {
        assertEquals(1, PostingFiles.forPapers(0).count());
        assertEquals(1, PostingFiles.forPapers(256).count());
        assertEquals(2, PostingFiles.forPapers(257).count());
        assertEquals(40, PostingFiles.forPapers(10_000).count());
        assertEquals(391, PostingFiles.forPapers(100_000).count());
        assertThrows(IllegalArgumentException.class, () -> new PostingFiles(0));
    }

    @Test
    void wordsGoToFilesInOrderInRunsOfAboutEqualOccurrences() {
        List<IndexedWord> words = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            words.add(word(String.format("w%03d", i), 10));
        }
        assertArrayEquals(new int[] {0, 25, 50, 75}, new PostingFiles(4).starts(words));
    }

    @Test
    void aWordWithMoreThanAShareLeavesTheFilesAfterItEmpty() {
        List<IndexedWord> words = List.of(word("a", 1), word("model", 90), word("video", 5), word("zoo", 4));
        // occurrences before each word: 0, 1, 91, 96 of 100; shares of 25
        assertArrayEquals(new int[] {0, 2, 2, 2}, new PostingFiles(4).starts(words),
                "files 1 and 2 hold no word; file 3 holds video and zoo");
    }

    @Test
    void withoutWordsEveryFileIsEmpty() {
        assertArrayEquals(new int[] {0, 0, 0}, new PostingFiles(3).starts(List.of()));
    }

    @Test
    void aFileIsAScriptOfItsOwnFolder() {
        assertEquals("search-postings/7.js", PostingFiles.forPapers(10_000).path(7));
    }
}
