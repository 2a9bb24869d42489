package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import java.util.Optional;

/**
 * The tables of a Markdown digest whose rows are papers, read where they stand, in their section; and a table that
 * links to papers without a column of titles, said rather than dropped. {@link TablePapers} tells which column of one
 * table holds what, whatever file the table is in.
 */
final class TableRows {

    private final DigestSource source;
    private final DigestProblems problems;
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;
    private final PaperLinks paperLinks;
    private final PapersRead papers;

    TableRows(DigestSource source, DigestProblems problems, LinkFinder linkFinder, LinkClassifier classifier,
            PaperLinks paperLinks, PapersRead papers) {
        this.source = source;
        this.problems = problems;
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.paperLinks = paperLinks;
        this.papers = papers;
    }

    /** Reads the rows of a table with a column of titles, in the digest section {@code section}, as papers. */
    void read(TablePapers table, String section) {
        if (!table.readable(problems, source.name())) {
            return;
        }
        int read = 0;
        for (MarkdownTable.Row row : table.rows()) {
            EntryDraft draft = new EntryDraft(source.name(), row.line(), problems);
            draft.abstractOptional();
            draft.section(section);
            if (table.fill(row, draft, linkFinder, classifier, problems, source.name())) {
                papers.build(draft);
                read++;
            }
        }
        papers.count("table rows", read);
    }

    /** A table that links to papers but has no column of titles cannot be read with confidence: said. */
    void withoutTitles(MarkdownBlock b, TablePapers table) {
        Optional<String> linkWords = table.withoutTitles();
        if (linkWords.isPresent()) {
            problems.report(source.name(), b.line(), linkWords.get() + "; " + MarkdownLayout.SHAPES_UNDERSTOOD);
            return;
        }
        long paperLinks = this.paperLinks.count(b);
        if (paperLinks > 0) {
            problems.report(source.name(), b.line(), "a table links to " + paperLinks + " papers but has no column of"
                    + " titles (its columns: " + String.join(", ", table.columnNames()) + "); name the column of"
                    + " titles 'Title' or 'Paper'; " + MarkdownLayout.SHAPES_UNDERSTOOD);
        }
    }
}
