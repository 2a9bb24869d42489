package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.markup.UrlSpan;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of papers: which column holds what, named by its header ("Title", "Publish Date", "Authors",
 * "PDF", "Code", "Abstract", "Comment", ...), and how a row becomes a paper. The column of titles is the one
 * whose header says so, or else the one whose cells lead with a linked title in most rows.
 */
final class TablePapers {

    /** What a column holds. */
    enum Column {
        TITLE, DATE, AUTHORS, LINK, CODE, ABSTRACT, COMMENT, VENUE, TAGS, OTHER
    }

    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("title", Column.TITLE), Map.entry("paper", Column.TITLE), Map.entry("papers", Column.TITLE),
            Map.entry("paper title", Column.TITLE), Map.entry("name", Column.TITLE), Map.entry("paper name", Column.TITLE),
            Map.entry("article", Column.TITLE), Map.entry("论文", Column.TITLE), Map.entry("标题", Column.TITLE),
            Map.entry("题目", Column.TITLE),
            Map.entry("date", Column.DATE), Map.entry("publish date", Column.DATE), Map.entry("published", Column.DATE),
            Map.entry("submitted", Column.DATE), Map.entry("update date", Column.DATE), Map.entry("updated", Column.DATE),
            Map.entry("time", Column.DATE), Map.entry("日期", Column.DATE),
            Map.entry("authors", Column.AUTHORS), Map.entry("author", Column.AUTHORS),
            Map.entry("first author", Column.AUTHORS), Map.entry("作者", Column.AUTHORS),
            Map.entry("pdf", Column.LINK), Map.entry("link", Column.LINK), Map.entry("links", Column.LINK),
            Map.entry("arxiv", Column.LINK), Map.entry("url", Column.LINK), Map.entry("paper link", Column.LINK),
            Map.entry("arxiv id", Column.LINK),
            Map.entry("code", Column.CODE), Map.entry("github", Column.CODE), Map.entry("repo", Column.CODE),
            Map.entry("repository", Column.CODE), Map.entry("代码", Column.CODE), Map.entry("implementation", Column.CODE),
            Map.entry("abstract", Column.ABSTRACT), Map.entry("summary", Column.ABSTRACT), Map.entry("摘要", Column.ABSTRACT),
            Map.entry("comment", Column.COMMENT), Map.entry("comments", Column.COMMENT), Map.entry("note", Column.COMMENT),
            Map.entry("notes", Column.COMMENT), Map.entry("remarks", Column.COMMENT),
            Map.entry("venue", Column.VENUE), Map.entry("conference", Column.VENUE), Map.entry("journal", Column.VENUE),
            Map.entry("publication", Column.VENUE), Map.entry("pub", Column.VENUE),
            Map.entry("keywords", Column.TAGS), Map.entry("tags", Column.TAGS), Map.entry("topics", Column.TAGS));

    /** Cells that mean "nothing here", as generators write them. */
    private static final java.util.Set<String> NOTHING = java.util.Set.of("", "null", "none", "-", "—", "n/a", "na", "/");

    private final MarkdownTable table;
    private final MarkdownOutline outline;
    private final List<String> names;
    private final List<Column> columns;
    private final int titleColumn;

    private TablePapers(MarkdownTable table, MarkdownOutline outline, List<String> names, List<Column> columns,
            int titleColumn) {
        this.table = table;
        this.outline = outline;
        this.names = names;
        this.columns = columns;
        this.titleColumn = titleColumn;
    }

    static TablePapers of(MarkdownTable table, MarkdownOutline outline) {
        List<String> names = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        int title = -1;
        for (String cell : table.header()) {
            String name = outline.inline(cell).text();
            String key = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip().replaceAll("\\s+", " ");
            Column column = HEADERS.getOrDefault(key, Column.OTHER);
            if (column == Column.TITLE && title >= 0) {
                column = Column.OTHER;
            }
            if (column == Column.TITLE) {
                title = columns.size();
            }
            names.add(name);
            columns.add(column);
        }
        if (title < 0) {
            title = linkedTitleColumn(table, outline, columns.size());
            if (title >= 0) {
                columns.set(title, Column.TITLE);
            }
        }
        return new TablePapers(table, outline, names, columns, title);
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
     * Fills the draft from a row; false for a row that is no paper (empty, or the header repeated). A row with
     * more cells than the header has an unescaped '|' in a cell: read as part of the title when that gives a
     * linked or bold title (with a warning), else a problem.
     */
    boolean fill(MarkdownTable.Row row, EntryDraft draft, LinkFinder finder, LinkClassifier classifier,
            DigestProblems problems, String sourceName) {
        List<String> cells = new ArrayList<>(row.cells());
        if (cells.stream().allMatch(c -> NOTHING.contains(c.strip().toLowerCase(Locale.ROOT)))) {
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
            if (NOTHING.contains(cell.strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            MarkdownBlock.Inline value = outline.inline(cell);
            switch (columns.get(c)) {
                case TITLE -> {
                    draft.title(value.leadingText().isEmpty() ? value.text() : value.leadingText());
                    value.urls().forEach(u -> draft.link(null, u, classifier));
                }
                case DATE -> draft.published(value.text());
                case AUTHORS -> draft.authors(value.text());
                case LINK -> {
                    links(value, finder).forEach(u -> draft.link(null, u, classifier));
                    ArxivIds.parse(value.text()).ifPresent(draft::arxivId);
                }
                case CODE -> links(value, finder).forEach(u -> draft.link(LinkKind.CODE, u, classifier));
                case ABSTRACT -> draft.abstractText(value.text());
                case COMMENT -> draft.extra("comment", value.text());
                case VENUE -> draft.venue(value.text());
                case TAGS -> draft.tags(value.text());
                default -> {
                    draft.extra(names.get(c).toLowerCase(Locale.ROOT), value.text());
                    links(value, finder).forEach(u -> draft.link(null, u, classifier));
                }
            }
        }
        if (draft.title().isEmpty()) {
            problems.report(sourceName, row.line(), "a table row without a title (column '" + names.get(titleColumn)
                    + "' is empty)");
            return false;
        }
        return true;
    }
}
