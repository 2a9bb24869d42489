package io.github.paperdigest.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads Maven's {@code project.build.outputTimestamp} as Maven's own plugins do (maven-archiver's
 * {@code parseBuildOutputTimestamp}): an ISO-8601 date-time with its offset ({@code 2025-01-22T10:15:30Z},
 * {@code 2025-01-22T10:15:30+01:00}, as {@code git log -1 --format=%cI} prints it), or seconds since the epoch
 * ({@code 1737540930}, as SOURCE_DATE_EPOCH is written). No value, or a value of one character (how a child POM unsets
 * an inherited one), leaves it unset. Anything else fails the build, naming the value and the forms it may take, as
 * maven-jar-plugin fails on it: ignored, it would leave the feeds dated by the digests alone, and nothing would say
 * why. A date alone ({@code 2025-01-22}) is refused too, as Maven's plugins refuse it, the error giving it as
 * {@code 2025-01-22T00:00:00Z}: a project whose jar is built with the same property needs the full form anyway.
 */
final class OutputTimestamps {

    private static final Pattern DATE_ALONE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OutputTimestamps() {
    }

    /**
     * The timestamp the value gives, empty when it is unset.
     *
     * @throws IllegalArgumentException naming the property, the value and the forms it may take
     */
    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() < 2) {
            return Optional.empty();
        }
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
            } catch (NumberFormatException | java.time.DateTimeException tooLarge) {
                throw invalid(v);
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            throw invalid(v);
        }
    }

    private static IllegalArgumentException invalid(String value) {
        String example = DATE_ALONE.matcher(value).matches() ? value + "T00:00:00Z" : "2025-01-22T10:15:30Z";
        return new IllegalArgumentException("project.build.outputTimestamp '" + value + "' is no timestamp: write an"
                + " ISO-8601 date-time with its offset (" + example + ", or as git log -1 --format=%cI prints it) or"
                + " seconds since the epoch (1737540930), the forms Maven's own plugins read; a value of one"
                + " character leaves it unset");
    }
}
