package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.paperdigest.output.OutputException;
import io.github.paperdigest.testing.BuildInAnotherProcess;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever stops a build — a kill, a full disk, a file in the way — the previous site survives intact. */
class InterruptedAndFailedBuildTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    private static void digest(Path dir, String name, int papers) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (int i = 0; i < papers; i++) {
            text.append("Paper ").append(name.substring(0, 10)).append(" number ").append(i).append(" on long videos\n\n").append(ABSTRACT).append(" Variant ")
                    .append(i).append(" adds memory tokens ").append(i % 17).append(".\n\n");
        }
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aBuildKilledMidWayLeavesThePreviousSiteIntactAndTheNextBuildCompletes(@TempDir Path temp) throws Exception {
        Path digests = temp.resolve("digests");
        Path out = temp.resolve("site/papers");
        digest(digests, "2025-01-01.txt", 5);
        // killing is what is tested: papers compared by their words spare embedding four thousand of them
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out)
                .similarity(BuildConfig.LEXICAL).build());
        Map<String, byte[]> before = SiteFiles.all(out);

        digest(digests, "2025-01-02.txt", 4000);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BuildInAnotherProcess.class.getName(), digests.toString(),
                out.toString(), BuildConfig.LEXICAL).redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (SiteFiles.stagingFolders(out).stream().noneMatch(staging -> Files.isDirectory(staging.resolve("paper"))
                && countFiles(staging.resolve("paper")) > 50)) {
            assertTrue(child.isAlive(), "the build ended before it could be killed: " + Files.readString(temp.resolve("child.log")));
            assertTrue(Instant.now().isBefore(deadline), "the build never started writing");
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        assertEquals(before.keySet(), SiteFiles.all(out).keySet(), "the previous site, file for file");
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, SiteFiles.all(out).get(path)), path));

        BuildResult next = new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out)
                .similarity(BuildConfig.LEXICAL).build());
        assertEquals(4005, next.paperCount());
        assertEquals(List.of(), SiteFiles.stagingFolders(out), "the interrupted build's leftovers are cleared");
        assertTrue(Files.exists(out.resolve("paper/paper-2025-01-02-number-3999-on-long-videos.html")));
    }

    @Test
    void aFullDiskFailsTheBuildNamingThePathAndThePreviousSiteSurvives() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(6L * 1024 * 1024).setBlockSize(4096).build())) {
            Path digests = fs.getPath("/project/digests");
            Path out = fs.getPath("/project/site/papers");
            digest(digests, "2025-01-01.txt", 5);
            new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).build());
            Map<String, byte[]> before = SiteFiles.all(out);

            digest(digests, "2025-01-02.txt", 3000);
            OutputException e = assertThrows(OutputException.class,
                    () -> new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).build()));

            assertTrue(e.getMessage().startsWith("cannot write /project/site/papers/"), e.getMessage());
            assertEquals(before.keySet(), SiteFiles.all(out).keySet());
            before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, SiteFiles.all(out).get(path)), path));
            assertEquals(List.of(), SiteFiles.stagingFolders(out));
        }
    }

    @Test
    void aFolderWhereTheSiteNeedsAFileFailsTheBuildNamingItAndThePreviousSiteSurvives(@TempDir Path temp)
            throws IOException {
        Path digests = temp.resolve("digests");
        Path out = temp.resolve("site/papers");
        digest(digests, "2025-01-01.txt", 3);
        new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).build());
        Files.createDirectories(out.resolve("digests.html.d"));
        Files.delete(out.resolve("digests.html"));
        Files.createDirectories(out.resolve("digests.html"));
        Files.writeString(out.resolve("digests.html/mine.txt"), "a user's file in a folder the site needs as a file");
        Map<String, byte[]> before = SiteFiles.all(out);

        OutputException e = assertThrows(OutputException.class,
                () -> new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).build()));

        assertTrue(e.getMessage().contains(out.resolve("digests.html").toString()), e.getMessage());
        assertEquals(before.keySet(), SiteFiles.all(out).keySet());
    }

    @Test
    void anOutputFolderThatCannotBeCreatedFailsTheBuildNamingIt(@TempDir Path temp) throws IOException {
        Path digests = temp.resolve("digests");
        digest(digests, "2025-01-01.txt", 2);
        Files.writeString(temp.resolve("site"), "a file where the site folder should be");
        OutputException e = assertThrows(OutputException.class,
                () -> new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, temp.resolve("site/papers")).build()));
        assertTrue(e.getMessage().contains(temp.resolve("site").toString()), e.getMessage());
    }

    private static long countFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
