package io.github.paperdigest.model;

/** A failure the user can fix; the message says what and where, without needing the stack trace. */
public class PaperDigestException extends RuntimeException {

    public PaperDigestException(String message) {
        super(message);
    }

    public PaperDigestException(String message, Throwable cause) {
        super(message, cause);
    }
}
