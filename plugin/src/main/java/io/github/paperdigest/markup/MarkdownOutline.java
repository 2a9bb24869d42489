package io.github.paperdigest.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads a Markdown document as a list of top-level blocks with their line numbers: what a Markdown
 * digest needs to find its papers (headings), their metadata (bullet lists), abstracts (paragraphs)
 * and notes (block quotes). Parser and renderer are thread-safe; one outline serves a whole build.
 */
public final class MarkdownOutline {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** Formulas are read as written, before the escapes and emphasis of CommonMark can change them. */
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .customInlineContentParserFactory(new TexMathSpans()).postProcessor(new WikiLinks())
            .postProcessor(new Callouts()).build();
    /** Values are inline: "# 1" or "- x" in a table cell is text, and "<details>" an inline tag, never a block. */
    private final Parser inlineParser = Parser.builder().enabledBlockTypes(java.util.Set.of())
            .customInlineContentParserFactory(new TexMathSpans()).postProcessor(new WikiLinks()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).softbreak("\n")
            .nodeRendererFactory(TexMathSpans::htmlRenderer).nodeRendererFactory(WikiLinks::htmlRenderer).build();
    private final HtmlSanitizer sanitizer;

    public MarkdownOutline(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** The blocks of the document; {@code firstLine} is the number of the document's first line in its file. */
    public List<MarkdownBlock> blocks(String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        List<MarkdownBlock> blocks = new ArrayList<>();
        // a block that stands again ("---", an empty comment) is cleaned once: jsoup's set-up is most of the cost of a
        // small block, and a file of 100,000 rules took seconds
        Map<String, String> cleaned = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            int line = startLine(node, firstLine, firstLine);
            int lastLine = spans.isEmpty() ? line : firstLine + spans.get(spans.size() - 1).getLineIndex();
            String html = cleaned.computeIfAbsent(renderer.render(node), rendered -> sanitizer.clean(rendered).strip());
            if (node instanceof Heading h) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.HEADING, line, lastLine, h.getLevel(), plainText(h),
                        List.of(), urls(h), html, anchors(node)));
            } else if (node instanceof Paragraph p) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.PARAGRAPH, line, lastLine, 0, plainText(p), List.of(),
                        urls(p), html, anchors(node)));
            } else if (node instanceof TableBlock t) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.TABLE, line, lastLine, 0, plainText(t), List.of(),
                        urls(t), html, List.of()));
            } else if (node instanceof HtmlBlock b) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.HTML, line, lastLine, 0, "", List.of(), List.of(), html, List.of()));
            } else if (node instanceof BulletList list) {
                List<MarkdownBlock.Item> items = new ArrayList<>();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        items.add(new MarkdownBlock.Item(plainText(item), urls(item), source(item, markdown),
                                startLine(item, firstLine, line)));
                    }
                }
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.BULLET_LIST, line, lastLine, 0, plainText(list), items,
                        urls(list), html, List.of()));
            } else if (node instanceof BlockQuote q) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.BLOCK_QUOTE, line, lastLine, 0, plainText(q), List.of(),
                        urls(q), html, List.of()));
            } else {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.OTHER, line, lastLine, 0, plainText(node), List.of(),
                        urls(node), html, List.of()));
            }
        }
        return blocks;
    }

    /** The line of the file a node starts on; {@code otherwise} when the parser gave it no position. */
    private static int startLine(Node node, int firstLine, int otherwise) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? otherwise : firstLine + spans.get(0).getLineIndex();
    }

    /**
     * The Markdown of a block's contents as written: each line of each block it holds, from where that block starts on
     * the line, so that a list item's marker and its lines' indentation are left out.
     */
    private static String source(Node container, String markdown) {
        StringBuilder out = new StringBuilder();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            for (SourceSpan span : child.getSourceSpans()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(markdown, span.getInputIndex(), span.getInputIndex() + span.getLength());
            }
        }
        return out.toString();
    }

    /**
     * A heading's text as the title of a digest or of its section: without its pictures (a badge's alt text,
     * "[![Awesome](…badge.svg)](…)", is no word of the title) and without HTML comments (one for a table-of-contents
     * tool, "&lt;!-- omit in toc --&gt;"), which no reader sees. Other HTML is kept as written, as in the heading's block
     * text: a title is text, and nothing a reader sees in it is dropped.
     */
    public String titleText(String markdown) {
        Node document = inlineParser.parse(markdown);
        List<Node> unseen = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                unseen.add(image);
            }

            @Override
            public void visit(HtmlInline html) {
                if (html.getLiteral().startsWith("<!--")) {
                    unseen.add(html);
                }
            }
        });
        unseen.forEach(Node::unlink);
        return Words.of(document, true);
    }

    /**
     * A piece of inline Markdown (a table cell, the value of a labelled line) as text and links. HTML tags
     * are dropped, and so is what a {@code <summary>} holds: in "&lt;details&gt;&lt;summary&gt;Show&lt;/summary&gt;
     * &lt;p&gt;The abstract&lt;/p&gt;&lt;/details&gt;" the text is the abstract.
     */
    public MarkdownBlock.Inline inline(String markdown) {
        Node document = inlineParser.parse(markdown);
        return new MarkdownBlock.Inline(Words.of(document, false), urls(document), leadingText(document),
                spans(document), anchors(document));
    }

    /**
     * The top-level spans of a parsed piece of inline Markdown's first paragraph, in order; runs of text (which the
     * parser splits at brackets and line breaks) joined into one span.
     */
    private static List<MarkdownBlock.Span> spans(Node document) {
        Node first = document.getFirstChild();
        List<MarkdownBlock.Span> spans = new ArrayList<>();
        if (!(first instanceof Paragraph)) {
            return spans;
        }
        // a run of text is joined in one builder: joined piece by piece, a cell of 100,000 inline tags took quadratic time
        StringBuilder run = null;
        for (Node n = first.getFirstChild(); n != null; n = n.getNext()) {
            MarkdownBlock.SpanKind kind = n instanceof StrongEmphasis ? MarkdownBlock.SpanKind.STRONG
                    : n instanceof Emphasis ? MarkdownBlock.SpanKind.EMPHASIS
                    : n instanceof Code ? MarkdownBlock.SpanKind.CODE
                    : n instanceof Link ? MarkdownBlock.SpanKind.LINK : MarkdownBlock.SpanKind.TEXT;
            String text = n instanceof Code c ? c.getLiteral() : n instanceof Text t ? t.getLiteral()
                    : n instanceof SoftLineBreak || n instanceof HardLineBreak ? " " : plainText(n);
            if (kind == MarkdownBlock.SpanKind.TEXT) {
                run = run == null ? new StringBuilder(text) : run.append(text);
                continue;
            }
            if (run != null) {
                spans.add(new MarkdownBlock.Span(MarkdownBlock.SpanKind.TEXT, run.toString()));
                run = null;
            }
            spans.add(new MarkdownBlock.Span(kind, text));
        }
        if (run != null) {
            spans.add(new MarkdownBlock.Span(MarkdownBlock.SpanKind.TEXT, run.toString()));
        }
        return spans;
    }

    /**
     * A piece of inline Markdown (a table cell) as sanitised HTML, one paragraph: what a note written in a table shows.
     */
    public String inlineHtml(String markdown) {
        return sanitizer.clean(renderer.render(inlineParser.parse(markdown))).strip();
    }

    /** The text of a link, or of strong emphasis, that starts the document's first paragraph. */
    private static String leadingText(Node document) {
        Node first = document.getFirstChild();
        if (!(first instanceof Paragraph)) {
            return "";
        }
        Node lead = first.getFirstChild();
        while (lead instanceof Text t && t.getLiteral().isBlank()) {
            lead = lead.getNext();
        }
        // "**[Title](url)**" and "[**Title**](url)" both lead with the title
        if (lead instanceof StrongEmphasis strong && strong.getFirstChild() instanceof Link inner
                && inner.getNext() == null) {
            lead = inner;
        }
        if (lead instanceof Link || lead instanceof StrongEmphasis) {
            return plainText(lead);
        }
        return "";
    }

    /** Sanitised HTML of a Markdown fragment. */
    public String html(String markdown) {
        return sanitizer.clean(renderer.render(parser.parse(markdown))).strip();
    }

    private static String plainText(Node node) {
        return Words.of(node, true);
    }

    /**
     * The words of a Markdown tree, a blank for each line break and between paragraphs. A block's text keeps its
     * inline HTML as written (a title or abstract is text, and nothing in it is silently dropped); a value's drops
     * the tags, and what a {@code <summary>} holds with them.
     */
    private static final class Words extends AbstractVisitor {
        private final boolean htmlAsWritten;
        private final StringBuilder out = new StringBuilder();
        private boolean inSummary;

        private Words(boolean htmlAsWritten) {
            this.htmlAsWritten = htmlAsWritten;
        }

        static String of(Node node, boolean htmlAsWritten) {
            Words words = new Words(htmlAsWritten);
            node.accept(words);
            return words.out.toString().strip();
        }

        @Override
        public void visit(Text text) {
            if (!inSummary) {
                out.append(text.getLiteral());
            }
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TexMathSpans.EscapedDollar && !inSummary) {
                out.append("\\$"); // a title's or an abstract's text keeps it escaped: see TexMath
            } else if (node instanceof TexMathSpans.LiteralBracket literal && !inSummary) {
                out.append(literal.bracket());
            } else {
                visitChildren(node);
            }
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HtmlInline html) {
            if (htmlAsWritten) {
                out.append(html.getLiteral());
                return;
            }
            String tag = html.getLiteral().toLowerCase(Locale.ROOT);
            if (tag.startsWith("<summary")) {
                inSummary = true;
            } else if (tag.startsWith("</summary")) {
                inSummary = false;
            } else if (tag.startsWith("<br") || tag.startsWith("<p") || tag.startsWith("</p")) {
                out.append(' ');
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            visitChildren(paragraph);
        }
    }

    private static List<MarkdownBlock.Anchor> anchors(Node node) {
        List<MarkdownBlock.Anchor> anchors = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                anchors.add(new MarkdownBlock.Anchor(plainText(link), link.getDestination()));
            }
        });
        return anchors;
    }

    /**
     * The destinations of the links. An image's address is none: a badge ("[![arXiv](https://img.shields.io/…)](…)")
     * is a picture of its link, and the anchor around it is the link.
     */
    private static List<String> urls(Node node) {
        List<String> urls = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                urls.add(link.getDestination());
            }
        });
        return urls;
    }
}
