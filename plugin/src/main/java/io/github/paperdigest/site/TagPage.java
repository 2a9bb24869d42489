package io.github.paperdigest.site;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;

/** A tag's page: its papers newest first, the tags that go with it and the hubs it belongs to. */
public record TagPage(Tag tag, List<PaperItem> papers, List<TagCount> relatedTags, List<Hub> hubs) implements Page {

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
}
