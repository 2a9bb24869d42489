package io.github.paperdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which pages of older papers a list's own page links to by number: the newest few, the oldest two, and between them
 * a few evenly spaced round numbers (10, 20, 30 of 38 pages), so that no page is more than a few steps away. A tag
 * of 30,000 papers would otherwise link to 300 pages from its page.
 */
final class PagerWindow {

    static final int NEWEST = 3;
    static final int OLDEST = 2;
    /** At most this many numbers between the oldest and the newest shown. */
    static final int JUMPS = 4;

    private PagerWindow() {
    }

    /** The numbers shown, newest first (1 is the oldest page); a single page between two shown is shown rather than left out. */
    static List<Integer> olderPages(int count) {
        TreeSet<Integer> shown = new TreeSet<>();
        int newestShown = Math.max(1, count - NEWEST + 1);
        for (int n = newestShown; n <= count; n++) {
            shown.add(n);
        }
        for (int n = 1; n <= Math.min(OLDEST, count); n++) {
            shown.add(n);
        }
        int step = jumpStep(count);
        for (int n = step; n < newestShown; n += step) {
            shown.add(n);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int n : shown.descendingSet()) {
            if (!numbers.isEmpty() && n == numbers.get(numbers.size() - 1) - 2) {
                numbers.add(n + 1);
            }
            numbers.add(n);
        }
        return numbers;
    }

    /**
     * The smallest of 1, 5, 10, 20, 50, 100, 200, 500, … of which at most {@link #JUMPS} multiples lie between the ends
     * shown (never 2: every other page, with the single pages between them shown, would be every page).
     */
    static int jumpStep(int count) {
        if (multiplesBetween(1, count) <= JUMPS) {
            return 1;
        }
        if (multiplesBetween(5, count) <= JUMPS) {
            return 5;
        }
        for (int scale = 10; ; scale *= 10) {
            for (int step : new int[] {scale, 2 * scale, 5 * scale}) {
                if (multiplesBetween(step, count) <= JUMPS) {
                    return step;
                }
            }
        }
    }

    /** How many multiples of the step lie after the oldest pages shown and before the newest. */
    private static int multiplesBetween(int step, int count) {
        int newestShown = count - NEWEST + 1;
        return Math.max(0, (newestShown - 1) / step - OLDEST / step);
    }
}
