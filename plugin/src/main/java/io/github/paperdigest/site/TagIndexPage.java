package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;

/** Every listed tag with its number of papers, alphabetically. */
public record TagIndexPage(List<TagCount> tags, int unlistedCount) implements Page {

    public TagIndexPage {
        tags = List.copyOf(tags);
    }

    @Override
    public String path() {
        return SitePaths.TAG_INDEX;
    }

    @Override
    public String title() {
        return "Tags";
    }

    @Override
    public PageKind kind() {
        return PageKind.TAG_INDEX;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.tagIndex(this);
    }
}
