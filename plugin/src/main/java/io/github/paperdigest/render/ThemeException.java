package io.github.paperdigest.render;

import io.github.paperdigest.model.PaperDigestException;

/** A template or asset that is missing, unreadable or broken. */
public class ThemeException extends PaperDigestException {

    public ThemeException(String message) {
        super(message);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
