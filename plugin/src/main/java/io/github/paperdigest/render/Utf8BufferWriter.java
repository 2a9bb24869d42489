package io.github.paperdigest.render;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what a template writes as UTF-8 straight into a byte array, for pages. Through a
 * {@link StringBuilder}, a page was copied four times before it reached its file: the builder widened to two bytes a
 * character by the first non-Latin-1 character (every page has one, the "…" of its description), then a
 * {@code String}, then its UTF-8 bytes, then the file's buffer; at 100,000 papers that was most of what the build
 * allocated. The bytes are those of {@code String.getBytes(UTF_8)}: a surrogate without its partner, here too,
 * becomes {@code '?'}, including a pair split across two writes, which is joined.
 */
final class Utf8BufferWriter extends Writer {

    private byte[] bytes;
    private int count;
    /** The most bytes the text may have: see {@link TextTooLong}. */
    private final int limit;
    /** A high surrogate that ended the last write, waiting for the low one that may start the next; 0 if none. */
    private char pendingHigh;

    /** The most an array may hold: a writer for text no template makes (a feed is as long as its entries). */
    static final int NO_LIMIT = Integer.MAX_VALUE - 8;

    Utf8BufferWriter(int capacity) {
        this(capacity, NO_LIMIT);
    }

    Utf8BufferWriter(int capacity, int limit) {
        this.bytes = new byte[capacity];
        this.limit = limit;
    }

    @Override
    public void write(int c) {
        encode((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length); // room for the usual, all-ASCII write; a longer character makes its own
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0 && count < bytes.length) {
                bytes[count++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    /**
     * From this length on, a whole string is written by {@link #writeEncoded}: with the quick compiler, strings of 80
     * characters were written in half the time (3.7 against 1.8 ns a character), and of 1,000 in a quarter.
     */
    static final int ENCODED_FROM = 32;

    @Override
    public void write(String s) {
        writeEscaped(s, null);
    }

    @Override
    public void write(String s, int offset, int length) {
        write(s, offset, offset + length, null);
    }

    /**
     * Writes {@code s} with each ASCII character that has an entry in {@code references} (none when it is null) written
     * as that entry's bytes instead: the bytes of writing the clean runs and the references one by one, in one pass.
     * A string of {@link #ENCODED_FROM} characters or more goes through the JDK's own encoder, which copies the array of
     * a string of ASCII characters whole where the loop reads one character at a time; its bytes are the ones the loop
     * would write, as no surrogate waits for it and it ends with none that would wait for the next write.
     */
    void writeEscaped(String s, byte[][] references) {
        int end = s.length();
        if (end >= ENCODED_FROM && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(end - 1))) {
            writeEncoded(s.getBytes(StandardCharsets.UTF_8), references);
        } else {
            write(s, 0, end, references);
        }
    }

    private void write(String s, int from, int end, byte[][] references) {
        ensure(end - from);
        for (int i = from; i < end; ) {
            if (pendingHigh == 0) {
                i = clean(s, i, end, references);
                if (i == end) {
                    return;
                }
            }
            char c = s.charAt(i++);
            byte[] reference = references != null && c < 0x80 ? references[c] : null;
            if (reference == null) {
                encode(c);
            } else {
                for (byte b : reference) {
                    encode((char) b);
                }
            }
            ensure(end - i);
        }
    }

    /**
     * Writes a string's UTF-8 bytes, with their references when there are some: a character outside ASCII is encoded
     * in bytes that no ASCII character is, so each ASCII byte is the character it stands for.
     */
    private void writeEncoded(byte[] encoded, byte[][] references) {
        ensure(encoded.length);
        int clean = 0;
        if (references != null) {
            for (int i = 0; i < encoded.length; i++) {
                byte b = encoded[i];
                byte[] reference = b >= 0 ? references[b] : null;
                if (reference != null) {
                    // the byte at i is replaced by its reference
                    ensure(i - clean + reference.length + encoded.length - i - 1);
                    System.arraycopy(encoded, clean, bytes, count, i - clean);
                    count += i - clean;
                    System.arraycopy(reference, 0, bytes, count, reference.length);
                    count += reference.length;
                    clean = i + 1;
                }
            }
        }
        System.arraycopy(encoded, clean, bytes, count, encoded.length - clean);
        count += encoded.length - clean;
    }

    /**
     * Copies the characters of {@code s} from {@code from} that are ASCII and have no reference (of
     * {@code references}, when there are some) up to the first other one or {@code end}, for which there is room,
     * and returns where it stopped. In locals, not fields: the quick compiler, which runs the engine of a small site,
     * reloads a field at every turn of a loop, and this loop writes most of every page.
     */
    private int clean(String s, int from, int end, byte[][] references) {
        byte[] out = bytes;
        int at = count;
        int i = from;
        if (references == null) {
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[at++] = (byte) c;
            }
        } else {
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || references[c] != null) {
                    break;
                }
                out[at++] = (byte) c;
            }
        }
        count = at;
        return i;
    }

    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                putCodePoint(Character.toCodePoint(high, c));
                return;
            }
            put('?');
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put('?');
        } else {
            putCodePoint(c);
        }
    }

    private void putCodePoint(int cp) {
        ensure(4);
        if (cp < 0x80) {
            bytes[count++] = (byte) cp;
        } else if (cp < 0x800) {
            bytes[count++] = (byte) (0xC0 | cp >> 6);
            bytes[count++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            bytes[count++] = (byte) (0xE0 | cp >> 12);
            bytes[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | cp & 0x3F);
        } else {
            bytes[count++] = (byte) (0xF0 | cp >> 18);
            bytes[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
            bytes[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    private void put(char ascii) {
        ensure(1);
        bytes[count++] = (byte) ascii;
    }

    /** Room for at least {@code more} bytes. */
    private void ensure(int more) {
        if (count + more > bytes.length) {
            if ((long) count + more > limit) {
                throw new TextTooLong(limit);
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(bytes.length * 2L, count + more)));
        }
    }

    @Override
    public void flush() {
    }

    /** Ends the text: a high surrogate left waiting had no partner. */
    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
    }

    /** Empties the writer, for the next text; its array is kept. */
    void reset() {
        count = 0;
        pendingHigh = 0;
    }

    /** Ends the text and gives its bytes: a view of the writer's array, valid until it is reset. */
    ByteBuffer bytes() {
        close();
        return ByteBuffer.wrap(bytes, 0, count);
    }
}
