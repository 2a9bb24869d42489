package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.output.InputStamp;
import io.github.paperdigest.render.Theme;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes a site out of date: the inputs, and the plugin and theme that build it. */
class InputFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void aThemeWithTheSameFilesGivesTheSameFingerprint() throws IOException {
        BuildConfig config = BuildConfig.builder(temp.resolve("digests"), temp.resolve("out")).build();

        assertEquals(InputFingerprint.of(config, List.of(), "1.0", theme("a", "body { color: red }")),
                InputFingerprint.of(config, List.of(), "1.0", theme("b", "body { color: red }")));
    }

    @Test
    void aRebuiltThemeOfTheSameVersionChangesTheFingerprint() throws IOException {
        // a snapshot of the theme rebuilt with a change keeps its version: only its files tell
        BuildConfig config = BuildConfig.builder(temp.resolve("digests"), temp.resolve("out")).build();

        assertNotEquals(InputFingerprint.of(config, List.of(), "1.0", theme("a", "body { color: red }")),
                InputFingerprint.of(config, List.of(), "1.0", theme("b", "body { color: blue }")));
    }

    @Test
    void theSettingsAndThePluginVersionAreInTheFingerprint() throws IOException {
        BuildConfig config = BuildConfig.builder(temp.resolve("digests"), temp.resolve("out")).build();
        Theme theme = theme("a", "body { color: red }");

        assertNotEquals(InputFingerprint.of(config, List.of(), "1.0", theme),
                InputFingerprint.of(config, List.of(), "1.1", theme));
        assertNotEquals(InputFingerprint.of(config, List.of(), "1.0", theme),
                InputFingerprint.of(config.toBuilder().siteTitle("Another title").build(), List.of(), "1.0", theme));
    }

    @Test
    void aDigestWhoseSizeAndTimeMatchItsStampIsNotReadAgainAndASettledDigestIsStamped() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Path file = digests.resolve("2025-01-02.txt");
        Files.writeString(file, "Daily Papers\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        BuildConfig config = BuildConfig.builder(digests, temp.resolve("out")).build();
        List<DigestSource> sources = List.of(new DigestSource("2025-01-02.txt", file));
        Theme theme = theme("a", "body { color: red }");

        InputFingerprint read = InputFingerprint.of(config, sources, "1.0", theme);
        assertEquals(1, read.stamps().size(), "a file left alone for a minute is stamped");
        InputStamp stamp = read.stamps().get(0);
        assertEquals(Files.size(file), stamp.size());

        InputStamp stale = new InputStamp(stamp.name(), stamp.size(), stamp.modified(), "0".repeat(64));
        assertNotEquals(read.inputs(), InputFingerprint.of(config, sources, "1.0", theme, List.of(stale)).inputs(),
                "the stamp's hash is taken as the file's: the file is not read");
        InputStamp older = new InputStamp(stamp.name(), stamp.size(), stamp.modified() - 1000, "0".repeat(64));
        assertEquals(read.inputs(), InputFingerprint.of(config, sources, "1.0", theme, List.of(older)).inputs(),
                "a file whose time changed is read again");
    }

    @Test
    void aDigestChangedJustNowIsNotStamped() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Path file = digests.resolve("2025-01-02.txt");
        Files.writeString(file, "Daily Papers\n");
        BuildConfig config = BuildConfig.builder(digests, temp.resolve("out")).build();

        InputFingerprint read = InputFingerprint.of(config, List.of(new DigestSource("2025-01-02.txt", file)), "1.0",
                theme("a", "body { color: red }"));

        assertEquals(List.of(), read.stamps(), "it may change again within the file system clock's tick");
    }

    @Test
    void aCopyOfADigestFolderWithTheSameNamesSizesAndTimesIsReadAgain() throws IOException {
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Path first = Files.createDirectories(temp.resolve("first")).resolve("2025-01-02.txt");
        Path second = Files.createDirectories(temp.resolve("second")).resolve("2025-01-02.txt");
        Files.writeString(first, "Daily Papers\n\nOne\n");
        Files.writeString(second, "Daily Papers\n\nTwo\n");
        Files.setLastModifiedTime(first, minuteAgo);
        Files.setLastModifiedTime(second, minuteAgo);
        Theme theme = theme("a", "body { color: red }");
        BuildConfig config = BuildConfig.builder(temp.resolve("first"), temp.resolve("out")).build();

        InputFingerprint before = InputFingerprint.of(config, List.of(new DigestSource("2025-01-02.txt", first)), "1.0",
                theme);
        InputFingerprint after = InputFingerprint.of(config, List.of(new DigestSource("2025-01-02.txt", second)), "1.0",
                theme, before.stamps());

        assertNotEquals(before.inputs(), after.inputs(), "the stamp of the first folder's file is not the second's");
    }

    /** A theme on a class path of its own: an index and one stylesheet. */
    private Theme theme(String folder, String css) throws IOException {
        Path root = temp.resolve(folder);
        Path themeRoot = root.resolve(Theme.CLASSPATH_ROOT);
        Files.createDirectories(themeRoot.resolve("assets"));
        Files.writeString(themeRoot.resolve("theme.index"), "assets/style.css\n");
        Files.writeString(themeRoot.resolve("assets/style.css"), css);
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        return new Theme(Optional.empty(), loader);
    }
}
