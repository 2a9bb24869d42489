package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PageRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a column of a table of papers holds, told by its header: the one list of header names that Markdown tables
 * and spreadsheets (.csv, .tsv) share, so that a column is read alike in both. Headers are compared as words, case
 * and punctuation aside: "Publish Date", "publish_date" and "PUBLISH-DATE" are one name.
 */
final class PaperColumns {

    /** What a column holds. */
    enum Column {
        TITLE, DATE, AUTHORS,
        /** The editors of the book or proceedings the paper is in, or of the edited book it is: Zotero's "Editor". */
        EDITORS,
        LINK,
        /**
         * The item's own address in a reference manager's export (Zotero's "Url"): its page, as BibTeX's {@code url} is
         * (see {@link EntryDraft#recordUrl}); in a sheet of the curator's own, a "URL" column may hold any link.
         */
        RECORD_URL,
        CODE, ABSTRACT,
        /** arXiv's comments on a paper, as trackers copy them: "16 pages, 5 figures". */
        COMMENT,
        /** The curator's notes on the paper: its note in this digest, as a Markdown digest's block quote is. */
        NOTES,
        VENUE,
        /** A venue its header names a conference's ("Proceedings", "Booktitle"): the paper is a conference paper. */
        PROCEEDINGS,
        TAGS, DOI,
        /** The curator's citation key for the paper, Better BibTeX's "Citation Key". */
        CITATION_KEY,
        /** Zotero's Extra field, in its export: lines that may give the item's identifiers ({@link ZoteroExtra}). */
        ZOTERO_EXTRA,
        /** A reference manager's bookkeeping (Zotero's "Date Added", its local "File Attachments"): not shown. */
        BOOKKEEPING,
        OTHER
    }

    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("title", Column.TITLE), Map.entry("paper", Column.TITLE), Map.entry("papers", Column.TITLE),
            Map.entry("paper title", Column.TITLE), Map.entry("name", Column.TITLE), Map.entry("paper name", Column.TITLE),
            Map.entry("article", Column.TITLE), Map.entry("论文", Column.TITLE), Map.entry("标题", Column.TITLE),
            Map.entry("题目", Column.TITLE),
            Map.entry("date", Column.DATE), Map.entry("publish date", Column.DATE), Map.entry("published", Column.DATE),
            Map.entry("submitted", Column.DATE), Map.entry("update date", Column.DATE), Map.entry("updated", Column.DATE),
            Map.entry("time", Column.DATE), Map.entry("日期", Column.DATE), Map.entry("publication year", Column.DATE),
            Map.entry("year", Column.DATE),
            Map.entry("authors", Column.AUTHORS), Map.entry("author", Column.AUTHORS),
            Map.entry("first author", Column.AUTHORS), Map.entry("作者", Column.AUTHORS),
            Map.entry("editor", Column.EDITORS), Map.entry("editors", Column.EDITORS),
            Map.entry("pdf", Column.LINK), Map.entry("link", Column.LINK), Map.entry("links", Column.LINK),
            Map.entry("arxiv", Column.LINK), Map.entry("url", Column.RECORD_URL), Map.entry("paper link", Column.LINK),
            Map.entry("arxiv id", Column.LINK), Map.entry("link attachments", Column.LINK),
            Map.entry("code", Column.CODE), Map.entry("github", Column.CODE), Map.entry("repo", Column.CODE),
            Map.entry("repository", Column.CODE), Map.entry("代码", Column.CODE), Map.entry("implementation", Column.CODE),
            Map.entry("abstract", Column.ABSTRACT), Map.entry("summary", Column.ABSTRACT), Map.entry("摘要", Column.ABSTRACT),
            Map.entry("abstract note", Column.ABSTRACT),
            Map.entry("comment", Column.COMMENT), Map.entry("comments", Column.COMMENT), Map.entry("note", Column.NOTES),
            Map.entry("notes", Column.NOTES), Map.entry("remarks", Column.NOTES),
            Map.entry("venue", Column.VENUE), Map.entry("conference", Column.VENUE), Map.entry("journal", Column.VENUE),
            Map.entry("publication", Column.VENUE), Map.entry("pub", Column.VENUE),
            Map.entry("publication title", Column.VENUE), Map.entry("proceedings", Column.PROCEEDINGS),
            Map.entry("proceedings title", Column.PROCEEDINGS), Map.entry("booktitle", Column.PROCEEDINGS),
            Map.entry("keywords", Column.TAGS), Map.entry("tags", Column.TAGS), Map.entry("topics", Column.TAGS),
            Map.entry("manual tags", Column.TAGS), Map.entry("automatic tags", Column.TAGS),
            Map.entry("doi", Column.DOI),
            Map.entry("citation key", Column.CITATION_KEY), Map.entry("citekey", Column.CITATION_KEY),
            Map.entry("bibtex key", Column.CITATION_KEY),
            // Zotero's record of where and when the curator filed the item; the attachments are files on their disk
            Map.entry("key", Column.BOOKKEEPING), Map.entry("date added", Column.BOOKKEEPING),
            Map.entry("date modified", Column.BOOKKEEPING), Map.entry("access date", Column.BOOKKEEPING),
            Map.entry("file attachments", Column.BOOKKEEPING), Map.entry("library catalog", Column.BOOKKEEPING),
            Map.entry("call number", Column.BOOKKEEPING), Map.entry("archive location", Column.BOOKKEEPING),
            Map.entry("extra", Column.ZOTERO_EXTRA));

    /** Extra metadata named as the site's citation reads it (as BibTeX names it), from the headers that hold it. */
    private static final Map<String, String> CITATION_KEYS = Map.of("item type", "type", "issue", "number",
            "volume", "volume", "pages", "pages", "publisher", "publisher", "place", "address", "address", "address");

    /** Words after a title in its cell that say something: fewer are a badge's or a mark's ("Star", "New!"). */
    private static final int WORDS_SAID = 4;
    private static final Pattern A_YEAR = Pattern.compile("(?<![\\p{N}.])(?:19|20)\\d{2}(?![\\p{N}.])");
    /** A title followed by its arXiv id ("Title, arXiv:2307.09288", "Title (arXiv: 2307.09288v2)"): the title, the id. */
    private static final Pattern ARXIV_AFTER_TITLE = Pattern.compile(
            "(?i)(.*?\\S)(?:[\\s,;.–—-]+[(\\[]?|[(\\[])\\s*arxiv\\s*:?\\s*([^\\s)\\]]+?)\\s*[)\\]]?\\.?");
    /** A title followed by words in parentheses, at the end of its cell: "Title (Ho et al., NeurIPS 2020)". */
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("(.*?\\S)\\s*(\\([^()]{1,200}\\))\\s*[.,;]?");
    /** "et al." as a citation names the authors it leaves out. */
    private static final Pattern ET_AL = Pattern.compile("(?i)\\bet\\.?\\s*al\\b");
    /** What a column without a name holds when it numbers the rows ("3", "12."). */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,6}\\.?");
    /** Cells that mean "nothing here", as generators write them. */
    private static final Set<String> NOTHING = Set.of("", "null", "none", "-", "—", "n/a", "na", "/");

    private PaperColumns() {
    }

    /**
     * What the column under this header holds; {@link Column#OTHER} for a header no list names. A column named as a
     * reference manager names its bookkeeping ("Key", "Date Added") is the curator's own here, and kept like any other:
     * only Zotero's export is known to mean its bookkeeping by them ({@link #inZoteroExport}).
     */
    static Column of(String header) {
        Column column = inZoteroExport(header);
        return switch (column) {
            case BOOKKEEPING, ZOTERO_EXTRA -> Column.OTHER;
            case RECORD_URL -> Column.LINK;
            default -> column;
        };
    }

    /**
     * What the column under this header holds in Zotero's CSV export, where "Key" and "Date Added" are its own, and
     * "Url" the item's address.
     */
    static Column inZoteroExport(String header) {
        return HEADERS.getOrDefault(key(header), Column.OTHER);
    }

    /**
     * Whether a sheet's header is that of Zotero's CSV export, which always has a "Key" and an "Item Type" column:
     * its authors are then written "Family, Given" between semicolons, whatever the cells of one sheet happen to show.
     */
    static boolean isZoteroExport(List<String> headers) {
        Set<String> keys = headers.stream().map(PaperColumns::key).collect(Collectors.toSet());
        return keys.contains("key") && keys.contains("item type");
    }

    /** The headers that name the titles themselves; "Paper", "Name" or "Article" may be a short name beside them. */
    private static final Set<String> TITLE_ITSELF = Set.of("title", "paper title", "标题", "题目");

    /**
     * The column of titles among the columns marked {@link Column#TITLE}: a "Title" column over a "Paper" one (a
     * sheet of "Paper, Title, Link" names each paper by a short name, "BERT", beside its title); of two of the same
     * kind, the first. The other columns are marked {@link Column#OTHER}, kept as more about the paper. -1 if none.
     */
    static int titleColumn(List<String> names, List<Column> columns) {
        int chosen = -1;
        for (int c = 0; c < columns.size(); c++) {
            boolean better = chosen < 0 || isTitleItself(names.get(c)) && !isTitleItself(names.get(chosen));
            if (columns.get(c) == Column.TITLE && better) {
                chosen = c;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == Column.TITLE && c != chosen) {
                columns.set(c, Column.OTHER);
            }
        }
        return chosen;
    }

    /**
     * Two columns that both name the titles themselves ("Title" twice): which one holds them cannot be told. A sheet's
     * and a Markdown table's header are held to this one rule; {@code header} is what the format calls the row that
     * names the columns ("the first row" of a sheet), which the message names.
     */
    static Optional<String> twoTitleColumns(String header, List<String> names, List<Column> columns) {
        List<String> titled = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == Column.TITLE && isTitleItself(names.get(c))) {
                titled.add("'" + names.get(c) + "' (column " + (c + 1) + ")");
            }
        }
        return titled.size() < 2 ? Optional.empty() : Optional.of(header + " names " + titled.size()
                + " columns of titles, " + String.join(" and ", titled) + ": which one holds the titles cannot be told."
                + " Rename the others");
    }

    private static boolean isTitleItself(String header) {
        return TITLE_ITSELF.contains(key(header));
    }

    /** Whether the cell says there is nothing, as "-", "N/A" or "null" do. */
    static boolean isNothing(String cell) {
        return NOTHING.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A cell as its table gives it: its text, the title it leads with (a Markdown cell's linked or bold title; a
     * spreadsheet's whole text), the links it holds, and, in a column of {@link Column#NOTES}, its text as HTML that is
     * safe to show as a note (a Markdown cell rendered and sanitised; a spreadsheet's text escaped, its paragraphs kept
     * and its URLs made links); "" in other columns.
     */
    record Cell(String text, String leadingText, List<String> urls, String html) {
    }

    /** Gives the draft what the cell says, as the column's header names it. */
    static void put(Column column, String header, Cell cell, EntryDraft draft, LinkClassifier classifier) {
        switch (column) {
            case TITLE -> {
                String title = cell.leadingText().isEmpty() ? cell.text() : cell.leadingText();
                // "Llama 2: Open Foundation …, arXiv:2307.09288": a plain title that names its paper's arXiv id
                Matcher cited = ARXIV_AFTER_TITLE.matcher(title);
                Optional<String> id = cell.leadingText().isEmpty() && cited.matches()
                        ? ArxivIds.parse(cited.group(2)) : Optional.empty();
                if (id.isPresent()) {
                    title = cited.group(1);
                    draft.arxivId(id.get());
                }
                Optional<String> rest = afterTheTitle(cell);
                Matcher parenthesised = TRAILING_PARENTHESES.matcher(title);
                if (isPlain(cell) && parenthesised.matches() && isCitation(parenthesised.group(2))) {
                    // "Denoising Diffusion Probabilistic Models (Ho et al., NeurIPS 2020)": no part of the title
                    title = parenthesised.group(1);
                    rest = Optional.of(parenthesised.group(2));
                }
                draft.title(title);
                cell.urls().forEach(u -> draft.link(null, u, classifier));
                // "(Ho et al., NeurIPS 2020)" after the title is its citation: its authors, venue and year; words after
                // a linked title in its cell that are no citation are the curator's ("[Title](…) The gist: …", a row
                // wrapped onto a second line): kept under the column's name, never dropped; a badge's word or two is not
                rest.ifPresent(r -> NamesAndVenue.cited(r).ifPresentOrElse(draft::citedAs,
                        () -> draft.extra(header.toLowerCase(Locale.ROOT), r)));
            }
            // "2024-01-17", "Jan 2024" or a year alone, as spreadsheets and reference managers write them
            case DATE -> draft.published(cell.text());
            case AUTHORS -> {
                // "Ho et al., NeurIPS 2020": the names, then the venue, which is no author
                Optional<NamesAndVenue> cited = NamesAndVenue.cited(cell.text()).filter(c -> !c.venue().isEmpty());
                draft.authors(cited.map(NamesAndVenue::names).orElse(cell.text()));
                cited.ifPresent(draft::citedAs);
            }
            case EDITORS -> draft.editors(cell.text());
            case LINK -> {
                cell.urls().forEach(u -> draft.link(null, u, classifier));
                ArxivIds.parse(cell.text()).ifPresent(draft::arxivId);
            }
            case RECORD_URL -> {
                cell.urls().forEach(u -> draft.recordUrl(u, classifier));
                ArxivIds.parse(cell.text()).ifPresent(draft::arxivId);
            }
            case CODE -> cell.urls().forEach(u -> draft.link(LinkKind.CODE, u, classifier));
            case ABSTRACT -> draft.abstractText(cell.text());
            case COMMENT -> draft.extra("comment", cell.text());
            // shown with the paper on the digest's page and under Notes on the paper's, naming the digest
            case NOTES -> draft.noteHtml(cell.html());
            case VENUE -> draft.venue(cell.text());
            case PROCEEDINGS -> {
                draft.venue(cell.text());
                if (!cell.text().isBlank()) {
                    // in the words the other readers keep a type in; an "Item Type" column says otherwise
                    draft.extraUnlessGiven("type", EntryTypes.CONFERENCE_PAPER);
                }
            }
            case TAGS -> draft.tags(cell.text());
            case DOI -> {
                // a DOI written out, or linked under a word ("[paper](https://doi.org/10.1109/CVPR.2016.90)")
                Optional<String> doi = Dois.parse(cell.text())
                        .or(() -> cell.urls().stream().map(Dois::parse).flatMap(Optional::stream).findFirst());
                draft.doi(doi.orElse(cell.text()));
                doi.ifPresent(d -> draft.link(LinkKind.DOI, Dois.url(d), classifier));
                // any other link the cell holds is kept, as every column's is
                cell.urls().stream().filter(u -> Dois.parse(u).isEmpty()).forEach(u -> draft.link(null, u, classifier));
            }
            case CITATION_KEY -> draft.citationKey(header, cell.text());
            case ZOTERO_EXTRA -> {
                String rest = ZoteroExtra.read(cell.text(), draft.hasDoi(), draft, classifier);
                if (!rest.isBlank()) {
                    draft.extraWithLinks(header.toLowerCase(Locale.ROOT), rest.strip(), cell.urls(), classifier);
                }
            }
            case BOOKKEEPING -> {
            }
            case OTHER -> {
                if (key(header).isEmpty() && ROW_NUMBER.matcher(cell.text()).matches()) {
                    return; // a column without a name ("", "#") numbering the rows: no part of the paper
                }
                String key = CITATION_KEYS.getOrDefault(key(header), header.toLowerCase(Locale.ROOT));
                if (key(header).equals("type")) {
                    // Zotero's "Type" of a thesis or report ("Doctoral dissertation"), kept apart from its item type
                    key = draft.ownWordsKey();
                }
                if (key.equals("pages") || key(header).equals("item type")) {
                    // pages kept with the en dash, as every reader keeps them (see PageRange); Zotero's item types
                    // ("journalArticle") in words
                    draft.extra(key, key.equals("pages") ? PageRange.dashed(cell.text())
                            : EntryTypes.zotero(cell.text()).orElse(null));
                    cell.urls().forEach(u -> draft.mention(u, classifier));
                } else {
                    // a column of the curator's own: "[slides](…)" under "Slides" is the slides' link, shown once; the
                    // links of other words ("Builds on", "Related" name other papers) are listed, none the paper's
                    // identifier
                    draft.extraWithLinks(key, cell.text(), cell.urls(), classifier);
                }
            }
        }
    }

    /**
     * The text of a title's cell after its linked or bold title, when it says something: a sentence or a citation of
     * the paper ("(Ho et al.)"), not a badge.
     */
    private static Optional<String> afterTheTitle(Cell cell) {
        int at = cell.leadingText().isEmpty() ? -1 : cell.text().indexOf(cell.leadingText());
        if (at < 0) {
            return Optional.empty();
        }
        String rest = cell.text().substring(at + cell.leadingText().length()).replaceFirst("^[\\s:;,.\\-–—]+", "").strip();
        return rest.split("\\s+").length >= WORDS_SAID || !rest.isEmpty() && (isCitation(rest) || isRemark(rest))
                ? Optional.of(rest) : Optional.empty();
    }

    /**
     * Whether words after a title are a remark of the curator's however few: words in parentheses ("(Oral, NeurIPS
     * 2020)", "(Best paper)"), or words that name a year ("Oral, ICML 2021"). A badge's alt text ("Star", "GitHub
     * stars") is neither.
     */
    private static boolean isRemark(String text) {
        return text.startsWith("(") && text.endsWith(")") && text.length() > 2 || A_YEAR.matcher(text).find();
    }

    /** Whether a cell's title is written plainly: no link or bold sets it apart (a spreadsheet's cell is all title). */
    private static boolean isPlain(Cell cell) {
        return cell.leadingText().isEmpty() || cell.leadingText().equals(cell.text());
    }

    /**
     * Whether words in parentheses after a title cite the paper: its authors and venue ("(Ho et al., NeurIPS 2020)"),
     * or any words that name authors as "et al." does, which are then kept under the column's name, not in the title.
     */
    private static boolean isCitation(String text) {
        return NamesAndVenue.cited(text).isPresent() || ET_AL.matcher(text).find();
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip().replaceAll("\\s+", " ");
    }
}
