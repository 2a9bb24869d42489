package io.github.paperdigest.digest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date a digest is about in its file name ("2025-03-04-daily.txt"). */
final class DigestDates {

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private DigestDates() {
    }

    static Optional<LocalDate> inText(String text) {
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException notADate) {
                // "2025-13-40" is not a date; look for another
            }
        }
        return Optional.empty();
    }
}
