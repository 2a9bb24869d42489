package io.github.paperdigest.digest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date a digest is about in its file name ("2025-03-04-daily.txt"). */
final class DigestDates {

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\b");

    /** "Updated on 2025.03.25", "Last updated: 25 March 2025", as a generated digest's first heading dates it. */
    private static final Pattern UPDATED_ON = Pattern.compile(
            "(?i)^\\s*(?:last\\s+)?updated(?:\\s+on)?\\s*[:：]?\\s*(.{6,40})$");
    private static final Pattern DOTTED_DATE = Pattern.compile("^(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\.?$");

    private DigestDates() {
    }

    /**
     * The day a generated digest says it was updated on, in the heading it opens with ("## Updated on 2025.03.25", as
     * cv-arxiv-daily writes it): the day its papers were listed, when neither its front matter nor its name says.
     */
    static Optional<LocalDate> updatedOn(String heading) {
        Matcher m = UPDATED_ON.matcher(heading);
        if (!m.matches()) {
            return Optional.empty();
        }
        String when = m.group(1).strip();
        Matcher dotted = DOTTED_DATE.matcher(when);
        return dotted.matches() ? day(dotted) : inHeading(when);
    }

    static Optional<LocalDate> inText(String text) {
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> day = day(m); // "2025-13-40" is not a date; look for another
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** The day a match's year, month and day (its groups 1 to 3) name, or empty for none ("2025-02-30"). */
    private static Optional<LocalDate> day(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** The text without the date {@link #inText} finds in it ("2025-02-10-classics": "-classics"). */
    static String withoutDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            if (inText(m.group()).isPresent()) {
                return text.substring(0, m.start()) + text.substring(m.end());
            }
        }
        return text;
    }

    /** A date in a heading line: ISO ("2025-03-04") or written ("March 4, 2025", "4 Mar 2025"). */
    static Optional<LocalDate> inHeading(String text) {
        Optional<LocalDate> iso = inText(text);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = WRITTEN_DATE.matcher(text);
        while (m.find()) {
            // read as every date is ("February 30, 2025", "Octopus 4, 2025": none; look further)
            Optional<PublicationDate> day = PublicationDate.parse(m.group()).filter(d -> d.day() > 0);
            if (day.isPresent()) {
                return Optional.of(day.get().toDay());
            }
        }
        return Optional.empty();
    }
}
