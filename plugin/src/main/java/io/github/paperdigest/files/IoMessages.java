package io.github.paperdigest.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words: Java's file exceptions carry only a path as their message
 * ("AccessDeniedException: /x"), which says nothing to whoever reads the log.
 */
public final class IoMessages {

    private IoMessages() {
    }

    /**
     * Whether a write failed because the disk (or the user's quota on it) is full: a failure no setting of the plugin
     * fixes, so its message must not send the user to one.
     */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            if (t instanceof IOException && text != null
                    && (text.contains("No space left on device") || text.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** What to do about a full disk, after the message that names the file that could not be written. */
    public static final String DISK_FULL_FIX = ". The disk is full: free some space on it and build again";

    public static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? ": " + fs.getReason() : "";
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something is in the way" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e instanceof FileSystemException fs) {
            return (fs.getFile() == null ? "" : fs.getFile()) + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
