package io.github.paperdigest.files;

import java.nio.file.Path;

/**
 * One thing in a folder, as it is, links not followed: what the output folder holds.
 *
 * @param name the path relative to the folder, with '/' separators
 * @param path the entry itself (for a link: the link, never its target)
 */
public record FolderEntry(String name, Path path, Kind kind) {

    /** What an entry is, without following links. */
    public enum Kind {
        FILE, FOLDER, LINK, SPECIAL
    }
}
