package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubSummary;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;
import java.util.Optional;

/** The home page: the digests (newest first), the hubs and the most used tags; the site's feed follows it. */
public record HomePage(String title, int paperCount, int tagCount, List<DigestRef> digests, List<HubSummary> hubs,
        List<TagCount> topTags, Optional<Feed> feed) implements Page {

    public HomePage {
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
