package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.paperdigest.render.Theme;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
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
