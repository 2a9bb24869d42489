package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SharedModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds do only what changed, remove only what the plugin wrote, and keep what a user put there. */
class IncrementalBuildTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();

    private BuildResult build(Path digests, Path out) {
        return new SiteBuilder(new BuildLog() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void warn(String message) {
                log.add("WARN " + message);
            }

            @Override
            public void debug(String message) {
            }
        }, SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).build());
    }

    private Path digests(String... papers) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("digests"));
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (String title : papers) {
            text.append(title).append("\n\n").append(ABSTRACT).append(" About ").append(title).append(".\n\n");
        }
        Files.writeString(dir.resolve("2025-01-02.txt"), text);
        return dir;
    }

    @Test
    void aRebuildWithNothingChangedWritesNothing() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper", "Gamma Paper");
        Path out = temp.resolve("site/papers");
        build(digests, out);
        FileTime before = Files.getLastModifiedTime(out.resolve("paper/alpha-paper.html"));

        BuildResult again = build(digests, out);

        assertTrue(again.upToDate());
        assertTrue(log.get(log.size() - 1).startsWith("Paper site is up to date"), log.toString());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("paper/alpha-paper.html")));
    }

    @Test
    void aChangedDigestRewritesOnlyThePagesThatChangedAndRemovesPagesOfPapersThatLeft() throws Exception {
        Path digests = digests("Alpha Paper", "Beta Paper", "Gamma Paper");
        Path out = temp.resolve("site/papers");
        build(digests, out);
        Object alphaFile = Files.getAttribute(out.resolve("paper/alpha-paper.html"), "unix:ino");
        String alphaBefore = Files.readString(out.resolve("paper/alpha-paper.html"));
        Object styleFile = Files.getAttribute(out.resolve("assets/style.css"), "unix:ino");
        Files.writeString(out.resolve("notes-of-mine.txt"), "a file the plugin did not write");

        digests("Alpha Paper", "Beta Paper", "Delta Paper");
        BuildResult rebuilt = build(digests, out);

        assertFalse(rebuilt.upToDate());
        assertTrue(rebuilt.unchangedFiles() > 0, "unchanged files kept: " + rebuilt.unchangedFiles());
        assertTrue(Files.exists(out.resolve("paper/delta-paper.html")));
        assertFalse(Files.exists(out.resolve("paper/gamma-paper.html")), "the page of a paper that left is removed");
        assertEquals("a file the plugin did not write", Files.readString(out.resolve("notes-of-mine.txt")));
        assertTrue(Files.exists(out.resolve("assets/style.css")));
        assertEquals(styleFile, Files.getAttribute(out.resolve("assets/style.css"), "unix:ino"),
                "an asset that did not change is the very same file, not written again");
        Object alphaAfter = Files.getAttribute(out.resolve("paper/alpha-paper.html"), "unix:ino");
        byte[] alphaBytes = Files.readAllBytes(out.resolve("paper/alpha-paper.html"));
        // alpha's page changes when it listed the paper that left among its related papers, or lists the one that came
        if (alphaBefore.contains("gamma-paper") || new String(alphaBytes).contains("delta-paper")) {
            assertNotEquals(alphaFile, alphaAfter, "a page whose content changed is written anew");
        } else {
            assertEquals(alphaFile, alphaAfter, "an unchanged page keeps its file");
        }
    }

    @Test
    void aChangedSettingRebuilds() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper");
        Path out = temp.resolve("site/papers");
        build(digests, out);
        BuildResult retitled = new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).siteTitle("Other").build());
        assertFalse(retitled.upToDate());
        assertTrue(Files.readString(out.resolve("index.html")).contains("Other"));
    }

    @Test
    void aDeletedPageMakesTheNextBuildRebuild() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper");
        Path out = temp.resolve("site/papers");
        build(digests, out);
        Files.delete(out.resolve("paper/beta-paper.html"));

        assertFalse(build(digests, out).upToDate());
        assertTrue(Files.exists(out.resolve("paper/beta-paper.html")));
    }
}
