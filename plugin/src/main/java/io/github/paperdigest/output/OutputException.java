package io.github.paperdigest.output;

import io.github.paperdigest.model.PaperDigestException;

/** The site could not be written; names the path. The previous site is left as it was. */
public class OutputException extends PaperDigestException {

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
