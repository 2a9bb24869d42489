package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: an operating-system lock ({@link FileChannel#lock}) on a file beside
 * the folder, {@code .<name>.lock}. A second build, in another process (an IDE and a terminal) or in another
 * thread of this one ({@code mvn -T}), waits for it with a message, and gives up after a time. Everything a
 * build does to the output folder and its staging and previous folders happens while it holds the lock, so
 * that no build's recovery ever touches another live build's folders. The lock file itself is left in place:
 * deleting it would let a waiting build lock a file that no longer has a name.
 */
public final class OutputLock implements AutoCloseable {

    /**
     * The operating system's lock belongs to the whole process, and closing any channel on the file releases it:
     * the threads of this JVM must take turns before one of them opens the file. This is the only state shared
     * between builds, and it is what makes them independent.
     */
    private static final Map<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;

    private final Path output;
    private final Path lockFile;
    private final Semaphore turn;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private OutputLock(Path output, Path lockFile, Semaphore turn, FileChannel channel, FileLock lock) {
        this.output = output;
        this.lockFile = lockFile;
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an output folder, creating the folders above it when needed.
     *
     * @param waiting told once when another build holds the lock and this one waits
     */
    public static OutputLock acquire(Path outputDir, Duration timeout, Consumer<String> waiting) {
        Path output = outputDir.toAbsolutePath().normalize();
        Path parent = output.getParent();
        if (parent == null || output.getFileName() == null) {
            throw new OutputException("cannot write a site to " + output + ": name a folder inside another");
        }
        Path lockFile;
        try {
            lockFile = Files.createDirectories(parent).toRealPath().resolve("." + output.getFileName() + ".lock");
        } catch (IOException e) {
            throw new OutputException("cannot create " + parent + ": " + IoMessages.describe(e), e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Semaphore turn = IN_THIS_PROCESS.computeIfAbsent(lockFile, f -> new Semaphore(1, true));
        boolean told = false;
        try {
            if (!turn.tryAcquire()) {
                waiting.accept(waitingMessage(output, lockFile, timeout));
                told = true;
                if (!turn.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw timedOut(output, lockFile, timeout);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputException("interrupted while waiting for another build of " + output + " to finish", e);
        }
        try {
            return lockOnDisk(output, lockFile, turn, deadline, timeout, told, waiting);
        } catch (RuntimeException | Error e) {
            turn.release();
            throw e;
        }
    }

    private static OutputLock lockOnDisk(Path output, Path lockFile, Semaphore turn, long deadline, Duration timeout,
            boolean told, Consumer<String> waiting) {
        FileChannel channel;
        try {
            // never through a link: opening one would create, or lock, whatever file it names
            if (Files.isSymbolicLink(lockFile)) {
                throw new OutputException(lockFile + " is a link: Paper Digest never opens its lock file through a link."
                        + " Delete it (it holds nothing) and build again");
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new OutputException("cannot open the lock file " + lockFile + ": " + IoMessages.describe(e), e);
        }
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new OutputLock(output, lockFile, turn, channel, lock);
                }
                if (!told) {
                    waiting.accept(waitingMessage(output, lockFile, timeout));
                    told = true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw timedOut(output, lockFile, timeout);
                }
                Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            }
        } catch (IOException | OverlappingFileLockException e) {
            close(channel);
            throw new OutputException("cannot lock " + lockFile + ": " + (e instanceof IOException io
                    ? IoMessages.describe(io) : "it is locked by this process"), e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new OutputException("interrupted while waiting for another build of " + output + " to finish", e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static String waitingMessage(Path output, Path lockFile, Duration timeout) {
        return "Another build is writing " + output + " (it holds " + lockFile + "); waiting for it to finish, for up to "
                + seconds(timeout) + " (lockTimeout)";
    }

    private static PaperDigestException timedOut(Path output, Path lockFile, Duration timeout) {
        return new PaperDigestException("another build has been writing " + output + " for more than " + seconds(timeout)
                + " (it holds " + lockFile + "): wait for it to finish and build again, or raise lockTimeout", null,
                Setting.LOCK_TIMEOUT);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** The output folder this lock is for, absolute. */
    public Path output() {
        return output;
    }

    /** The file the lock is taken on, beside the output folder. */
    public Path lockFile() {
        return lockFile;
    }

    boolean isHeld() {
        return lock.isValid();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it in any case
        } finally {
            close(channel);
            turn.release();
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
