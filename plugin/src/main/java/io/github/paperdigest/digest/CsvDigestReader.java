package io.github.paperdigest.digest;

import io.github.paperdigest.digest.PaperColumns.Column;
import io.github.paperdigest.markup.HtmlText;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.UrlSpan;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a spreadsheet saved as CSV (.csv) or tab-separated values (.tsv): a reading group's sheet, a list kept in Excel
 * or Google Sheets, Zotero's "Export Collection… CSV". The first row names the columns, by the names Markdown tables
 * use ({@link PaperColumns}: "Title", "Authors", "Date", "Link", "Code", "Abstract", "Tags", "Notes", …, and Zotero's
 * "Abstract Note", "Publication Title", "Manual Tags"); every other row is a paper. A column no name says is kept as
 * the paper's extra metadata under its header. A .csv file is split at commas, or at semicolons when only they make
 * a column of titles of its header, as Excel saves CSV where a comma is the decimal mark.
 */
public final class CsvDigestReader implements DigestReader {

    private static final char[] CSV_DELIMITERS = {',', ';', '\t'};

    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;
    private final TextNote notes;

    public CsvDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.notes = new TextNote(linkFinder);
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<String> lines = source.allLines(problems);
        char delimiter = source.extension().equals("tsv") ? '\t' : delimiter(lines, source.name());
        List<DelimitedRows.Row> rows = DelimitedRows.of(lines, delimiter, source.name());
        List<PaperEntry> entries = new EntryList();
        if (!rows.isEmpty()) {
            Sheet sheet = Sheet.of(rows, source.name(), delimiter, problems);
            for (DelimitedRows.Row row : rows.subList(1, rows.size())) {
                paper(sheet, row, source.name(), problems).ifPresent(entries::add);
            }
        }
        return new DigestFile(source.name(), format(), Optional.empty(), DigestDates.inText(source.baseName()),
                Optional.empty(), "", List.of(), entries);
    }

    /**
     * The delimiter of a .csv file: the first of comma, semicolon and tab that makes a column of titles of its header,
     * else a comma (and the header's missing column of titles is then the error that names its columns).
     */
    private static char delimiter(List<String> lines, String sourceName) {
        String header = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        for (char d : CSV_DELIMITERS) {
            try {
                List<DelimitedRows.Row> first = DelimitedRows.of(List.of(header), d, sourceName);
                if (!first.isEmpty() && first.get(0).cells().stream().anyMatch(c -> PaperColumns.of(c) == Column.TITLE)) {
                    return d;
                }
            } catch (DigestException headerSpansLines) {
                // a header with a line end inside quotes: read with commas, where the rows will say what is wrong
            }
        }
        return ',';
    }

    /** A sheet's columns, named by its header row, and how each column of authors writes names. */
    private record Sheet(List<String> header, List<String> names, List<Column> columns, int titleColumn, Set<Integer> familyNameFirst,
            boolean zotero, char delimiter) {

        static Sheet of(List<DelimitedRows.Row> rows, String sourceName, char delimiter, DigestProblems problems) {
            DelimitedRows.Row header = rows.get(0);
            // a column without a name keeps what its cells say, under its place: "column 4"
            List<String> names = new ArrayList<>();
            for (String cell : header.cells()) {
                names.add(cell.isBlank() ? "column " + (names.size() + 1) : cell.strip());
            }
            boolean zotero = PaperColumns.isZoteroExport(names);
            List<Column> columns = new ArrayList<>();
            for (String name : names) {
                columns.add(zotero ? PaperColumns.inZoteroExport(name) : PaperColumns.of(name));
            }
            Optional<String> twoTitles = PaperColumns.twoTitleColumns("the first row", names, columns);
            if (twoTitles.isPresent()) {
                throw new DigestException(sourceName, header.line(), twoTitles.get());
            }
            int title = PaperColumns.titleColumn(names, columns);
            if (title < 0) {
                throw new DigestException(sourceName, header.line(), "the first row names no column of titles (its"
                        + " columns, split at '" + shown(delimiter) + "': " + String.join(", ", names) + "): name the"
                        + " column of titles 'Title' or 'Paper'");
            }
            Set<Integer> familyNameFirst = new HashSet<>();
            for (int c = 0; c < columns.size(); c++) {
                boolean ofNames = columns.get(c) == Column.AUTHORS || columns.get(c) == Column.EDITORS;
                if (ofNames && (zotero || FamilyNamesFirst.inColumn(cells(rows, c)))) {
                    familyNameFirst.add(c);
                    problems.debug(sourceName, header.line(), "column '" + names.get(c) + "' reads names family name"
                            + " first" + (zotero ? ", as Zotero's export writes them" : ", as its lists of several names"
                            + " write them") + ": a cell of one name with a comma is one name");
                }
            }
            return new Sheet(header.cells().stream().map(String::strip).toList(), List.copyOf(names), columns, title, Set.copyOf(familyNameFirst), zotero, delimiter);
        }

        /** The cells of one column, below the header. */
        private static List<String> cells(List<DelimitedRows.Row> rows, int column) {
            List<String> cells = new ArrayList<>();
            for (DelimitedRows.Row row : rows.subList(1, rows.size())) {
                if (column < row.cells().size()) {
                    cells.add(row.cells().get(column));
                }
            }
            return cells;
        }
    }

    private static String shown(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    private Optional<PaperEntry> paper(Sheet sheet, DelimitedRows.Row row, String sourceName, DigestProblems problems) {
        List<String> cells = row.cells();
        if (cells.stream().allMatch(PaperColumns::isNothing) || cells.stream().map(String::strip).toList().equals(sheet.header())) {
            return Optional.empty();
        }
        int width = sheet.columns().size();
        if (cells.size() > width && !cells.subList(width, cells.size()).stream().allMatch(String::isBlank)) {
            problems.report(sourceName, row.line(), "a row has " + cells.size() + " cells but the first row names "
                    + width + " columns: put a cell that holds a '" + shown(sheet.delimiter()) + "' in double quotes");
            return Optional.empty();
        }
        EntryDraft draft = new EntryDraft(sourceName, row.line(), problems);
        draft.abstractOptional();
        draft.citable(); // a row of title, authors and year is a citation, as Zotero's CSV export and trackers' sheets hold
        for (int c = 0; c < width && c < cells.size(); c++) {
            String text = HtmlText.plain(cells.get(c).strip());
            if (PaperColumns.isNothing(text)) {
                continue;
            }
            Column column = sheet.columns().get(c);
            if (sheet.familyNameFirst().contains(c)) {
                List<String> written = List.of(EntryDraft.SEMICOLON.split(text));
                // Zotero writes a name with a comma family name first and no other (one it holds in one field,
                // "OpenAI", has none); a sheet's own column may mix in a name with its affiliation ("Jane Doe, MIT")
                List<String> names;
                if (sheet.zotero()) {
                    names = written.stream().map(String::strip).map(InvertedName::inReadingOrder).toList();
                } else {
                    FamilyNamesFirst.Reading reading = FamilyNamesFirst.turned(written);
                    if (reading.doubtful()) {
                        draft.told(reading);
                    }
                    names = reading.names();
                }
                if (column == Column.EDITORS) {
                    names.forEach(name -> draft.editor(name, false));
                } else {
                    draft.authors(names);
                }
                continue;
            }
            List<String> urls = column == Column.TITLE ? List.of()
                    : linkFinder.find(text).stream().map(UrlSpan::url).toList();
            String html = column == Column.NOTES ? notes.html(text) : "";
            PaperColumns.put(column, sheet.names().get(c), new PaperColumns.Cell(text, text, urls, html), draft, classifier);
        }
        if (draft.title().isEmpty()) {
            problems.report(sourceName, row.line(), "a row without a title (column '"
                    + sheet.names().get(sheet.titleColumn()) + "' is empty)");
            return Optional.empty();
        }
        return draft.build(linkFinder, classifier);
    }
}
