package io.github.paperdigest.site;

import java.util.Optional;

/**
 * A page of the site: where it lives, what kind of page it is and what it shows. Code that treats each kind
 * its own way implements {@link Visitor}, so that a new kind of page is a compile error until it is handled
 * everywhere.
 */
public sealed interface Page permits HomePage, PaperPage, TagPage, TagIndexPage, HubPage, HubIndexPage, DigestPage,
        DigestArchivePage, OlderPapersPage, AuthorPage, AuthorIndexPage, ReadingListPage, SearchPage, NotFoundPage,
        DisambiguationPage, MovedPage {

    PageKind kind();

    /** The page's path relative to the site root, e.g. "paper/vlogger-make-your-dream-a-vlog.html". */
    String path();

    /** The page's title, as in its {@code <h1>}. */
    String title();

    /** Whether search engines should list the page (it is then in the sitemap). */
    default boolean indexable() {
        return true;
    }

    /** The feed that follows what the page lists, if it has one. */
    default Optional<Feed> feed() {
        return Optional.empty();
    }

    /** The BibTeX file of what the page lists, if it has one. */
    default Optional<Bibliography> bibliography() {
        return Optional.empty();
    }

    <R> R accept(Visitor<R> visitor);

    /** Something done to each kind of page. */
    interface Visitor<R> {
        R home(HomePage page);

        R paper(PaperPage page);

        R tag(TagPage page);

        R tagIndex(TagIndexPage page);

        R hub(HubPage page);

        R hubIndex(HubIndexPage page);

        R olderPapers(OlderPapersPage page);

        R digest(DigestPage page);

        R digestArchive(DigestArchivePage page);

        R author(AuthorPage page);

        R authorIndex(AuthorIndexPage page);

        R readingList(ReadingListPage page);

        R search(SearchPage page);

        R notFound(NotFoundPage page);

        R disambiguation(DisambiguationPage page);

        R moved(MovedPage page);
    }
}
