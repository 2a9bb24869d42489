package io.github.paperdigest.digest;

import io.github.paperdigest.model.PaperDigestException;

/** A digest the plugin cannot read as written; names the file and, when known, the line. */
public class DigestException extends PaperDigestException {

    private final String sourceName;
    private final int line;
    private final String problem;

    public DigestException(String sourceName, int line, String problem) {
        this(sourceName, line, problem, null);
    }

    public DigestException(String sourceName, int line, String problem, Throwable cause) {
        super(location(sourceName, line) + ": " + problem, cause);
        this.sourceName = sourceName;
        this.line = line;
        this.problem = problem;
    }

    /** The digest file, relative to the digest folder. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    private static String location(String sourceName, int line) {
        return line > 0 ? sourceName + ":" + line : sourceName;
    }
}
