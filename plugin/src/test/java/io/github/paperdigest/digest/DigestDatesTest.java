package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.DigestFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest's day: its front matter's, else its name's, else the day a generated digest's first heading names. */
class DigestDatesTest {

    @TempDir
    Path dir;

    @Test
    void anUpdatedOnHeadingNamesTheDayInTheWaysTrackersWriteIt() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 25)), DigestDates.updatedOn("Updated on 2025.03.25"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 25)), DigestDates.updatedOn("Last updated: 25 March 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 25)), DigestDates.updatedOn("updated 2025-03-25"));
        assertEquals(Optional.empty(), DigestDates.updatedOn("Updated on 2025.13.45"), "no such day");
        assertEquals(Optional.empty(), DigestDates.updatedOn("Papers of 2025.03.25"), "a heading of another kind");
    }

    @Test
    void aTrackersReadmeIsDatedByTheHeadingItOpensWith() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "README.md", """
                ## Updated on 2025.03.25
                > Usage instructions: [here](./docs/README.md#usage)

                ## Brain Simulation

                |Publish Date|Title|Authors|PDF|Code|
                |---|---|---|---|---|
                |**2025-03-19**|**Project Jenkins: Turning Monkey Neural Data into Robotic Arm Movement**|Andrii Zahorodnii et.al.|[2503.14847](http://arxiv.org/abs/2503.14847)|null|
                """, DigestProblems.strict(w -> { }));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 25)), digest.date());
        assertEquals(1, digest.entries().size());
    }
}
