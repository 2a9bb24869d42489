package io.github.paperdigest.site;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.site.PageParts.DateCount;
import io.github.paperdigest.site.PageParts.HubLink;
import io.github.paperdigest.site.PageParts.HubRef;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;
import java.util.Optional;

/**
 * A hub's page: its description, its tags with counts, its sub-hubs, its key papers (most central first),
 * its newest papers (the older ones are on {@link OlderPapersPage}s, as {@code pagination} cuts them), related hubs,
 * and how its papers spread over the digests' dates; and the hub's feed.
 */
public record HubPage(Hub hub, Optional<HubRef> parent, List<HubRef> children, List<TagCount> tags, List<PaperItem> keyPapers,
        List<PaperItem> papers, List<HubLink> relatedHubs, List<DateCount> timeline, Pagination pagination,
        Optional<Feed> feed, Optional<Bibliography> bibliography) implements Page {

    public HubPage {
        children = List.copyOf(children);
        tags = List.copyOf(tags);
        keyPapers = List.copyOf(keyPapers);
        papers = List.copyOf(papers);
        relatedHubs = List.copyOf(relatedHubs);
        timeline = List.copyOf(timeline);
    }

    @Override
    public String path() {
        return SitePaths.hub(hub.id());
    }

    @Override
    public String title() {
        return hub.name();
    }

    @Override
    public PageKind kind() {
        return PageKind.HUB;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.hub(this);
    }
}
