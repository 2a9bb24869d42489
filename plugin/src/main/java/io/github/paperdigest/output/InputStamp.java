package io.github.paperdigest.output;

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
}
