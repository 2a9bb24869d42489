package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.PaperItem;
import java.util.List;

/**
 * A page of a tag's or a hub's older papers: the hundred it has held since it was made (see {@link Pagination}),
 * and its neighbours. It shows nothing else that changes with the list (no count, no related tags, no feed), so that
 * a paper added to the list leaves it as it was.
 *
 * @param list   whose papers these are: {@link PageKind#TAG} or {@link PageKind#HUB}
 * @param listId the tag's or the hub's id
 * @param number 1 for the oldest hundred
 * @param newest whether it is the newest page of older papers, whose newer neighbour is the list's own page
 */
public record OlderPapersPage(PageKind list, String listId, String listTitle, int number, boolean newest,
        List<PaperItem> papers) implements Page {

    public OlderPapersPage {
        if (list != PageKind.TAG && list != PageKind.HUB) {
            throw new IllegalArgumentException("a " + list.id() + " page has no older papers");
        }
        papers = List.copyOf(papers);
    }

    /** The list's own page, with its newest papers. */
    public String listPath() {
        return list == PageKind.TAG ? SitePaths.tag(listId) : SitePaths.hub(listId);
    }

    /** Page n of the list's older papers. */
    public String olderPath(int n) {
        return list == PageKind.TAG ? SitePaths.olderTagPapers(listId, n) : SitePaths.olderHubPapers(listId, n);
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
    public PageKind kind() {
        return list == PageKind.TAG ? PageKind.TAG_OLDER : PageKind.HUB_OLDER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.olderPapers(this);
    }
}
