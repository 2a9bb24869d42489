package io.github.paperdigest.digest;

import java.util.List;

/**
 * Consecutive non-blank lines of a text file, with the number of the first one.
 *
 * @param text the lines joined by single spaces, runs of white space collapsed (computed once)
 */
record Paragraph(int line, List<String> lines, String text, int wordCount) {

    Paragraph(int line, List<String> lines) {
        this(line, List.copyOf(lines), Whitespace.collapse(String.join(" ", lines)));
    }

    private Paragraph(int line, List<String> lines, String text) {
        this(line, lines, text, text.isEmpty() ? 0 : (int) text.chars().filter(c -> c == ' ').count() + 1);
    }
}
