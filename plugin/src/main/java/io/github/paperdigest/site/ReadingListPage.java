package io.github.paperdigest.site;

/**
 * The reader's reading list: the papers they marked "to read" and "read", which the browser keeps; the page
 * shows and exports them with the theme's script, which reads the paper's details from the search index.
 */
public record ReadingListPage(int paperCount) implements Page {

    @Override
    public String path() {
        return SitePaths.READING_LIST;
    }

    @Override
    public String title() {
        return "Reading list";
    }

    @Override
    public PageKind kind() {
        return PageKind.READING_LIST;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.readingList(this);
    }
}
