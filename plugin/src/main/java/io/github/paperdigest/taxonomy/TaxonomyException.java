package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.util.List;

/**
 * A taxonomy file that cannot be used as written; names the file and the line of every mistake found, so that
 * one build shows them all.
 */
public class TaxonomyException extends PaperDigestException {

    /** One mistake: the line of the entry (0 when it concerns the whole file) and what is wrong. */
    public record Problem(int line, String text) {
    }

    private final List<Problem> problems;

    public TaxonomyException(String sourceName, int line, String problem) {
        this(sourceName, List.of(new Problem(line, problem)), null);
    }

    public TaxonomyException(String sourceName, int line, String problem, Throwable cause) {
        this(sourceName, List.of(new Problem(line, problem)), cause);
    }

    /** Every mistake of the file, in the order of its lines. */
    public TaxonomyException(String sourceName, List<Problem> problems) {
        this(sourceName, problems, null);
    }

    private TaxonomyException(String sourceName, List<Problem> problems, Throwable cause) {
        super(message(sourceName, problems), cause, Setting.TAXONOMY_FILE);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String sourceName, List<Problem> problems) {
        if (problems.size() == 1) {
            return located(sourceName, problems.get(0));
        }
        StringBuilder out = new StringBuilder(sourceName).append(" has ").append(problems.size()).append(" mistakes:");
        problems.forEach(p -> out.append("\n  ").append(located(sourceName, p)));
        return out.toString();
    }

    private static String located(String sourceName, Problem p) {
        return (p.line() > 0 ? sourceName + ":" + p.line() : sourceName) + ": " + p.text();
    }
}
