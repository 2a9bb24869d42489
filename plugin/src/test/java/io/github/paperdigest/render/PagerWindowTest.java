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
    }

    @Test
    void manyPagesOfOlderPapersAreLinkedByTheNewestThreeAndTheOldestTwo() {
        assertEquals(List.of(400, 399, 398, 2, 1), PagerWindow.olderPages(400));
        assertEquals(List.of(7, 6, 5, 2, 1), PagerWindow.olderPages(7));
    }

    @Test
    void aSinglePageBetweenTwoShownIsShownRatherThanAGap() {
        assertEquals(List.of(6, 5, 4, 3, 2, 1), PagerWindow.olderPages(6));
    }

    @Test
    void everyLengthLinksItsNewestAndOldestPageAndAFewPagesOnly() {
        for (int count = 1; count <= 60; count++) {
            List<Integer> shown = PagerWindow.olderPages(count);
            assertTrue(shown.contains(1) && shown.contains(count), count + ": " + shown);
            assertTrue(shown.size() <= PagerWindow.NEWEST + PagerWindow.OLDEST + 1, shown.toString());
            for (int i = 1; i < shown.size(); i++) {
                assertTrue(shown.get(i) < shown.get(i - 1) && shown.get(i - 1) - shown.get(i) != 2, shown.toString());
            }
        }
    }
}
