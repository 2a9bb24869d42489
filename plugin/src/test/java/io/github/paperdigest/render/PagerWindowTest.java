package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerWindowTest {

    @Test
    void aShortListLinksToEveryPage() {
        assertEquals(List.of(1, 2, 3), PagerWindow.numbers(2, 3));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), PagerWindow.numbers(4, 7));
    }

    @Test
    void aLongListLinksToItsEndsAndThePagesAroundThisOne() {
        assertEquals(List.of(1, 2, 3, 4, 5, 399, 400), PagerWindow.numbers(3, 400));
        assertEquals(List.of(1, 2, 198, 199, 200, 201, 202, 399, 400), PagerWindow.numbers(200, 400));
        assertEquals(List.of(1, 2, 396, 397, 398, 399, 400), PagerWindow.numbers(398, 400));
    }

    @Test
    void aSinglePageBetweenTwoShownIsShownRatherThanAGap() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 20, 21), PagerWindow.numbers(6, 21));
    }

    @Test
    void everyPageOfEveryLengthIsReachableAndLinksToAFewPagesOnly() {
        for (int count = 1; count <= 60; count++) {
            for (int page = 1; page <= count; page++) {
                List<Integer> shown = PagerWindow.numbers(page, count);
                assertTrue(shown.contains(page) && shown.contains(1) && shown.contains(count), page + " of " + count);
                assertTrue(shown.contains(Math.max(1, page - 1)) && shown.contains(Math.min(count, page + 1)));
                assertTrue(shown.size() <= 2 * PagerWindow.ENDS + 2 * PagerWindow.AROUND + 3, shown.toString());
                for (int i = 1; i < shown.size(); i++) {
                    assertTrue(shown.get(i) > shown.get(i - 1) && shown.get(i) - shown.get(i - 1) != 2, shown.toString());
                }
            }
        }
    }
}
