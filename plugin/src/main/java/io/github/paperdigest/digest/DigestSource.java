package io.github.paperdigest.digest;

import io.github.paperdigest.files.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A digest file to read.
 *
 * @param name the path relative to the digest folder, with '/' separators; used in every message
 */
public record DigestSource(String name, Path path) {

    public DigestSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    public String extension() {
        String fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without folder and extension. */
    public String baseName() {
        String fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new DigestException(name, 0, "cannot be read: " + IoMessages.describe(e)
                    + ". Give the build read access to it, or move it out of the digest folder", e);
        }
    }

    /** Lines decoded as UTF-8; bytes that are not UTF-8 are reported to {@code problems} with their line. */
    public LineReader lines(DigestProblems problems) {
        return new LineReader(open(), name, problems);
    }
}
