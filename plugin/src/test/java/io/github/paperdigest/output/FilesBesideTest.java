package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file beside the site is replaced whole or not at all, and a new file not written whole leaves nothing behind. */
class FilesBesideTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileThatCouldNotBeWrittenWholeIsDeletedAndTheOldOneKept() throws IOException {
        Path file = dir.resolve(".papers.analysis");
        Files.writeString(file, "old");

        IOException full = assertThrows(IOException.class, () -> FilesBeside.replace(file, out -> {
            out.write("half of it".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", full.getMessage());
        assertEquals("old", Files.readString(file));
        assertFalse(Files.exists(dir.resolve(".papers.analysis.next")), "the half-written file would keep the disk full");
    }

    @Test
    void aNewFileWrittenWholeReplacesTheOld() throws IOException {
        Path file = dir.resolve(".papers.stamps");
        Files.writeString(file, "old");

        FilesBeside.replace(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(file));
        assertFalse(Files.exists(dir.resolve(".papers.stamps.next")));
    }
}
