package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.PaperItem;
import java.util.List;

/**
 * An Atom feed of the site: its newest papers, whole or for one tag or hub.
 *
 * @param path     where the feed lives, relative to the site root
 * @param pagePath the page the feed follows (its alternate link)
 * @param entries  newest first, at most {@link #MAX_ENTRIES}
 */
public record Feed(String path, String title, String pagePath, List<PaperItem> entries) {

    public static final int MAX_ENTRIES = 50;

    public Feed {
        entries = List.copyOf(entries);
    }
}
