package io.github.paperdigest.digest;

import java.util.List;

/**
 * Consecutive non-blank lines of a text file, with the number of the first one. What the reader asks of a paragraph
 * more than once (its text with white space collapsed, its words, its text made faithful) is worked out once: an
 * abstract is asked whether it is one, then read.
 */
final class Paragraph {

    private final int line;
    private final List<String> lines;
    private final String text;
    private final int wordCount;
    /** {@link FaithfulText#clean} of the text, when first asked for; a paragraph is read by one thread. */
    private String cleaned;

    Paragraph(int line, List<String> lines) {
        this.line = line;
        this.lines = List.copyOf(lines);
        this.text = Whitespace.collapse(String.join(" ", lines));
        this.wordCount = words(text);
    }

    /** The number of its first line. */
    int line() {
        return line;
    }

    List<String> lines() {
        return lines;
    }

    /** The lines joined by single spaces, runs of white space collapsed. */
    String text() {
        return text;
    }

    /** The words of the text: one more than its spaces, as white space is collapsed. */
    int wordCount() {
        return wordCount;
    }

    /** The text as {@link FaithfulText#clean} makes it faithful. */
    String cleaned() {
        if (cleaned == null) {
            cleaned = FaithfulText.clean(text);
        }
        return cleaned;
    }

    private static int words(String collapsed) {
        if (collapsed.isEmpty()) {
            return 0;
        }
        int spaces = 0;
        for (int i = 0; i < collapsed.length(); i++) {
            if (collapsed.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces + 1;
    }
}
