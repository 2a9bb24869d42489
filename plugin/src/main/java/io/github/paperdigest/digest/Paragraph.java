package io.github.paperdigest.digest;

import java.util.List;

/**
 * Consecutive non-blank lines of a text file, with the number of the first one. What the reader asks of a paragraph
 * more than once (its text with white space collapsed, its text made faithful) is worked out once: an
 * abstract is asked whether it is one, then read.
 */
final class Paragraph {

    private final int line;
    private final List<String> lines;
    private final String text;
    /** {@link FaithfulText#clean} of the text, when first asked for; a paragraph is read by one thread. */
    private String cleaned;

    Paragraph(int line, List<String> lines) {
        this.line = line;
        this.lines = List.copyOf(lines);
        this.text = Whitespace.collapse(lines.size() == 1 ? lines.get(0) : String.join(" ", lines));
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

    /**
     * Whether the text has at least {@code n} words, one more than its spaces as white space is collapsed. Counted only
     * as far as the answer: an abstract reaches it in its first sentence.
     */
    boolean hasWords(int n) {
        return hasWords(text, n);
    }

    /** Whether a text whose white space is collapsed (an abstract as read) has at least {@code n} words. */
    static boolean hasWords(String text, int n) {
        int words = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length() && words < n; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= n;
    }

    /** The text as {@link FaithfulText#clean} makes it faithful. */
    String cleaned() {
        if (cleaned == null) {
            cleaned = FaithfulText.cleanCollapsed(text);
        }
        return cleaned;
    }
}
