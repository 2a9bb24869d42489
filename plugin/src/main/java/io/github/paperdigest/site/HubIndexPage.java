package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.HubSummary;
import java.util.List;

/** Every hub, in the taxonomy's order. */
public record HubIndexPage(List<HubSummary> hubs) implements Page {

    public HubIndexPage {
        hubs = List.copyOf(hubs);
    }

    @Override
    public String path() {
        return SitePaths.HUB_INDEX;
    }

    @Override
    public String title() {
        return "Topic hubs";
    }

    @Override
    public PageKind kind() {
        return PageKind.HUB_INDEX;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.hubIndex(this);
    }
}
