package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.testing.OutputLockInAnotherProcess;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock of an output folder is the lock of the file its lock file's name leads to. When the lock file is
 * deleted while builds hold it or wait for it ({@code mvn clean} while a build runs), a build that waited on
 * the deleted file does not go ahead on a file that no longer has a name: it takes its turn on the file that
 * has the name now. Each build here is a process of its own, as the operating system's lock is a process's.
 */
class OutputLockTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration NO_WAIT = Duration.ZERO;

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("site/papers");
    }

    @Test
    void aBuildThatWaitedOnALockFileSomeoneDeletedLocksTheFileItsNameLeadsToNow() throws Exception {
        OutputLock first = OutputLock.acquire(out(), NO_WAIT, message -> { });
        Path lockFile = first.lockFile();
        try (OutputLockInAnotherProcess waiting = OutputLockInAnotherProcess.start(out(), WAIT, temp.resolve("waiting.log"))) {
            waiting.awaitPrinted("WAITING"); // it has opened the lock file, and waits for its lock
            Files.delete(lockFile); // mvn clean
            first.close();

            waiting.awaitPrinted("LOCKED");

            assertTrue(Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS), "the waiting build made the lock file anew");
            // (nor does its check that the name leads to its file let the lock go: see OutputLock.stillNamed)
            PaperDigestException e = assertThrows(PaperDigestException.class,
                    () -> OutputLock.acquire(out(), NO_WAIT, message -> { }).close(),
                    "while the build that waited holds the lock, no other build can take it");
            assertTrue(e.getMessage().startsWith("another build has been writing " + out()), e.getMessage());
            waiting.release();
        }
        OutputLock.acquire(out(), NO_WAIT, message -> { }).close(); // once it lets go, the next build goes ahead
    }

    @Test
    void aBuildThatWaitedOnALockFileSomeoneDeletedWaitsForTheBuildThatLockedItsSuccessor() throws Exception {
        OutputLock first = OutputLock.acquire(out(), NO_WAIT, message -> { });
        try (OutputLockInAnotherProcess waiting = OutputLockInAnotherProcess.start(out(), WAIT, temp.resolve("waiting.log"))) {
            waiting.awaitPrinted("WAITING");
            Files.delete(first.lockFile()); // mvn clean
            try (OutputLockInAnotherProcess newer = OutputLockInAnotherProcess.start(out(), WAIT, temp.resolve("newer.log"))) {
                newer.awaitPrinted("LOCKED"); // on a lock file of the same name, made anew
                first.close();

                // the file the waiting build waited on is free now; before the fix the build locked it within 0.1 s
                assertFalse(waiting.printsWithin("LOCKED", Duration.ofSeconds(2)),
                        "two builds hold the lock of one output folder at once: " + waiting.output());

                newer.release();
            }
            waiting.awaitPrinted("LOCKED");
            waiting.release();
        }
    }

    @Test
    void aLockFileReplacedByALinkWhileABuildWaitsIsNotOpenedThrough() throws Exception {
        Path target = Files.createDirectories(temp.resolve("home/.ssh")).resolve("authorized_keys");
        OutputLock first = OutputLock.acquire(out(), NO_WAIT, message -> { });
        Path lockFile = first.lockFile();
        try (OutputLockInAnotherProcess waiting = OutputLockInAnotherProcess.start(out(), WAIT, temp.resolve("waiting.log"))) {
            waiting.awaitPrinted("WAITING");
            Files.delete(lockFile); // and, in its place, a link
            Files.createSymbolicLink(lockFile, target);
            first.close();

            waiting.awaitPrinted("FAILED");

            assertEquals("WAITING\nFAILED " + lockFile + " is a link: Paper Digest never opens its lock file through a"
                    + " link. Delete it (it holds nothing) and build again", waiting.output().strip(),
                    "it did not go ahead on the file it waited on, which no longer has a name");
            assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS), "nothing is created where the link leads");
        }
    }
}
