package io.github.paperdigest.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What went wrong with a file, in words: Java's file exceptions carry only a path as their message
 * ("AccessDeniedException: /x"), which says nothing to whoever reads the log.
 */
public final class IoMessages {

    private IoMessages() {
    }

    /**
     * Below this many usable bytes, a file system that refused a write is taken to be full. A write that failed for
     * want of space leaves less than a block free; a megabyte covers the blocks a file system keeps for itself.
     */
    static final long NEARLY_FULL_BYTES = 1L << 20;

    /** The space a file system has left for this process's writes, when it can be told. */
    @FunctionalInterface
    interface FreeSpace {
        /**
         * The usable bytes of the file system that holds {@code existing}; empty when they cannot be told, or when it
         * is read-only (which reports no space, and is not full).
         */
        OptionalLong usableBytes(Path existing);
    }

    /**
     * Whether a write failed because the disk (or the user's quota on it) is full: a failure no setting of the plugin
     * fixes, so its message must not send the user to one. Told by the failure's message in English; in another
     * language (the operating system words it in the user's), by the space left where a file of the failure is.
     */
    public static boolean isDiskFull(Throwable failure) {
        return isDiskFull(failure, null);
    }

    /** As {@link #isDiskFull(Throwable)}, where the failed write was in or at {@code where} (null if unknown). */
    public static boolean isDiskFull(Throwable failure, Path where) {
        return isDiskFull(failure, where, IoMessages::usableBytes);
    }

    static boolean isDiskFull(Throwable failure, Path where, FreeSpace space) {
        List<Path> places = new ArrayList<>();
        boolean failedToWrite = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof IOException) || t instanceof AccessDeniedException) {
                continue;
            }
            failedToWrite = true;
            String text = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            if (text != null && (text.contains("No space left on device") || text.contains("Disk quota exceeded")
                    || text.contains("not enough space on the disk"))) {
                return true;
            }
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                pathOf(fs.getFile()).ifPresent(places::add);
            }
        }
        if (where != null) {
            places.add(where);
        }
        if (!failedToWrite) {
            return false;
        }
        for (Path place : places) {
            Path existing = nearestExisting(place);
            if (existing != null && space.usableBytes(existing).orElse(Long.MAX_VALUE) < NEARLY_FULL_BYTES) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Path> pathOf(String file) {
        try {
            return Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The path, or the nearest folder above it that exists: the file that could not be written may not. */
    private static Path nearestExisting(Path path) {
        Path at = path.toAbsolutePath();
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return at;
    }

    private static OptionalLong usableBytes(Path existing) {
        try {
            FileStore store = Files.getFileStore(existing);
            return store.isReadOnly() ? OptionalLong.empty() : OptionalLong.of(store.getUsableSpace());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
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
