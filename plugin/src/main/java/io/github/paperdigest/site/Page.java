package io.github.paperdigest.site;

/** A page of the site: where it lives and what it shows. */
public sealed interface Page permits HomePage, PaperPage, TagPage, TagIndexPage, HubPage, HubIndexPage, DigestPage,
        DigestArchivePage, SearchPage, NotFoundPage {

    /** The page's path relative to the site root, e.g. "paper/vlogger-make-your-dream-a-vlog.html". */
    String path();

    /** The page's title, as in its {@code <h1>}. */
    String title();

    /** Whether search engines should list the page (it is then in the sitemap). */
    default boolean indexable() {
        return true;
    }
}
