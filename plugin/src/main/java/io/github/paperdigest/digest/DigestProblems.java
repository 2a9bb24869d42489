package io.github.paperdigest.digest;

import java.util.function.Consumer;

/**
 * What to do when part of a digest cannot be read: stop the build (strict), or skip that part with a
 * warning and go on (lenient). Readers report every problem here and continue only if it returns.
 */
public interface DigestProblems {

    /** Reports a problem; throws in strict mode, returns (after warning) in lenient mode. */
    void report(DigestException problem);

    default void report(String sourceName, int line, String message) {
        report(new DigestException(sourceName, line, message));
    }

    static DigestProblems strict() {
        return problem -> {
            throw problem;
        };
    }

    static DigestProblems lenient(Consumer<DigestException> warn) {
        return warn::accept;
    }
}
