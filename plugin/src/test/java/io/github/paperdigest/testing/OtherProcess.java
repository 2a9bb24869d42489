package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A build in a process of its own ({@link BuildInAnotherProcess}), optionally unprivileged: permission bits
 * do not stop root, so a test of what an unreadable file does runs its build as root without any of root's
 * capabilities ({@code setpriv --bounding-set=-all}), to which permission bits apply as to any user. (Root
 * stays the owner of the files, so the test needs no other user to reach the class path.) When the tests
 * do not run as root, the build runs as the same user.
 */
public final class OtherProcess {

    private final Process process;
    private final Path log;

    private OtherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a build; its output goes to {@code log}. */
    public static OtherProcess build(Path log, boolean unprivileged, String... args) {
        List<String> command = new ArrayList<>();
        if (unprivileged && isRoot()) {
            Path setpriv = Path.of("/usr/bin/setpriv");
            Assumptions.assumeTrue(Files.isExecutable(setpriv), "the tests run as root, and without setpriv (util-linux)"
                    + " a build cannot drop root's right to read any file: the permission check cannot run here");
            command.addAll(List.of(setpriv.toString(), "--bounding-set=-all", "--inh-caps=-all", "--no-new-privs"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), BuildInAnotherProcess.class.getName()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new OtherProcess(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a build to its end, within the time given; returns its output. */
    public static Finished run(Path log, boolean unprivileged, Duration limit, String... args) {
        return build(log, unprivileged, args).await(limit);
    }

    /** Waits for the build to end, killing it after the time given. */
    public Finished await(Duration limit) {
        try {
            boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(ended, "the build did not end within " + limit.toSeconds() + " s: " + output);
            return new Finished(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param output what it printed: its log, and how it ended */
    public record Finished(int exitCode, String output) {

        public boolean built() {
            return exitCode == 0 && (output.contains("\nBUILT ") || output.startsWith("BUILT "));
        }

        /** The message of the failure, from "FAILED ". */
        public String failure() {
            int at = output.indexOf("FAILED ");
            return at < 0 ? "" : output.substring(at + 7).strip();
        }

        public List<String> warnings() {
            return output.lines().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
        }
    }

    /** True when this process runs as root, whom permission bits do not stop. */
    public static boolean isRoot() {
        try {
            Path probe = Files.createTempFile("paper-digest-uid", ".tmp");
            try {
                return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
            } finally {
                Files.delete(probe);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
