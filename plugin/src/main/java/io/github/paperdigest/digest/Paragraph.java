package io.github.paperdigest.digest;

import java.util.List;

/** Consecutive non-blank lines of a text file, with the number of the first one. */
record Paragraph(int line, List<String> lines) {

    Paragraph {
        lines = List.copyOf(lines);
    }

    /** The lines joined by single spaces, with runs of white space collapsed. */
    String text() {
        return Whitespace.collapse(String.join(" ", lines));
    }

    int wordCount() {
        String text = text();
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
