package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.testing.BuildInAnotherProcess;
import io.github.paperdigest.testing.SiteFiles;
import io.github.paperdigest.testing.SyntheticDigests;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build in the engine's own JVM is the build in this one: the same site, the same log, the same failures, named
 * as precisely; and what the user adds to its JVM cannot be a way to run another program.
 */
class EngineProcessTest {

    private static final long LARGE = 1L << 40;

    @Test
    void aForkedBuildWritesTheSiteAndTheLogOfABuildInThisJvm(@TempDir Path work) {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 60, 3);
        Logged here = new Logged();
        BuildResult inProcess = new SiteBuilder(here).build(config(digests, work.resolve("here/papers"), work));
        Logged forkedLog = new Logged();
        BuildResult forked = engine(List.of(), LARGE).build(config(digests, work.resolve("forked/papers"), work),
                forkedLog, true);

        Map<String, byte[]> expected = SiteFiles.all(work.resolve("here/papers"));
        Map<String, byte[]> actual = SiteFiles.all(work.resolve("forked/papers"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path + " differs"));
        assertEquals(List.of(inProcess.paperCount(), inProcess.pageCount(), inProcess.feedCount(), inProcess.madeFiles()),
                List.of(forked.paperCount(), forked.pageCount(), forked.feedCount(), forked.madeFiles()));
        assertEquals(work.resolve("forked/papers"), forked.outputDirectory());
        assertTrue(forkedLog.infos.get(0).startsWith("Building in a JVM of its own (-Xmx"), forkedLog.toString());
        assertEquals(here.infos.stream().map(line -> withoutTimes(line).replace("/here/", "/forked/")).toList(),
                forkedLog.infos.subList(1, forkedLog.infos.size()).stream().map(EngineProcessTest::withoutTimes).toList());
        assertTrue(forkedLog.told("Time: finding the inputs"), "debug lines are relayed when asked for: " + forkedLog.debugs);
    }

    @Test
    void aSiteThatIsUpToDateIsToldSoWithoutStartingAJvm(@TempDir Path work) {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 30, 2);
        BuildConfig config = config(digests, work.resolve("papers"), work);
        engine(List.of(), LARGE).build(config, new Logged(), false);
        Logged again = new Logged();
        // a launcher that cannot start: the check must not need one
        EngineProcess noJvm = new EngineProcess(List.of(), List.of(), work.resolve("no-java"), 1L << 30, LARGE);

        BuildResult result = noJvm.build(config, again, false);
        assertTrue(result.upToDate());
        assertEquals(1, again.infos.size(), again.toString());
        assertTrue(again.has("Paper site is up to date"), again.toString());
    }

    @Test
    void theEngineStartsBeforeTheCheckOnlyWhenTheSiteIsMissingOrOlderThanADigest(@TempDir Path work) throws IOException {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 30, 2);
        BuildConfig config = config(digests, work.resolve("papers"), work);
        List<FoundFile> files = new FolderWalker(work, false, false, warning -> { }).files(digests);
        assertTrue(EngineProcess.likelyOutOfDate(config, files), "no site yet");

        engine(List.of(), LARGE).build(config, new Logged(), false);
        assertFalse(EngineProcess.likelyOutOfDate(config, files), "the site was built after its digests");

        Files.setLastModifiedTime(files.get(0).path(), FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(EngineProcess.likelyOutOfDate(config, walk(work, digests)), "a digest changed since");
    }

    /**
     * A digest touched but not changed (a checkout, a copy, an editor's save) is found unchanged by the check, which
     * stamps its new time beside the site: the engine's JVM is started early for the first build after the touch, not
     * for every build until the site is rebuilt. A digest whose size or time then differs from the stamp is still
     * taken for changed, and a build that finds nothing new writes nothing.
     */
    @Test
    void aDigestTouchedButNotChangedStartsTheEngineEarlyOnceAndNotOnEveryLaterBuild(@TempDir Path work)
            throws IOException, InterruptedException {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 30, 2);
        BuildConfig config = config(digests, work.resolve("papers"), work);
        FileTime written = FileTime.from(Instant.now().minusSeconds(3600));
        for (FoundFile file : walk(work, digests)) {
            Files.setLastModifiedTime(file.path(), written); // left alone long enough to be stamped
        }
        engine(List.of(), LARGE).build(config, new Logged(), false);
        // touched after the site was built, long enough ago for the check to stamp it
        Thread.sleep(InputFingerprint.SETTLED_MILLIS + 500);
        FileTime built = Files.getLastModifiedTime(config.outputDirectory().resolve(".paper-digest-manifest"));
        Path touched = walk(work, digests).get(0).path();
        FileTime touchedAt = FileTime.fromMillis(built.toMillis() + 100);
        Files.setLastModifiedTime(touched, touchedAt);
        assertTrue(EngineProcess.likelyOutOfDate(config, walk(work, digests)), "touched since the check last read it");

        assertTrue(engine(List.of(), LARGE).build(config, new Logged(), false).upToDate());
        assertFalse(EngineProcess.likelyOutOfDate(config, walk(work, digests)),
                "the check read it, found it unchanged and stamped its new time");
        Path stamps = work.resolve(".papers.stamps");
        byte[] stamped = Files.readAllBytes(stamps);
        FileTime stampedAt = Files.getLastModifiedTime(stamps);
        assertTrue(engine(List.of(), LARGE).build(config, new Logged(), false).upToDate());
        assertEquals(stampedAt, Files.getLastModifiedTime(stamps), "nothing new: nothing written");
        assertTrue(Arrays.equals(stamped, Files.readAllBytes(stamps)));

        byte[] bytes = Files.readAllBytes(touched);
        Files.write(touched, Arrays.copyOf(bytes, bytes.length + 1));
        Files.setLastModifiedTime(touched, touchedAt);
        assertTrue(EngineProcess.likelyOutOfDate(config, walk(work, digests)), "another size at the stamped time");
        Files.write(touched, bytes);
        Files.setLastModifiedTime(touched, FileTime.fromMillis(touchedAt.toMillis() + 1));
        assertTrue(EngineProcess.likelyOutOfDate(config, walk(work, digests)), "the stamped size at another time");
    }

    private static List<FoundFile> walk(Path project, Path digests) {
        return new FolderWalker(project, false, false, warning -> { }).files(digests);
    }

    @Test
    void aSiteFoundUpToDateAfterTheEngineStartedIsToldSoAndNotBuiltAgain(@TempDir Path work) throws IOException {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 30, 2);
        BuildConfig config = config(digests, work.resolve("papers"), work);
        engine(List.of(), LARGE).build(config, new Logged(), false);
        // touched, not changed: the engine's JVM starts before the check, which then finds nothing to build
        try (var files = Files.list(digests)) {
            for (Path digest : files.toList()) {
                Files.setLastModifiedTime(digest, FileTime.from(Instant.now().plusSeconds(60)));
            }
        }
        Logged again = new Logged();

        BuildResult result = engine(List.of(), LARGE).build(config, again, false);

        assertTrue(result.upToDate());
        assertEquals(1, again.infos.size(), again.toString());
        assertTrue(again.has("Paper site is up to date"), again.toString());
    }

    @Test
    void aBrokenDigestFailsTheForkedBuildWithTheMessageStepAndSettingOfABuildInThisJvm(@TempDir Path work)
            throws IOException {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 20, 1);
        Files.writeString(digests.resolve("broken.json"), "{\"papers\": [\n  {\"title\": }\n", StandardCharsets.UTF_8);
        PaperDigestException here = assertThrows(PaperDigestException.class,
                () -> new SiteBuilder(new Logged()).build(config(digests, work.resolve("here/papers"), work)));
        PaperDigestException forked = assertThrows(PaperDigestException.class,
                () -> engine(List.of(), LARGE).build(config(digests, work.resolve("forked/papers"), work), new Logged(), false));

        assertEquals(here.getMessage(), forked.getMessage());
        assertTrue(forked.getMessage().contains("broken.json"), forked.getMessage());
        assertEquals(here.step(), forked.step());
        assertTrue(forked.step().isPresent());
        assertEquals(here.setting(), forked.setting());
        assertFalse(Files.exists(work.resolve("forked/papers/index.html")));
    }

    @Test
    void theQuickCompilerAloneIsChosenForSmallArchivesAndTheUsersOptionsComeLastSoThatTheyWin(@TempDir Path work) {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 20, 1);
        BuildConfig config = config(digests, work.resolve("papers"), work);

        EngineProcess withOptions = engine(List.of("-Xmx3g", "-XX:TieredStopAtLevel=4"), LARGE);
        List<String> small = withOptions.options(withOptions.chosenOptions(config));
        assertEquals(List.of("-Xmx1024m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"), small.subList(0, 3));
        assertEquals(List.of("-Xmx3g", "-XX:TieredStopAtLevel=4"), small.subList(small.size() - 2, small.size()));
        List<String> large = engine(List.of(), 1).chosenOptions(config);
        assertFalse(large.contains("-XX:TieredStopAtLevel=1"), "a build of a minute or more repays the optimising compiler");

        // four times these digests is a short build when papers are compared by their words, not by their embeddings
        long bytes = SiteFiles.all(digests).values().stream().mapToLong(b -> b.length).sum();
        assertTrue(engine(List.of(), 4 * bytes).chosenOptions(config).contains("-XX:TieredStopAtLevel=1"));
        assertFalse(engine(List.of(), 4 * bytes).chosenOptions(config.toBuilder().similarity(BuildConfig.SEMANTIC).build())
                .contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aLargeBuildStartsWithTheHeapItWillNeedWithinTheOneAllowedAndASmallOneWithTheJvmsOwn(@TempDir Path work)
            throws IOException {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 20, 1);
        BuildConfig config = config(digests, work.resolve("papers"), work);
        long bytes = SiteFiles.all(digests).values().stream().mapToLong(b -> b.length).sum();
        List<String> small = engine(List.of(), bytes + 1).chosenOptions(config);
        assertTrue(small.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:MaxTenuringThreshold")),
                small.toString());
        List<String> tiny = heapOf(1L << 40, config);
        assertTrue(tiny.contains("-Xms64m") && tiny.contains("-XX:MaxTenuringThreshold=0"), tiny.toString());

        // twelve bytes of heap to a byte of digests: 10 MB of digests, 120 MB
        Path large = Files.createDirectories(work.resolve("large"));
        try (RandomAccessFile file = new RandomAccessFile(large.resolve("2024-01-01.txt").toFile(), "rw")) {
            file.setLength(10L << 20);
        }
        BuildConfig largeConfig = config(large, work.resolve("large-papers"), work);
        List<String> uncapped = heapOf(1L << 40, largeConfig);
        assertTrue(uncapped.contains("-Xms120m"), uncapped.toString());
        List<String> bounded = heapOf(100L << 20, largeConfig);
        assertEquals(List.of("-Xmx100m", "-XX:+UseParallelGC", "-Xms100m"), bounded.subList(0, 3), bounded.toString());
    }

    /** The options chosen for a build counted as long whatever its size, in a Maven allowing {@code maxHeap}. */
    private static List<String> heapOf(long maxHeap, BuildConfig config) {
        return engine(List.of(), 1, maxHeap).chosenOptions(config);
    }

    @Test
    void aJvmThatCannotStartWithTheUsersOptionsNamesThemAndTheSettingAndQuotesWhatTheJvmSaid(@TempDir Path work) {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 20, 1);
        Map<String, String> said = Map.of("-XX:TieredStopAtLevel=9", "TieredStopAtLevel=9 is outside the allowed range",
                "-Xmx1k", "Too small maximum heap");
        for (String option : said.keySet()) {
            PaperDigestException refused = assertThrows(PaperDigestException.class, () -> engine(List.of(option), LARGE)
                    .build(config(digests, work.resolve("papers"), work), new Logged(), false), option);
            assertEquals(Setting.JVM_ARGS, refused.setting().orElseThrow(), option);
            assertTrue(refused.getMessage().startsWith("the engine's JVM did not start (exit code 1) with the options"
                    + " jvmArgs adds, " + option + "; its last output:"), refused.getMessage());
            assertTrue(refused.getMessage().contains(said.get(option)), refused.getMessage());
        }
        assertFalse(Files.exists(work.resolve("papers")));
    }

    @Test
    void aJvmThatCannotStartWithNoOptionOfTheUsersIsAFaultOfThePlugin(@TempDir Path work) {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 20, 1);
        EngineProcess noJava = new EngineProcess(List.of(), List.of(), Path.of("/bin/false"), 1L << 30, LARGE);

        IllegalStateException fault = assertThrows(IllegalStateException.class, () -> noJava.build(
                config(digests, work.resolve("papers"), work), new Logged(), false));

        assertEquals("the engine's JVM did not start (exit code 1) without building the site"
                + " (-DpaperDigest.fork=false builds in Maven's JVM)", fault.getMessage());
    }

    @Test
    void aJvmKilledForWantOfMemoryIsTheMachinesMemoryToFreeOrTheHeapToShrinkNotAFaultOfThePlugin(@TempDir Path work)
            throws Exception {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 20, 1);
        // what the system's out-of-memory killer does to a JVM: SIGKILL, exit code 137
        Path killed = Files.writeString(work.resolve("killed-java"), "#!/bin/sh\nkill -9 $$\n");
        assertTrue(killed.toFile().setExecutable(true));
        EngineProcess engine = new EngineProcess(List.of(), List.of(), killed, 2L << 30, LARGE);

        PaperDigestException stopped = assertThrows(PaperDigestException.class, () -> engine.build(
                config(digests, work.resolve("papers"), work), new Logged(), false));

        assertEquals(Setting.JVM_ARGS, stopped.setting().orElseThrow());
        assertEquals("the engine's JVM was killed (exit code 137) before it built the site, most likely by the system for"
                + " want of memory: free some memory, give the engine's JVM a smaller heap than Maven's 2048 MB"
                + " (-DpaperDigest.jvmArgs=-Xmx1g), or build in Maven's JVM (-DpaperDigest.fork=false)",
                stopped.getMessage());
        assertFalse(Files.exists(work.resolve("papers")));
    }

    @Test
    void theEngineStopsWhenTheJvmThatStartedItGoesAwayAndPublishesNothing(@TempDir Path work) throws Exception {
        Path digests = SyntheticDigests.write(work.resolve("digests"), 200, 4);
        Path out = work.resolve("papers");
        Process engine = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), EngineMain.class.getName())
                .redirectErrorStream(true).start();
        try (OutputStream in = engine.getOutputStream()) {
            in.write((new EngineProtocol().request(new EngineProtocol.Request(config(digests, out, work), false)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } // closed as by a Maven that was killed
        assertTrue(engine.waitFor(60, TimeUnit.SECONDS), "the engine kept running");
        assertEquals(EngineMain.STARTER_GONE, engine.exitValue(), new String(engine.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
        assertFalse(Files.exists(out.resolve("index.html")));
    }

    @Test
    void aForkedBuildNamesPagesAfterTheDigestsFileNamesWhateverTheLocaleMavenRunsIn(@TempDir Path work) throws Exception {
        Path digests = Files.createDirectories(work.resolve("project/digests"));
        Files.writeString(digests.resolve("r\u00e9sum\u00e9-\u00fcn\u00ef.md"), "---\ntitle: \"R\u00e9sum\u00e9\"\ndate: 2025-01-24\n---\n\n"
                + "## A Paper On Long Videos\n\n- authors: Ada Lovelace\n\nWe study how video diffusion models can be"
                + " extended to minute-long videos with consistent characters, and release a benchmark.\n",
                StandardCharsets.UTF_8);
        Path out = work.resolve("project/target/site/papers");
        // Maven in a container without a locale: this JVM would read the file name as "r??sum??-??n??.md"
        ProcessBuilder maven = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildInAnotherProcess.class.getName(), digests.toString(),
                out.toString(), "project=" + work.resolve("project"), "similarity=lexical", "fork=true")
                .redirectErrorStream(true).redirectOutput(work.resolve("build.log").toFile());
        maven.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        maven.environment().put("LC_ALL", "C");

        assertTrue(maven.start().waitFor(2, TimeUnit.MINUTES));

        String log = Files.readString(work.resolve("build.log"));
        assertTrue(log.contains("BUILT 1 papers"), log);
        try (var pages = Files.list(out.resolve("digest"))) {
            assertEquals(List.of("resume-uni.bib", "resume-uni.html"),
                    pages.map(p -> p.getFileName().toString()).sorted().toList(), "the same names as in a UTF-8 locale");
        }
    }

    private static BuildConfig config(Path digests, Path out, Path project) {
        return BuildConfig.builder(digests, out).projectDirectory(project).similarity(BuildConfig.LEXICAL)
                .siteTitle("Forked").build();
    }

    private static EngineProcess engine(List<String> options, long quickCompilerBelow) {
        return engine(options, quickCompilerBelow, 1L << 30);
    }

    private static EngineProcess engine(List<String> options, long quickCompilerBelow, long maxHeap) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .toList();
        return new EngineProcess(classpath, options, Path.of(java()), maxHeap, quickCompilerBelow);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A log line with its durations ("in 1.2 s") taken out, which differ from build to build. */
    private static String withoutTimes(String line) {
        return line.replaceAll("[0-9]+\\.[0-9] s", "# s");
    }
}
