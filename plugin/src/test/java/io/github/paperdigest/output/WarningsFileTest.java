package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        Files.writeString(file(), "# Paper Digest: the warnings of the build that made the site (safe to delete)\n"
                + "inputs inputs-A\nmore 0\nall is well\\u001b[2J\n", StandardCharsets.UTF_8);

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
                "# Paper Digest: the warnings of the build that made the site (safe to delete)\ninputs inputs-A\nmore 0\n"
                        + "told from a file outside\n");
        Files.createSymbolicLink(file(), elsewhere);

        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-A"));
    }

    @Test
    void aDamagedLineMakesTheWholeFileUntrusted() throws IOException {
        warnings();
        Files.writeString(file(), "# Paper Digest: the warnings of the build that made the site (safe to delete)\n"
                + "inputs inputs-A\nmore 0\na fine warning\na broken escape \\q\n");

        assertEquals(StagedSite.Warned.NOTHING, warnings().read("inputs-A"));
    }
}
