package io.github.paperdigest.markup;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
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

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().softbreak("\n").build();
    private final HtmlSanitizer sanitizer;

    public MarkdownOutline(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** The blocks of the document; {@code firstLine} is the number of the document's first line in its file. */
    public List<MarkdownBlock> blocks(String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        List<MarkdownBlock> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int line = node.getSourceSpans().isEmpty() ? firstLine
                    : firstLine + node.getSourceSpans().get(0).getLineIndex();
            String html = sanitizer.clean(renderer.render(node)).strip();
            if (node instanceof Heading h) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.HEADING, line, h.getLevel(), plainText(h), List.of(),
                        urls(h), html));
            } else if (node instanceof Paragraph p) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.PARAGRAPH, line, 0, plainText(p), List.of(), urls(p),
                        html));
            } else if (node instanceof BulletList list) {
                List<MarkdownBlock.Item> items = new ArrayList<>();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        items.add(new MarkdownBlock.Item(plainText(item), urls(item)));
                    }
                }
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.BULLET_LIST, line, 0, plainText(list), items,
                        urls(list), html));
            } else if (node instanceof BlockQuote q) {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.BLOCK_QUOTE, line, 0, plainText(q), List.of(), urls(q),
                        html));
            } else {
                blocks.add(new MarkdownBlock(MarkdownBlock.Kind.OTHER, line, 0, plainText(node), List.of(), urls(node),
                        html));
            }
        }
        return blocks;
    }

    /** Sanitised HTML of a Markdown fragment. */
    public String html(String markdown) {
        return sanitizer.clean(renderer.render(parser.parse(markdown))).strip();
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
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
            public void visit(HtmlInline htmlInline) {
                // kept as written: a title or abstract is text, and nothing in it is silently dropped
                out.append(htmlInline.getLiteral());
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                visitChildren(paragraph);
            }
        });
        return out.toString().strip();
    }

    private static List<String> urls(Node node) {
        List<String> urls = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                urls.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                urls.add(image.getDestination());
            }
        });
        return urls;
    }
}
