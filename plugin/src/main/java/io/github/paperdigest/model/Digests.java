package io.github.paperdigest.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Feeding a hash of either kind ({@link Sha256}, {@link ContentHash}) and reading what it hashed. */
public final class Digests {

    private Digests() {
    }

    /** Feeds a digest with the bytes a stream gives, to its end. */
    public static void feed(MessageDigest digest, InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
    }

    /** Feeds a digest with floats, bit for bit, in order. */
    public static void feed(MessageDigest digest, float[] values, int from, int length) {
        ByteBuffer bytes = ByteBuffer.allocate(length * Float.BYTES);
        bytes.asFloatBuffer().put(values, from, length);
        digest.update(bytes.array());
    }

    /** Feeds a digest with numbers, in order. */
    public static void feed(MessageDigest digest, long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
        bytes.asLongBuffer().put(values);
        digest.update(bytes.array());
    }

    /** What a digest fed in parts has hashed, in lower-case hexadecimal. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What a fresh digest makes of these bytes, in lower-case hexadecimal. */
    static String hex(MessageDigest fresh, byte[] bytes) {
        return HexFormat.of().formatHex(fresh.digest(bytes));
    }

    /** What a fresh digest makes of the bytes a stream gives, to its end, in lower-case hexadecimal. */
    static String hex(MessageDigest fresh, InputStream in) throws IOException {
        feed(fresh, in);
        return hex(fresh);
    }
}
