package io.github.paperdigest.site;

import io.github.paperdigest.model.PaperDigestException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A file of moved addresses ({@link MovedAddresses}) that cannot be used as written: names the file and the line of
 * every mistake found, with what to change, so that one build shows them all.
 */
public class MovedAddressesException extends PaperDigestException {

    /**
     * One mistake: its line (0 when it concerns the whole file) and what is wrong, with the fix.
     *
     * @param missingPage the address the line leads to that is no page of the site, which the build may find the
     *                    page of now to tell the fix better
     */
    public record Problem(int line, String text, Optional<String> missingPage) {

        public Problem(int line, String text) {
            this(line, text, Optional.empty());
        }
    }

    private final String sourceName;
    private final List<Problem> problems;

    public MovedAddressesException(String sourceName, List<Problem> problems) {
        super(message(sourceName, problems));
        this.sourceName = sourceName;
        this.problems = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }

    public String sourceName() {
        return sourceName;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String sourceName, List<Problem> problems) {
        List<Problem> byLine = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
        if (byLine.size() == 1) {
            return located(sourceName, byLine.get(0));
        }
        StringBuilder out = new StringBuilder(sourceName).append(" has ").append(byLine.size()).append(" mistakes:");
        byLine.forEach(p -> out.append("\n  ").append(located(sourceName, p)));
        return out.toString();
    }

    private static String located(String sourceName, Problem p) {
        return (p.line() > 0 ? sourceName + ":" + p.line() : sourceName) + ": " + p.text();
    }
}
