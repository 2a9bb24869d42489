package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerWindowTest {

    @Test
    void aFewPagesOfOlderPapersAreAllLinkedNewestFirst() {
        assertEquals(List.of(1), PagerWindow.olderPages(1));
        assertEquals(List.of(3, 2, 1), PagerWindow.olderPages(3));
        assertEquals(List.of(5, 4, 3, 2, 1), PagerWindow.olderPages(5));
        assertEquals(List.of(7, 6, 5, 4, 3, 2, 1), PagerWindow.olderPages(7));
        assertEquals(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1), PagerWindow.olderPages(9));
    }

    @Test
    void manyPagesOfOlderPapersAreLinkedByTheNewestThreeTheOldestTwoAndRoundNumbersBetween() {
        // a big site's tag offered 38 37 36 … 2 1: pages 3 to 35 were reachable only one step at a time
        assertEquals(List.of(38, 37, 36, 30, 20, 10, 2, 1), PagerWindow.olderPages(38));
        assertEquals(List.of(20, 19, 18, 15, 10, 5, 2, 1), PagerWindow.olderPages(20));
        assertEquals(List.of(400, 399, 398, 300, 200, 100, 2, 1), PagerWindow.olderPages(400));
        // never every other page: 4, 6, 8 and the single pages between them would be all fourteen
        assertEquals(List.of(14, 13, 12, 11, 10, 5, 2, 1), PagerWindow.olderPages(14));
    }

    @Test
    void aSinglePageBetweenTwoShownIsShownRatherThanAGap() {
        assertEquals(List.of(6, 5, 4, 3, 2, 1), PagerWindow.olderPages(6));
    }

    @Test
    void everyLengthLinksItsNewestAndOldestPageAFewPagesOnlyAndNoPageFarFromOneShown() {
        for (int count = 1; count <= 3000; count++) {
            List<Integer> shown = PagerWindow.olderPages(count);
            assertTrue(shown.contains(1) && shown.contains(count), count + ": " + shown);
            assertTrue(shown.size() <= PagerWindow.NEWEST + PagerWindow.OLDEST + PagerWindow.JUMPS + 1, count + ": " + shown);
            for (int i = 1; i < shown.size(); i++) {
                int distance = shown.get(i - 1) - shown.get(i);
                assertTrue(distance > 0 && distance != 2, count + ": " + shown);
                assertTrue(distance <= count / 2 + 1, count + ": " + distance + " pages between two shown, " + shown);
            }
        }
    }
}
