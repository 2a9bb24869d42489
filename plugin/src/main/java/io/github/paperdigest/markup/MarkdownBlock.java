package io.github.paperdigest.markup;

import java.util.List;

/**
 * A top-level block of a Markdown document, in our own terms so that no CommonMark node leaves this
 * package.
 *
 * @param line  the 1-based line where the block starts
 * @param lastLine the 1-based line where the block ends
 * @param level the heading level, 0 for other blocks
 * @param text  plain text: a heading's or paragraph's words, markup removed, links by their text
 * @param items for a bullet list, each item's plain text and link destinations
 * @param urls  the destinations of the links in the block, in order; an image's address (a badge's) is none
 * @param html  the block as sanitised HTML
 * @param anchors a heading's or paragraph's links with their texts, in order (images are not among them); none for
 *              other blocks
 */
public record MarkdownBlock(Kind kind, int line, int lastLine, int level, String text, List<Item> items,
        List<String> urls, String html, List<Anchor> anchors) {

    /** A link as written: its text ("paper", "the Transformer", an image's alt text) and its destination. */
    public record Anchor(String text, String url) {
    }

    /**
     * An item of a bullet list.
     *
     * @param text     its words, markup removed
     * @param markdown its Markdown as written, without its marker and indentation: what a value that is Markdown
     *                 (a note) is rendered from
     * @param line     the 1-based line of its marker: what a warning about the item (a metadata list's "- autors: …")
     *                 names, where the list's own line would send the reader to its first item
     */
    public record Item(String text, List<String> urls, String markdown, int line) {
        public Item {
            urls = List.copyOf(urls);
        }
    }

    public enum Kind {
        HEADING, PARAGRAPH, BULLET_LIST, BLOCK_QUOTE, TABLE, HTML, OTHER
    }

    public MarkdownBlock {
        items = List.copyOf(items);
        urls = List.copyOf(urls);
        anchors = List.copyOf(anchors);
    }

    /** A block on one line. */
    public MarkdownBlock(Kind kind, int line, int level, String text, List<Item> items, List<String> urls, String html) {
        this(kind, line, line, level, text, items, urls, html, List.of());
    }

    /**
     * A piece of inline Markdown (a table cell, a labelled value) as text and links.
     *
     * @param text the words, markup removed; HTML tags dropped, with what a {@code <summary>} holds (the
     *             label of a collapsed block, such as "Show")
     * @param urls the destinations of its links, in order; an image's address is none
     * @param leadingText the text of a link or of bold text that starts the piece, or empty: the title in
     *             "[Title](url) - Authors" and "**Title** [paper](url)"
     * @param spans the top-level spans of its first paragraph, in order, runs of text joined into one
     * @param anchors its links with their texts, in order
     */
    public record Inline(String text, List<String> urls, String leadingText, List<Span> spans, List<Anchor> anchors) {
        public Inline {
            urls = List.copyOf(urls);
            spans = List.copyOf(spans);
            anchors = List.copyOf(anchors);
        }
    }

    /**
     * A run of one kind of inline Markdown at the top of a piece (text, bold, italic, code, a link), as plain text:
     * what tells a paper list's title from its venue and authors, which only their markup sets apart.
     */
    public record Span(SpanKind kind, String text) {
    }

    /** What a {@link Span} is; {@code TEXT} for anything that is not one of the others (an image, inline HTML). */
    public enum SpanKind {
        TEXT, STRONG, EMPHASIS, CODE, LINK
    }
}
