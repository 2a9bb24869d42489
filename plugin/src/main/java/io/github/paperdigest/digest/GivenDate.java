package io.github.paperdigest.digest;

import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PublicationYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A paper's date as one digest gives it, with where: a publication date, or a year or a year and month ("2017",
 * "2024-01", kept in the entry's {@code year} metadata). Two agree when they are the same as far as both are known:
 * "2024", "2024-01" and 2024-01-17 agree, "2023" and 2024-01-17 do not.
 *
 * @param month 1 to 12, or 0 when only the year is given
 * @param day   1 to 31, or 0 when no day is given
 * @param origin the digest file and line that give it ("a.bib:4")
 */
record GivenDate(int year, int month, int day, String origin) {

    /** The dates an entry gives: its publication date, its year, or both. */
    static List<GivenDate> of(PaperEntry entry, String origin) {
        List<GivenDate> dates = new ArrayList<>(2);
        entry.published().ifPresent(d -> dates.add(new GivenDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), origin)));
        year(entry.extra().get("year"), origin).ifPresent(dates::add);
        return dates;
    }

    /** The year (and month) a {@code year} metadata value gives, when it is one. */
    static Optional<GivenDate> year(String written, String origin) {
        return PublicationYear.parse(written).map(y -> new GivenDate(y.year(), y.month(), 0, origin));
    }

    boolean agreesWith(GivenDate other) {
        return year == other.year && (month == 0 || other.month == 0 || month == other.month
                && (day == 0 || other.day == 0 || day == other.day));
    }

    /** Whether it says more than {@code other}, with which it agrees: a month where the other gives the year alone. */
    boolean refines(GivenDate other) {
        return agreesWith(other) && (month > 0 && other.month == 0 || day > 0 && other.day == 0);
    }

    boolean isDay() {
        return day > 0;
    }

    /** As ISO 8601 writes it, no more precise than it is given: "2017", "2024-01", "2024-01-17". */
    String written() {
        return month == 0 ? String.format(Locale.ROOT, "%04d", year)
                : day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    @Override
    public String toString() {
        return written() + " from " + origin;
    }
}
