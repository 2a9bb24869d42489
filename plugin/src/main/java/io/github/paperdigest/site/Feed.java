package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.PaperItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An Atom feed of the site: its newest papers, whole or for one tag or hub.
 *
 * @param path     where the feed lives, relative to the site root
 * @param pagePath the page the feed follows (its alternate link)
 * @param entries  newest first, at most {@link #MAX_ENTRIES}
 */
public record Feed(String path, String title, String pagePath, List<Entry> entries) {

    public static final int MAX_ENTRIES = 50;

    public Feed {
        entries = List.copyOf(entries);
    }

    /**
     * A paper in the feed.
     *
     * @param updated its publication date, else the date of the first dated digest that listed it: when it came to the
     *                site, never a day made up from a month or year; else (a paper of undated digests alone) the date of
     *                the site's oldest dated digest; empty when no digest is dated
     * @param idPage  the address the entry's id is made from when it is not the paper's page now: the address the page
     *                had before its title changed, as the project's moved addresses name it ({@link MovedAddresses}),
     *                so that a feed reader that has the entry does not show the paper again
     */
    public record Entry(PaperItem item, Optional<LocalDate> updated, Optional<String> idPage) {

        public Entry(PaperItem item, Optional<LocalDate> updated) {
            this(item, updated, Optional.empty());
        }
    }
}
