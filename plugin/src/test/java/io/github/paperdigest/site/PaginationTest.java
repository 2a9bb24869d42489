package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A long list is cut into its own page of the newest papers and pages of a hundred older ones, counted from the oldest. */
class PaginationTest {

    @Test
    void aListOfUpToOneHundredFiftyPapersIsOnePage() {
        assertEquals(new Pagination(0, 0), Pagination.of(0));
        assertEquals(new Pagination(150, 0), Pagination.of(150));
        assertEquals(150, Pagination.of(150).newestCount());
    }

    @Test
    void theListsOwnPageShowsFromFiftyToOneHundredFortyNinePapers() {
        assertEquals(new Pagination(151, 1), Pagination.of(151));
        assertEquals(51, Pagination.of(151).newestCount());
        assertEquals(149, Pagination.of(249).newestCount());
        assertEquals(new Pagination(250, 2), Pagination.of(250));
        assertEquals(50, Pagination.of(250).newestCount());
        for (int total = 151; total < 5_000; total++) {
            int newest = Pagination.of(total).newestCount();
            assertTrue(newest >= 50 && newest < 150, total + ": " + newest);
        }
    }

    @Test
    void everyPaperIsOnExactlyOnePageInTheListsOrder() {
        for (int total : List.of(0, 1, 150, 151, 250, 999, 1_234)) {
            List<Integer> list = newestFirst(total);
            Pagination cut = Pagination.of(total);
            List<Integer> read = new ArrayList<>(cut.newest(list));
            for (int n = cut.olderPages(); n >= 1; n--) {
                assertEquals(Pagination.PAGE_SIZE, cut.older(list, n).size());
                read.addAll(cut.older(list, n));
            }
            assertEquals(list, read, "a list of " + total);
        }
    }

    @Test
    void aPageOfOlderPapersKeepsItsPapersWhileNewerOnesArrive() {
        List<Integer> before = newestFirst(1_234);
        Pagination cutBefore = Pagination.of(before.size());
        for (int added = 1; added <= 500; added++) {
            List<Integer> after = newestFirst(1_234 + added);
            Pagination cut = Pagination.of(after.size());
            assertTrue(cut.olderPages() >= cutBefore.olderPages());
            for (int n = 1; n <= cutBefore.olderPages(); n++) {
                assertEquals(cutBefore.older(before, n), cut.older(after, n), "page " + n + " after " + added + " more");
            }
        }
    }

    @Test
    void aListIsCutOnlyAsTheLengthItWasMeasuredAt() {
        Pagination cut = Pagination.of(300);
        assertThrows(IllegalArgumentException.class, () -> cut.newest(newestFirst(299)));
        assertThrows(IndexOutOfBoundsException.class, () -> cut.older(newestFirst(300), 3));
        assertThrows(IllegalArgumentException.class, () -> new Pagination(300, 3));
    }

    /** Papers numbered in the order they arrived (0 the oldest), newest first. */
    private static List<Integer> newestFirst(int total) {
        return IntStream.range(0, total).map(i -> total - 1 - i).boxed().toList();
    }
}
