package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());

    @Test
    void markdownBecomesHtml() {
        assertEquals("<p>Some <strong>bold</strong> and <em>italic</em> text with <code>code</code>.</p>",
                markdown.toSafeHtml("Some **bold** and *italic* text with `code`."));
    }

    @Test
    void linksGetNofollow() {
        assertEquals("<p><a href=\"https://x.org\" rel=\"nofollow noopener\">site</a></p>",
                markdown.toSafeHtml("[site](https://x.org)"));
    }

    @Test
    void rawScriptsAreRemoved() {
        String html = markdown.toSafeHtml("Hello\n\n<script>alert(1)</script>\n\n<p onclick=\"alert(2)\">there</p>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertFalse(html.contains("alert"), html);
        assertTrue(html.contains("Hello") && html.contains("there"), html);
    }

    @Test
    void javascriptLinksAreRemoved() {
        String html = markdown.toSafeHtml("[click](javascript:alert(1)) and [again](JAVASCRIPT:alert(2))");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript"), html);
        assertTrue(html.contains("click") && html.contains("again"), html);
    }

    @Test
    void headingsAreDemotedBelowH2() {
        assertEquals("<h3>Top</h3>\n<h4>Second</h4>\n<h5>Third</h5>",
                markdown.toSafeHtml("# Top\n\n## Second\n\n### Third"));
        assertFalse(markdown.toSafeHtml("Title\n=====\n\nSub\n---").matches("(?s).*<h[12][ >].*"));
    }

    @Test
    void externalImagesBecomeLinks() {
        assertEquals("<p><a href=\"https://x.org/fig.png\" rel=\"nofollow noopener\">a figure</a></p>",
                markdown.toSafeHtml("![a figure](https://x.org/fig.png)"));
    }

    @Test
    void blankOrMissingMarkdownGivesNothing() {
        assertEquals("", markdown.toSafeHtml(null));
        assertEquals("", markdown.toSafeHtml("  \n "));
    }
}
