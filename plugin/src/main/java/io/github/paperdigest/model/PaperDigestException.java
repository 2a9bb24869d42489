package io.github.paperdigest.model;

import java.util.Optional;

/**
 * A failure the user can fix; the message says what and where, without needing the stack trace. It may name the
 * setting to look at, and the build names the step it failed in.
 */
public class PaperDigestException extends RuntimeException {

    private final Setting setting;
    private volatile String step;

    public PaperDigestException(String message) {
        this(message, null, null);
    }

    public PaperDigestException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** A failure that the given setting can fix, such as an unreadable template folder. */
    public PaperDigestException(String message, Throwable cause, Setting setting) {
        super(message, cause);
        this.setting = setting;
    }

    /** The setting to look at, when one applies. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }

    /** The step of the build that failed, such as "reading the digests", once the build has named it. */
    public Optional<String> step() {
        return Optional.ofNullable(step);
    }

    /**
     * Names the step of the build that failed. The innermost step names it: a step that fails inside another
     * keeps its own name.
     */
    public PaperDigestException inStep(String stepName) {
        if (step == null) {
            step = stepName;
        }
        return this;
    }
}
