package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.output.OutputLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A build's lock of an output folder, taken in a JVM of its own (the operating system's lock belongs to a whole
 * process), without the build: a test decides when it is released. The child prints "WAITING" when another
 * holds the lock, "LOCKED" once it holds it, "FAILED <message>" (exit 2) when it cannot take it; it holds the
 * lock until its standard input ends, then prints "RELEASED". Arguments: the output folder, the lockTimeout in
 * seconds.
 */
public final class OutputLockInAnotherProcess implements AutoCloseable {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;

    private OutputLockInAnotherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[1]));
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]), timeout, message -> say("WAITING"))) {
            say("LOCKED");
            while (System.in.read() >= 0) {
                // held until the test closes our input (or ends)
            }
        } catch (PaperDigestException e) {
            say("FAILED " + e.getMessage());
            System.exit(2);
        }
        say("RELEASED");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Starts a process that takes the lock of {@code output}, waiting for it up to {@code lockTimeout}. */
    public static OutputLockInAnotherProcess start(Path output, Duration lockTimeout, Path log) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-cp", System.getProperty("java.class.path"), OutputLockInAnotherProcess.class.getName(),
                    output.toString(), Long.toString(lockTimeout.toSeconds()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new OutputLockInAnotherProcess(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the process has printed a line starting with {@code line}; fails if it ends first or takes a minute. */
    public void awaitPrinted(String line) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!printed(line)) {
            if (!process.isAlive() && !printed(line)) {
                fail("the process ended without printing " + line + ": " + output());
            }
            if (System.nanoTime() - deadline > 0) {
                fail("the process did not print " + line + " within " + LIMIT.toSeconds() + " s: " + output());
            }
            pause();
        }
    }

    /** Whether the process prints a line starting with {@code line} within the time given. */
    public boolean printsWithin(String line, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (printed(line)) {
                return true;
            }
            pause();
        }
        return printed(line);
    }

    public boolean printed(String line) {
        return output().lines().anyMatch(l -> l.startsWith(line));
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the lock go, and waits for the process to end. */
    public void release() {
        try {
            process.getOutputStream().close();
            assertTrue(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS), "the process did not end: " + output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
