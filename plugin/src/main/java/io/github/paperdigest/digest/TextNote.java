package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MathHtml;
import io.github.paperdigest.markup.ProseFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A curator's note that a digest gives as plain text (a spreadsheet's cell of notes, a reference manager's note
 * field), as the HTML a paper's note is shown in: the text escaped, a paragraph for each run of lines between blank
 * lines, a line break where the text breaks its lines, URLs made links, TeX formulas marked for KaTeX as in abstracts
 * ({@link MathHtml}). Plain text is not Markdown: "*" and "_" show as written.
 */
final class TextNote {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final ProseFormatter prose;

    TextNote(LinkFinder linkFinder) {
        this.prose = new ProseFormatter(linkFinder);
    }

    /** The note's HTML; empty for a note of white space only. */
    String html(String text) {
        return html(text, UnaryOperator.identity());
    }

    /**
     * The note's HTML, each paragraph's text first read by {@code paragraphText}: a BibTeX note is TeX, whose lines
     * within a paragraph are one line.
     */
    String html(String text, UnaryOperator<String> paragraphText) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            List<String> lines = LINE_BREAK.splitAsStream(paragraphText.apply(paragraph)).map(Whitespace::collapse)
                    .filter(l -> !l.isEmpty())
                    .map(line -> MathHtml.prose(line, prose)).toList();
            if (!lines.isEmpty()) {
                html.append(html.isEmpty() ? "" : "\n").append("<p>").append(String.join("<br>", lines)).append("</p>");
            }
        }
        return html.toString();
    }
}
