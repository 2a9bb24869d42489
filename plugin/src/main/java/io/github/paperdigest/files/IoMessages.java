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
