package io.github.paperdigest.markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Writes the wikilinks of Obsidian and other note-taking tools as the text they show: {@code [[MagicVideo]]} as
 * "MagicVideo", {@code [[Target|Alias]]} as "Alias". They link to notes in the writer's vault, which the site
 * does not have; CommonMark leaves them as brackets in titles, abstracts and notes. Code keeps them as written.
 */
final class WikiLinks implements PostProcessor {

    private static final Pattern WIKILINK = Pattern.compile("!?\\[\\[([^\\[\\]|\\n]{1,500}?)(?:\\|([^\\[\\]\\n]{1,500}?))?]](?!\\()");

    @Override
    public Node process(Node node) {
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                if (literal.contains("[[")) {
                    text.setLiteral(shown(literal));
                }
            }
        });
        return node;
    }

    /** The text with each wikilink replaced by what it shows: its alias, else its target. */
    static String shown(String text) {
        Matcher m = WIKILINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = m.group(2) != null ? m.group(2) : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(shown.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
