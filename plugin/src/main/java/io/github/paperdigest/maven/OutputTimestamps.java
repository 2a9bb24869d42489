package io.github.paperdigest.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads Maven's project.build.outputTimestamp: ISO-8601, or seconds since the epoch; "1" or less means unset. */
final class OutputTimestamps {

    private OutputTimestamps() {
    }

    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            long seconds = Long.parseLong(v);
            return seconds > 1 ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
