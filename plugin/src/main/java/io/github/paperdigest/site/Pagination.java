package io.github.paperdigest.site;

import java.util.List;

/**
 * How a long list of papers, newest first, is cut into pages. The list's own page shows its newest papers, from half
 * a page to one and a half; the older ones are cut into pages of a hundred counted from the oldest, the oldest hundred
 * on page 1. So a page of older papers keeps its papers, its address and its bytes while papers arrive: new papers
 * change the list's own page, and add a page of older papers each hundred. Cut from the newest, as most sites cut a
 * list, every page of it would change with every new paper, for its readers, its host and a rebuild.
 *
 * @param totalItems the length of the whole list
 * @param olderPages how many pages of older papers follow the list's own page
 */
public record Pagination(int totalItems, int olderPages) {

    /** Papers on a page of older papers. */
    public static final int PAGE_SIZE = 100;

    public Pagination {
        if (totalItems < 0 || olderPages < 0 || totalItems - olderPages * PAGE_SIZE < Math.min(totalItems, PAGE_SIZE / 2)) {
            throw new IllegalArgumentException(olderPages + " pages of older papers in a list of " + totalItems);
        }
    }

    /** The cut of a list of {@code totalItems} papers. */
    public static Pagination of(int totalItems) {
        int olderPages = totalItems <= PAGE_SIZE + PAGE_SIZE / 2 ? 0 : (totalItems - PAGE_SIZE / 2) / PAGE_SIZE;
        return new Pagination(totalItems, olderPages);
    }

    /** How many papers the list's own page shows: all of a short list, else 50 to 149. */
    public int newestCount() {
        return totalItems - olderPages * PAGE_SIZE;
    }

    /** The papers of the list's own page. */
    <T> List<T> newest(List<T> all) {
        checkLength(all);
        return all.subList(0, newestCount());
    }

    /** The papers of page {@code n} of the older ones (1 the oldest), newest first as in the list. */
    <T> List<T> older(List<T> all, int n) {
        checkLength(all);
        if (n < 1 || n > olderPages) {
            throw new IndexOutOfBoundsException("page " + n + " of " + olderPages + " pages of older papers");
        }
        int end = totalItems - (n - 1) * PAGE_SIZE;
        return all.subList(end - PAGE_SIZE, end);
    }

    private void checkLength(List<?> all) {
        if (all.size() != totalItems) {
            throw new IllegalArgumentException("a list of " + all.size() + " papers cut as one of " + totalItems);
        }
    }
}
