package io.github.paperdigest.digest;

import io.github.paperdigest.digest.PaperColumns.Column;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.markup.UrlSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table of papers: which column holds what, named by its header ("Title", "Publish Date", "Authors",
 * "PDF", "Code", "Abstract", "Comment", "Notes", ...), and how a row becomes a paper. The column of titles is the one
 * whose header says so, or else the one whose cells lead with a linked title in most rows. A header that names two
 * columns of titles is a problem, as a sheet's is ({@link PaperColumns#twoTitleColumns}).
 *
 * <p>A column named for papers whose cells are all link words ("| Paper |" over "[paper](…)", as an awesome list's
 * table of datasets has it) holds the papers' links, not their titles: every row would be a paper titled "paper", and
 * all of them one paper. The titles are then the names another column links ("[MMLU](…)"), or, when no column does,
 * the table cannot be read ({@link #withoutTitles}).
 */
final class TablePapers {

    private final MarkdownTable table;
    private final MarkdownOutline outline;
    private final List<String> names;
    private final List<Column> columns;
    private final int titleColumn;
    /** Why the rows cannot be read as papers (two columns of titles), or empty. */
    private final Optional<String> unreadable;
    /** The column named for titles that holds link words instead ("'Paper' (column 5) holds 'paper'"), or empty. */
    private final Optional<String> linkWordColumn;

    private TablePapers(MarkdownTable table, MarkdownOutline outline, List<String> names, List<Column> columns,
            int titleColumn, Optional<String> unreadable, Optional<String> linkWordColumn) {
        this.table = table;
        this.outline = outline;
        this.names = names;
        this.columns = columns;
        this.titleColumn = titleColumn;
        this.unreadable = unreadable;
        this.linkWordColumn = linkWordColumn;
    }

    static TablePapers of(MarkdownTable table, MarkdownOutline outline) {
        List<String> names = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (String cell : table.header()) {
            String name = outline.inline(cell).text();
            names.add(name);
            columns.add(PaperColumns.of(name));
        }
        // a column named for titles that holds link words is a column of links, whatever its header says
        Optional<String> linkWords = Optional.empty();
        for (int c = 0; c < columns.size(); c++) {
            Optional<String> words = columns.get(c) == Column.TITLE ? linkWords(table, outline, c) : Optional.empty();
            if (words.isPresent()) {
                columns.set(c, Column.LINK);
                String held = "'" + names.get(c) + "' (column " + (c + 1) + ") holds " + words.get();
                linkWords = linkWords.or(() -> Optional.of(held));
            }
        }
        // asked before the column of titles is chosen, which marks the other columns of titles as more about the paper
        Optional<String> twoTitles = PaperColumns.twoTitleColumns("the table's header", names, columns);
        int title = PaperColumns.titleColumn(names, columns);
        if (title < 0) {
            title = linkedColumn(table, outline, columns, 2, false);
        }
        if (title < 0 && linkWords.isPresent()) {
            // the header says the rows are papers, and their links are in the column of link words: a column of
            // linked names ("[MMLU](…)", one word may be a name) names them
            title = linkedColumn(table, outline, columns, 1, true);
        }
        if (title >= 0) {
            columns.set(title, Column.TITLE);
        }
        return new TablePapers(table, outline, names, columns, title, twoTitles, linkWords);
    }

    /**
     * The first column whose cells lead with a link or bold text of {@code minWords} words or more, no link word, in
     * 6 rows in 10; of the columns no header names when {@code unnamedOnly} (a "Code" column's repositories are no
     * titles). -1 if none.
     */
    private static int linkedColumn(MarkdownTable table, MarkdownOutline outline, List<Column> columns, int minWords,
            boolean unnamedOnly) {
        if (table.rows().isEmpty()) {
            return -1;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (unnamedOnly && columns.get(c) != Column.OTHER) {
                continue;
            }
            int titled = 0;
            for (MarkdownTable.Row row : table.rows()) {
                if (c < row.cells().size()) {
                    MarkdownBlock.Inline cell = outline.inline(row.cells().get(c));
                    String lead = cell.leadingText().strip();
                    if (!cell.urls().isEmpty() && !lead.isEmpty() && lead.split("\\s+").length >= minWords
                            && !LinkWords.isLinkWord(lead)) {
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
     * The link words a column's cells hold ("'paper' and 'Paper'"), when every cell that holds anything holds a link
     * word and nothing else; empty otherwise. A column of titles with one "[paper](…)" among them is a column of
     * titles, and that row is told ({@link #fill}).
     */
    private static Optional<String> linkWords(MarkdownTable table, MarkdownOutline outline, int c) {
        Set<String> words = new LinkedHashSet<>();
        for (MarkdownTable.Row row : table.rows()) {
            if (c >= row.cells().size() || PaperColumns.isNothing(row.cells().get(c))) {
                continue;
            }
            String text = outline.inline(row.cells().get(c)).text().strip();
            if (!LinkWords.isLinkWord(text)) {
                return Optional.empty();
            }
            words.add("'" + text + "'");
        }
        return words.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" and ", words.stream().limit(3).toList()) + (words.size() > 3 ? " ..." : ""));
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

    /**
     * Why a table with no column of titles cannot be read although its header names its papers: its column named for
     * them holds link words, and no column links their names. Empty for a table that names no column of papers.
     */
    Optional<String> withoutTitles() {
        return titleColumn >= 0 ? Optional.empty() : linkWordColumn.map(held -> "a table names a column of papers, but"
                + " " + held + ", which are the papers' links, not their titles, and no other column links their"
                + " names: give the titles a column of their own ('Title'), or link each paper's name in a column of"
                + " names ('[MMLU](…)')");
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
        if (LinkWords.isLinkWord(draft.title())) {
            problems.report(sourceName, row.line(), "a table row without a title: its column '" + names.get(titleColumn)
                    + "' holds the link word '" + draft.title() + "', which says what the link is, not what the paper"
                    + " is called; write the paper's title there, as a link");
            return false;
        }
        return true;
    }
}
