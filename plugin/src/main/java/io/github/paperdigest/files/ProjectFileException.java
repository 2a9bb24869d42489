package io.github.paperdigest.files;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;

/**
 * A file or folder of the project that the build will not read as it is: a link that leaves the project,
 * a link loop, a special file, a folder it may not read. Names the path and the fix.
 */
public class ProjectFileException extends PaperDigestException {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file the given setting decides about, such as a link out of the project ({@link Setting#ALLOW_EXTERNAL_LINKS}). */
    public ProjectFileException(String message, Setting setting) {
        super(message, null, setting);
    }
}
