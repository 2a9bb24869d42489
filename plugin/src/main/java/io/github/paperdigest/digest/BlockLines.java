package io.github.paperdigest.digest;

import io.github.paperdigest.markup.MarkdownBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a Markdown digest as written. A block of the outline gives its text and HTML, without the marks that
 * tell the layout what it is: a heading's numbering, a table's pipes, a list's markers and nesting, a line in italics.
 * Those are read from the block's own lines.
 *
 * @param lines the file's lines, the first one line 1
 */
record BlockLines(List<String> lines) {

    /** A line of the file, 1-based; empty past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    /** The lines the block was read from, as written. */
    List<String> of(MarkdownBlock b) {
        List<String> out = new ArrayList<>(b.lastLine() - b.line() + 1);
        for (int n = b.line(); n <= b.lastLine(); n++) {
            out.add(line(n));
        }
        return out;
    }
}
