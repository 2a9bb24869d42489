package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.LinkKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the line of a Markdown digest's heading says: its text without the '#' marks, its numbering ("### [3] …"), the
 * badges and "back to top" link of a section's title, and the link it leads with. The outline's heading gives its text
 * only; whether a heading is a paper, a section or neither is told from these, so each is read in one place.
 */
final class MarkdownHeadings {

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\[\\d{1,6}]|\\d{1,6}[.)]|#\\d{1,6})\\s*");
    private static final Pattern OPENING_MARKS = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern BACK_TO_TOP = Pattern.compile("(?i)\\s*\\[?\\s*back(?: to top)?\\s*]?\\s*$");

    private final BlockLines lines;
    private final MarkdownOutline outline;
    private final LinkClassifier classifier;

    MarkdownHeadings(BlockLines lines, MarkdownOutline outline, LinkClassifier classifier) {
        this.lines = lines;
        this.outline = outline;
        this.classifier = classifier;
    }

    /**
     * A heading line without its opening and closing '#' marks. The closing marks are cut by hand: a pattern
     * such as {@code \\s+#+\\s*$} backtracks over every run of blanks and takes quadratic time on a long one.
     */
    static String headingText(String line) {
        String text = OPENING_MARKS.matcher(line).replaceFirst("").stripTrailing();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end < text.length() && (end == 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            return text.substring(0, end).stripTrailing();
        }
        return text;
    }

    /** The heading's Markdown without its '#' marks and its numbering: "[3] [Title](url)" is "[Title](url)". */
    String withoutNumbering(MarkdownBlock h) {
        return NUMBERING.matcher(headingText(lines.line(h.line()))).replaceFirst("");
    }

    /** Whether a heading's text leads with a link to a web page ("### [Title](https://project.github.io)"). */
    boolean leadsWithHttpLink(MarkdownBlock h) {
        MarkdownBlock.Inline inline = outline.inline(withoutNumbering(h));
        return !inline.leadingText().isBlank() && !inline.urls().isEmpty()
                && PaperLinks.isHttp(inline.urls().get(0)) && !LinkWords.isLinkWord(inline.leadingText());
    }

    /** A heading whose text links to a paper (arXiv, DOI, OpenReview, a PDF), or a numbered heading with a link. */
    boolean isLinkedHeading(MarkdownBlock h) {
        boolean numbered = NUMBERING.matcher(headingText(lines.line(h.line()))).find();
        for (String url : h.urls()) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                continue;
            }
            LinkKind kind = classifier.classify(url);
            if (numbered || kind.leadsToAPaper() || ArxivIds.fromUrl(url).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A section's title, without the "back to top" link that long digests end their section headings with. */
    String sectionTitle(MarkdownBlock heading) {
        return withoutBackToTop(title(heading));
    }

    /**
     * A heading's words as a title, without the badges and HTML comments awesome lists put in their headings ("#
     * Awesome Video Diffusion [![Awesome](…)](…) &lt;!-- omit in toc --&gt;" is "Awesome Video Diffusion").
     */
    String title(MarkdownBlock heading) {
        List<String> raw = lines.of(heading);
        // a setext heading's last line is its underline
        String text = raw.size() > 1 ? String.join(" ", raw.subList(0, raw.size() - 1)) : raw.get(0);
        return FaithfulText.clean(outline.titleText(headingText(text)));
    }

    /**
     * The text without a trailing "back to top" link. Only the last characters are matched: the pattern's
     * leading blanks would otherwise be tried from every blank of a long run, in quadratic time.
     */
    static String withoutBackToTop(String text) {
        String trimmed = text.stripTrailing();
        int from = Math.max(0, trimmed.length() - 32);
        Matcher m = BACK_TO_TOP.matcher(trimmed).region(from, trimmed.length());
        return m.find() ? trimmed.substring(0, m.start()).stripTrailing() : trimmed;
    }
}
