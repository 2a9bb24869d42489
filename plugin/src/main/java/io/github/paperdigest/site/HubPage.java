package io.github.paperdigest.site;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;
import java.util.Optional;

/** A hub's page: its description, its tags with counts, its sub-hubs and all its papers. */
public record HubPage(Hub hub, Optional<Hub> parent, List<Hub> children, List<TagCount> tags, List<PaperItem> papers)
        implements Page {

    public HubPage {
        children = List.copyOf(children);
        tags = List.copyOf(tags);
        papers = List.copyOf(papers);
    }

    @Override
    public String path() {
        return SitePaths.hub(hub.id());
    }

    @Override
    public String title() {
        return hub.name();
    }
}
