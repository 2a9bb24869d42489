package io.github.paperdigest.digest;

import io.github.paperdigest.model.PublicationYear;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a reference manager says a paper was published, as precisely as it says: a year, a year and month, or a full
 * date. Reference managers write it in many ways ("2020/10/15/", "2020/10//", "Oct 15, 2020", "15 Oct 2020",
 * "2020-10-15", CSL's date parts as numbers or as text); a value that fits none of them is no date, never a guess.
 *
 * @param month 1 to 12, or 0 when only the year is known
 * @param day   1 to 31, or 0 when the day is not known
 */
record PublicationDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?:[T ].*)?");
    /** RIS: year/month/day/other, any part after the year may be empty ("2020///", "2024/01/10/12:34:56"). */
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})(?:/(\\d{0,2})(?:/(\\d{0,2})(?:/.*)?)?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{Alpha}{3,9})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{Alpha}{3,9})\\.?,?\\s+(\\d{4})");
    /** A day as ISO 8601 writes it, followed by words ("2017-06-12, revised 2018-01-04"). */
    private static final Pattern LEADING_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-]).*");
    /** Day and month as numbers, in either order ("03/04/2020", "3.4.2020"): never read, since no order is certain. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** The date a text gives, or empty when it gives none of the forms above, or an impossible one (2021-02-30). */
    static Optional<PublicationDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher slashed = SLASHED.matcher(t);
        if (slashed.matches()) {
            return of(slashed.group(1), slashed.group(2), slashed.group(3));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(t);
        if (mdy.matches()) {
            return month(mdy.group(1)).flatMap(month -> of(mdy.group(3), month, mdy.group(2)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(t);
        if (dmy.matches()) {
            return month(dmy.group(2)).flatMap(month -> of(dmy.group(3), month, dmy.group(1)));
        }
        Matcher leading = LEADING_DAY.matcher(t);
        if (leading.matches()) {
            return of(leading.group(1), leading.group(2), leading.group(3));
        }
        return Optional.empty();
    }

    /**
     * Why a text {@link #parse} reads no date from is none, and the forms that are: the one message of every reader.
     * Day and month written as numbers are named as such, with the date to write, since whether "03/04/2020" is the
     * 3rd of April or the 4th of March depends on who wrote it.
     */
    static String notADate(String text) {
        String t = text == null ? "" : text.strip();
        Matcher numbered = NUMBERED.matcher(t);
        if (numbered.matches()) {
            List<String> readings = new java.util.ArrayList<>();
            of(numbered.group(4), numbered.group(3), numbered.group(1)).ifPresent(d -> readings.add(d.written()));
            of(numbered.group(4), numbered.group(1), numbered.group(3)).ifPresent(d -> {
                if (!readings.contains(d.written())) {
                    readings.add(d.written());
                }
            });
            if (!readings.isEmpty()) {
                return "'" + t + "' writes day and month as numbers, which are read in no order (day first in"
                        + " Europe, month first in the US): write it " + String.join(" or ", readings)
                        + ", year, month and day";
            }
        }
        return "'" + t + "' is not a date (such as 2020-10-15, 15 Oct 2020, Oct 15, 2020, 2020/10/15, 2020-10 or 2020)";
    }

    /** As ISO 8601 writes it, no more precise than it is known: "2017", "2024-01", "2024-01-17". */
    String written() {
        return month == 0 ? String.format(Locale.ROOT, "%04d", year)
                : day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** The day, when the date is a full one. */
    LocalDate toDay() {
        return LocalDate.of(year, month, day);
    }

    /** The year of a text that names one year among other words ("Spring 2020"), or empty. */
    static Optional<PublicationDate> yearIn(String text) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        Optional<PublicationDate> year = m.find() ? of(m.group(), null, null) : Optional.empty();
        return m.find() ? Optional.empty() : year; // "2020/21" names two
    }

    /** Year, month and day as written (month and day may be null or empty: not known). */
    static Optional<PublicationDate> of(String year, String month, String day) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year.strip());
        int mo = number(month);
        int d = mo == 0 ? 0 : number(day);
        if (mo < 0 || d < 0 || mo > 12) {
            return Optional.empty();
        }
        try {
            if (d > 0) {
                LocalDate.of(y, mo, d); // throws for a day the month does not have
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.of(new PublicationDate(y, mo, d));
    }

    /** 3 for a full date, 2 for a year and month, 1 for a year alone. */
    int precision() {
        return day > 0 ? 3 : month > 0 ? 2 : 1;
    }

    /**
     * Gives the draft the date: a full date as its publication date, else the year ("2020") or year and month
     * ("2020-10") as its {@code year}, where BibTeX's year and month go too.
     */
    void applyTo(EntryDraft draft) {
        if (day > 0) {
            draft.publishedOn(toDay());
        } else {
            draft.extra("year", new PublicationYear(year, month).written());
        }
    }

    /** The number in a part, 0 when the part is empty, -1 when it is not a number. */
    private static int number(String part) {
        if (part == null || part.isBlank()) {
            return 0;
        }
        String p = part.strip();
        return p.matches("\\d{1,2}") ? Integer.parseInt(p) : -1;
    }

    private static Optional<String> month(String name) {
        int i = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        // "Sept" and "September" are September; "Octopus" is no month
        boolean isMonth = i >= 0 && (name.length() == 3 || Month.of(i + 1).name().toLowerCase(Locale.ROOT)
                .startsWith(name.toLowerCase(Locale.ROOT)));
        return isMonth ? Optional.of(String.valueOf(i + 1)) : Optional.empty();
    }
}
