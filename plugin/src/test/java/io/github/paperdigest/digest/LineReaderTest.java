package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {

    private static final byte[] INVALID = {(byte) 0xC3, (byte) 0x28}; // a lead byte without its continuation

    private final List<DigestException> reported = new ArrayList<>();
    private final DigestProblems lenient = DigestProblems.lenient(reported::add);

    @Test
    void lfCrlfAndCrLineEndingsAllEndALine() {
        assertEquals(List.of("a", "b", "c"), readAll("a\nb\nc"));
        assertEquals(List.of("a", "b", "c"), readAll("a\r\nb\r\nc\r\n"));
        assertEquals(List.of("a", "b", "c"), readAll("a\rb\rc\r"));
        assertEquals(List.of("a", "b", "c", "d"), readAll("a\r\nb\nc\rd"));
    }

    @Test
    void blankLinesAreKeptAndCrlfIsOneLineEnding() {
        assertEquals(List.of("a", "", "b"), readAll("a\r\n\r\nb"));
        assertEquals(List.of("a", "", "b"), readAll("a\r\rb"));
        assertEquals(List.of("a", "", "", "b"), readAll("a\n\n\nb"));
    }

    @Test
    void aFinalLineEndingDoesNotAddAnEmptyLine() {
        assertEquals(List.of("a"), readAll("a\n"));
        assertEquals(List.of("a"), readAll("a\r\n"));
        assertEquals(List.of("a"), readAll("a\r"));
        assertEquals(List.of(), readAll(""));
    }

    @Test
    void lineNumbersCountFromOneWhateverTheLineEndings() {
        LineReader reader = reader("one\r\ntwo\rthree\nfour".getBytes(StandardCharsets.UTF_8), DigestProblems.strict(warning -> { }));
        for (int expected = 1; expected <= 4; expected++) {
            reader.readLine();
            assertEquals(expected, reader.lineNumber());
        }
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        List<String> lines = readAll("\uFEFFTitle\nAbstract");
        assertEquals(List.of("Title", "Abstract"), lines);
    }

    @Test
    void aByteOrderMarkBeforeCrlfLinesIsDroppedAndLinesAreCountedAsUsual() {
        LineReader reader = reader("\uFEFFfirst\r\nsecond".getBytes(StandardCharsets.UTF_8), DigestProblems.strict(warning -> { }));
        assertEquals("first", reader.readLine());
        assertEquals(1, reader.lineNumber());
        assertEquals("second", reader.readLine());
        assertEquals(2, reader.lineNumber());
    }

    @Test
    void multiByteCharactersAreDecodedEvenAcrossReadBuffers() {
        String text = "é".repeat(100_000) + "\n" + "漢字".repeat(40_000) + "\n🎬";
        assertEquals(List.of("é".repeat(100_000), "漢字".repeat(40_000), "🎬"), readAll(text));
    }

    @Test
    void aCrlfSplitBetweenTwoReadsIsOneLineEnding() {
        // the first read takes the first UTF16_SNIFF_BYTES bytes, so a line this long ends at the edge of it
        for (int length = LineReader.UTF16_SNIFF_BYTES - 3; length <= LineReader.UTF16_SNIFF_BYTES + 1; length++) {
            String line = "a".repeat(length);
            assertEquals(List.of(line, "b", "", "c"), readAll(line + "\r\nb\r\n\r\nc"), "a first line of " + length);
        }
    }

    @Test
    void aLineLongerThanTheReadBuffersIsReadWhole() {
        String line = "abc ".repeat(70_000);
        assertEquals(List.of("t", line, "u"), readAll("t\n" + line + "\ru"));
    }

    @Test
    void invalidUtf8IsReportedWithItsLineInStrictMode() {
        byte[] bytes = concat("first\nsecond\nthi", INVALID, "rd\nfourth\n");
        DigestException e = assertThrows(DigestException.class, () -> readAll(bytes, DigestProblems.strict(warning -> { })));
        assertEquals(3, e.line());
        assertEquals("digest.txt", e.sourceName());
        assertTrue(e.getMessage().startsWith("digest.txt:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void invalidUtf8OnTheFirstLineIsReportedOnLineOne() {
        DigestException e = assertThrows(DigestException.class,
                () -> readAll(concat("", INVALID, "x\ny"), DigestProblems.strict(warning -> { })));
        assertEquals(1, e.line());
    }

    @Test
    void invalidUtf8InACrlfFileIsReportedWithItsLine() {
        byte[] bytes = concat("first\r\nsecond\r\n\r\nfourth ", INVALID, "\r\nfifth\r\n");
        DigestException e = assertThrows(DigestException.class, () -> readAll(bytes, DigestProblems.strict(warning -> { })));
        assertEquals(4, e.line());
    }

    @Test
    void invalidUtf8InAFileWithCarriageReturnEndingsIsReportedWithItsLine() {
        byte[] bytes = concat("first\rsecond\rthird ", INVALID, "\rfourth\r");
        DigestException e = assertThrows(DigestException.class, () -> readAll(bytes, DigestProblems.strict(warning -> { })));
        assertEquals(3, e.line());
    }

    @Test
    void invalidUtf8FarIntoALargeCrlfFileIsReportedWithItsLine() {
        // many lines of different lengths, so that line endings fall at every place of the reader's buffers
        StringBuilder text = new StringBuilder();
        int lines = 0;
        for (int length = 0; text.length() < 300_000; length = (length + 37) % 211) {
            text.append("x".repeat(length)).append("\r\n");
            lines++;
        }
        byte[] bytes = concat(text.toString(), INVALID, "\r\nlast\r\n");
        DigestException e = assertThrows(DigestException.class, () -> readAll(bytes, DigestProblems.strict(warning -> { })));
        assertEquals(lines + 1, e.line());
    }

    @Test
    void invalidUtf8AfterACrlfThatStraddlesTwoReadsIsReportedWithItsLine() {
        // 642 lines of 100 characters take 65,484 bytes; a 51-character line then ends with '\r' as byte
        // 65,536 and '\n' as byte 65,537, so that the two halves of its line ending are read separately
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 642; i++) {
            text.append("y".repeat(100)).append("\r\n");
        }
        text.append("z".repeat(51)).append("\r\n"); // line 643
        text.append("line 644\r\nline 645 ");
        byte[] bytes = concat(text.toString(), INVALID, "\r\nline 646\r\n");
        DigestException e = assertThrows(DigestException.class, () -> readAll(bytes, DigestProblems.strict(warning -> { })));
        assertEquals(645, e.line());
    }

    @Test
    void invalidUtf8BecomesAReplacementCharacterInLenientModeAndReadingGoesOn() {
        byte[] bytes = concat("first\nse", INVALID, "cond\nthird\n");
        List<String> lines = readAll(bytes, lenient);

        assertEquals(List.of("first", "se\uFFFD(cond", "third"), lines);
        assertEquals(1, reported.size());
        assertEquals(2, reported.get(0).line());
    }

    /**
     * A file saved in another encoding has bytes that are not UTF-8 on every line with an accent: it is told once, at its
     * first such line (a strict build listed every byte, twenty problems for a ten-line file), and every such byte
     * still becomes U+FFFD.
     */
    @Test
    void invalidUtf8IsToldOnceAFileAtItsFirstLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(concat("a", INVALID, "\nb\nc"));
        out.writeBytes(concat("", INVALID, "\nd"));
        byte[] bytes = out.toByteArray();
        List<String> lines = readAll(bytes, lenient);

        assertEquals(List.of("a\uFFFD(", "b", "c\uFFFD(", "d"), lines);
        assertEquals(List.of(1), reported.stream().map(DigestException::line).toList());
        assertTrue(reported.get(0).problem().contains("the first line with such bytes; later ones are not listed"),
                reported.get(0).problem());
    }

    @Test
    void aWindows1252FileIsToldOnceWithTheCharacterItsByteIsAndTheFix() {
        byte[] bytes = "Week 9 \u2013 caf\u00e9\n\nD\u00e9j\u00e0 vu: \u201cna\u00efve\u201d models\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        List<String> lines = readAll(bytes, lenient);

        assertEquals(3, lines.size());
        assertEquals(1, reported.size(), reported.toString());
        DigestException told = reported.get(0);
        assertEquals(1, told.line());
        assertTrue(told.problem().startsWith("bytes that are not valid UTF-8 (the first line with such bytes; later ones"
                + " are not listed); byte 0x96 is \"\u2013\" in Windows-1252"), told.problem());
        assertTrue(told.problem().contains("save it as UTF-8"), told.problem());
        assertTrue(told.problem().contains("iconv -f windows-1252 -t utf-8"), told.problem());
    }

    @Test
    void utf8OfAnotherKindIsNotTakenForWindows1252() {
        // an overlong '/', a UTF-16 surrogate encoded as UTF-8, a character cut at the end of the file: bytes that
        // follow a lead byte as UTF-8 would, which Windows-1252 text seldom has
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE6, (byte) 0xBC})) {
            reported.clear();
            readAll(concat("ok\nend ", bad, ""), lenient);
            assertEquals(1, reported.size(), reported.toString());
            assertTrue(reported.get(0).problem().endsWith("; save the file as UTF-8; skipped (strict=false)"),
                    reported.get(0).problem());
        }
    }

    @Test
    void aMultiByteCharacterCutOffAtTheEndOfTheFileIsReported() {
        byte[] bytes = concat("ok\nend ", new byte[] {(byte) 0xE6, (byte) 0xBC}, "");
        DigestException e = assertThrows(DigestException.class, () -> readAll(bytes, DigestProblems.strict(warning -> { })));
        assertEquals(2, e.line());
    }

    @Test
    void anOverlongLineIsReportedWithItsLineInStrictMode() {
        String text = "short\n" + "x".repeat(LineReader.MAX_LINE_LENGTH + 10) + "\nafter\n";
        DigestException e = assertThrows(DigestException.class,
                () -> readAll(text.getBytes(StandardCharsets.UTF_8), DigestProblems.strict(warning -> { })));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void anOverlongLineIsCutAndReadingGoesOnInLenientMode() {
        String text = "short\n" + "x".repeat(LineReader.MAX_LINE_LENGTH + 10) + "\nafter\n";
        LineReader reader = reader(text.getBytes(StandardCharsets.UTF_8), lenient);

        assertEquals("short", reader.readLine());
        assertEquals(LineReader.MAX_LINE_LENGTH, reader.readLine().length());
        assertEquals("after", reader.readLine());
        assertEquals(3, reader.lineNumber());
        assertEquals(List.of(2), reported.stream().map(DigestException::line).toList());
    }

    @Test
    void aLineOfExactlyTheMaximumLengthIsNotAProblem() {
        String text = "x".repeat(LineReader.MAX_LINE_LENGTH) + "\nafter";
        assertEquals(2, readAll(text.getBytes(StandardCharsets.UTF_8), DigestProblems.strict(warning -> { })).size());
    }

    @Test
    void aDigestSourceReadsItsFileAsUtf8Lines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("2025-01-02.txt");
        Files.write(file, concat("\uFEFFTitle\r\n\r\nAbstract ", INVALID, "\r\n"));
        DigestSource source = new DigestSource("sub/2025-01-02.txt", file);

        List<String> lines = new ArrayList<>();
        try (LineReader reader = source.lines(lenient)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        assertEquals(List.of("Title", "", "Abstract \uFFFD("), lines);
        assertEquals("sub/2025-01-02.txt", reported.get(0).sourceName());
        assertEquals(3, reported.get(0).line());
    }

    @Test
    void aUtf16FileWithoutAByteOrderMarkIsRefusedOnLineOneEvenInLenientMode() {
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = "Title\n\nAn abstract.\n".getBytes(utf16);

            DigestException refused = assertThrows(DigestException.class, () -> readAll(bytes, lenient));

            assertEquals(1, refused.line(), utf16.name());
            assertTrue(refused.getMessage().contains("looks like UTF-16 (NUL bytes); save it as UTF-8"),
                    refused.getMessage());
        }
    }

    @Test
    void aStrayNulByteInAUtf8FileIsNamedAtItsLineNotTakenForUtf16() {
        byte[] bytes = "Title\n\nAn abstract of many words, long enough to be one.\n\nSecond\n\nAnother abstract.\0\n"
                .getBytes(StandardCharsets.UTF_8);

        DigestException refused = assertThrows(DigestException.class, () -> readAll(bytes, lenient));

        assertEquals(7, refused.line());
        assertTrue(refused.getMessage().contains("holds a NUL byte, which no text has"), refused.getMessage());
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsNamedAsSuchNotAsInvalidUtf8() {
        byte[] littleEndian = concat("", new byte[] {(byte) 0xFF, (byte) 0xFE}, "");
        byte[] text = "Title\n\nAn abstract.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] windowsUnicode = java.util.Arrays.copyOf(littleEndian, 2 + text.length);
        System.arraycopy(text, 0, windowsUnicode, 2, text.length);
        byte[] bigEndian = "Title\n\nAn abstract.\n".getBytes(StandardCharsets.UTF_16); // mark FE FF first

        for (byte[] bytes : List.of(windowsUnicode, bigEndian)) {
            DigestException refused = assertThrows(DigestException.class, () -> readAll(bytes, lenient));

            assertEquals(1, refused.line());
            assertTrue(refused.getMessage().contains("this file is UTF-16 (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8"), refused.getMessage());
        }
        assertEquals(List.of(), reported, "refused, not read on with warnings");
    }

    @Test
    void aNulByteInTheFirstKilobytesIsRefusedWhereverItIs() {
        byte[] bytes = concat("Title\n\n" + "An abstract. ".repeat(200), new byte[] {0}, "\n");

        assertThrows(DigestException.class, () -> readAll(bytes, lenient));
    }

    private List<String> readAll(String text) {
        return readAll(text.getBytes(StandardCharsets.UTF_8), DigestProblems.strict(warning -> { }));
    }

    private static List<String> readAll(byte[] bytes, DigestProblems problems) {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = reader(bytes, problems)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static LineReader reader(byte[] bytes, DigestProblems problems) {
        return new LineReader(new ByteArrayInputStream(bytes), "digest.txt", problems);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
