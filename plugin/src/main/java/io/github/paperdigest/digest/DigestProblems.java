package io.github.paperdigest.digest;

import java.util.function.Consumer;

/**
 * What to do when part of a digest cannot be read: stop the build (strict), or skip that part with a
 * warning and go on (lenient). Readers report every problem here and continue only if it returns.
 * Things worth knowing that are not problems (an unknown metadata key, kept as extra metadata) are
 * warnings in both modes.
 */
public interface DigestProblems {

    /** Reports a problem; throws in strict mode, returns (after warning) in lenient mode. */
    void report(DigestException problem);

    /** Reports something the user should know; never stops the build. */
    void warn(DigestException notice);

    /**
     * Says, for the debug log ({@code mvn -X}), how something a curator may want to check was read: which way a list
     * of names was taken, say. Not a problem, nor worth a warning; by default told to nobody.
     */
    default void debug(String sourceName, int line, String message) {
    }

    /** True when a problem stops the build (strict), false when it is a warning (lenient). */
    boolean stopsOnProblem();

    default void report(String sourceName, int line, String message) {
        report(new DigestException(sourceName, line, message));
    }

    default void warn(String sourceName, int line, String message) {
        warn(new DigestException(sourceName, line, message));
    }

    static DigestProblems strict(Consumer<DigestException> warnings) {
        return new DigestProblems() {
            @Override
            public void report(DigestException problem) {
                throw problem;
            }

            @Override
            public boolean stopsOnProblem() {
                return true;
            }

            @Override
            public void warn(DigestException notice) {
                warnings.accept(notice);
            }
        };
    }

    static DigestProblems lenient(Consumer<DigestException> warnings) {
        return new DigestProblems() {
            @Override
            public void report(DigestException problem) {
                warnings.accept(new DigestException(problem.sourceName(), problem.line(),
                        problem.problem() + "; skipped (strict=false)", problem));
            }

            @Override
            public boolean stopsOnProblem() {
                return false;
            }

            @Override
            public void warn(DigestException notice) {
                warnings.accept(notice);
            }
        };
    }
}
