package io.github.paperdigest.render;

import io.github.paperdigest.markup.Html;
import io.github.paperdigest.model.Counted;
import io.github.paperdigest.site.PageParts.DateCount;
import java.util.List;
import java.util.Locale;

/**
 * A small bar chart of papers per period, drawn as inline SVG at build time: no script, no image file,
 * scales with the page, follows the page's colours (currentColor), and says in words what it shows for
 * screen readers.
 */
final class TimelineChart {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 120;
    private static final int LABEL_SPACE = 4;

    private TimelineChart() {
    }

    /** The chart as SVG markup, or null when there is nothing to draw. */
    static String svg(List<DateCount> timeline, String subject) {
        if (timeline.isEmpty()) {
            return null;
        }
        int max = timeline.stream().mapToInt(DateCount::count).max().orElse(0);
        int total = timeline.stream().mapToInt(DateCount::count).sum();
        if (max == 0) {
            return null;
        }
        String first = timeline.get(0).label();
        String last = timeline.get(timeline.size() - 1).label();
        String summary = total + " papers of " + subject + " between " + first + " and " + last + ", at most " + max
                + " in one period";
        double slot = (double) WIDTH / timeline.size();
        double barWidth = Math.max(1, slot * 0.8);
        double chartHeight = HEIGHT - LABEL_SPACE;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(summary))
                .append("\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title>").append(Html.escape(summary)).append("</title>");
        for (int i = 0; i < timeline.size(); i++) {
            DateCount bucket = timeline.get(i);
            if (bucket.count() == 0) {
                continue;
            }
            double h = chartHeight * bucket.count() / max;
            svg.append("<rect x=\"").append(number(i * slot + (slot - barWidth) / 2)).append("\" y=\"")
                    .append(number(chartHeight - h)).append("\" width=\"").append(number(barWidth))
                    .append("\" height=\"").append(number(h)).append("\" fill=\"currentColor\"><title>")
                    .append(Html.escape(bucket.label() + ": " + Counted.of(bucket.count(), "paper")))
                    .append("</title></rect>");
        }
        svg.append("<line x1=\"0\" y1=\"").append(number(chartHeight)).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(number(chartHeight)).append("\" stroke=\"currentColor\" stroke-opacity=\"0.4\"/>");
        svg.append("</svg>");
        // the axis's dates as text of the page, which stays readable when the drawing shrinks to a phone's width
        svg.append("<p class=\"timeline-axis\" aria-hidden=\"true\"><span>").append(Html.escape(first))
                .append("</span><span>").append(Html.escape(last)).append("</span></p>");
        return svg.toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
