package io.github.paperdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which page numbers a long list links to from one of its pages: the first two, the last two and two on each side
 * of the current one. A list of 400 pages would otherwise link to all 400 from each of them, and the pages of a
 * list would grow with its square.
 */
final class PagerWindow {

    static final int AROUND = 2;
    static final int ENDS = 2;

    private PagerWindow() {
    }

    /** The numbers shown, in order; a single page between two shown is shown rather than left out. */
    static List<Integer> numbers(int page, int count) {
        TreeSet<Integer> shown = new TreeSet<>();
        for (int n = 1; n <= Math.min(ENDS, count); n++) {
            shown.add(n);
        }
        for (int n = Math.max(1, page - AROUND); n <= Math.min(count, page + AROUND); n++) {
            shown.add(n);
        }
        for (int n = Math.max(1, count - ENDS + 1); n <= count; n++) {
            shown.add(n);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int n : shown) {
            if (!numbers.isEmpty() && n == numbers.get(numbers.size() - 1) + 2) {
                numbers.add(n - 1);
            }
            numbers.add(n);
        }
        return numbers;
    }
}
