package io.github.paperdigest.output;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;

/** The site could not be written; names the path. The previous site is left as it was. */
public class OutputException extends PaperDigestException {

    public OutputException(String message) {
        super(message, null, Setting.OUTPUT_DIRECTORY);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause, Setting.OUTPUT_DIRECTORY);
    }
}
