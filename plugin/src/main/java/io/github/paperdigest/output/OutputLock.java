package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * deleting it would let a waiting build lock a file that no longer has a name. Others may delete it all the same
 * ({@code mvn clean} while a build runs): a build that locked the file it opened then checks that the name still
 * leads to that file, and if not lets it go and takes its turn on the file that has the name now. A build whose lock
 * file is deleted after it locked it asks again before it replaces the site ({@link #stillNamesTheLockedFile}), and
 * replaces nothing when the name leads elsewhere: another build may be writing the same folders by then.
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
    /** The locked file opened again through its name, by {@link #stillNamed}; closed only after the lock is let go. */
    private final FileChannel named;
    /** The identity of the locked file ({@link #identityOf}), or null where it cannot be told. */
    private final Object identity;
    private boolean closed;

    private OutputLock(Path output, Path lockFile, Semaphore turn, FileChannel channel, FileLock lock, FileChannel named,
            Object identity) {
        this.output = output;
        this.lockFile = lockFile;
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
        this.named = named;
        this.identity = identity;
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
            throw new OutputException("cannot create " + parent + ": " + IoMessages.describe(e), e, parent);
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
        while (true) {
            FileChannel channel = open(lockFile);
            try {
                FileLock lock;
                while ((lock = channel.tryLock()) == null) {
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
                Object before = identityOf(lockFile);
                // the check asks the JVM's table of locks on the operating system's files; another file system (an
                // in-memory one) has neither that table nor another process to share the name with
                FileChannel named = lockFile.getFileSystem().equals(FileSystems.getDefault()) ? stillNamed(lockFile)
                        : channel;
                if (named != null) {
                    // the name led to the same file just before and just after it led to ours: that file is ours, as
                    // no other file can take the identity of one kept open
                    Object after = identityOf(lockFile);
                    return new OutputLock(output, lockFile, turn, channel, lock, named,
                            before != null && before.equals(after) ? before : null);
                }
                // the file was deleted, or replaced, while this build waited for it: its lock keeps no one out any
                // more. Closing the channel lets it go; then take a turn on the file that has the name now.
                close(channel);
                if (deadline - System.nanoTime() <= 0) {
                    throw timedOut(output, lockFile, timeout);
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
    }

    private static FileChannel open(Path lockFile) {
        try {
            // never through a link: opening one would create, or lock, whatever file it names
            if (Files.isSymbolicLink(lockFile)) {
                throw new OutputException(lockFile + " is a link: Paper Digest never opens its lock file through a link."
                        + " Delete it (it holds nothing) and build again");
            }
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new OutputException("cannot open the lock file " + lockFile + ": " + IoMessages.describe(e), e, lockFile);
        }
    }

    /**
     * Whether the lock file's name still leads to the file this JVM has just locked through its own channel: the
     * locked file opened again through the name, to be kept open as long as the lock is held; or null when the name
     * leads nowhere, to a link, or to another file.
     *
     * <p>Java cannot ask a channel which file it is open on (there is no fstat), and the two obvious stand-ins are
     * unsound. Comparing {@code fileKey()} of the path read before locking with the one read after compares the
     * name with itself: if the file is replaced between our open and the first read, both reads see the new file
     * while we lock the old one. Writing a token through the locked channel and reading it back through the name
     * needs a second descriptor on the file, and on POSIX systems closing any descriptor of a file drops all of
     * the process's locks on it (Java's {@link FileLock} still says it is valid); on Windows the read is refused,
     * the lock being mandatory. What Java does know is which locks this JVM holds, per file: its lock table is
     * keyed by the identity of the file a channel is open on (device and inode, from fstat). So a lock asked for
     * through the name overlaps ours exactly when the name leads to the file we locked, whatever happened to the
     * name before; and as we keep that file open, no other file can take its identity meanwhile. The channel
     * opened through the name stays open until the lock is let go, lest closing it let the lock go.
     */
    private static FileChannel stillNamed(Path lockFile) throws IOException {
        FileChannel named;
        try {
            // WRITE, as the channel we locked: permissions that let a build lock the file let it check it
            named = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (e instanceof NoSuchFileException || Files.isSymbolicLink(lockFile)) {
                return null;
            }
            throw e;
        }
        try {
            FileLock another = named.tryLock();
            // no overlap: the name leads to a file this JVM holds no lock on, not ours (its lock, if we got it, we
            // held for an instant: a build polling for it just tries again)
            if (another != null) {
                another.release();
            }
            close(named);
            return null;
        } catch (OverlappingFileLockException ours) {
            return named;
        } catch (IOException | RuntimeException e) {
            close(named);
            throw e;
        }
    }

    /** The identity of the file a name leads to (device and inode where there are such), or null. */
    private static Object identityOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether the lock file's name still leads to the file this build locked. Someone may have deleted it while the
     * build ran ({@code mvn clean}), and another build may then have made a file of that name and locked it: both
     * would be writing the same folders. A build asks before it replaces the site; where the file system tells no
     * file's identity, it cannot tell, and answers yes. Opens nothing: closing a descriptor of the locked file would
     * let the lock go ({@link #stillNamed}).
     */
    public boolean stillNamesTheLockedFile() {
        return identity == null || identity.equals(identityOf(lockFile));
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
            close(named);
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
