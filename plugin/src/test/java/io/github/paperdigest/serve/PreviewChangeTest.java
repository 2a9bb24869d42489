package io.github.paperdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The log names the files a save changed, not the temporary files an editor saved through. */
class PreviewChangeTest {

    @Test
    void editorsTemporaryFilesAreLeftOutOfWhatTheLogNames() {
        assertEquals("a change to 2025-01-24.md", Preview.describe(Set.of(Path.of("digests/sede9HB5F"),
                Path.of("digests/2025-01-24.md"), Path.of("digests/4913"), Path.of("digests/.2025-01-24.md.swp"),
                Path.of("digests/2025-01-24.md~"))));
    }

    @Test
    void aTemporaryFileAloneIsStillNamedAndManyChangesAreCounted() {
        assertEquals("a change to sede9HB5F", Preview.describe(Set.of(Path.of("sede9HB5F"))));
        assertEquals("a change to a.md, b.md, c.md and 2 more", Preview.describe(Set.of(Path.of("e.md"), Path.of("d.md"),
                Path.of("c.md"), Path.of("b.md"), Path.of("a.md"))));
    }
}
