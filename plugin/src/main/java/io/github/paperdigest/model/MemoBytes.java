package io.github.paperdigest.model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bytes of memoised analyses ({@link AnalysisMemo}): strings, numbers, counts, sets and maps, written in their
 * iteration order and read back into collections of the same kind, filled in that order, so that a value read
 * iterates exactly as the value written did.
 */
public final class MemoBytes {

    private MemoBytes() {
    }

    /** Writes values into bytes. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final DataOutputStream out = new DataOutputStream(bytes);
        /**
         * A text the memo cannot keep as it is was given: more than 65,535 bytes for {@link #text} (a digest may
         * hold a word that long), or a lone surrogate, which UTF-8 has no bytes for, for {@link #longText}.
         */
        private boolean unkeepable;

        public Writer text(String s) {
            try {
                out.writeUTF(s);
            } catch (UTFDataFormatException e) {
                unkeepable = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail
            }
            return this;
        }

        public Writer number(int n) {
            return put(data -> data.writeInt(n));
        }

        /** A text of any length, as its UTF-8 bytes after their count. */
        public Writer longText(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (hasSurrogate(s) && !new String(utf8, StandardCharsets.UTF_8).equals(s)) {
                unkeepable = true; // a lone surrogate would come back as '?'
            }
            return number(utf8.length).put(data -> data.write(utf8));
        }

        public Writer flag(boolean value) {
            return put(data -> data.writeBoolean(value));
        }

        public Writer numbers(int[] values) {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES);
            bytes.asIntBuffer().put(values);
            return array(values.length, bytes);
        }

        public Writer longs(long[] values) {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
            bytes.asLongBuffer().put(values);
            return array(values.length, bytes);
        }

        /**
         * Numbers of 0 and more, each in as few bytes as it needs (seven bits a byte): for long arrays of mostly small
         * numbers, such as the gaps between ascending numbers, which would take four bytes each by {@link #numbers}.
         * A negative number cannot be kept.
         */
        public Writer smallNumbers(int[] values) {
            byte[] packed = new byte[values.length * 5];
            int at = 0;
            for (int v : values) {
                if (v < 0) {
                    unkeepable = true;
                    return this;
                }
                while ((v & ~0x7f) != 0) {
                    packed[at++] = (byte) (v & 0x7f | 0x80);
                    v >>>= 7;
                }
                packed[at++] = (byte) v;
            }
            byte[] used = Arrays.copyOf(packed, at);
            return number(values.length).number(at).put(data -> data.write(used));
        }

        /** Floats, bit for bit. */
        public Writer floats(float[] values) {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
            bytes.asFloatBuffer().put(values);
            return array(values.length, bytes);
        }

        /** An array's length, then its values in one piece. */
        private Writer array(int length, ByteBuffer values) {
            return number(length).put(data -> data.write(values.array()));
        }

        /** A double, bit for bit. */
        public Writer float64(double value) {
            return put(data -> data.writeLong(Double.doubleToRawLongBits(value)));
        }

        /** Writes into the byte array, which does not fail. */
        private Writer put(DataWrite write) {
            try {
                write.to(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private interface DataWrite {
            void to(DataOutputStream out) throws IOException;
        }

        private static boolean hasSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        public Writer texts(Collection<String> values) {
            number(values.size());
            values.forEach(this::text);
            return this;
        }

        public Writer counts(Map<String, Integer> counts) {
            number(counts.size());
            counts.forEach((k, v) -> text(k).number(v));
            return this;
        }

        /** The bytes written, or null when a text could not be kept: the value is then made again. */
        public byte[] bytes() {
            return unkeepable ? null : bytes.toByteArray();
        }
    }

    /** Reads one value from a {@link Reader}, failing on bytes that are not the bytes of one. */
    public interface Decoding<T> {
        T from(Reader in) throws IOException;
    }

    /**
     * The value {@code decoding} reads from the bytes, or null when there are no bytes or they are not the bytes of
     * one: reading them fails, gives null, or leaves bytes over. A memo's value that cannot be read is made again.
     */
    public static <T> T decode(byte[] bytes, Decoding<T> decoding) {
        if (bytes == null) {
            return null;
        }
        try {
            Reader in = new Reader(bytes);
            T value = decoding.from(in);
            return value != null && in.atEnd() ? value : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    public static final class Reader {

        /** The fewest bytes a text (its length) and a number take. */
        public static final int TEXT_AND_NUMBER = 2 + Integer.BYTES;

        private final Unsynchronized source;
        private final DataInputStream in;

        public Reader(byte[] bytes) {
            this.source = new Unsynchronized(bytes);
            this.in = new DataInputStream(source);
        }

        /**
         * The bytes as a stream without the lock of {@code ByteArrayInputStream}, which reading number by number takes
         * four times a number: a reader is used by one thread.
         */
        private static final class Unsynchronized extends InputStream {
            private final byte[] bytes;
            private int position;

            Unsynchronized(byte[] bytes) {
                this.bytes = bytes;
            }

            @Override
            public int read() {
                return position < bytes.length ? bytes[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (position >= bytes.length) {
                    return -1;
                }
                int n = Math.min(length, bytes.length - position);
                System.arraycopy(bytes, position, into, offset, n);
                position += n;
                return n;
            }

            @Override
            public int available() {
                return bytes.length - position;
            }

            /**
             * The next text written by {@code writeUTF}, read where it is when all its bytes are ASCII (in modified
             * UTF-8 a byte from 1 to 127 is that character and every other character takes bytes above it), as most
             * of a memo's texts are; else null, and nothing is read.
             */
            String asciiText() {
                if (available() < 2) {
                    return null;
                }
                int length = (bytes[position] & 0xff) << 8 | bytes[position + 1] & 0xff;
                int start = position + 2;
                if (length > bytes.length - start) {
                    return null;
                }
                for (int i = start; i < start + length; i++) {
                    if (bytes[i] <= 0) {
                        return null;
                    }
                }
                position = start + length;
                return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
            }

            /** The next {@code length} bytes as UTF-8, decoded where they are. */
            String utf8(int length) throws IOException {
                if (length > available()) {
                    throw new IOException("a text of " + length + " bytes where " + available() + " are left");
                }
                String text = new String(bytes, position, length, StandardCharsets.UTF_8);
                position += length;
                return text;
            }

            /** The next four bytes as a number, high byte first, as {@code DataOutputStream} writes it. */
            int number() throws EOFException {
                if (available() < Integer.BYTES) {
                    throw new EOFException();
                }
                int p = position;
                position += Integer.BYTES;
                return (bytes[p] & 0xff) << 24 | (bytes[p + 1] & 0xff) << 16 | (bytes[p + 2] & 0xff) << 8
                        | bytes[p + 3] & 0xff;
            }
        }

        public String text() throws IOException {
            // DataInputStream keeps no bytes of its own, so the source may be read from directly: readUTF decodes
            // into characters and compresses them back to bytes, most of decoding a memo's phrases
            String ascii = source.asciiText();
            return ascii != null ? ascii : in.readUTF();
        }

        // numbers and long texts are read from the bytes directly: through DataInputStream, a number is four calls
        // and a text is copied twice (readNBytes), which was most of decoding a digest's papers from the memo
        public int number() throws IOException {
            return source.number();
        }

        public String longText() throws IOException {
            return source.utf8(size());
        }

        public boolean flag() throws IOException {
            return in.readBoolean();
        }

        /** Read in one piece: reading a stream number by number costs more than the rest of a memo. */
        public int[] numbers() throws IOException {
            ByteBuffer bytes = array(Integer.BYTES);
            int[] values = new int[bytes.capacity() / Integer.BYTES];
            bytes.asIntBuffer().get(values);
            return values;
        }

        /** What {@link Writer#smallNumbers} wrote. */
        public int[] smallNumbers() throws IOException {
            int n = size();
            byte[] packed = new byte[size(1)];
            if (n > packed.length) {
                throw new IOException(n + " numbers in " + packed.length + " bytes");
            }
            in.readFully(packed);
            int[] values = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                int v = 0;
                for (int shift = 0; ; shift += 7) {
                    if (at == packed.length || shift > 28) {
                        throw new IOException("a number cut short or too long");
                    }
                    byte b = packed[at++];
                    v |= (b & 0x7f) << shift;
                    if (b >= 0) {
                        break;
                    }
                }
                if (v < 0) {
                    throw new IOException("a negative number");
                }
                values[i] = v;
            }
            if (at != packed.length) {
                throw new IOException("bytes left after " + n + " numbers");
            }
            return values;
        }

        public long[] longs() throws IOException {
            ByteBuffer bytes = array(Long.BYTES);
            long[] values = new long[bytes.capacity() / Long.BYTES];
            bytes.asLongBuffer().get(values);
            return values;
        }

        public float[] floats() throws IOException {
            ByteBuffer bytes = array(Float.BYTES);
            float[] values = new float[bytes.capacity() / Float.BYTES];
            bytes.asFloatBuffer().get(values);
            return values;
        }

        /** The bytes of an array of values {@code width} bytes wide, which {@link Writer#array} wrote. */
        private ByteBuffer array(int width) throws IOException {
            byte[] bytes = new byte[size(width) * width];
            in.readFully(bytes);
            return ByteBuffer.wrap(bytes);
        }

        public double float64() throws IOException {
            return Double.longBitsToDouble(in.readLong());
        }

        public Set<String> hashSet() throws IOException {
            int n = size();
            Set<String> set = new HashSet<>();
            for (int i = 0; i < n; i++) {
                set.add(text());
            }
            return set;
        }

        public Map<String, Integer> linkedCounts() throws IOException {
            int n = size(TEXT_AND_NUMBER);
            Map<String, Integer> into = new LinkedHashMap<>(capacity(n));
            for (int i = 0; i < n; i++) {
                into.put(text(), number());
            }
            return into;
        }

        /**
         * The capacity of a hash map that holds {@code n} entries without growing: a memo is decoded entry by entry
         * for thousands of papers, and a map grown from its default size made most of that work.
         */
        public static int capacity(int n) {
            return (int) Math.ceil(n / 0.75);
        }

        public int size() throws IOException {
            int n = number();
            if (n < 0) {
                throw new IOException("a negative size");
            }
            return n;
        }

        /** A size of things of at least {@code bytesEach} bytes each, which the bytes left can hold. */
        public int size(int bytesEach) throws IOException {
            int n = size();
            if ((long) n * bytesEach > in.available()) {
                throw new IOException(n + " values where " + in.available() + " bytes are left");
            }
            return n;
        }

        /** Whether every byte was read: a value with bytes left over is not the value written. */
        public boolean atEnd() throws IOException {
            return in.available() == 0;
        }
    }
}
