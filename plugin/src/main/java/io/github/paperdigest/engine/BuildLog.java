package io.github.paperdigest.engine;

import java.util.function.Consumer;

/** Where the engine reports what it does; the Maven plugin adapts Maven's log to it. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A failure the tool goes on after (a rebuild while serving); by default a warning. */
    default void error(String message) {
        warn(message);
    }

    /** A log that drops everything, for tests and tools that only want the result. */
    static BuildLog silent() {
        return warningsTo(warning -> { });
    }

    /** A log that passes its warnings on and drops the rest, for tests and tools that check what went wrong. */
    static BuildLog warningsTo(Consumer<String> warnings) {
        return new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.accept(message);
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
