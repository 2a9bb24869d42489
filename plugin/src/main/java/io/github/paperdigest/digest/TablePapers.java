package io.github.paperdigest.digest;

import io.github.paperdigest.digest.PaperColumns.Column;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.markup.UrlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table of papers: which column holds what, named by its header ("Title", "Publish Date", "Authors",
 * "PDF", "Code", "Abstract", "Comment", "Notes", ...), and how a row becomes a paper. The column of titles is the one
 * whose header says so, or else the one whose cells lead with a linked title in most rows. A header that names two
 * columns of titles is a problem, as a sheet's is ({@link PaperColumns#twoTitleColumns}).
 */
final class TablePapers {

    private final MarkdownTable table;
    private final MarkdownOutline outline;
    private final List<String> names;
    private final List<Column> columns;
    private final int titleColumn;
    /** Why the rows cannot be read as papers (two columns of titles), or empty. */
    private final Optional<String> unreadable;

    private TablePapers(MarkdownTable table, MarkdownOutline outline, List<String> names, List<Column> columns,
            int titleColumn, Optional<String> unreadable) {
        this.table = table;
        this.outline = outline;
        this.names = names;
        this.columns = columns;
        this.titleColumn = titleColumn;
        this.unreadable = unreadable;
    }

    static TablePapers of(MarkdownTable table, MarkdownOutline outline) {
        List<String> names = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (String cell : table.header()) {
            String name = outline.inline(cell).text();
            names.add(name);
            columns.add(PaperColumns.of(name));
        }
        // asked before the column of titles is chosen, which marks the other columns of titles as more about the paper
        Optional<String> twoTitles = PaperColumns.twoTitleColumns("the table's header", names, columns);
        int title = PaperColumns.titleColumn(names, columns);
        if (title < 0) {
            title = linkedTitleColumn(table, outline, columns.size());
            if (title >= 0) {
                columns.set(title, Column.TITLE);
            }
        }
        return new TablePapers(table, outline, names, columns, title, twoTitles);
    }

    /** The column whose cells lead with a linked or bold title of two words or more in most rows, or -1. */
    private static int linkedTitleColumn(MarkdownTable table, MarkdownOutline outline, int width) {
        if (table.rows().isEmpty()) {
            return -1;
        }
        for (int c = 0; c < width; c++) {
            int titled = 0;
            for (MarkdownTable.Row row : table.rows()) {
                if (c < row.cells().size()) {
                    MarkdownBlock.Inline cell = outline.inline(row.cells().get(c));
                    if (!cell.urls().isEmpty() && cell.leadingText().strip().split("\\s+").length >= 2) {
                        titled++;
                    }
                }
            }
            if (titled * 10 >= table.rows().size() * 6) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The links of a cell: its Markdown links, or else the bare URLs it holds ("| https://arxiv.org/pdf/2210.02303 |"),
     * which GitHub shows as links too.
     */
    private static List<String> links(MarkdownBlock.Inline cell, LinkFinder finder) {
        return cell.urls().isEmpty() ? finder.find(cell.text()).stream().map(UrlSpan::url).toList() : cell.urls();
    }

    boolean hasTitleColumn() {
        return titleColumn >= 0;
    }

    List<String> columnNames() {
        return names;
    }

    List<MarkdownTable.Row> rows() {
        return table.rows();
    }

    /**
     * Whether the rows can be read as papers: not under a header that names two columns of titles, which is reported
     * at the header's line, as a sheet's is (a strict build fails; a lenient one leaves the table's papers out, with a
     * warning). Asked when the table is read rather than when it is found, so that a file's problems are told in the
     * order of its lines.
     */
    boolean readable(DigestProblems problems, String sourceName) {
        unreadable.ifPresent(problem -> problems.report(sourceName, table.line(), problem));
        return unreadable.isEmpty();
    }

    /**
     * Fills the draft from a row; false for a row that is no paper (empty, or the header repeated). A row with
     * more cells than the header has an unescaped '|' in a cell: read as part of the title when that gives a
     * linked or bold title (with a warning), else a problem.
     */
    boolean fill(MarkdownTable.Row row, EntryDraft draft, LinkFinder finder, LinkClassifier classifier,
            DigestProblems problems, String sourceName) {
        List<String> cells = new ArrayList<>(row.cells());
        if (cells.stream().allMatch(PaperColumns::isNothing)) {
            return false;
        }
        if (cells.equals(table.header())) {
            return false;
        }
        if (cells.size() > columns.size()) {
            int extra = cells.size() - columns.size();
            String joined = String.join(" | ", cells.subList(titleColumn, titleColumn + extra + 1));
            if (outline.inline(joined).leadingText().isEmpty()) {
                problems.report(sourceName, row.line(), "a table row has " + cells.size() + " cells but the header "
                        + columns.size() + ": write a '|' inside a cell as '\\|'");
                return false;
            }
            problems.warn(sourceName, row.line(), "a table row has " + cells.size() + " cells but the header "
                    + columns.size() + "; the extra '|' is read as part of the title");
            cells.subList(titleColumn, titleColumn + extra + 1).clear();
            cells.add(titleColumn, joined.replace("|", "\\|"));
        }
        for (int c = 0; c < columns.size() && c < cells.size(); c++) {
            String cell = cells.get(c);
            if (PaperColumns.isNothing(cell)) {
                continue;
            }
            MarkdownBlock.Inline value = outline.inline(cell);
            List<String> urls = columns.get(c) == Column.TITLE ? value.urls() : links(value, finder);
            String html = columns.get(c) == Column.NOTES ? outline.inlineHtml(cell) : "";
            PaperColumns.put(columns.get(c), names.get(c),
                    new PaperColumns.Cell(value.text(), value.leadingText(), urls, html), draft, classifier);
        }
        if (draft.title().isEmpty()) {
            problems.report(sourceName, row.line(), "a table row without a title (column '" + names.get(titleColumn)
                    + "' is empty)");
            return false;
        }
        return true;
    }
}
