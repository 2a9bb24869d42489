package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.nio.file.Path;

/** The site could not be written; names the path. The previous site is left as it was. */
public class OutputException extends PaperDigestException {

    public OutputException(String message) {
        super(message, null, Setting.OUTPUT_DIRECTORY);
    }

    /** A failure to write, which the output folder's setting may fix; a full disk it does not, and is said as such. */
    public OutputException(String message, Throwable cause) {
        this(message, cause, IoMessages.isDiskFull(cause));
    }

    /** As {@link #OutputException(String, Throwable)}, for a write to {@code written} (a file or a folder). */
    public OutputException(String message, Throwable cause, Path written) {
        this(message, cause, IoMessages.isDiskFull(cause, written));
    }

    private OutputException(String message, Setting setting) {
        super(message, null, setting);
    }

    /** A failure no setting fixes, as another build's racing this one: told without a parameter to check. */
    public static OutputException raced(String message) {
        return new OutputException(message, (Setting) null);
    }

    private OutputException(String message, Throwable cause, boolean diskFull) {
        super(diskFull ? message + IoMessages.DISK_FULL_FIX : message, cause, diskFull ? null : Setting.OUTPUT_DIRECTORY);
    }
}
