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

    /** Crawlers read robots.txt only at a host's root; it is written anyway for sites published there. */
    public byte[] robots(String sitemapPath) {
        return ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + sitemapPath + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
