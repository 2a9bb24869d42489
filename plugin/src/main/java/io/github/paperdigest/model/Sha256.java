package io.github.paperdigest.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, the hash of what must come out the same in every version of the plugin: the slugs of titles that collide,
 * the keys that order papers, the names of cached embeddings. Whether something changed is told by the faster
 * {@link ContentHash}.
 */
public final class Sha256 {

    private Sha256() {
    }

    private static final MessageDigest PROTOTYPE = newDigest();

    /** A new digest to feed in parts. */
    public static MessageDigest digest() {
        try {
            return (MessageDigest) PROTOTYPE.clone(); // much cheaper than looking the algorithm up again
        } catch (CloneNotSupportedException e) {
            return newDigest();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The hash of some bytes, in lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        return Digests.hex(digest(), bytes);
    }

    /** The hash of a text's UTF-8 bytes, in lower-case hexadecimal. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 64 bits of the hash of a text's UTF-8 bytes: a number that depends on the text alone. */
    public static long first64(String text) {
        return ByteBuffer.wrap(digest().digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}
