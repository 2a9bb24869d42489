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

    /**
     * Page n of a tag's older papers, 1 the oldest (see {@link Pagination}); a slug has no '.', so "tag/x.2.html" can be
     * no other tag's page.
     */
    public static String olderTagPapers(String id, int n) {
        return "tag/" + id + "." + n + ".html";
    }

    public static String hub(String id) {
        return "hub/" + id + ".html";
    }

    /** Page n of a hub's older papers, as {@link #olderTagPapers}. */
    public static String olderHubPapers(String id, int n) {
        return "hub/" + id + "." + n + ".html";
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
