package io.github.paperdigest.digest;

import io.github.paperdigest.model.DigestFile;
import java.util.Set;

/**
 * Reads one digest format. Implementations keep no state between files. Which reader reads a file is
 * decided in one place, {@link DigestFormats}: by extension, and by content where several formats share
 * one (.txt, .json, .xml).
 */
public interface DigestReader {

    /** A short name of the format, shown on digest pages and in the log ("text", "markdown", ...). */
    String format();

    /** The extensions (lower case, without the dot) of the files this reader may read. */
    Set<String> extensions();

    /**
     * True when the file, which has one of the {@link #extensions()}, is in this format. Readers that share
     * an extension with another look at the start of the file ({@link DigestSource#head(int)}); the others
     * take every file with their extensions.
     */
    default boolean recognises(DigestSource source) {
        return true;
    }

    /** True when this reader should read the file: one of its extensions, and content it recognises. */
    default boolean handles(DigestSource source) {
        return extensions().contains(source.extension()) && recognises(source);
    }

    /**
     * Reads the file. Problems that concern one entry are reported to {@code problems}, which decides
     * whether reading stops; problems that make the whole file unreadable are thrown.
     */
    DigestFile read(DigestSource source, DigestProblems problems);
}
