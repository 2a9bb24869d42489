package io.github.paperdigest.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year, or year and month, a paper was published when its digests give no full date: BibTeX's {@code year} and
 * {@code month}, RIS's {@code PY}, CSL's date parts. Readers keep it in the paper's {@code year} metadata as
 * {@link #written()} spells it ("2019", "2019-01"); whatever asks whether a paper has a year, which year to cite it
 * with, or which to show, reads it back with {@link #parse}, so that all of them count the same values as a year.
 *
 * <p>A year is what reference managers write: four digits, alone or as the start of an ISO date ("2019-01",
 * "2019-01-15") or of a RIS date, whose parts after the year may be empty ("2020///", "2020/10//"); a month and day,
 * when given, must be a real month and day, and the day is dropped. Spaces around the value are ignored. Anything
 * else is no year, never a guess: "c. 2019" (only about then), "19", "20201", "2019a", "2019-13".
 *
 * @param month 1 to 12, or 0 when only the year is known
 */
public record PublicationYear(int year, int month) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern RIS = Pattern.compile("(\\d{4})/(\\d{0,2})(?:/(\\d{0,2})(?:/.*)?)?");

    public PublicationYear {
        if (year < 0 || year > 9999 || month < 0 || month > 12) {
            throw new IllegalArgumentException("no year and month: " + year + "-" + month);
        }
    }

    /** The year (and month) a value gives, or empty when it is none of the forms above or an impossible date. */
    public static Optional<PublicationYear> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String t = written.strip();
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            m = RIS.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int year = Integer.parseInt(m.group(1));
        String month = m.group(2) == null ? "" : m.group(2);
        String day = m.group(3) == null || month.isEmpty() ? "" : m.group(3); // a day without its month says nothing
        try {
            if (!month.isEmpty()) {
                // throws for a month or a day that does not exist: "2019-13", "2019-00", "2021-02-30"
                LocalDate.of(year, Integer.parseInt(month), day.isEmpty() ? 1 : Integer.parseInt(day));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.of(new PublicationYear(year, month.isEmpty() ? 0 : Integer.parseInt(month)));
    }

    /** As the {@code year} metadata holds it: "2019", or "2019-01" with the month. */
    public String written() {
        return month == 0 ? String.format(Locale.ROOT, "%04d", year)
                : String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
