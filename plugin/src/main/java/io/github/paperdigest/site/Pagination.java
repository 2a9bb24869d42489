package io.github.paperdigest.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a long list of papers is cut into pages: which page this is, and the paths of all of them. A tag
 * of 30,000 papers is read page by page; one page of them would weigh tens of megabytes.
 *
 * @param page       1-based
 * @param totalItems the length of the whole list; 0 for a page that lists nothing page by page
 */
public record Pagination(int page, int totalItems, List<String> pagePaths) {

    /** Papers per page. */
    public static final int PAGE_SIZE = 100;

    public Pagination {
        pagePaths = List.copyOf(pagePaths);
    }

    public int pageCount() {
        return pagePaths.size();
    }

    public String path() {
        return pagePaths.get(page - 1);
    }

    /** A page that is not cut into several. */
    public static Pagination single(String path) {
        return new Pagination(1, 0, List.of(path));
    }

    /** The pages of a list of {@code totalItems}; page n lives at {@code pathOfPage.apply(n)}. */
    static List<Pagination> of(int totalItems, IntFunction<String> pathOfPage) {
        int pages = Math.max(1, (totalItems + PAGE_SIZE - 1) / PAGE_SIZE);
        List<String> paths = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            paths.add(pathOfPage.apply(n));
        }
        List<Pagination> all = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            all.add(new Pagination(n, totalItems, paths));
        }
        return all;
    }

    /** The items of this page from the whole list. */
    <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(all.size(), (page - 1) * PAGE_SIZE), Math.min(all.size(), page * PAGE_SIZE));
    }
}
