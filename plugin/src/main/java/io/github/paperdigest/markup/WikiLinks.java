package io.github.paperdigest.markup;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * The wikilinks of Obsidian and other note-taking tools, which CommonMark leaves as brackets in titles, abstracts
 * and notes. Each shows its text: {@code [[MagicVideo]]} "MagicVideo", {@code [[Target|Alias]]} "Alias",
 * {@code [[Target#Heading]]} "Target#Heading". In a note's HTML a wikilink ({@code [[...]]}, not an embed) is also
 * marked with the name of the note it links to, {@code <a data-note="Target">Alias</a>}: the note's name is its
 * file's name, so only once every digest is read is it known whether that note is a paper of the site.
 * {@link NoteLinks} then links the text to the paper's page, or leaves it text. Text (a title, an abstract, a value)
 * has no mark. An embed ({@code ![[Figure.png]]}) shows its text, as does a wikilink within a link; code keeps them
 * as written.
 */
final class WikiLinks implements PostProcessor {

    private static final Pattern WIKILINK = Pattern.compile("!?\\[\\[([^\\[\\]|\\n]{1,500}?)(?:\\|([^\\[\\]\\n]{1,500}?))?]](?!\\()");
    private static final Pattern NOTE_EXTENSION = Pattern.compile("(?i)\\.md$");

    @Override
    public Node process(Node node) {
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("[[")) {
                    mark(text);
                }
            }

            @Override
            public void visit(CustomNode custom) {
                if (!(custom instanceof TexMathSpans.Formula)) {
                    visitChildren(custom); // a formula is TeX as written, whose brackets are no wikilink
                }
            }
        });
        return node;
    }

    /** Replaces the text node by its text and wikilinks, each wikilink as what it shows, marked with its note. */
    private static void mark(Text text) {
        String literal = text.getLiteral();
        if (withinLink(text)) {
            text.setLiteral(shown(literal)); // a link within a link is no link: its text only
            return;
        }
        Matcher m = WIKILINK.matcher(literal);
        int from = 0;
        while (m.find()) {
            String shown = shown(m);
            String note = m.group().startsWith("!") ? "" : noteName(m.group(1));
            if (note.isEmpty()) {
                continue; // an embed, or a link within the note itself ("[[#Heading]]"): its text, with the text around
            }
            if (m.start() > from) {
                text.insertBefore(new Text(shown(literal.substring(from, m.start()))));
            }
            text.insertBefore(new NoteLink(note, shown));
            from = m.end();
        }
        if (from == 0) {
            text.setLiteral(shown(literal));
        } else if (from < literal.length()) {
            text.setLiteral(shown(literal.substring(from)));
        } else {
            text.unlink();
        }
    }

    private static boolean withinLink(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link) {
                return true;
            }
        }
        return false;
    }

    /** The text with each wikilink replaced by what it shows: its alias, else its target. */
    static String shown(String text) {
        Matcher m = WIKILINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(shown(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shown(Matcher wikilink) {
        return (wikilink.group(2) != null ? wikilink.group(2) : wikilink.group(1)).strip();
    }

    /**
     * The name of the note a wikilink's target names, as Obsidian finds the note: without the heading or block it
     * points into ("Note#Heading", "Note#^block"), the folders before it ("papers/Note") or the ".md" after it; empty for
     * a place in the linking note itself ("#Heading").
     */
    static String noteName(String target) {
        String name = target;
        int hash = name.indexOf('#');
        if (hash >= 0) {
            name = name.substring(0, hash);
        }
        name = name.substring(name.lastIndexOf('/') + 1);
        return NOTE_EXTENSION.matcher(name.strip()).replaceFirst("").strip();
    }

    /** A wikilink to a note, its one child the text it shows. */
    static final class NoteLink extends CustomNode {
        private final String note;

        NoteLink(String note, String shown) {
            this.note = note;
            appendChild(new Text(shown));
        }
    }

    /** Renders a wikilink to a note as a link marked with the note's name, which {@link NoteLinks} resolves. */
    static NodeRenderer htmlRenderer(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(NoteLink.class);
            }

            @Override
            public void render(Node node) {
                context.getWriter().tag("a", Map.of(NoteLinks.NOTE, ((NoteLink) node).note));
                context.getWriter().text(((Text) node.getFirstChild()).getLiteral());
                context.getWriter().tag("/a");
            }
        };
    }
}
