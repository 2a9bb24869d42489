package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.PaperItem;
import java.util.List;
import java.util.Optional;

/** An author's page: their papers, newest first, and the people they most often write with. */
public record AuthorPage(String slug, String name, List<PaperItem> papers, List<CoAuthorLink> coAuthors,
        Optional<Bibliography> bibliography) implements Page {

    /** A co-author, the papers they share, and their page's slug, or null when they have none. */
    public record CoAuthorLink(String name, String slug, int sharedPapers) {
    }

    public AuthorPage {
        papers = List.copyOf(papers);
        coAuthors = List.copyOf(coAuthors);
    }

    @Override
    public String path() {
        return SitePaths.author(slug);
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public PageKind kind() {
        return PageKind.AUTHOR;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.author(this);
    }
}
