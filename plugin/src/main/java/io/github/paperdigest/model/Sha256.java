package io.github.paperdigest.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash of the plugin: of slugs that collide, of the inputs of a build, of the files it writes. */
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
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hash of a text's UTF-8 bytes, in lower-case hexadecimal. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 64 bits of the hash of a text's UTF-8 bytes: a number that depends on the text alone. */
    public static long first64(String text) {
        return ByteBuffer.wrap(digest().digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** The hash of the bytes a stream gives, to its end, in lower-case hexadecimal. */
    public static String hex(InputStream in) throws IOException {
        MessageDigest sha = digest();
        feed(sha, in);
        return hex(sha);
    }

    /** Feeds a digest with the bytes a stream gives, to its end. */
    public static void feed(MessageDigest sha, InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
        }
    }

    /** Feeds a digest with floats, bit for bit, in order. */
    public static void feed(MessageDigest sha, float[] values, int from, int length) {
        ByteBuffer bytes = ByteBuffer.allocate(length * Float.BYTES);
        bytes.asFloatBuffer().put(values, from, length);
        sha.update(bytes.array());
    }

    /** Feeds a digest with numbers, in order. */
    public static void feed(MessageDigest sha, long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
        bytes.asLongBuffer().put(values);
        sha.update(bytes.array());
    }

    /** What a digest fed in parts has hashed, in lower-case hexadecimal. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
