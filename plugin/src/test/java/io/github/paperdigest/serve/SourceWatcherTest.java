package io.github.paperdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve rebuilds when a source is made after it started, even one whose folders did not exist then. */
class SourceWatcherTest {

    @TempDir
    Path work;

    @Test
    void aFileWhoseFoldersDoNotExistYetIsNoticedWhenItIsMadeWithThem() throws IOException {
        Path taxonomy = work.resolve("config/paper-digest/taxonomy.yml").toAbsolutePath().normalize();
        try (SourceWatcher watcher = new SourceWatcher().file(taxonomy)) {
            Files.createDirectories(work.resolve("unrelated"));
            Files.createDirectories(taxonomy.getParent());
            Files.writeString(taxonomy, "hubs: []\n");

            assertEquals(Optional.of(Set.of(taxonomy)), nextChange(watcher));
        }
    }

    @Test
    void aFileInAFolderThatExistsIsNoticedWhenItIsMade() throws IOException {
        Path taxonomy = work.resolve("taxonomy.yml").toAbsolutePath().normalize();
        try (SourceWatcher watcher = new SourceWatcher().file(taxonomy)) {
            Files.writeString(work.resolve("notes.txt"), "not a source\n");
            Files.writeString(taxonomy, "hubs: []\n");

            assertEquals(Optional.of(Set.of(taxonomy)), nextChange(watcher));
        }
    }

    @Test
    void aDigestFolderMadeAfterTheStartIsWatchedWhole() throws IOException {
        Path digests = work.resolve("src/digests").toAbsolutePath().normalize();
        try (SourceWatcher watcher = new SourceWatcher().tree(digests)) {
            Files.createDirectories(digests);
            assertEquals(Optional.of(Set.of(digests)), nextChange(watcher));

            Path digest = Files.writeString(digests.resolve("2025-01-06.md"), "# Papers\n");
            assertEquals(Optional.of(Set.of(digest)), nextChange(watcher));
        }
    }

    private static Optional<Set<Path>> nextChange(SourceWatcher watcher) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), watcher::next, "no change noticed");
    }
}
