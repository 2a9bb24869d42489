package io.github.paperdigest.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans untrusted HTML down to what a note or description needs: text formatting, lists, quotes,
 * code, tables and links. Scripts, styles, event handlers and non-http(s) links go. Images from
 * elsewhere become links, since the site loads nothing from outside itself. Headings are moved
 * below the page's own so that every page keeps one {@code <h1>}.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "del", "s", "sup",
                    "sub")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private final Cleaner cleaner = new Cleaner(SAFELIST);

    /**
     * Whether the HTML holds nothing {@link #clean} would remove: HTML kept between builds is checked with this
     * before it is shown, since the file it was kept in may have been written by anyone.
     */
    public boolean isClean(String html) {
        return cleaner.isValidBodyHtml(html);
    }

    public String clean(String untrustedHtml) {
        Document dirty = Jsoup.parseBodyFragment(untrustedHtml);
        for (Element img : dirty.select("img")) {
            String src = img.attr("src");
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt");
            if (src.startsWith("http://") || src.startsWith("https://")) {
                img.replaceWith(new Element("a").attr("href", src).text(alt));
            } else {
                img.replaceWith(new TextNode(alt));
            }
        }
        for (Element heading : dirty.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
        }
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
