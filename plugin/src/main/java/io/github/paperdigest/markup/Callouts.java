package io.github.paperdigest.markup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Obsidian's callouts and GitHub's alerts: a block quote that opens with {@code [!tip] Key idea} or {@code [!NOTE]}.
 * CommonMark reads the marker as text, so a note showed "[!tip] Key idea" to its readers; here the marker goes and
 * the quote opens with its title in bold, "Key idea", or, without one, its kind: "Tip", "Note", "Warning". The quote
 * stays a quote (a note's block quote is found as one), and needs no markup a sanitised note does not keep. Obsidian's
 * fold marks ({@code [!faq]-}, {@code [!faq]+}) are dropped: a page shows the whole note.
 */
final class Callouts implements PostProcessor {

    /** The marker, with a kind as Obsidian allows one (its own and custom kinds), a fold mark, and the title. */
    private static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z][\\w-]{0,40})][-+]?[ \\t]*");

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                titled(quote);
                visitChildren(quote);
            }
        });
        return document;
    }

    /** The quote with its marker line as a paragraph of its own, in bold, when it opens with one. */
    private static void titled(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text opening)) {
            return;
        }
        Matcher m = MARKER.matcher(opening.getLiteral());
        if (!m.find()) {
            return;
        }
        opening.setLiteral(opening.getLiteral().substring(m.end()));
        StrongEmphasis title = new StrongEmphasis("**");
        // the title is the rest of the marker's line, with any emphasis or link it has; the lines after it are the body
        Node n = first.getFirstChild();
        while (n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
            Node next = n.getNext();
            if (title.getFirstChild() == null && n instanceof Text t && t.getLiteral().isBlank()) {
                n.unlink(); // what the marker left of its text
            } else {
                title.appendChild(n);
            }
            n = next;
        }
        if (n != null) {
            n.unlink(); // the break after the marker's line: the body starts a paragraph of its own
        }
        if (title.getFirstChild() == null) {
            title.appendChild(new Text(kindInWords(m.group(1))));
        }
        Paragraph heading = new Paragraph();
        heading.appendChild(title);
        first.insertBefore(heading);
        if (first.getFirstChild() == null) {
            first.unlink();
        }
    }

    /** A kind as a reader reads it: "tip" and "TIP" as "Tip", "to-do" as "To do". */
    static String kindInWords(String kind) {
        String words = kind.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
