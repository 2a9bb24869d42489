package io.github.paperdigest.engine;

import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.output.InputStamp;
import io.github.paperdigest.output.InputStampFile;
import io.github.paperdigest.output.Manifest;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a build in a JVM of its own ({@link EngineMain}), started with options chosen for a batch job of seconds to
 * minutes rather than taken from the build tool's JVM, and relays its log. On two cores, the build tool's JVM gives
 * half the processor to its optimising compiler for code that runs a few seconds: the engine's JVM uses only the quick
 * compiler when the build will be short, and the parallel collector, which costs less than the default one for a job
 * that wants throughput, not short pauses. Short is below {@link #QUICK_COMPILER_BELOW} bytes of digests when papers
 * are compared by their words, and an eighth of that when by their embeddings, whose arithmetic only the optimising
 * compiler makes fast. From {@link #QUICK_COMPILER_BELOW} bytes on, the heap starts at the size the build will need.
 */
public final class EngineProcess {

    /**
     * About 28,000 papers of a daily-papers page. Lexical builds were faster with the quick compiler alone at 10,000
     * papers (17.1 s against 19.6 s; a new digest 11.0 s against 17.8 s) and slower at 100,000 (94 s against 79 s).
     */
    static final long QUICK_COMPILER_BELOW = 48L << 20;
    /**
     * About 3,500 papers: semantic builds were faster with the quick compiler alone at 1,000 papers (7.3 s against
     * 9.0 s) and 1.35 times slower at 10,000, where comparing the papers' vectors dominates.
     */
    static final int SEMANTIC_SHARE = 8;
    /**
     * The heap a large build grows to, for each byte of its digests: 100,000 papers, 170 MB of digests, grew the heap
     * to its 2 GB, its papers, tags, related papers and pages' keys living 0.65 to 0.85 GB after each full collection.
     */
    static final int HEAP_PER_DIGEST_BYTE = 12;
    /** How many of the engine's last lines of error output a failure without an outcome quotes. */
    private static final int LAST_ERROR_LINES = 20;

    private final List<Path> classpath;
    private final List<String> userOptions;
    private final Path launcher;
    private final long maxHeap;
    private final long quickCompilerBelow;

    /**
     * @param classpath the engine's jars (the plugin's and its dependencies')
     * @param jvmArgs the user's options for the engine's JVM, after the chosen ones (so that they win); checked by
     *     {@link ProjectJvmOptions#checked}
     */
    public EngineProcess(List<Path> classpath, String jvmArgs) {
        this(classpath, ProjectJvmOptions.checked(jvmArgs), Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java"),
                Runtime.getRuntime().maxMemory(), QUICK_COMPILER_BELOW);
    }

    EngineProcess(List<Path> classpath, List<String> userOptions, Path launcher, long maxHeap, long quickCompilerBelow) {
        this.classpath = List.copyOf(classpath);
        this.userOptions = List.copyOf(userOptions);
        this.launcher = launcher;
        this.maxHeap = maxHeap;
        this.quickCompilerBelow = quickCompilerBelow;
    }

    /** The options the engine's JVM is started with: the chosen ones ({@link #chosenOptions}), then the user's. */
    List<String> options(List<String> chosen) {
        List<String> options = new ArrayList<>(chosen);
        options.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        // the libraries' logging API finds no logger in that JVM, and would say so on every build
        options.add("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
        options.add("-Dslf4j.internal.verbosity=ERROR");
        options.addAll(userOptions);
        return options;
    }

    /** The heap, the collector and the compilers chosen for a build of {@code config}. */
    List<String> chosenOptions(BuildConfig config) {
        return chosenOptions(config, digests(config));
    }

    private List<String> chosenOptions(BuildConfig config, List<FoundFile> digestFiles) {
        List<String> options = new ArrayList<>();
        long heap = Math.max(64, maxHeap >> 20);
        options.add("-Xmx" + heap + "m");
        options.add("-XX:+UseParallelGC");
        long digests = digestFiles.stream().mapToLong(FoundFile::size).sum();
        long shortBelow = config.sentenceModel().isPresent() ? quickCompilerBelow / SEMANTIC_SHARE : quickCompilerBelow;
        if (digests < shortBelow) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        if (digests >= quickCompilerBelow) {
            // what a large build makes lives to its end: start the heap at about the size it would grow to, by a full
            // collection at each step, and move what survives a young collection to the old generation in that
            // collection rather than copy it into a survivor space first (the threshold 0). At 100,000 papers: pauses
            // of 8.0 to 10.0 s with neither, 6.2 to 6.6 s with the threshold 1, 5.4 to 6.2 s with 0 (30 young
            // collections, not 51 to 58); below this size the threshold 0 shortened pauses but not builds
            options.add("-Xms" + Math.min(heap, Math.max(64, (digests * HEAP_PER_DIGEST_BYTE) >> 20)) + "m");
            options.add("-XX:MaxTenuringThreshold=0");
        }
        return options;
    }

    /**
     * Builds the site in the engine's JVM, unless it is up to date. The user's mistakes come back as
     * {@link PaperDigestException}s naming the step and the setting, as in this JVM; a fault of the plugin, or an
     * engine that ended without an outcome, as an {@link IllegalStateException} quoting its last error lines.
     */
    public BuildResult build(BuildConfig config, BuildLog log, boolean debug) {
        List<FoundFile> digests = digests(config);
        List<String> chosen = chosenOptions(config, digests);
        // when the check will most likely find the site out of date, the engine's JVM starts before it, so that the
        // JVM's start and its first classes (a quarter to half a second on two cores) overlap the check in this one
        StartedJvm early = likelyOutOfDate(config, digests) ? start(chosen) : null;
        // a site that is up to date is told so without a JVM's build; what the check logged is shown only then, as
        // the engine's JVM logs it again when it builds
        HeldLog check = new HeldLog();
        Optional<BuildResult> upToDate;
        try {
            upToDate = new SiteBuilder(check).ifUpToDate(config);
        } catch (RuntimeException | Error e) {
            // a JVM started early would otherwise wait for a request as long as this one keeps its input open
            abandon(early);
            check.replayTo(log);
            throw e;
        }
        if (upToDate.isPresent()) {
            abandon(early);
            check.replayTo(log);
            return upToDate.get();
        }
        return buildInItsOwnJvm(config, chosen, early != null ? early : start(chosen), log, debug);
    }

    /** A started JVM, or why it could not start: said only when the build needs it. */
    private record StartedJvm(Process process, IOException failure) {
    }

    private StartedJvm start(List<String> chosen) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(options(chosen));
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(EngineMain.class.getName());
        try {
            ProcessBuilder engine = new ProcessBuilder(command);
            readFileNamesAsUtf8(engine.environment());
            return new StartedJvm(engine.start(), null);
        } catch (IOException e) {
            return new StartedJvm(null, e);
        }
    }

    /** Ends a JVM started for a build that turned out not to be needed; it has been told nothing. */
    private static void abandon(StartedJvm early) {
        if (early != null && early.process() != null) {
            early.process().destroy();
        }
    }

    /**
     * Whether the site is most likely out of date: it has no manifest, or a digest is not older than it and not the
     * size and time the stamps beside the site ({@link InputStampFile}) give it. The check stamps a digest touched
     * but not changed with its new time when it finds the site up to date, so that only the builds up to the first one
     * that runs once the touch has settled (a file changed in the last two seconds is not stamped: it may still be being
     * written) start a JVM they do not need, not every build until the site is rebuilt. Only when the engine's JVM
     * starts depends on it, never whether the site is built: the check decides that. The size and time are the
     * folder walk's, taken a moment ago.
     */
    static boolean likelyOutOfDate(BuildConfig config, List<FoundFile> digests) {
        FileTime built;
        try {
            built = Files.getLastModifiedTime(config.outputDirectory().resolve(Manifest.FILE_NAME));
        } catch (IOException e) {
            return true;
        }
        Map<String, InputStamp> stamped = null;
        for (FoundFile digest : digests) {
            if (digest.modified().compareTo(built) < 0) {
                continue;
            }
            if (stamped == null) {
                stamped = new HashMap<>();
                for (InputStamp stamp : new InputStampFile(config.outputDirectory()).read()) {
                    stamped.put(stamp.name(), stamp);
                }
            }
            InputStamp stamp = stamped.get(InputStamp.nameOf(digest.path()));
            if (stamp == null || !stamp.matches(digest.size(), digest.modified().toMillis())) {
                return true;
            }
        }
        return false;
    }

    private BuildResult buildInItsOwnJvm(BuildConfig config, List<String> chosen, StartedJvm started, BuildLog log,
            boolean debug) {
        List<String> shown = new ArrayList<>(chosen);
        shown.addAll(userOptions);
        log.info("Building in a JVM of its own (" + String.join(" ", shown) + "; jvmArgs adds options, fork=false builds"
                + " in Maven's)");
        if (started.failure() != null) {
            throw new IllegalStateException("cannot start the engine's JVM (" + launcher + "): "
                    + started.failure().getMessage() + "; -DpaperDigest.fork=false builds in Maven's JVM",
                    started.failure());
        }
        Process process = started.process();
        Deque<String> lastErrors = new ArrayDeque<>();
        Thread errors = relayErrors(process, log, lastErrors);
        try {
            return converse(process, config, log, debug, lastErrors, errors);
        } finally {
            process.destroy();
        }
    }

    /**
     * A JVM reads file names in the encoding of its locale: in a container without one ("C", ASCII), "résumé.md" is
     * read as "r??sum??.md", and the digest's page would be digest/r-sum.html instead of digest/resume.html, a site
     * that differs with the machine it is built on. When this JVM is in such a locale, the engine's is the same
     * locale in UTF-8, which every Linux has; a JVM already reading UTF-8 names keeps its locale as it is.
     */
    static void readFileNamesAsUtf8(Map<String, String> environment) {
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (names.equalsIgnoreCase("UTF-8") || names.equalsIgnoreCase("UTF8")) {
            return;
        }
        environment.put("LC_ALL", "C.UTF-8");
    }

    private BuildResult converse(Process process, BuildConfig config, BuildLog log, boolean debug, Deque<String> lastErrors,
            Thread errors) {
        // made once the engine's JVM is starting, not before the check: its JSON library takes a tenth of a second to
        // load, which an up-to-date site does not need at all
        EngineProtocol protocol = new EngineProtocol();
        EngineProtocol.Message outcome = null;
        boolean heard = false;
        // the engine's input stays open while it runs: its closing tells the engine that this JVM went away
        try (OutputStream toEngine = process.getOutputStream();
                BufferedReader fromEngine = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
            try {
                toEngine.write((protocol.request(new EngineProtocol.Request(config, debug)) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                toEngine.flush();
            } catch (IOException e) {
                // a JVM that could not start may be gone before its request is written: what it printed says why
            }
            for (String line = fromEngine.readLine(); line != null; line = fromEngine.readLine()) {
                EngineProtocol.Message message = protocol.message(line);
                heard |= message != null;
                if (message instanceof EngineProtocol.LogLine l) {
                    l.tellTo(log);
                } else if (message != null) {
                    outcome = message;
                    toEngine.close(); // the engine may end now
                } else if (!line.isBlank()) {
                    // not the engine's: the JVM's own ("Error occurred during initialization of VM" is on this stream)
                    log.warn(line);
                    keep(lastErrors, line);
                }
            }
        } catch (IOException e) {
            // the pipe closed under us: the JVM went away, and its error output, read to the end below, says why
        }
        try {
            int exit = process.waitFor();
            errors.join();
            if (outcome instanceof EngineProtocol.Finished finished) {
                return finished.result();
            }
            if (outcome instanceof EngineProtocol.Failed failed) {
                throw failed.toException();
            }
            throw endedWithoutOutcome(exit, heard, lastErrors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the engine's JVM was building the site", e);
        }
    }

    /**
     * Why the engine's JVM ended without a word on the site. One that never spoke the engine's protocol did not start:
     * with options of the user's, those are what to check (an unknown option, a heap too small to start in); one killed
     * (exit code 137, SIGKILL) was most likely stopped by the system for want of memory.
     */
    /** The exit code of a JVM stopped by SIGKILL, as the system's out-of-memory killer stops one. */
    static final int KILLED = 137;

    private RuntimeException endedWithoutOutcome(int exit, boolean heard, Deque<String> lastErrors) {
        String output;
        synchronized (lastErrors) {
            output = lastErrors.isEmpty() ? "" : "; its last output:\n" + String.join("\n", lastErrors);
        }
        if (!heard && !userOptions.isEmpty()) {
            return new PaperDigestException("the engine's JVM did not start (exit code " + exit + ") with the options"
                    + " jvmArgs adds, " + String.join(" ", userOptions) + output, null, Setting.JVM_ARGS);
        }
        if (exit == KILLED) {
            // the machine's memory, not the plugin, is at fault: said as a setting to change, not as a fault to report
            return new PaperDigestException("the engine's JVM was killed (exit code " + KILLED + ") before it built the"
                    + " site, most likely by the system for want of memory: free some memory, give the engine's JVM a"
                    + " smaller heap than Maven's " + (maxHeap >> 20) + " MB (-DpaperDigest.jvmArgs=-Xmx1g), or build in"
                    + " Maven's JVM (-DpaperDigest.fork=false)" + output, null, Setting.JVM_ARGS);
        }
        return new IllegalStateException("the engine's JVM " + (heard ? "ended" : "did not start") + " (exit code " + exit
                + ") without building the site (-DpaperDigest.fork=false builds in Maven's JVM)" + output);
    }

    /** A log kept to be shown later, or not at all. */
    private static final class HeldLog implements EngineProtocol.LineLog {
        private final List<EngineProtocol.LogLine> lines = new ArrayList<>();

        @Override
        public synchronized void line(EngineProtocol.LogLine line) {
            lines.add(line);
        }

        synchronized void replayTo(BuildLog log) {
            lines.forEach(line -> line.tellTo(log));
        }
    }

    /** Shows what the engine's JVM writes to its error stream as warnings, keeping the last lines for a failure. */
    private static Thread relayErrors(Process process, BuildLog log, Deque<String> lastErrors) {
        Thread relay = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    log.warn(line);
                    keep(lastErrors, line);
                }
            } catch (IOException e) {
                // the engine's JVM went away; what it said is what there is
            }
        }, "paper-digest-engine-errors");
        relay.setDaemon(true);
        relay.start();
        return relay;
    }

    private static void keep(Deque<String> lastErrors, String line) {
        synchronized (lastErrors) {
            lastErrors.addLast(line);
            if (lastErrors.size() > LAST_ERROR_LINES) {
                lastErrors.removeFirst();
            }
        }
    }

    /**
     * The digests' files, whose bytes say how long the build will run; none when they cannot be found (the engine
     * says why).
     */
    private static List<FoundFile> digests(BuildConfig config) {
        try {
            return new FolderWalker(config.projectDirectory(), config.allowExternalLinks(), false, warning -> { })
                    .files(config.digestDirectory());
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
