package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.paperdigest.model.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedSiteTest {

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    @Test
    void aFirstBuildCreatesTheSite() throws IOException {
        StagedSite.Commit commit = build(Map.of("index.html", "home", "paper/a.html", "A", "assets/style.css", "css"));

        assertEquals(Map.of("index.html", "home", "paper/a.html", "A", "assets/style.css", "css"), pluginFiles(site()));
        assertEquals(new StagedSite.Commit(3, 0, List.of(), 0, "home".length() + "A".length() + "css".length()), commit);
        assertEquals(List.of("site"), siblings(), "no staging or previous folder is left");
    }

    @Test
    void theCommitCountsTheBytesOfTheNewSiteWhetherAFileWasHeldStreamedOrKept() throws IOException {
        byte[] large = new byte[StagedSite.IN_MEMORY + 10];
        try (StagedSite site = StagedSite.begin(site())) {
            site.write("index.html", "home-1", out -> out.write("home".getBytes(StandardCharsets.UTF_8)));
            site.write("papers.json", "export-1", out -> {
                out.write(large, 0, 100);
                out.write(large, 100, large.length - 100);
            });
            assertEquals(4L + large.length, site.commit().bytes(), "a held file and a streamed one");
        }
        // a file older than the manifest written with it is kept by its key, not made again
        Files.setLastModifiedTime(site().resolve("index.html"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        try (StagedSite site = StagedSite.begin(site())) {
            assertFalse(site.write("index.html", "home-1", out -> fail("kept by its key, not made again")));
            site.write("papers.json", "export-2", out -> out.write("[]".getBytes(StandardCharsets.UTF_8)));
            assertEquals(4L + 2, site.commit().bytes(), "a kept file and a held one");
        }
    }

    @Test
    void theOutputFolderMayBeNestedInFoldersThatDoNotExistYet() throws IOException {
        Path nested = dir.resolve("target/site/papers");
        try (StagedSite site = StagedSite.begin(nested)) {
            site.write("index.html", bytes("home"));
            site.commit();
        }
        assertEquals("home", Files.readString(nested.resolve("index.html")));
    }

    @Test
    void aFileAUserPutIntoTheOutputFolderSurvivesABuild() throws IOException {
        build(Map.of("index.html", "v1", "paper/a.html", "A"));
        write(site().resolve("CNAME"), "papers.example.org");
        write(site().resolve(".nojekyll"), "");
        write(site().resolve("paper/my-notes.html"), "mine");
        write(site().resolve("extra/deep/file.txt"), "deep");

        StagedSite.Commit commit = build(Map.of("index.html", "v2", "paper/b.html", "B"));

        assertEquals("papers.example.org", Files.readString(site().resolve("CNAME")));
        assertEquals("", Files.readString(site().resolve(".nojekyll")));
        assertEquals("mine", Files.readString(site().resolve("paper/my-notes.html")));
        assertEquals("deep", Files.readString(site().resolve("extra/deep/file.txt")));
        assertEquals("v2", Files.readString(site().resolve("index.html")));
        assertEquals(List.of(".nojekyll", "CNAME", "extra/deep/file.txt", "paper/my-notes.html"), commit.keptUserFiles());
    }

    @Test
    void aUserFileSurvivesManyBuilds() throws IOException {
        build(Map.of("index.html", "v1"));
        write(site().resolve("CNAME"), "papers.example.org");
        for (int i = 2; i < 5; i++) {
            build(Map.of("index.html", "v" + i));
        }
        assertEquals("papers.example.org", Files.readString(site().resolve("CNAME")));
        assertFalse(manifest(site()).containsKey("CNAME"), "a user's file is never the plugin's");
    }

    @Test
    void filesOfAnOlderBuildThatAreNoLongerProducedAreRemoved() throws IOException {
        build(Map.of("index.html", "v1", "paper/a.html", "A", "tag/old.html", "old"));

        StagedSite.Commit commit = build(Map.of("index.html", "v2", "paper/b.html", "B"));

        assertEquals(Map.of("index.html", "v2", "paper/b.html", "B"), pluginFiles(site()));
        assertFalse(Files.exists(site().resolve("paper/a.html")));
        assertFalse(Files.exists(site().resolve("tag")), "the emptied folder goes too");
        assertEquals(2, commit.removed());
    }

    @Test
    void aBuildThatFailsBeforeCommitLeavesThePreviousSiteByteForByteAndNoStagingFolder() throws IOException {
        build(Map.of("index.html", "v1", "paper/a.html", "A"));
        write(site().resolve("CNAME"), "papers.example.org");
        Map<String, String> before = snapshot(site());

        RuntimeException failure = assertThrows(RuntimeException.class, () -> {
            try (StagedSite site = StagedSite.begin(site())) {
                site.write("index.html", bytes("v2"));
                site.write("paper/b.html", bytes("B"));
                throw new RuntimeException("a template failed");
            }
        });

        assertEquals("a template failed", failure.getMessage());
        assertEquals(before, snapshot(site()));
        assertEquals(List.of("site"), siblings());
    }

    @ParameterizedTest(name = "a lock file made anew by another build: {0}")
    @ValueSource(booleans = {false, true})
    void aBuildWhoseLockFileWasDeletedWhileItRanReplacesNothingAndTouchesNoFolder(boolean madeAnew) throws IOException {
        build(Map.of("index.html", "v1"));
        write(site().resolve("CNAME"), "papers.example.org");
        Path lockFile = dir.toRealPath().resolve(".site.lock");
        try (StagedSite site = StagedSite.begin(site())) {
            site.write("index.html", bytes("v2"));
            Files.delete(lockFile); // mvn clean while the build runs
            if (madeAnew) {
                Files.createFile(lockFile); // and a build that started since made it anew, to lock it and build here too
            }

            OutputException e = assertThrows(OutputException.class, site::commit);

            assertEquals("the lock file " + lockFile + " was deleted or replaced while this build ran (mvn clean?), and"
                    + " another build may be writing " + site().toAbsolutePath() + " now: this build left the site as it"
                    + " was. Build again once no other build runs", e.getMessage());
            assertEquals(Optional.empty(), e.setting(), "no parameter to check: another build raced this one");
        }
        assertEquals(Map.of("index.html", "v1", "CNAME", "papers.example.org"), pluginFiles(site()), "the site as it was");
        assertEquals(1, StagedSite.stagingFolders(site()).size());
        assertEquals(Map.of("index.html", "v2"), snapshot(StagedSite.stagingFolders(site()).get(0)),
                "the staging folder as this build wrote it, left to the build that holds the lock: the user's files are"
                        + " not carried into it for a site that is not committed");
    }

    @Test
    void aBuildThatFailsBeforeCommitLeavesNoSiteWhereThereWasNone() throws IOException {
        assertThrows(IllegalStateException.class, () -> {
            try (StagedSite site = StagedSite.begin(site())) {
                site.write("index.html", bytes("v1"));
                throw new IllegalStateException("boom");
            }
        });
        assertEquals(List.of(), siblings());
    }

    @Test
    void aUserFileWhereTheNewSiteNeedsToWriteFailsTheBuildAndKeepsTheOldSite() throws IOException {
        build(Map.of("paper/a.html", "A"));
        write(site().resolve("index.html"), "the user's own home page");
        Map<String, String> before = snapshot(site());

        OutputException e = assertThrows(OutputException.class,
                () -> build(Map.of("index.html", "home", "paper/a.html", "A")));

        assertTrue(e.getMessage().contains("index.html"), e.getMessage());
        assertEquals(before, snapshot(site()));
        assertEquals(List.of("site"), siblings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.html", "/etc/x", "a/../../x.html", "a/../b.html", "./a.html", "a//b.html",
            "a\\..\\..\\x.html", "C:/x.html", "", "..", "paper/../../../escape.html"})
    void aPathThatCouldLeaveTheSiteIsRefused(String path) throws IOException {
        Map<String, String> outsideBefore = snapshot(dir);
        try (StagedSite site = StagedSite.begin(site())) {
            assertThrows(OutputException.class, () -> site.write(path, bytes("evil")));
        }
        Map<String, String> after = snapshot(dir);
        after.remove(".site.lock");
        assertEquals(outsideBefore, after);
    }

    @Test
    void theManifestListsEveryWrittenFileWithItsContentHash() throws Exception {
        Map<String, String> files = Map.of("index.html", "home", "paper/a.html", "A", "assets/site.js", "js");
        build(files);
        write(site().resolve("CNAME"), "papers.example.org");
        build(files);

        Map<String, String> manifest = manifest(site());
        assertEquals(files.keySet(), manifest.keySet());
        for (Map.Entry<String, String> e : files.entrySet()) {
            assertEquals(ContentHash.hex(e.getValue()), manifest.get(e.getKey()), e.getKey());
        }
    }

    @Test
    void aManifestOfAnEarlierVersionWithSha256HashesStillClaimsItsFiles() throws Exception {
        build(Map.of("index.html", "home", "paper/a.html", "A", "papers.json", "[]"));
        Path manifestFile = site().resolve(Manifest.FILE_NAME);
        StringBuilder earlier = new StringBuilder();
        for (String line : Files.readAllLines(manifestFile)) {
            int space = line.indexOf(' ');
            earlier.append(line.startsWith("#") ? line
                    : sha256(Files.readString(site().resolve(line.substring(space + 1)))) + line.substring(space))
                    .append('\n');
        }
        Files.writeString(manifestFile, earlier);

        build(Map.of("index.html", "home 2", "paper/b.html", "B"));

        assertEquals(Map.of("index.html", "home 2", "paper/b.html", "B"), pluginFiles(site()),
                "the earlier build's files are the plugin's to replace and remove");
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void theSiteIsRecoveredWhenABuildWasKilledAfterMovingItAside() throws IOException {
        build(Map.of("index.html", "v1", "paper/a.html", "A"));
        write(site().resolve("CNAME"), "papers.example.org");
        Map<String, String> before = snapshot(site());
        // killed between "site -> .site.previous" and ".site.staging-… -> site"
        Files.move(site(), dir.resolve(".site.previous"));
        write(dir.resolve(".site.staging-0123456789abcdef/index.html"), "half written");

        try (StagedSite site = StagedSite.begin(site())) {
            assertEquals(before, snapshot(site()), "the site is back as soon as the next build begins");
        }

        assertEquals(before, snapshot(site()));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aBuildAfterRecoveryKeepsUserFilesAndRemovesTheOldBuildsFiles() throws IOException {
        build(Map.of("index.html", "v1", "paper/a.html", "A"));
        write(site().resolve("CNAME"), "papers.example.org");
        Files.move(site(), dir.resolve(".site.previous"));

        StagedSite.Commit commit = build(Map.of("index.html", "v2", "paper/b.html", "B"));

        assertEquals(Map.of("index.html", "v2", "paper/b.html", "B", "CNAME", "papers.example.org"), pluginFiles(site()));
        assertEquals(1, commit.removed());
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void leftoverStagingFoldersOfKilledBuildsAreNotPublishedAndGo() throws IOException {
        build(Map.of("index.html", "v1"));
        write(dir.resolve(".site.staging-0123456789abcdef/junk.html"), "junk");
        write(dir.resolve(".site.staging/junk.html"), "junk of a build of an older version");
        write(dir.resolve(".site.staging-notes/mine.txt"), "a user's, of a name the plugin does not give");

        build(Map.of("index.html", "v2"));

        assertEquals(Map.of("index.html", "v2"), pluginFiles(site()));
        assertEquals(List.of(".site.staging-notes", "site"), siblings());
    }

    @Test
    void eachBuildStagesInAFolderOfItsOwn() throws IOException {
        try (StagedSite first = StagedSite.begin(site())) {
            first.write("index.html", bytes("v1"));
            List<Path> firsts = StagedSite.stagingFolders(site());
            first.commit();
            try (StagedSite second = StagedSite.begin(site())) {
                second.write("index.html", bytes("v2"));
                List<Path> seconds = StagedSite.stagingFolders(site());

                assertEquals(1, firsts.size());
                assertEquals(1, seconds.size());
                assertTrue(seconds.get(0).getFileName().toString().matches("\\.site\\.staging-[0-9a-f]{16}"), seconds.toString());
                assertFalse(seconds.equals(firsts), "a build that lost its lock never writes into the next one's folder");
            }
        }
    }

    @Test
    void aLeftoverPreviousSiteLosesThePluginsFilesAndGivesBackWhatIsNotInTheSite() throws IOException {
        // killed after the swap, before the previous site was removed: it holds the old manifest's files, a
        // user's file that the new site has too, and one that only it has (put there during the build)
        build(Map.of("index.html", "v1", "paper/a.html", "A"));
        write(site().resolve("CNAME"), "papers.example.org");
        Files.createDirectories(dir.resolve(".site.previous"));
        Files.copy(site().resolve(Manifest.FILE_NAME), dir.resolve(".site.previous").resolve(Manifest.FILE_NAME));
        write(dir.resolve(".site.previous/index.html"), "v0");
        write(dir.resolve(".site.previous/CNAME"), "papers.example.org");
        write(dir.resolve(".site.previous/notes/late.txt"), "written while the build ran");

        build(Map.of("index.html", "v2"));

        assertEquals(Map.of("index.html", "v2", "CNAME", "papers.example.org", "notes/late.txt",
                "written while the build ran"), pluginFiles(site()));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void pagesCanBeWrittenFromSeveralThreads() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            files.put("folder" + (i % 7) + "/page" + i + ".html", "content " + i);
        }
        try (StagedSite site = StagedSite.begin(site())) {
            files.entrySet().parallelStream().forEach(e -> site.write(e.getKey(), bytes(e.getValue())));
            site.commit();
        }
        assertEquals(files, pluginFiles(site()));
        assertEquals(files.keySet(), manifest(site()).keySet());
    }

    @Test
    void twoPagesCannotWriteTheSameFile() {
        try (StagedSite site = StagedSite.begin(site())) {
            site.write("index.html", bytes("one"));
            OutputException e = assertThrows(OutputException.class, () -> site.write("index.html", bytes("two")));
            assertTrue(e.getMessage().contains("index.html"), e.getMessage());
        }
    }

    @Test
    void nothingCanBeWrittenAfterCommit() {
        try (StagedSite site = StagedSite.begin(site())) {
            site.write("index.html", bytes("one"));
            site.commit();
            assertThrows(IllegalStateException.class, () -> site.write("late.html", bytes("late")));
        }
    }

    private StagedSite.Commit build(Map<String, String> files) {
        try (StagedSite site = StagedSite.begin(site())) {
            new TreeMap<>(files).forEach((path, content) -> site.write(path, bytes(content)));
            assertEquals(files.size(), site.writtenCount());
            return site.commit();
        }
    }

    /** The files of the site other than the manifest, with their content, by path. */
    private static Map<String, String> pluginFiles(Path root) throws IOException {
        Map<String, String> files = snapshot(root);
        files.remove(Manifest.FILE_NAME);
        return files;
    }

    /** Every file under the folder with its content, by '/' path. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The manifest's entries: path to hash. */
    private static Map<String, String> manifest(Path site) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(site.resolve(Manifest.FILE_NAME))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.indexOf(' ');
                entries.put(line.substring(space + 1), line.substring(0, space));
            }
        }
        return entries;
    }

    /** What is beside the site, but for the lock file, which stays. */
    private List<String> siblings() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".site.lock")).sorted().toList();
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(text)));
    }
}
