package io.github.paperdigest.render;

import io.github.paperdigest.markup.Html;
import io.github.paperdigest.site.PageParts.TagCount;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of the most used tags, drawn as inline SVG at build time. It summarises what the
 * tag list beside it lets the reader browse, so it is one image with a text alternative.
 */
final class TagChart {

    static final int BARS = 12;
    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 230;
    private static final int WIDTH = 600;

    private TagChart() {
    }

    static String svg(List<TagCount> mostUsedFirst) {
        List<TagCount> bars = mostUsedFirst.stream().limit(BARS).toList();
        if (bars.isEmpty()) {
            return null;
        }
        int max = bars.stream().mapToInt(TagCount::count).max().orElse(1);
        int height = bars.size() * ROW;
        StringBuilder alt = new StringBuilder("Most used tags: ");
        for (int i = 0; i < bars.size(); i++) {
            alt.append(i > 0 ? ", " : "").append(bars.get(i).tag().label()).append(' ').append(bars.get(i).count());
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"tag-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(alt.toString()))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < bars.size(); i++) {
            TagCount t = bars.get(i);
            double y = i * ROW;
            double w = Math.max(2, (WIDTH - LABEL_WIDTH - 40) * (double) t.count() / max);
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(number(y + ROW * 0.68))
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"currentColor\">")
                    .append(Html.escape(shorten(t.tag().label()))).append("</text>");
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(number(y + 4))
                    .append("\" width=\"").append(number(w)).append("\" height=\"").append(ROW - 8).append("\" rx=\"3\"/>");
            svg.append("<text x=\"").append(number(LABEL_WIDTH + w + 6)).append("\" y=\"").append(number(y + ROW * 0.68))
                    .append("\" font-size=\"12\" fill=\"currentColor\">").append(t.count()).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String shorten(String label) {
        return label.length() <= 32 ? label : label.substring(0, 31) + "…";
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
