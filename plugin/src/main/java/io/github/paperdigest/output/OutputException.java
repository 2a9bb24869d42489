package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;

/** The site could not be written; names the path. The previous site is left as it was. */
public class OutputException extends PaperDigestException {

    public OutputException(String message) {
        super(message, null, Setting.OUTPUT_DIRECTORY);
    }

    /** A failure to write, which the output folder's setting may fix; a full disk it does not, and is said as such. */
    public OutputException(String message, Throwable cause) {
        super(IoMessages.isDiskFull(cause) ? message + IoMessages.DISK_FULL_FIX : message, cause,
                IoMessages.isDiskFull(cause) ? null : Setting.OUTPUT_DIRECTORY);
    }
}
