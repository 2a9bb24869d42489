package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings of the build that made a site, kept beside it for builds that find it up to date: told again only for
 * the inputs they were given for, never from a file the plugin did not write, and never as terminal control codes.
 */
class WarningsFileTest {

    @TempDir
    Path temp;

    private final List<String> notices = new ArrayList<>();

    private Path output() {
        return temp.resolve("site/papers");
    }

    private Path file() {
        return temp.resolve("site/.papers.warnings");
    }

    /** A file as the plugin writes one: its header, then these lines. */
    private static String asWritten(String... lines) {
        return "# Paper Digest: the warnings of the build that made the site (safe to delete)\n"
                + String.join("\n", lines) + "\n";
    }

    private WarningsFile warnings() throws IOException {
        Files.createDirectories(output());
        return new WarningsFile(output());
    }

    @Test
    void theWarningsOfABuildAreToldAgainForTheSameInputs() throws IOException {
        List<String> given = List.of("week-1.md:4: front matter key 'colour' is not one the plugin uses; ignored",
                "a warning over\ntwo lines, with a \\ backslash and a\ttab");
        warnings().write("inputs-A", given, notices::add);

        StagedSite.Warned told = warnings().read("inputs-A");

        assertEquals(given, told.warnings());
        assertEquals(0, told.more());
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void warningsOfOtherInputsAreNotTold() throws IOException {
        warnings().write("inputs-A", List.of("a warning of the last build"), notices::add);

        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-B"));
    }

    @Test
    void aBuildThatWarnedOfNothingLeavesNothingToTell() throws IOException {
        warnings().write("inputs-A", List.of("a warning of an earlier build"), notices::add);

        warnings().write("inputs-B", List.of(), notices::add);

        assertFalse(Files.exists(file()));
        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-B"));
    }

    @Test
    void aThousandWarningsAreKeptAndTheRestCounted() throws IOException {
        List<String> given = IntStream.range(0, 1_500).mapToObj(i -> "digest.csv:" + i + ": no title; skipped").toList();
        warnings().write("inputs-A", given, notices::add);

        StagedSite.Warned told = warnings().read("inputs-A");

        assertEquals(given.subList(0, WarningsFile.KEPT), told.warnings());
        assertEquals(500, told.more());
    }

    @Test
    void controlCodesInTheFileAreShownNotSentToTheTerminal() throws IOException {
        warnings();
        // anyone who can write the output folder can write this file: an escape sequence that clears the screen
        Files.writeString(file(), asWritten("inputs inputs-A", "more 0", "all is well\\u001b[2J"));

        assertEquals(List.of("all is well\\u001b[2J"), warnings().read("inputs-A").warnings());
    }

    @Test
    void aFileThePluginDidNotWriteIsNeitherToldNorReplaced() throws IOException {
        warnings();
        Files.writeString(file(), "notes of mine\n");

        warnings().write("inputs-A", List.of("a warning"), notices::add);

        assertEquals("notes of mine\n", Files.readString(file()));
        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-A"));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("was not written by Paper Digest"), notices.get(0));
    }

    @Test
    void aBuildThatWarnedOfNothingLeavesAFileOfAnothersAloneAndSaysNothing() throws IOException {
        warnings();
        Files.writeString(file(), "notes of mine\n");

        warnings().write("inputs-A", List.of(), notices::add);

        assertEquals("notes of mine\n", Files.readString(file()));
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void aLinkInPlaceOfTheFileIsNotFollowed() throws IOException {
        warnings();
        Path elsewhere = Files.writeString(temp.resolve("elsewhere.txt"),
                asWritten("inputs inputs-A", "more 0", "told from a file outside"));
        Files.createSymbolicLink(file(), elsewhere);

        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-A"));
    }

    @Test
    void aDamagedLineMakesTheWholeFileUntrusted() throws IOException {
        warnings();
        Files.writeString(file(), asWritten("inputs inputs-A", "more 0", "a fine warning", "a broken escape \\q"));

        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-A"));
    }
}
