package io.github.paperdigest.site;

import java.util.Objects;
import java.util.Optional;

/**
 * A page at an address the site once gave another page, which sends the reader on to that page: the address a
 * paper's other title gives (see {@code Corpus.formerSlugs}), a tag's or hub's former id that the taxonomy names. A
 * link shared in a chat, cited on a slide or kept in a bookmark then keeps leading to what it was made for. As Hugo's
 * aliases are, it is a small page that refreshes to the new address at once and names it as canonical, for a static
 * host (GitHub Pages) can answer no redirect. It is no page of its own: search engines are asked not to list it, and
 * the sitemap leaves it out.
 *
 * @param path        the old address, from the site root
 * @param target      the address it leads to, from the site root
 * @param targetTitle the title of the page it leads to
 * @param feed        for a tag's or hub's former address, its feed at the former feed's address, so that a reader
 *                    subscribed to it keeps receiving the papers (a feed reader follows no page's refresh)
 * @param data        for a paper's former address, what scripts are told there: where the paper's page is now, so
 *                    that a reading list keeps a mark made at the old address
 */
public record MovedPage(String path, String target, String targetTitle, Optional<Feed> feed,
        Optional<PaperData> data) implements Page {

    public MovedPage(String path, String target, String targetTitle, Optional<Feed> feed) {
        this(path, target, targetTitle, feed, Optional.empty());
    }

    public MovedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetTitle, "targetTitle");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(data, "data");
        if (path.equals(target)) {
            throw new IllegalArgumentException("a page moved to its own address: " + path);
        }
    }

    @Override
    public String title() {
        return targetTitle;
    }

    @Override
    public boolean indexable() {
        return false;
    }

    @Override
    public PageKind kind() {
        return PageKind.MOVED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.moved(this);
    }
}
