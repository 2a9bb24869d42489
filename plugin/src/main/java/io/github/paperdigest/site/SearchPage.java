package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubRef;
import java.util.List;

/**
 * The search page. Results and tag filters are made in the browser from the search index; the page
 * itself offers the hubs and digests to filter by, and the way to browse without JavaScript.
 *
 * @param hubs    in the taxonomy's order
 * @param digests newest first
 */
public record SearchPage(int paperCount, List<HubRef> hubs, List<DigestRef> digests) implements Page {

    public SearchPage {
        hubs = List.copyOf(hubs);
        digests = List.copyOf(digests);
    }

    @Override
    public String path() {
        return SitePaths.SEARCH;
    }

    @Override
    public String title() {
        return "Search";
    }

    @Override
    public PageKind kind() {
        return PageKind.SEARCH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.search(this);
    }
}
