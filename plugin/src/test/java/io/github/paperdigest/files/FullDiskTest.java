package io.github.paperdigest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.output.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write refused for want of space is told as such in any language: the operating system words its reason in the
 * user's (a German system says "Auf dem Gerät ist kein Speicherplatz mehr verfügbar"), so where the words are not
 * English the space left where the write went decides.
 */
class FullDiskTest {

    private static final String GERMAN = "Auf dem Gerät ist kein Speicherplatz mehr verfügbar";

    @TempDir
    Path site;

    @Test
    void theEnglishReasonSaysItWithoutAskingTheDisk() {
        List<Path> asked = new ArrayList<>();
        IOException full = new IOException("No space left on device");

        assertTrue(IoMessages.isDiskFull(full, site, at -> {
            asked.add(at);
            return OptionalLong.of(0);
        }));
        assertTrue(IoMessages.isDiskFull(new IOException("There is not enough space on the disk")), "Windows' words");
        assertEquals(List.of(), asked);
    }

    @Test
    void aReasonInAnotherLanguageIsAFullDiskWhenTheDiskHasNoSpaceLeft() {
        IOException refused = new IOException(GERMAN);

        assertTrue(IoMessages.isDiskFull(refused, site, at -> OptionalLong.of(4096)));
        assertFalse(IoMessages.isDiskFull(refused, site, at -> OptionalLong.of(20L << 30)), "20 GB left: another cause");
        assertFalse(IoMessages.isDiskFull(refused, site, at -> OptionalLong.empty()), "space that cannot be told");
    }

    @Test
    void theDiskAskedIsTheOneOfTheFileTheFailureNames() {
        List<Path> asked = new ArrayList<>();
        Path page = site.resolve("staging/paper/a.html"); // not written, nor is its folder
        FileSystemException refused = new FileSystemException(page.toString(), null, GERMAN);

        assertTrue(IoMessages.isDiskFull(new UncheckedIOException("cannot write", refused), null, at -> {
            asked.add(at);
            return OptionalLong.of(0);
        }));
        assertEquals(List.of(site.toAbsolutePath()), asked, "the nearest folder that exists");
    }

    @Test
    void onlyAFailedWriteCanBeAFullDisk() {
        assertFalse(IoMessages.isDiskFull(new IllegalStateException(GERMAN), site, at -> OptionalLong.of(0)));
        assertFalse(IoMessages.isDiskFull(new AccessDeniedException(site.toString()), site, at -> OptionalLong.of(0)),
                "permission denied on a full disk is still permission denied");
        assertFalse(IoMessages.isDiskFull(new IOException(GERMAN), null, at -> OptionalLong.of(0)),
                "no file and no folder to ask");
    }

    @Test
    void aReadOnlyFileSystemOrThisOneIsNotFull() {
        // the real probe: this folder's file system has room, whatever the message
        assertFalse(IoMessages.isDiskFull(new IOException(GERMAN), site));
    }

    @Test
    void theOutputErrorOfAFullDiskSendsTheUserToNoSetting() {
        OutputException full = new OutputException("cannot write " + site.resolve("index.html") + ": " + GERMAN,
                new IOException("No space left on device"), site);
        OutputException other = new OutputException("cannot write " + site.resolve("index.html") + ": " + GERMAN,
                new IOException(GERMAN), site);

        assertTrue(full.getMessage().endsWith(IoMessages.DISK_FULL_FIX), full.getMessage());
        assertEquals(Optional.empty(), full.setting());
        assertFalse(other.getMessage().endsWith(IoMessages.DISK_FULL_FIX), "this disk has room: " + other.getMessage());
        assertTrue(other.setting().isPresent(), "the output folder's setting may fix it");
    }
}
