package io.github.paperdigest.engine;

import io.github.paperdigest.output.StagedSite.ContentWriter;
import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * A file of the site: where it goes, relative to the site root, what writes its bytes when the publisher asks,
 * and, for a file made from records, the key of those records. A file whose key is the one the previous build
 * recorded for it is kept without being made again.
 *
 * @param key made when the publisher needs it, on the thread that publishes the file; null for a file that is
 *            cheaper to make than to key
 */
record SiteFile(String path, Supplier<String> key, ContentWriter content) {

    static SiteFile of(String path, byte[] bytes) {
        return new SiteFile(path, null, whole(() -> bytes));
    }

    /** A file whose bytes are made in memory, at once: the site writes them from the array they are in. */
    static ContentWriter whole(Supplier<byte[]> bytes) {
        return ContentWriter.whole(() -> ByteBuffer.wrap(bytes.get()));
    }

    static SiteFile unkeyed(String path, ContentWriter content) {
        return new SiteFile(path, null, content);
    }
}
