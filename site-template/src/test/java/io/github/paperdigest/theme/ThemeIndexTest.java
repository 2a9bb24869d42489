package io.github.paperdigest.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plugin finds the theme's files through theme.index (a jar cannot be listed): it must list every file. */
class ThemeIndexTest {

    private static final Path THEME = Path.of("src/main/resources/paper-digest-theme");

    @Test
    void theIndexListsExactlyTheFilesOfTheTheme() throws IOException {
        List<String> listed = Files.readAllLines(THEME.resolve("theme.index"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
        List<String> present;
        try (Stream<Path> files = Files.walk(THEME)) {
            present = files.filter(Files::isRegularFile)
                    .map(p -> THEME.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("theme.index"))
                    .sorted()
                    .toList();
        }
        assertEquals(present, listed, "update theme.index");
    }
}
