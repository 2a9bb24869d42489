package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.output.OutputLock;
import io.github.paperdigest.testing.OtherProcess;
import io.github.paperdigest.testing.SiteFiles;
import io.github.paperdigest.testing.SyntheticDigests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several builds of one project at once, in processes of their own (an IDE and a terminal, or two executions
 * under {@code mvn -T}): they take turns, every one succeeds, and the site is one build's, whole, its
 * manifest listing exactly the files in the folder.
 */
class ConcurrentBuildsTest {

    @Test
    void buildsOfOneOutputFolderInParallelProcessesTakeTurnsAndLeaveOneWholeSite(@TempDir Path temp) throws Exception {
        Path digests = SyntheticDigests.write(temp.resolve("digests"), 300, 3);
        Path out = temp.resolve("site/papers");
        Files.createDirectories(out);
        Files.writeString(out.resolve("CNAME"), "papers.example.org");

        List<OtherProcess> builds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // each build has its own title, so that each really writes its site rather than finding it up to date
            builds.add(OtherProcess.build(temp.resolve("build" + i + ".log"), false, digests.toString(), out.toString(),
                    "siteTitle=Build " + i, "similarity=lexical", "lockTimeout=300"));
        }
        List<OtherProcess.Finished> results = new ArrayList<>();
        for (OtherProcess build : builds) {
            results.add(build.await(Duration.ofMinutes(5)));
        }

        for (OtherProcess.Finished result : results) {
            assertTrue(result.built(), result.output());
        }
        assertTrue(results.stream().anyMatch(r -> r.output().contains("Another build is writing " + out)),
                "a build that found another at work says it waits");
        assertManifestListsExactlyTheFolder(out, 300);
        assertEquals("papers.example.org", Files.readString(out.resolve("CNAME")), "the user's file survives");
        String title = SiteFiles.parse(out, "index.html").title();
        assertTrue(title.matches(".*Build [012].*"), title);
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(List.of(".papers.analysis", ".papers.fragments", ".papers.lock", ".papers.reading", ".papers.stamps", "papers"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or previous folder is left; the lock, the stamps of the inputs and the analysis memo stay");
        }
    }

    @Test
    void buildsInThreadsOfOneProcessTakeTurns(@TempDir Path temp) throws Exception {
        // two executions of the plugin under mvn -T run in one JVM, where the operating system's lock is the process's
        Path digests = SyntheticDigests.write(temp.resolve("digests"), 300, 3);
        Path out = temp.resolve("site/papers");
        Files.createDirectories(out);
        Files.writeString(out.resolve("CNAME"), "papers.example.org");
        List<String> waited = java.util.Collections.synchronizedList(new ArrayList<>());
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("Another build is writing")) {
                    waited.add(message);
                }
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
            }
        };
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<BuildResult>> builds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                BuildConfig config = BuildConfig.builder(digests, out).siteTitle("Thread " + i).similarity(BuildConfig.LEXICAL)
                        .build();
                builds.add(threads.submit(() -> new SiteBuilder(log).build(config)));
            }
            for (java.util.concurrent.Future<BuildResult> build : builds) {
                assertEquals(300, build.get(5, java.util.concurrent.TimeUnit.MINUTES).paperCount());
            }
        } finally {
            threads.shutdownNow();
        }
        assertFalse(waited.isEmpty(), "a build that found another at work says it waits");
        assertManifestListsExactlyTheFolder(out, 300);
    }

    @Test
    void aBuildThatWaitsLongerThanTheLockTimeoutFailsSayingWhy(@TempDir Path temp) throws Exception {
        Path digests = SyntheticDigests.write(temp.resolve("digests"), 5, 1);
        Path out = temp.resolve("site/papers");
        try (OutputLock held = OutputLock.acquire(out, Duration.ZERO, message -> { })) {
            PaperDigestException e = assertThrows(PaperDigestException.class, () -> new SiteBuilder(BuildLog.silent())
                    .build(BuildConfig.builder(digests, out).lockTimeout(Duration.ofMillis(300)).similarity(BuildConfig.LEXICAL)
                    .build()));
            assertEquals("another build has been writing " + out + " for more than 0.3 s (it holds " + held.lockFile()
                    + "): wait for it to finish and build again, or raise lockTimeout", e.getMessage());
            assertEquals(java.util.Optional.of(Setting.LOCK_TIMEOUT), e.setting());
        }
        assertEquals(5, new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, out)
                .similarity(BuildConfig.LEXICAL).build()).paperCount(),
                "once the lock is free, a build goes ahead");
    }

    /** Every file the manifest lists is there with the bytes it says; every other file is the user's one. */
    static void assertManifestListsExactlyTheFolder(Path out, int papers) throws Exception {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve(".paper-digest-manifest"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                // "<hash>[:<key of what the file was made from>] <path>"
                int space = line.indexOf(' ');
                listed.put(line.substring(space + 1), line.substring(0, ContentHash.HEX_LENGTH));
            }
        }
        Map<String, byte[]> files = SiteFiles.all(out);
        TreeSet<String> unlisted = new TreeSet<>(files.keySet());
        unlisted.removeAll(listed.keySet());
        assertEquals(new TreeSet<>(List.of(".paper-digest-manifest", "CNAME")), unlisted, "files the manifest does not list");
        assertTrue(listed.keySet().stream().filter(p -> p.startsWith("paper/") && p.endsWith(".html")).count() == papers,
                "a whole site: " + listed.size() + " files");
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            assertTrue(files.containsKey(entry.getKey()), "listed but missing: " + entry.getKey());
            assertEquals(entry.getValue(), ContentHash.hex(files.get(entry.getKey())), "bytes of " + entry.getKey());
        }
        assertEquals(List.of(), SiteFiles.stagingFolders(out));
        assertFalse(Files.exists(out.resolveSibling(".papers.previous")));
    }
}
