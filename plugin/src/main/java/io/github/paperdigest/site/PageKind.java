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
    HUB("hub"),
    HUB_INDEX("hubs"),
    DIGEST("digest"),
    DIGEST_ARCHIVE("digests"),
    SEARCH("search"),
    NOT_FOUND("not-found");

    private final String id;

    PageKind(String id) {
        this.id = id;
    }

    /** The kind's name in the theme: its template is {@code templates/<id>.mustache}. */
    public String id() {
        return id;
    }
}
