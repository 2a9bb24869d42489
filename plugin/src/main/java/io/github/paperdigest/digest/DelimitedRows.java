package io.github.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a spreadsheet saved as text (RFC 4180's CSV, or tab-separated): cells split at the delimiter, a cell in
 * double quotes may hold the delimiter, line ends and doubled quotes ({@code ""}), each row with the line it starts
 * on. A quote inside a cell that did not start with one is a character, as spreadsheets read it; a quoted cell that
 * never closes is an error at the line that opened it, since everything after it would be read as one cell.
 */
final class DelimitedRows {

    /** One row: the line it starts on and its cells, as written but for the quotes. */
    record Row(int line, List<String> cells) {
    }

    private DelimitedRows() {
    }

    /** The rows of a file's lines (numbered from 1 in what they say); blank lines between rows are no rows. */
    static List<Row> of(List<String> lines, char delimiter, String sourceName) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int rowLine = 0;
        int quoteLine = 0;
        // whether the cell so far is white space alone, where a quote opens a quoted cell: kept as it goes, since
        // asking the cell each time made a line of a million quotes take minutes
        boolean blankSoFar = true;
        // whether a quoted cell has closed and only white space has followed: what comes next must end the cell
        boolean closed = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (!quoted) {
                if (line.isBlank()) {
                    continue;
                }
                rowLine = n + 1;
            } else {
                cell.append('\n');
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c != '"') {
                        cell.append(c);
                    } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        closed = true;
                        blankSoFar = false;
                    }
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    blankSoFar = true;
                    closed = false;
                } else if (closed && !Character.isWhitespace(c)) {
                    // '"Why Should I Trust You?": Explaining' would lose its quotes, read as spreadsheets read it
                    throw new DigestException(sourceName, n + 1, "'" + c + "' follows the closing quote of the quoted"
                            + " cell \"" + abbreviated(cell) + "\": put the whole cell in quotes and write each '\"'"
                            + " inside it as '\"\"'");
                } else if (closed) {
                    continue;
                } else if (c == '"' && blankSoFar) {
                    cell.setLength(0);
                    quoted = true;
                    blankSoFar = false;
                    quoteLine = n + 1;
                } else {
                    cell.append(c);
                    blankSoFar &= Character.isWhitespace(c);
                }
            }
            if (!quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
                blankSoFar = true;
                closed = false;
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
            }
        }
        if (quoted) {
            throw new DigestException(sourceName, quoteLine, "a quoted cell opens here and never closes, so the rest of"
                    + " the file would be one cell: end it with '\"', and write a '\"' inside a cell as '\"\"'");
        }
        return rows;
    }

    private static String abbreviated(CharSequence cell) {
        return cell.length() <= 40 ? cell.toString() : cell.subSequence(0, 40) + "…";
    }
}
