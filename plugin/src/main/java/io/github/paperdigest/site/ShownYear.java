package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PublicationYear;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The date shown for a paper whose digests give only its year, or year and month (BibTeX's {@code year} and
 * {@code month}, RIS's {@code PY}, CSL's date parts), kept in its {@code year} metadata: "2019" or "Jan 2024", with the
 * same as an HTML date ({@code 2019}, {@code 2024-01}). Shown in place of the date a list is ordered by, which for such
 * a paper is the date of a digest that listed it, not the paper's: on its page, in lists and in search results.
 */
public record ShownYear(String human, String iso) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** The year (and month) of a paper without a publication date, when its metadata gives one. */
    public static Optional<ShownYear> of(Paper paper) {
        if (paper.published().isPresent()) {
            return Optional.empty();
        }
        return PublicationYear.parse(paper.extra().get("year")).map(year -> {
            if (year.month() == 0) {
                return new ShownYear(year.written(), year.written());
            }
            YearMonth month = YearMonth.of(year.year(), year.month());
            return new ShownYear(MONTH.format(month), month.toString());
        });
    }
}
