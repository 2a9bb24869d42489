package io.github.paperdigest.markup;

import java.util.List;

/** Turns untrusted plain text (an abstract) into HTML: everything escaped, URLs made into links. */
public final class ProseFormatter {

    private final LinkFinder links;

    public ProseFormatter(LinkFinder links) {
        this.links = links;
    }

    public String toHtml(String text) {
        List<UrlSpan> spans = links.find(text);
        StringBuilder out = new StringBuilder(text.length() + 64 * spans.size() + 16);
        int at = 0;
        for (UrlSpan span : spans) {
            Html.escapeInto(text, at, span.start(), out);
            String escaped = Html.escape(span.url());
            out.append("<a href=\"").append(escaped).append("\" rel=\"nofollow noopener\">").append(escaped)
                    .append("</a>");
            at = span.end();
        }
        Html.escapeInto(text, at, text.length(), out);
        return out.toString();
    }
}
