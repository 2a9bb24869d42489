package io.github.paperdigest.site;

/**
 * Where each page of the site lives, relative to the site's root. The only place that knows the
 * site's folder layout; every link is made from these paths by {@link RelativeLinks}.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String TAG_INDEX = "tags.html";
    public static final String HUB_INDEX = "hubs.html";
    public static final String ASSETS = "assets/";
    public static final String DIGEST_ARCHIVE = "digests.html";
    public static final String AUTHOR_INDEX = "authors.html";
    /** The reader's reading list, which their browser keeps. */
    public static final String READING_LIST = "reading-list.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String EXPORT = "papers.json";
    /** Every paper of the site as BibTeX. */
    public static final String BIBLIOGRAPHY = "papers.bib";
    /** The search page; its state (query and filters) lives in its URL's query string. */
    public static final String SEARCH = "search.html";
    /** The page GitHub Pages serves, at any depth, for a path that has no file. */
    public static final String NOT_FOUND = "404.html";
    /** The search index, a script that any page can load with a {@code <script>} tag, even from file://. */
    public static final String SEARCH_INDEX = ASSETS + "search-index.js";
    /** Tells GitHub Pages to publish the files as they are, without running Jekyll on them. */
    public static final String NO_JEKYLL = ".nojekyll";

    private SitePaths() {
    }

    public static String paper(String slug) {
        return "paper/" + slug + ".html";
    }

    public static String tag(String id) {
        return "tag/" + id + ".html";
    }


    public static String hub(String id) {
        return "hub/" + id + ".html";
    }

    /**
     * Page n of the older papers of the list whose own page is {@code listPath} ("tag/x.html"), 1 the oldest (see
     * {@link Pagination}): "tag/x.2.html". A slug has no '.', so it can be no other list's page.
     */
    public static String olderPapers(String listPath, int n) {
        if (!listPath.endsWith(".html")) {
            throw new IllegalArgumentException("not a page: " + listPath);
        }
        return listPath.substring(0, listPath.length() - ".html".length()) + "." + n + ".html";
    }

    public static String digest(String slug) {
        return "digest/" + slug + ".html";
    }

    /**
     * One of the scripts that hold what other pages' scripts (search results, the reading list) need of the papers,
     * a few papers to a file (see {@link PaperShards}).
     */
    public static String paperData(int shard) {
        return "paper-data/" + shard + ".js";
    }

    /**
     * One of the scripts that hold the search index's postings, a run of its words to a file, which the browser loads
     * for the words a query needs (see {@link PostingFiles}).
     */
    public static String searchPostings(int file) {
        return "search-postings/" + file + ".js";
    }

    /**
     * One of the scripts that hold the search index's titles and page paths, a run of its papers to a file, which the
     * browser loads for the results it shows (see {@link TitleFiles}).
     */
    public static String searchTitles(int file) {
        return "search-titles/" + file + ".js";
    }

    public static String tagBib(String id) {
        return "tag/" + id + ".bib";
    }

    public static String hubBib(String id) {
        return "hub/" + id + ".bib";
    }

    public static String digestBib(String slug) {
        return "digest/" + slug + ".bib";
    }

    public static String author(String slug) {
        return "author/" + slug + ".html";
    }

    public static String authorBib(String slug) {
        return "author/" + slug + ".bib";
    }

    public static String tagFeed(String id) {
        return "tag/" + id + ".xml";
    }

    public static String hubFeed(String id) {
        return "hub/" + id + ".xml";
    }

    public static String asset(String name) {
        return ASSETS + name;
    }
}
