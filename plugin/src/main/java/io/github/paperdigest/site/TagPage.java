package io.github.paperdigest.site;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;

/**
 * A page of a tag: its papers newest first (a page of them when there are many), the tags that go with
 * it and the hubs it belongs to.
 */
public record TagPage(Tag tag, List<PaperItem> papers, List<TagCount> relatedTags, List<Hub> hubs,
        Pagination pagination) implements Page {

    public TagPage {
        papers = List.copyOf(papers);
        relatedTags = List.copyOf(relatedTags);
        hubs = List.copyOf(hubs);
    }

    @Override
    public String path() {
        return pagination.path();
    }

    @Override
    public String title() {
        return tag.label();
    }
}
