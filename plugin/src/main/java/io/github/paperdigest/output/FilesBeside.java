package io.github.paperdigest.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The files the plugin keeps beside an output folder, not in it ({@code site/.papers.stamps},
 * {@code site/.papers.analysis}, {@code site/.papers.reading}, {@code site/.papers.warnings},
 * {@code site/.papers.staging} for {@code site/papers}), and how one of them is replaced: written whole under another
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

    /** Replaces {@code file} with what {@code content} writes. */
    static void replace(Path file, Content content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.deleteIfExists(next);
        try (OutputStream out = Files.newOutputStream(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
