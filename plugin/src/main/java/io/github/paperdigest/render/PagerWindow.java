package io.github.paperdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which pages of older papers a list's own page links to by number: the newest few and the oldest two. A tag of
 * 30,000 papers would otherwise link to 300 pages from its page.
 */
final class PagerWindow {

    static final int NEWEST = 3;
    static final int OLDEST = 2;

    private PagerWindow() {
    }

    /** The numbers shown, newest first (1 is the oldest page); a single page between two shown is shown rather than left out. */
    static List<Integer> olderPages(int count) {
        TreeSet<Integer> shown = new TreeSet<>();
        for (int n = Math.max(1, count - NEWEST + 1); n <= count; n++) {
            shown.add(n);
        }
        for (int n = 1; n <= Math.min(OLDEST, count); n++) {
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
}
