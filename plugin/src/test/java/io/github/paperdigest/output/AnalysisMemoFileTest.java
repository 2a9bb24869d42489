package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.AnalysisMemo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis memo beside an output folder: what the next build recalls, and what it does with a file it cannot trust. */
class AnalysisMemoFileTest {

    private static final String CODE = "plugin code 1";
    private static final String A = AnalysisMemo.key("paper", "A");
    private static final String B = AnalysisMemo.key("paper", "B");

    @TempDir
    Path root;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private Path output() {
        return root.resolve("site/papers");
    }

    private Path file() {
        return root.resolve("site/.papers.analysis");
    }

    private AnalysisMemoFile open(String code) {
        return AnalysisMemoFile.open(output(), AnalysisMemoFile.Kind.ANALYSES, code, warnings::add);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void keep(String key, String value) throws IOException {
        Files.createDirectories(root.resolve("site"));
        AnalysisMemoFile memo = open(CODE);
        memo.remember(key, bytes(value));
        memo.save();
    }

    @Test
    void theNextBuildRecallsWhatThisOneRemembered() throws IOException {
        Files.createDirectories(root.resolve("site"));
        AnalysisMemoFile first = open(CODE);
        assertNull(first.recall(A), "no memo yet");
        first.remember(A, bytes("analysis of A"));
        first.remember(B, new byte[0]);
        first.save();

        AnalysisMemoFile second = open(CODE);
        assertArrayEquals(bytes("analysis of A"), second.recall(A));
        assertArrayEquals(new byte[0], second.recall(B));
        assertEquals(new AnalysisMemoFile.Use(2, 0), second.save());
        assertEquals(List.of(), warnings);
    }

    @Test
    void theMemoKeepsOnlyWhatTheLastBuildUsed() throws IOException {
        Files.createDirectories(root.resolve("site"));
        AnalysisMemoFile first = open(CODE);
        first.remember(A, bytes("A"));
        first.remember(B, bytes("B"));
        first.save();
        AnalysisMemoFile second = open(CODE);
        second.recall(A); // paper B was removed from the archive
        second.save();

        AnalysisMemoFile third = open(CODE);
        assertArrayEquals(bytes("A"), third.recall(A));
        assertNull(third.recall(B));
    }

    @Test
    void aBuildThatRecalledEverythingAndMadeNothingLeavesTheFileAsItWas() throws IOException {
        keep(A, "A");
        Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        AnalysisMemoFile memo = open(CODE);
        memo.recall(A);
        assertEquals(new AnalysisMemoFile.Use(1, 0), memo.save());
        assertEquals(1_000_000, Files.getLastModifiedTime(file()).toMillis(), "not written again");
    }

    /**
     * What this build holds under a key, for a second reader in the same build: a value recalled, replaced or made;
     * nothing the last build kept but this one did not recall; and reading it counts as neither recalled nor made.
     */
    @Test
    void theValuesThisBuildHoldsCanBeReadAgainWithoutBeingCounted() throws IOException {
        keep(A, "A as the last build said it");
        AnalysisMemoFile memo = open(CODE);
        assertNull(memo.held(A), "kept by the last build, not yet recalled by this one");
        memo.recall(A);
        assertArrayEquals(bytes("A as the last build said it"), memo.held(A));
        memo.replace(A, bytes("A said anew"));
        assertArrayEquals(bytes("A said anew"), memo.held(A));
        memo.remember(B, bytes("B made now"));
        assertArrayEquals(bytes("B made now"), memo.held(B));
        assertEquals(new AnalysisMemoFile.Use(1, 1), memo.save());
    }

    /**
     * A second analysis in the same build reads what the build holds through a read-only view, and whatever it tries
     * to keep is dropped: the file the build saves is what the build's own analyses used.
     */
    @Test
    void aReadOnlyViewRecallsWhatTheBuildHoldsAndKeepsNothing() throws IOException {
        keep(A, "A as the last build said it");
        AnalysisMemoFile memo = open(CODE);
        memo.recall(A);
        AnalysisMemo view = memo.readOnly();
        assertArrayEquals(bytes("A as the last build said it"), view.recall(A));
        assertNull(view.recall(B));
        assertEquals("B made by the view", view.recallOr(B, String::new, () -> "B made by the view", String::getBytes));
        view.replace(A, bytes("A said by the view"));
        view.remember(B, bytes("B made by the view"));
        view.forget(A);

        assertArrayEquals(bytes("A as the last build said it"), memo.held(A));
        assertNull(memo.held(B));
        assertEquals(new AnalysisMemoFile.Use(1, 0), memo.save());
    }

    /** A recalled value that still holds, said anew: kept for the next build, and counted as recalled, not made. */
    @Test
    void aReplacedValueIsKeptAndCountedAsRecalled() throws IOException {
        keep(A, "A as the last build said it");
        AnalysisMemoFile memo = open(CODE);
        memo.recall(A);
        memo.replace(A, bytes("A said anew"));
        assertEquals(new AnalysisMemoFile.Use(1, 0), memo.save());
        assertArrayEquals(bytes("A said anew"), open(CODE).recall(A));
    }

    /**
     * A value of something still current that this build had no need to recall (its files were not made again) is
     * kept for the next build when the build says so, uncounted as recalled; a key the memo has no value under keeps
     * nothing, and what was neither recalled nor kept leaves the memo.
     */
    @Test
    void aValueKeptWithoutBeingRecalledStaysForTheNextBuild() throws IOException {
        String c = AnalysisMemo.key("paper", "C");
        Files.createDirectories(root.resolve("site"));
        AnalysisMemoFile first = open(CODE);
        first.remember(A, bytes("A"));
        first.remember(B, bytes("B"));
        first.remember(c, bytes("C, of a paper that left"));
        first.save();

        AnalysisMemoFile second = open(CODE);
        second.recall(A);
        second.keep(B);
        second.keep(AnalysisMemo.key("paper", "D"));
        assertEquals(new AnalysisMemoFile.Use(1, 0, 1), second.save());

        AnalysisMemoFile third = open(CODE);
        assertArrayEquals(bytes("A"), third.recall(A));
        assertArrayEquals(bytes("B"), third.recall(B));
        assertNull(third.recall(c));
        assertNull(third.recall(AnalysisMemo.key("paper", "D")));
    }

    @Test
    void aBuildThatKeptWhatItDidNotRecallAndMadeNothingLeavesTheFileAsItWas() throws IOException {
        Files.createDirectories(root.resolve("site"));
        AnalysisMemoFile first = open(CODE);
        first.remember(A, bytes("A"));
        first.remember(B, bytes("B"));
        first.save();
        Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        AnalysisMemoFile memo = open(CODE);
        memo.keep(B);
        memo.recall(A);
        memo.keep(A); // both recalled and kept: counted once
        assertEquals(new AnalysisMemoFile.Use(1, 0, 1), memo.save());
        assertEquals(1_000_000, Files.getLastModifiedTime(file()).toMillis(), "not written again");
    }

    /** A kept value that its reader found to be no value when it was recalled is not kept. */
    @Test
    void aKeptValueThatWasForgottenIsNotKept() throws IOException {
        keep(A, "not a value its reader can read");
        AnalysisMemoFile memo = open(CODE);
        memo.keep(A);
        memo.recall(A);
        memo.forget(A);
        assertEquals(new AnalysisMemoFile.Use(0, 0, 0), memo.save());
        assertNull(open(CODE).recall(A));
    }

    /** The file's bytes are those of its entries by key, in whatever order a build's threads used or kept them. */
    @Test
    void theFileIsTheSameBytesWhateverTheOrderOfUse() throws IOException {
        String c = AnalysisMemo.key("paper", "C");
        Files.createDirectories(root.resolve("site"));
        AnalysisMemoFile first = open(CODE);
        first.remember(A, bytes("A"));
        first.remember(B, bytes("B"));
        first.save();
        AnalysisMemoFile one = open(CODE);
        one.keep(A);
        one.recall(B);
        one.remember(c, bytes("C"));
        one.save();
        byte[] oneOrder = Files.readAllBytes(file());
        AnalysisMemoFile other = open(CODE);
        other.remember(c, bytes("C"));
        other.recall(A);
        other.keep(B);
        other.replace(B, bytes("B"));
        other.save();
        assertArrayEquals(oneOrder, Files.readAllBytes(file()));
    }

    @Test
    void analysesMadeByOtherPluginCodeAreNotRecalled() throws IOException {
        keep(A, "made by the old code");
        AnalysisMemoFile memo = open("plugin code 2");
        assertNull(memo.recall(A));
        memo.remember(A, bytes("made by the new code"));
        memo.save();
        assertArrayEquals(bytes("made by the new code"), open("plugin code 2").recall(A));
        assertEquals(List.of(), warnings, "a new plugin is no problem to report");
    }

    @Test
    void aDamagedMemoIsReportedIgnoredAndReplaced() throws IOException {
        keep(A, "analysis of A");
        byte[] good = Files.readAllBytes(file());
        for (byte[] damaged : List.of(Arrays.copyOf(good, good.length - 5), flipped(good, good.length / 2),
                Arrays.copyOf(good, good.length + 3))) {
            Files.write(file(), damaged);
            warnings.clear();
            AnalysisMemoFile memo = open(CODE);
            assertNull(memo.recall(A));
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(file().toString()) && warnings.get(0).contains("analysed again"),
                    warnings.get(0));
            memo.remember(A, bytes("analysed again"));
            memo.save();
            assertArrayEquals(bytes("analysed again"), open(CODE).recall(A));
        }
    }

    /**
     * Values that read as values but that no build makes (counts beyond the papers' texts) were put there after the
     * build that wrote the file: told once, with the file's name and why, forgotten, and the file replaced.
     */
    @Test
    void valuesNoBuildMakesAreToldOnceForgottenAndReplaced() throws IOException {
        keep(A, "analysis of A");
        AnalysisMemoFile memo = open(CODE);
        memo.recall(A);
        memo.unusable(B, "a phrase counted beyond its text");
        memo.unusable(A, "a count beyond the largest int");
        memo.unusable(B, "a count beyond the largest int");
        assertNull(memo.held(A));
        memo.remember(A, bytes("analysed again"));
        memo.save();
        assertEquals(1, warnings.size(), warnings.toString());
        // each reason once, in order, whichever thread found its value first
        assertTrue(warnings.get(0).contains(file().toString()) && warnings.get(0).contains(
                "(a count beyond the largest int; a phrase counted beyond its text)"), warnings.get(0));
        assertArrayEquals(bytes("analysed again"), open(CODE).recall(A));
    }

    @Test
    void aFileOfThatNameThePluginDidNotWriteIsLeftAlone() throws IOException {
        Files.createDirectories(root.resolve("site"));
        Files.writeString(file(), "my notes");
        AnalysisMemoFile memo = open(CODE);
        assertNull(memo.recall(A));
        memo.remember(A, bytes("A"));
        memo.save();
        assertEquals("my notes", Files.readString(file()));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("was not written by Paper Digest"), warnings.get(0));
    }

    @Test
    void aFolderWhereTheMemoGoesIsLeftAloneAndTheBuildGoesOn() throws IOException {
        Files.createDirectories(root.resolve("site"));
        Files.createDirectories(file()); // a folder where the file goes
        AnalysisMemoFile memo = open(CODE);
        memo.remember(A, bytes("A"));
        memo.save();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(file().toString()) && warnings.get(0).contains(
                "in the next build every paper is analysed again"), warnings.get(0));
        assertTrue(Files.isDirectory(file()));
    }

    @Test
    void aLinkWhereTheMemoGoesIsNeitherReadNorWrittenThrough() throws IOException {
        keep(A, "analysis of A");
        Path elsewhere = root.resolve("elsewhere.analysis");
        Files.move(file(), elsewhere);
        Files.createSymbolicLink(file(), elsewhere);
        byte[] before = Files.readAllBytes(elsewhere);
        AnalysisMemoFile memo = open(CODE);
        assertNull(memo.recall(A), "a memo is read only from a file of its own");
        memo.remember(A, bytes("other"));
        memo.save();
        assertTrue(Files.isSymbolicLink(file()));
        assertArrayEquals(before, Files.readAllBytes(elsewhere));
        assertEquals(1, warnings.size(), warnings.toString());
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x20;
        return copy;
    }
}
