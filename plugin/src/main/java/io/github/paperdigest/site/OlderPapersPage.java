package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.PaperItem;
import java.util.List;

/**
 * A page of a tag's or a hub's older papers: the hundred it has held since it was made (see {@link Pagination}),
 * and its neighbours. It shows nothing else that changes with the list (no count, no related tags, no feed), so that
 * a paper added to the list leaves it as it was.
 *
 * @param kind     {@link PageKind#TAG_OLDER} or {@link PageKind#HUB_OLDER}
 * @param listPath the tag's or the hub's own page, with its newest papers
 * @param number   1 for the oldest hundred
 * @param newest   whether it is the newest page of older papers, whose newer neighbour is the list's own page
 */
public record OlderPapersPage(PageKind kind, String listPath, String listTitle, int number, boolean newest,
        List<PaperItem> papers) implements Page {

    public OlderPapersPage {
        if (kind != PageKind.TAG_OLDER && kind != PageKind.HUB_OLDER) {
            throw new IllegalArgumentException("not a page of older papers: " + kind.id());
        }
        papers = List.copyOf(papers);
    }

    /** Page n of the list's older papers. */
    public String olderPath(int n) {
        return SitePaths.olderPapers(listPath, n);
    }

    /** The position of its oldest paper in the list, counted from the oldest (1). */
    public int firstPosition() {
        return (number - 1) * Pagination.PAGE_SIZE + 1;
    }

    /** The position of its newest paper, counted from the oldest. */
    public int lastPosition() {
        return number * Pagination.PAGE_SIZE;
    }

    @Override
    public String path() {
        return olderPath(number);
    }

    @Override
    public String title() {
        return listTitle;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.olderPapers(this);
    }
}
