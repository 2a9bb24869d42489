package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BufferWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII <p>", "Café … naïve", "β-nets → ℝ", "emoji 😀 and 𝔼[x]",
            "lone \uD83D high", "lone \uDE00 low", "ends high \uD83D", "\uDE00\uD83D reversed"})
    void writesTheBytesStringGetBytesGives(String text) throws IOException {
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(List.of(text), 4));
    }

    @Test
    void joinsASurrogatePairSplitAcrossTwoWrites() throws IOException {
        String text = "a😀b";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(List.of("a\uD83D", "\uDE00b"), 1));
    }

    @Test
    void growsPastItsFirstCapacityAndMatchesTheEncoderOnMixedText() throws IOException {
        Random random = new Random(7);
        char[] alphabet = "ab <>&é…β😀\uD800".toCharArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        String whole = text.toString();
        // pieces of random length, as a template writes a page, so that pairs and runs cross the writes
        List<String> pieces = new ArrayList<>();
        for (int at = 0; at < whole.length(); ) {
            int end = Math.min(whole.length(), at + 1 + random.nextInt(40));
            pieces.add(whole.substring(at, end));
            at = end;
        }
        assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), written(pieces, 16));
    }

    @Test
    void writesCharArraysAndSingleCharactersAsItWritesStrings() throws IOException {
        Utf8BufferWriter writer = new Utf8BufferWriter(2);
        writer.write("x…".toCharArray(), 0, 2);
        writer.write('\uD83D');
        writer.write('\uDE00');
        writer.write("éé", 1, 1);
        assertArrayEquals("x…😀é".getBytes(StandardCharsets.UTF_8), bytesOf(writer));
    }

    @Test
    void aWriterResetForTheNextTextKeepsNothingOfTheLast() {
        Utf8BufferWriter writer = new Utf8BufferWriter(4);
        writer.write("a long first page … ends high \uD83D");
        bytesOf(writer);
        writer.reset();
        writer.write("\uDE00short");
        // the low surrogate is alone in the second text: the first's high one was ended with it
        assertArrayEquals("?short".getBytes(StandardCharsets.UTF_8), bytesOf(writer));
        writer.reset();
        assertArrayEquals(new byte[0], bytesOf(writer));
    }

    @Test
    void longStringsEncodedWholeJoinASurrogatePairWithTheWritesAroundThem() throws IOException {
        String ascii = "x".repeat(Utf8BufferWriter.ENCODED_FROM);
        List<String> pieces = List.of(ascii + "\uD83D", "\uDE00" + ascii + "é…", ascii + "\uDE00", "\uD83D",
                "\uDE00" + ascii, ascii + "\uD83D" + ascii);
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), written(pieces, 8));
    }

    private static byte[] written(List<String> pieces, int capacity) throws IOException {
        Utf8BufferWriter writer = new Utf8BufferWriter(capacity);
        for (String piece : pieces) {
            writer.write(piece);
        }
        return bytesOf(writer);
    }

    private static byte[] bytesOf(Utf8BufferWriter writer) {
        ByteBuffer bytes = writer.bytes();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return copy;
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedBeforeItsArrayGrowsPastIt() {
        Utf8BufferWriter writer = new Utf8BufferWriter(4, 10);
        writer.write("0123456789");
        assertEquals(10, writer.bytes().remaining());
        TextTooLong e = assertThrows(TextTooLong.class, () -> writer.write("x"));
        assertEquals(10, e.limit());
    }
}
