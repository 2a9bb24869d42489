package io.github.paperdigest.site;

/**
 * The kinds of page a site has, each with its own template. A switch over the kinds without a default names
 * every kind, so that adding one fails to compile until every such place handles it.
 */
public enum PageKind {
    HOME("home"),
    PAPER("paper"),
    TAG("tag"),
    TAG_INDEX("tags"),
    /** A page of a tag's older papers. */
    TAG_OLDER("tag-older"),
    HUB("hub"),
    HUB_INDEX("hubs"),
    /** A page of a hub's older papers. */
    HUB_OLDER("hub-older"),
    DIGEST("digest"),
    DIGEST_ARCHIVE("digests"),
    AUTHOR("author"),
    AUTHOR_INDEX("authors"),
    READING_LIST("reading-list"),
    SEARCH("search"),
    NOT_FOUND("not-found"),
    /** The page at an address that several papers' titles would give them, which lists those papers. */
    DISAMBIGUATION("disambiguation"),
    /** A page at an address another page had, which leads on to that page. */
    MOVED("moved");

    private final String id;

    PageKind(String id) {
        this.id = id;
    }

    /** The kind's name in the theme: its template is {@code templates/<id>.mustache}. */
    public String id() {
        return id;
    }
}
