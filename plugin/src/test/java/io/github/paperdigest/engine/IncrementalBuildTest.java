package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
        return build(BuildConfig.builder(digests, out).build());
    }

    private BuildResult build(BuildConfig config) {
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
        }, SharedModels.INSTANCE).build(config);
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
    void aDigestTakenFromTheLastBuildWarnsAgainAboutTheEntriesItsReadingSkipped() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper");
        withAnEntryWithoutTitle(digests);
        Path out = temp.resolve("site/papers");
        BuildConfig lenient = BuildConfig.builder(digests, out).strict(false).build();
        build(lenient);
        List<String> warnedFirst = warnings();
        assertTrue(warnedFirst.stream().anyMatch(w -> w.contains("more.json:2")), log.toString());
        log.clear();

        digests("Alpha Paper", "Beta Paper", "Delta Paper");
        BuildResult rebuilt = build(lenient);

        assertEquals(1, rebuilt.recalledReadings(), "more.json did not change: its reading is the last build's");
        assertEquals(warnedFirst, warnings());
        assertTrue(Files.exists(out.resolve("paper/gamma-paper.html")));
    }

    @Test
    void aBuildThatFindsTheSiteUpToDateRepeatsTheWarningsOfTheBuildThatMadeIt() throws IOException {
        Path digests = digests("Alpha Paper");
        withAnEntryWithoutTitle(digests);
        Path out = temp.resolve("site/papers");
        BuildConfig lenient = BuildConfig.builder(digests, out).strict(false).build();
        build(lenient);
        List<String> warnedFirst = warnings();
        assertEquals(1, warnedFirst.size(), log.toString());
        log.clear();

        BuildResult again = build(lenient);

        assertTrue(again.upToDate());
        assertTrue(log.get(0).startsWith("Paper site is up to date") && log.get(0).endsWith(
                "; the warning of that build still holds:"), log.toString());
        assertEquals(warnedFirst, warnings(), "the digest still reads as it did: its warning still holds");
    }

    @Test
    void onceTheDigestIsMendedAnUpToDateBuildHasNothingToRepeat() throws IOException {
        Path digests = digests("Alpha Paper");
        Path json = withAnEntryWithoutTitle(digests);
        Path out = temp.resolve("site/papers");
        BuildConfig lenient = BuildConfig.builder(digests, out).strict(false).build();
        build(lenient);
        Files.writeString(json, "[{\"title\": \"Gamma Paper\", \"summary\": \"" + ABSTRACT + "\"}]");
        build(lenient);
        assertEquals(1, warnings().size(), "the first build's warning, once: " + log);
        log.clear();

        BuildResult again = build(lenient);

        assertTrue(again.upToDate());
        assertEquals(List.of(), warnings());
        assertTrue(log.get(0).endsWith(" was built"), log.toString());
    }

    @Test
    void warningsAboutTheActOfBuildingAreNotRepeated() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper");
        Path out = temp.resolve("site/papers");
        Files.createDirectories(out.getParent());
        // a damaged cache beside the site is reported once and replaced: it says nothing about the digests
        Files.writeString(out.resolveSibling(".papers.reading"), "not a memo of the plugin's");
        build(digests, out);
        assertTrue(warnings().stream().anyMatch(w -> w.contains(".papers.reading")), log.toString());
        log.clear();

        BuildResult again = build(digests, out);

        assertTrue(again.upToDate());
        assertEquals(List.of(), warnings(), log.toString());
    }

    /** A JSON digest of one paper and an entry without a title, which a lenient build skips with a warning. */
    private static Path withAnEntryWithoutTitle(Path digests) throws IOException {
        return Files.writeString(digests.resolve("more.json"), "[{\"title\": \"Gamma Paper\", \"summary\": \""
                + ABSTRACT + "\"},\n {\"summary\": \"An entry without a title.\"}]");
    }

    private List<String> warnings() {
        return log.stream().filter(line -> line.startsWith("WARN")).toList();
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
        Map<String, byte[]> before = SiteFiles.all(out);
        Map<String, Object> inodesBefore = inodes(out, before.keySet());
        Files.writeString(out.resolve("notes-of-mine.txt"), "a file the plugin did not write");

        digests("Alpha Paper", "Beta Paper", "Delta Paper");
        BuildResult rebuilt = build(digests, out);

        assertFalse(rebuilt.upToDate());
        assertTrue(Files.exists(out.resolve("paper/delta-paper.html")));
        assertFalse(Files.exists(out.resolve("paper/gamma-paper.html")), "the page of a paper that left is removed");
        assertEquals("a file the plugin did not write", Files.readString(out.resolve("notes-of-mine.txt")));
        // the digest's page lists Delta now, not Gamma: a page whose content changed is written anew
        String digestPage = Files.readString(out.resolve("digest/2025-01-02.html"));
        assertTrue(digestPage.contains("delta-paper.html") && !digestPage.contains("gamma-paper.html"), digestPage);
        assertNotEquals(inodesBefore.get("digest/2025-01-02.html"), inode(out, "digest/2025-01-02.html"),
                "a changed page is a new file");
        // and every file the two builds share: the same bytes are the same file, other bytes a new file
        Map<String, byte[]> after = SiteFiles.all(out);
        int kept = 0;
        int rewritten = 0;
        for (String path : before.keySet()) {
            if (!after.containsKey(path) || path.equals(".paper-digest-manifest")) {
                continue;
            }
            if (Arrays.equals(before.get(path), after.get(path))) {
                assertEquals(inodesBefore.get(path), inode(out, path), path + " did not change: it keeps its file");
                kept++;
            } else {
                assertNotEquals(inodesBefore.get(path), inode(out, path), path + " changed: it is written anew");
                rewritten++;
            }
        }
        assertTrue(kept > 0 && rewritten > 0, kept + " files kept, " + rewritten + " rewritten");
        assertTrue(rebuilt.unchangedFiles() >= kept, "the result counts the files kept: " + rebuilt.unchangedFiles());
    }

    private static Map<String, Object> inodes(Path root, java.util.Set<String> paths) throws IOException {
        Map<String, Object> inodes = new java.util.HashMap<>();
        for (String p : paths) {
            inodes.put(p, inode(root, p));
        }
        return inodes;
    }

    private static Object inode(Path root, String path) throws IOException {
        return Files.getAttribute(root.resolve(path), "unix:ino");
    }

    @Test
    void aChangedSettingRebuilds() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper");
        Path out = temp.resolve("site/papers");
        build(digests, out);
        BuildResult retitled = new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE)
                .build(BuildConfig.builder(digests, out).siteTitle("Other").build());
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
