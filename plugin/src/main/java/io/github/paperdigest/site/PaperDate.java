package io.github.paperdigest.site;

import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PublicationYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The date the site shows for a paper, as precisely as it is known, and where it comes from. A paper's own date is,
 * first known first: its publication date; the year, or year and month, its digests give (BibTeX's {@code year} and
 * {@code month}, RIS's {@code PY}, CSL's date parts, kept in its {@code year} metadata); the month its arXiv id was
 * given, when its first version was submitted. A paper with none of them has no date of its own: a list that places it
 * by the date of the first dated digest that listed it says so ("in digest 24 Jan 2025"), and nothing else shows that
 * date as the paper's.
 *
 * @param start the first day of the period the date names, by which lists order papers
 */
public record PaperDate(LocalDate start, Precision precision, Source source) {

    /** How much of the date is known. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    /** Where the date comes from. */
    public enum Source {
        /** The publication date a digest gives. */
        PUBLISHED,
        /** The year, or year and month, a digest gives. */
        YEAR,
        /** The month the paper's arXiv id was given. */
        ARXIV,
        /** Not the paper's: the date of the first dated digest that listed it. */
        DIGEST
    }

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * The paper's own date, when its digests or its arXiv id give one. For an arXiv preprint (no venue, no publisher's
     * DOI), the month its id was given is when it appeared, and a date its digests give in another month is not: a
     * later version's (Zotero's CSL {@code issued} of an arXiv item is often its latest version's day, "2023-08-02" for
     * 1706.03762, and cv-arxiv-daily's "Publish Date" its last update's), a listing's, or a mistake (a day before
     * the id's month, when no version existed). Such a preprint shows, and is cited with, its id's month.
     */
    public static Optional<PaperDate> own(Paper paper) {
        Optional<PaperDate> given = given(paper);
        Optional<PaperDate> arxiv = paper.arxivId().flatMap(ArxivIds::yearMonth)
                .map(month -> new PaperDate(month.atDay(1), Precision.MONTH, Source.ARXIV));
        if (given.isPresent() && arxiv.isPresent() && preprint(paper) && !given.get().holds(YearMonth.from(arxiv.get().start))) {
            return arxiv;
        }
        return given.or(() -> arxiv);
    }

    /** The date the paper's digests give it: its publication date, else its year or year and month. */
    private static Optional<PaperDate> given(Paper paper) {
        if (paper.published().isPresent()) {
            return Optional.of(new PaperDate(paper.published().get(), Precision.DAY, Source.PUBLISHED));
        }
        return PublicationYear.parse(paper.extra().get("year")).map(y -> y.month() == 0
                ? new PaperDate(LocalDate.of(y.year(), 1, 1), Precision.YEAR, Source.YEAR)
                : new PaperDate(LocalDate.of(y.year(), y.month(), 1), Precision.MONTH, Source.YEAR));
    }

    /**
     * Whether the paper is cited as an arXiv preprint: an arXiv id, no venue, and no DOI but arXiv's own (a publisher's
     * DOI names a publication, which may have come out later than the preprint).
     */
    static boolean preprint(Paper paper) {
        return paper.arxivId().isPresent() && paper.venue().isEmpty()
                && paper.doi().filter(doi -> !Dois.isArxivs(doi)).isEmpty();
    }

    /** Whether the period the date names holds the month: its year, its month, or the month of its day. */
    boolean holds(YearMonth month) {
        return precision == Precision.YEAR ? start.getYear() == month.getYear() : YearMonth.from(start).equals(month);
    }

    /** The date of a digest that listed a paper without a date of its own. */
    static PaperDate listed(LocalDate digestDate) {
        return new PaperDate(digestDate, Precision.DAY, Source.DIGEST);
    }

    /** True when the date is the paper's own, not that of a digest that listed it. */
    public boolean isOwn() {
        return source != Source.DIGEST;
    }

    /** As a reader reads it: "17 Jan 2024", "Oct 2023", "2019". */
    public String human() {
        return switch (precision) {
            case DAY -> DAY_FORMAT.format(start);
            case MONTH -> MONTH_FORMAT.format(start);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** As HTML's {@code datetime} and ISO 8601 write it, no more precise than it is known: 2024-01-17, 2023-10, 2019. */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
