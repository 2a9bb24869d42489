package io.github.paperdigest.render;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;

/** A template or asset that is missing, unreadable or broken. */
public class ThemeException extends PaperDigestException {

    public ThemeException(String message) {
        super(message, null, Setting.TEMPLATE_DIRECTORY);
    }

    public ThemeException(String message, Throwable cause) {
        super(message, cause, Setting.TEMPLATE_DIRECTORY);
    }
}
