package io.github.paperdigest.output;

import java.nio.file.Path;

/**
 * A file a site was built from as the build saw it: its size, its modification time and the hash of its bytes.
 * The next build takes the hash as it is for a file whose size and time have not changed since, instead of
 * reading the file again.
 *
 * @param name     the file, by its real path (escaped in the file that holds the stamps, {@link InputStampFile})
 * @param modified the modification time, in milliseconds since the epoch
 */
public record InputStamp(String name, long size, long modified, String hash) {

    public InputStamp {
        if (hash.isEmpty() || hash.indexOf(' ') >= 0 || hash.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a stamp's hash is one word: " + hash);
        }
    }

    /** The name a file is stamped under: its path made absolute and normal (the walker gives real paths). */
    public static String nameOf(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Whether a file of this size and modification time is the one stamped, as far as can be told without reading it:
     * both must be the same, so that a change that keeps the size, or the time, is never taken for none.
     */
    public boolean matches(long size, long modified) {
        return this.size == size && this.modified == modified;
    }
}
