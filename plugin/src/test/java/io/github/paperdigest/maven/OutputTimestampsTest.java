package io.github.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code project.build.outputTimestamp} is read as Maven's own plugins read it (maven-archiver): an ISO-8601
 * date-time with its offset, or seconds since the epoch. A value they would refuse fails the build, naming the
 * property, the value and the forms it may take; it was ignored without a word, leaving the feeds dated otherwise.
 */
class OutputTimestampsTest {

    @Test
    void anIsoDateTimeWithItsOffsetOrSecondsSinceTheEpochAreTheMomentTheySay() {
        Instant moment = Instant.parse("2025-01-22T10:15:30Z");
        assertEquals(Optional.of(moment), OutputTimestamps.parse("2025-01-22T10:15:30Z"));
        // as git log -1 --format=%cI prints a commit's date
        assertEquals(Optional.of(moment), OutputTimestamps.parse("2025-01-22T11:15:30+01:00"));
        assertEquals(Optional.of(moment), OutputTimestamps.parse("1737540930"));
        // fractions of a second are dropped, as maven-archiver drops them
        assertEquals(Optional.of(moment), OutputTimestamps.parse("2025-01-22T10:15:30.750Z"));
    }

    @Test
    void noValueOrOneCharacterLeavesTheTimestampUnset() {
        assertEquals(Optional.empty(), OutputTimestamps.parse(null));
        assertEquals(Optional.empty(), OutputTimestamps.parse(""));
        // how a child POM unsets the value it inherits
        assertEquals(Optional.empty(), OutputTimestamps.parse("a"));
        assertEquals(Optional.empty(), OutputTimestamps.parse("1"));
    }

    @Test
    void aDateAloneIsRefusedAsMavensPluginsRefuseItWithTheDateTimeToWriteInstead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputTimestamps.parse("2025-01-01"));

        assertEquals("project.build.outputTimestamp '2025-01-01' is no timestamp: write an ISO-8601 date-time with its"
                + " offset (2025-01-01T00:00:00Z, or as git log -1 --format=%cI prints it) or seconds since the epoch"
                + " (1737540930), the forms Maven's own plugins read; a value of one character leaves it unset",
                e.getMessage());
    }

    @Test
    void anythingElseFailsNamingThePropertyTheValueAndTheFormsItMayTake() {
        for (String value : new String[] {"yesterday", "2025-01-22T10:15:30", "22/01/2025", "99999999999999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OutputTimestamps.parse(value), value);
            assertEquals("project.build.outputTimestamp '" + value + "' is no timestamp: write an ISO-8601 date-time"
                    + " with its offset (2025-01-22T10:15:30Z, or as git log -1 --format=%cI prints it) or seconds"
                    + " since the epoch (1737540930), the forms Maven's own plugins read; a value of one character"
                    + " leaves it unset", e.getMessage());
        }
    }
}
