package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubSummary;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;
import java.util.Optional;

/**
 * The home page: the newest papers, then the hubs, the digests (newest first) and the most used tags; the site's
 * feed and its whole BibTeX file follow it.
 */
public record HomePage(String title, int paperCount, int tagCount, List<PaperItem> newest, List<DigestRef> digests,
        List<HubSummary> hubs, List<TagCount> topTags, Optional<Feed> feed, Optional<Bibliography> bibliography)
        implements Page {

    /** Papers the home page leads with. */
    public static final int NEWEST = 20;

    public HomePage {
        newest = List.copyOf(newest);
        digests = List.copyOf(digests);
        hubs = List.copyOf(hubs);
        topTags = List.copyOf(topTags);
    }

    @Override
    public String path() {
        return SitePaths.HOME;
    }

    @Override
    public PageKind kind() {
        return PageKind.HOME;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.home(this);
    }
}
