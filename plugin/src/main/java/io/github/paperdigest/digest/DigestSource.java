package io.github.paperdigest.digest;

import io.github.paperdigest.files.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return stem(path.getFileName().toString());
    }

    /**
     * The file's name as its folder lists it, without folder and extension: for a link, the link's own name, where
     * {@link #baseName} is its target's.
     */
    public String listedName() {
        return stem(name);
    }

    /** A path's last name without its extension; a name that starts with its only dot (".notes") is kept whole. */
    static String stem(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /**
     * The first bytes of the file as text, for telling apart formats that share an extension; bytes that
     * are not UTF-8 become U+FFFD (reading proper reports them with their line).
     */
    public String head(int bytes) {
        return new String(firstBytes(bytes), StandardCharsets.UTF_8);
    }

    /** Up to {@code limit} bytes from the start of the file. */
    public byte[] firstBytes(int limit) {
        try (InputStream in = open()) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new DigestException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new DigestException(name, 0, "cannot be read: " + IoMessages.describe(e)
                    + ". Give the build read access to it, or move it out of the digest folder", e);
        }
    }

    /**
     * The file's bytes for a parser that decodes them itself (Jackson's), once the first ones show that the file is
     * not UTF-16: a JSON parser would read a UTF-16 file, but the first bytes that tell formats apart ({@link #head})
     * would not, and a CSL JSON file would be read as another format, silently. Refused as {@link LineReader}
     * refuses a UTF-16 text file.
     */
    public InputStream openUtf8() {
        byte[] head = firstBytes(LineReader.UTF16_SNIFF_BYTES);
        LineReader.refuseUtf16(name, head, head.length);
        return open();
    }

    /** Lines decoded as UTF-8; bytes that are not UTF-8 are reported to {@code problems} with their line. */
    public LineReader lines(DigestProblems problems) {
        return new LineReader(open(), name, problems);
    }

    /** Every line, for readers that look back and forth over the whole file (front matter, BibTeX entries). */
    public List<String> allLines(DigestProblems problems) {
        List<String> all = new ArrayList<>();
        try (LineReader reader = lines(problems)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                all.add(line);
            }
        }
        return all;
    }
}
