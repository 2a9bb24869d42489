package io.github.paperdigest.site;

import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.PageParts.HubRef;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;
import java.util.Optional;

/**
 * A tag's own page: its newest papers (all of them when they are few; the older ones are on {@link OlderPapersPage}s,
 * as {@code pagination} cuts them), the tags that go with it and the hubs it belongs to. A tag worth browsing has a
 * feed.
 */
public record TagPage(Tag tag, List<PaperItem> papers, List<TagCount> relatedTags, List<HubRef> hubs,
        Pagination pagination, Optional<Feed> feed, Optional<Bibliography> bibliography) implements Page {

    public TagPage {
        papers = List.copyOf(papers);
        relatedTags = List.copyOf(relatedTags);
        hubs = List.copyOf(hubs);
    }

    @Override
    public String path() {
        return SitePaths.tag(tag.id());
    }

    @Override
    public String title() {
        return tag.label();
    }

    @Override
    public PageKind kind() {
        return PageKind.TAG;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.tag(this);
    }
}
