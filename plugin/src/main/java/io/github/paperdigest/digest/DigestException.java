package io.github.paperdigest.digest;

import io.github.paperdigest.model.ListedWarnings;
import io.github.paperdigest.model.PaperDigestException;
import java.util.List;
import java.util.Locale;

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

    /** How many of a strict build's problems its failure lists; a long export's are told by the lenient build. */
    static final int LISTED = ListedWarnings.LISTED;

    /**
     * Every problem a strict build met, as one failure: the first, as its own message says it, then the others one a
     * line, so that an export with many mistakes is fixed in one round rather than one build per mistake.
     */
    static DigestException all(List<DigestException> problems) {
        DigestException first = problems.get(0);
        if (problems.size() == 1) {
            return first;
        }
        StringBuilder rest = new StringBuilder(first.problem());
        rest.append(String.format(Locale.ROOT, "%n%d problems in all (each stops a strict build):",
                problems.size()));
        problems.stream().limit(LISTED).forEach(p -> rest.append(System.lineSeparator()).append("  ").append(p.getMessage()));
        if (problems.size() > LISTED) {
            rest.append(String.format(Locale.ROOT, "%n  and %,d more; strict=false builds without the entries at fault,"
                    + " naming each", problems.size() - LISTED));
        }
        return new DigestException(first.sourceName(), first.line(), rest.toString(), first);
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
