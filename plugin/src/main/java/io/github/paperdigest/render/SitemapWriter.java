package io.github.paperdigest.render;

import io.github.paperdigest.markup.Html;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** sitemap.xml and robots.txt for a site published at a known base URL. */
public final class SitemapWriter {

    private final String baseUrl;

    public SitemapWriter(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The sitemap of the given pages, in path order. */
    public byte[] sitemap(List<String> pagePaths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pagePaths.stream().sorted().forEach(p -> out.append("  <url><loc>").append(Html.escape(baseUrl + p))
                .append("</loc></url>\n"));
        out.append("</urlset>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the site is published at its host's root ({@code https://lab.example.org/}), the one place crawlers read
     * a robots.txt from: in a folder ({@code https://lab.github.io/repo/papers/}, where {@code mvn site} puts it) one
     * would be published for no reader, and say to its owner that crawlers were told of the sitemap when they were
     * not.
     */
    public boolean atHostRoot() {
        String path = java.net.URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() || path.equals("/");
    }

    /** A robots.txt that names the sitemap, for a site at its host's root ({@link #atHostRoot}). */
    public byte[] robots(String sitemapPath) {
        return ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + sitemapPath + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
