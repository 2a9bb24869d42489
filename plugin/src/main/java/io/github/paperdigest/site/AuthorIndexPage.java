package io.github.paperdigest.site;

import java.util.List;

/** Every author with a page, by family name, with their number of papers. */
public record AuthorIndexPage(List<Entry> authors, int authorCount) implements Page {

    /** An author of the index. */
    public record Entry(String slug, String name, int paperCount) {
    }

    public AuthorIndexPage {
        authors = List.copyOf(authors);
    }

    @Override
    public String path() {
        return SitePaths.AUTHOR_INDEX;
    }

    @Override
    public String title() {
        return "Authors";
    }

    @Override
    public PageKind kind() {
        return PageKind.AUTHOR_INDEX;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.authorIndex(this);
    }
}
