package io.github.paperdigest.browser;

import java.net.URI;

/**
 * Where a test opens the site: from disk, from an HTTP server at its root, or under a sub-path as on
 * GitHub Pages. Pages are named by their path from the site root.
 */
record Origin(String name, URI siteUrl) {

    Origin {
        if (!siteUrl.toString().endsWith("/")) {
            throw new IllegalArgumentException("a site's URL ends with '/': " + siteUrl);
        }
    }

    /** The address of a page, e.g. "search.html?q=video" (URI.resolve would write file:/ for file:///). */
    String url(String page) {
        return siteUrl + page;
    }

    boolean isHttp() {
        return siteUrl.getScheme().equals("http");
    }

    @Override
    public String toString() {
        return name;
    }
}
