package io.github.paperdigest.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The files the plugin keeps beside an output folder, not in it ({@code site/.papers.stamps},
 * {@code site/.papers.analysis}, {@code site/.papers.reading}, {@code site/.papers.fragments}, {@code site/.papers.warnings},
 * {@code site/.papers.staging-…} for {@code site/papers}), and how one of them is replaced: written whole under another
 * name, never through a link, then moved over the old one in one step, so that a reader finds the old file or the new
 * one and never half of one.
 */
final class FilesBeside {

    /** Writes the new file's bytes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FilesBeside() {
    }

    /** The file of this kind beside the output folder. */
    static Path of(Path output, String kind) {
        return output.resolveSibling("." + output.getFileName() + "." + kind);
    }

    /**
     * Whether a file of someone else's has the name of {@code file}: one that is there (as a link too) and is not a
     * regular file beginning with {@code header}, which only the plugin's own files do. Such a file is never replaced.
     */
    static boolean isAnothers(Path file, String header) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] expected = header.getBytes(StandardCharsets.UTF_8);
            return !Arrays.equals(in.readNBytes(expected.length), expected);
        }
    }

    /**
     * Replaces {@code file} with what {@code content} writes. A new file that could not be written whole (a full disk)
     * is deleted: left there, it would keep the disk full until the file is next replaced.
     */
    static void replace(Path file, Content content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.deleteIfExists(next);
        try {
            try (OutputStream out = Files.newOutputStream(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(next);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
    }
}
