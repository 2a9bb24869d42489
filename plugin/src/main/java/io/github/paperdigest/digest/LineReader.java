package io.github.paperdigest.digest;

import io.github.paperdigest.model.ControlCharacters;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a UTF-8 file line by line with its line numbers. Unlike {@link java.io.BufferedReader} it
 * says on which line a byte is not UTF-8 (and goes on with U+FFFD when the problem policy allows),
 * drops a leading byte-order mark, accepts LF, CRLF and CR endings, and refuses lines so long that
 * they could only exhaust the heap. A UTF-16 file is refused outright: its NUL bytes are valid UTF-8, so it
 * would otherwise be read as text with a NUL between letters and found to hold no paper.
 */
public final class LineReader implements Closeable {

    /** Longer than any abstract, short enough that a broken file cannot fill the heap. */
    public static final int MAX_LINE_LENGTH = 1 << 20;

    /** How much of the file is looked at for NUL bytes: a UTF-16 file has one in every ASCII letter. */
    static final int UTF16_SNIFF_BYTES = 4096;

    private final InputStream in;
    private final String sourceName;
    private final DigestProblems problems;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private boolean first = true;
    private boolean encodingChecked;
    private boolean pendingCarriageReturn;
    private int lineNumber;
    private boolean malformedReported;

    LineReader(InputStream in, String sourceName, DigestProblems problems) {
        this.in = in;
        this.sourceName = sourceName;
        this.problems = problems;
        bytes.flip();
        chars.flip();
    }

    /** The number of the line {@link #readLine()} returned last (1-based). */
    public int lineNumber() {
        return lineNumber;
    }

    /** The next line without its ending, or null at the end of the file. */
    public String readLine() {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                break;
            }
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (skip('\n')) {
                    continue;
                }
            }
            sawAnything = true;
            if (first) {
                first = false;
                if (skip('\uFEFF')) {
                    continue;
                }
            }
            // the characters up to the line's end, or the buffer's, taken at once: a digest's lines are abstracts
            // of a thousand characters and more, and a character at a time was a fifth of reading one
            int end = lineEnd();
            tooLong |= append(line, end);
            if (end < chars.limit()) {
                char ending = chars.get();
                pendingCarriageReturn = ending == '\r';
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            problems.report(sourceName, lineNumber, "line is longer than " + MAX_LINE_LENGTH
                    + " characters; only its beginning was read");
        }
        return line.toString();
    }

    /** Takes the buffer's next character if it is {@code c}; the buffer has one. */
    private boolean skip(char c) {
        if (chars.get(chars.position()) != c) {
            return false;
        }
        chars.get();
        return true;
    }

    /** Where the line ends in the buffer (at an LF or CR), or the buffer's limit. */
    private int lineEnd() {
        char[] array = chars.array();
        int at = chars.arrayOffset() + chars.position();
        int limit = chars.arrayOffset() + chars.limit();
        while (at < limit && array[at] != '\n' && array[at] != '\r') {
            at++;
        }
        return at - chars.arrayOffset();
    }

    /** Appends the buffer's characters up to {@code end} within {@link #MAX_LINE_LENGTH}; true when some did not fit. */
    private boolean append(StringBuilder line, int end) {
        int length = end - chars.position();
        int room = Math.max(0, MAX_LINE_LENGTH - line.length());
        line.append(chars.array(), chars.arrayOffset() + chars.position(), Math.min(length, room));
        chars.position(end);
        return length > room;
    }

    private boolean fill() {
        chars.clear();
        try {
            if (!encodingChecked) {
                encodingChecked = true;
                refuseUtf16();
            }
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && endOfInput) {
                    CoderResult flush = decoder.flush(chars);
                    if (flush.isError()) {
                        malformed(flush);
                    }
                    if (chars.position() == 0) {
                        chars.flip();
                        return false;
                    }
                    break;
                }
                if (!endOfInput) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    malformed(result);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": read failed: " + e.getMessage(), e);
        }
        chars.flip();
        return true;
    }

    /** Reads the first bytes and refuses a UTF-16 file, see {@link #refuseUtf16(String, byte[], int)}. */
    private void refuseUtf16() throws IOException {
        bytes.compact();
        while (bytes.position() < UTF16_SNIFF_BYTES) {
            int n = in.read(bytes.array(), bytes.position(), UTF16_SNIFF_BYTES - bytes.position());
            if (n < 0) {
                break; // the decoding loop reads the end again and ends the decoder's input properly
            }
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        refuseUtf16(sourceName, bytes.array(), bytes.limit());
    }

    /**
     * Refuses a UTF-16 file, which no digest is, from its first {@code length} bytes (up to {@link #UTF16_SNIFF_BYTES}):
     * one with a UTF-16 byte-order mark, or with a NUL byte, which a UTF-8 text or JSON file never has and a UTF-16
     * one has in every ASCII character.
     */
    static void refuseUtf16(String sourceName, byte[] head, int length) {
        if (length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            throw new DigestException(sourceName, 1, "this file is UTF-16 (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8");
        }
        int nul = 0;
        int first = -1;
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                nul++;
                first = first < 0 ? i : first;
            }
        }
        if (nul == 0) {
            return;
        }
        // UTF-16 writes a NUL beside every ASCII character, UTF-32 three: a few NUL bytes are damage, not an encoding
        if (4L * nul >= length) {
            throw new DigestException(sourceName, 1, "looks like UTF-16 (NUL bytes); save it as UTF-8");
        }
        int line = 1;
        for (int i = 0; i < first; i++) {
            line += head[i] == '\n' ? 1 : 0;
        }
        throw new DigestException(sourceName, line, "holds a NUL byte, which no text has: the file is damaged or not"
                + " text. Remove the byte, or the file from the digests");
    }

    private void malformed(CoderResult result) {
        int line = lineNumber + 1;
        CharBuffer decodedSoFar = chars.duplicate().flip();
        // count line endings as readLine() does: LF, CR and CRLF; an LF right after a CR already
        // counted (possibly by readLine(), before this buffer) ends no further line
        boolean afterCarriageReturn = pendingCarriageReturn;
        while (decodedSoFar.hasRemaining()) {
            char c = decodedSoFar.get();
            if (c == '\r' || c == '\n' && !afterCarriageReturn) {
                line++;
            }
            afterCarriageReturn = c == '\r';
        }
        if (!malformedReported) {
            // told once a file: a file saved in another encoding has such bytes on every line with an accent or a curly
            // quote, and one problem with the fix says all there is to say
            malformedReported = true;
            problems.report(sourceName, line, "bytes that are not valid UTF-8 (the first line with such bytes; later"
                    + " ones are not listed)" + otherEncoding(result.length()).orElse("; save the file as UTF-8"));
        }
        bytes.position(bytes.position() + result.length());
        if (chars.hasRemaining()) {
            chars.put('\uFFFD');
        }
    }

    /**
     * What the bytes that are not UTF-8 are in Windows-1252, when they read as it: a single byte of 0x80 or more, with
     * no continuation byte after it (UTF-8 of another kind, cut or forged, has one). Excel's CSV, Notepad before 2019
     * and many older tools on Windows save text so, and the fix is to save it again as UTF-8.
     */
    private Optional<String> otherEncoding(int malformedLength) {
        int at = bytes.position();
        if (malformedLength != 1 || at >= bytes.limit()) {
            return Optional.empty();
        }
        int b = bytes.get(at) & 0xFF;
        int next = at + 1 < bytes.limit() ? bytes.get(at + 1) & 0xFF : -1;
        if (b < 0x80 || next >= 0x80 && next < 0xC0) {
            return Optional.empty();
        }
        String c = new String(new byte[] {(byte) b}, Charset.forName("windows-1252"));
        if (c.length() != 1 || c.charAt(0) == '\uFFFD' || ControlCharacters.is(c.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "; byte 0x%02X is \"%s\" in Windows-1252, so the file was likely"
                + " saved in that encoding, as Excel and older Windows editors do: save it as UTF-8 (Excel: CSV UTF-8;"
                + " or iconv -f windows-1252 -t utf-8)", b, c));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
