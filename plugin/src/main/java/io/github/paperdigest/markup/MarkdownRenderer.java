package io.github.paperdigest.markup;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown written by curators (notes, introductions, hub descriptions) as safe HTML. The parser and
 * renderer are immutable and thread-safe: one of each per build.
 */
public final class MarkdownRenderer {

    private final Parser parser = Parser.builder().postProcessor(new Callouts()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().softbreak("\n").build();
    private final HtmlSanitizer sanitizer;

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitizer.clean(renderer.render(parser.parse(markdown))).strip();
    }
}
