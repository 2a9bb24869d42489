package io.github.paperdigest.files;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A regular file found by a {@link FolderWalker}, safe to read.
 *
 * @param name the path relative to the folder walked, with '/' separators, as the user sees it (through links)
 * @param path where its bytes are: the real path, every link resolved and checked against the link rule
 * @param size its size in bytes when it was found
 * @param modified its modification time when it was found: with the size, what a build compares to tell, without
 *     reading it, that a file may have changed (the walk reads both anyway, so nothing asks the file system again)
 */
public record FoundFile(String name, Path path, long size, FileTime modified) {

    public FoundFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modified, "modified");
    }
}
