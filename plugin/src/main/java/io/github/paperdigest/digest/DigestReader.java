package io.github.paperdigest.digest;

import io.github.paperdigest.model.DigestFile;

/** Reads one digest format. Implementations keep no state between files. */
public interface DigestReader {

    /** A short name of the format, shown on digest pages and in the log ("text", "markdown", ...). */
    String format();

    /** True when this reader should read the file; decided by extension and, if need be, by content. */
    boolean handles(DigestSource source);

    /**
     * Reads the file. Problems that concern one entry are reported to {@code problems}, which decides
     * whether reading stops; problems that make the whole file unreadable are thrown.
     */
    DigestFile read(DigestSource source, DigestProblems problems);
}
