package io.github.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub table as its source lines give it: the header's cells and each row's cells as Markdown, with the
 * line each row starts on. Read from the lines rather than from the parsed table, because the parser keeps
 * quiet about what a generated digest gets wrong: a row wrapped over several lines becomes rows of its own,
 * and the cells beyond the header's count (an unescaped '|' inside a title) are dropped.
 */
final class MarkdownTable {

    /** A row of cells, as Markdown with '\|' still escaped (inline parsing unescapes it). */
    record Row(int line, List<String> cells) {
    }

    private final int line;
    private final List<String> header;
    private final List<Row> rows;

    private MarkdownTable(int line, List<String> header, List<Row> rows) {
        this.line = line;
        this.header = header;
        this.rows = rows;
    }

    /**
     * The table in {@code lines}, the first being the header and the second the delimiter row. When the header
     * starts with '|', a line that does not is the rest of the row above, wrapped by whoever made the file.
     */
    static MarkdownTable of(List<String> lines, int firstLine) {
        List<String> header = cells(lines.get(0));
        boolean piped = lines.get(0).strip().startsWith("|");
        List<Row> rows = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (current != null && piped && !line.strip().startsWith("|")) {
                current.append(' ').append(line.strip());
                continue;
            }
            if (current != null) {
                rows.add(new Row(currentLine, cells(current.toString())));
            }
            current = new StringBuilder(line.strip());
            currentLine = firstLine + i;
        }
        if (current != null) {
            rows.add(new Row(currentLine, cells(current.toString())));
        }
        return new MarkdownTable(firstLine, header, rows);
    }

    /** The header's line, where a problem with the columns it names is told. */
    int line() {
        return line;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The cells of a row: split at each '|' that no backslash escapes, outer pipes dropped, cells stripped. An escaped
     * pipe is a pipe of the cell's text before anything else reads it, as GFM has it: a formula or a code span in the
     * cell holds "|", not the TeX command "\\|".
     */
    static List<String> cells(String line) {
        String l = line.strip();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\' && i + 1 < l.length()) {
                char escaped = l.charAt(++i);
                cell.append(escaped == '|' ? "|" : "\\" + escaped);
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        if (l.startsWith("|") && !cells.isEmpty()) {
            cells.remove(0);
        }
        if (l.endsWith("|") && !l.endsWith("\\|") && !cells.isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
