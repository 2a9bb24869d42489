package io.github.paperdigest.model;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The hash that tells whether something changed: of the files a build writes, of what each page is made from, of
 * the inputs and of the memos kept between builds. It is MurmurHash3 (x64, 128 bits, seed 0), computed in parts.
 *
 * <p>Why not SHA-256 ({@link Sha256}) here: a build hashes every byte it writes, reads and remembers, several
 * hundred megabytes at 10,000 papers, and the engine's JVM often runs with the quick compiler alone, which has no
 * intrinsic for SHA-256. There SHA-256 ran at about 150 MB/s on the machine it was measured on, and this hash at
 * several GB/s. Nothing here needs a hash that resists an attacker: whoever can choose the bytes of an input can
 * choose the page it makes, and 128 bits leave an accidental match between a file and its own earlier version out
 * of reach. What must stay the same across plugin versions (slugs, paper keys, cached embeddings) keeps SHA-256.
 *
 * <p>Made as a {@link MessageDigest}, so that it feeds the same streams and helpers; it is not registered with any
 * provider.
 */
public final class ContentHash {

    /** Bytes of a hash, and characters of its hexadecimal form. */
    public static final int BYTES = 16;
    public static final int HEX_LENGTH = 2 * BYTES;

    private ContentHash() {
    }

    /** A new hash to feed in parts. */
    public static MessageDigest digest() {
        return new Murmur3();
    }

    /** The hash of some bytes, in lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        return Digests.hex(digest(), bytes);
    }

    /** The hash of a text's UTF-8 bytes, in lower-case hexadecimal. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 64 bits of the hash of some bytes: a number to tell many small things apart by. */
    public static long first64(byte[] bytes) {
        return ByteBuffer.wrap(digest().digest(bytes)).getLong();
    }

    /** The hash of the bytes a stream gives, to its end, in lower-case hexadecimal. */
    public static String hex(InputStream in) throws IOException {
        return Digests.hex(digest(), in);
    }

    /** MurmurHash3, x64, 128 bits, seed 0, fed in parts (as Austin Appleby's reference computes it whole). */
    private static final class Murmur3 extends MessageDigest {
        private static final long C1 = 0x87c37b91114253d5L;
        private static final long C2 = 0x4cf5ad432745937fL;
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);

        private long h1;
        private long h2;
        private long length;
        /** Bytes given that do not yet fill a block of 16. */
        private final byte[] pending = new byte[BYTES];
        private int pendingCount;

        Murmur3() {
            super("MurmurHash3-x64-128");
        }

        @Override
        protected int engineGetDigestLength() {
            return BYTES;
        }

        @Override
        protected void engineUpdate(byte input) {
            pending[pendingCount++] = input;
            if (pendingCount == BYTES) {
                block(pending, 0);
                pendingCount = 0;
            }
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            int at = offset;
            int end = offset + len;
            if (pendingCount > 0) {
                int take = Math.min(BYTES - pendingCount, len);
                System.arraycopy(input, at, pending, pendingCount, take);
                pendingCount += take;
                at += take;
                if (pendingCount < BYTES) {
                    return;
                }
                block(pending, 0);
                pendingCount = 0;
            }
            for (; end - at >= BYTES; at += BYTES) {
                block(input, at);
            }
            System.arraycopy(input, at, pending, 0, end - at);
            pendingCount = end - at;
        }

        private void block(byte[] bytes, int at) {
            length += BYTES;
            h1 ^= mixK1((long) LONGS.get(bytes, at));
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2((long) LONGS.get(bytes, at + 8));
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }

        @Override
        protected byte[] engineDigest() {
            long total = length + pendingCount;
            if (pendingCount > 0) {
                long k1 = 0;
                long k2 = 0;
                for (int i = pendingCount - 1; i >= 8; i--) {
                    k2 = k2 << 8 | (pending[i] & 0xffL);
                }
                for (int i = Math.min(pendingCount, 8) - 1; i >= 0; i--) {
                    k1 = k1 << 8 | (pending[i] & 0xffL);
                }
                h2 ^= pendingCount > 8 ? mixK2(k2) : 0;
                h1 ^= mixK1(k1);
            }
            long a = h1 ^ total;
            long b = h2 ^ total;
            a += b;
            b += a;
            a = finalMix(a);
            b = finalMix(b);
            a += b;
            b += a;
            byte[] out = new byte[BYTES];
            LONGS.set(out, 0, a);
            LONGS.set(out, 8, b);
            engineReset();
            return out;
        }

        @Override
        protected void engineReset() {
            h1 = 0;
            h2 = 0;
            length = 0;
            pendingCount = 0;
        }

        private static long mixK1(long k) {
            return Long.rotateLeft(k * C1, 31) * C2;
        }

        private static long mixK2(long k) {
            return Long.rotateLeft(k * C2, 33) * C1;
        }

        private static long finalMix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb9fe1a85ec53L;
            return k ^ k >>> 33;
        }

    }
}
