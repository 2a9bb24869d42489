package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoBytesTest {

    private final byte[] written = new MemoBytes.Writer().text("video").number(3).numbers(new int[] {1, 2})
            .counts(Map.of("audio", 4)).bytes();

    @Test
    void aValueIsReadBackInTheOrderItWasWritten() {
        List<Object> read = MemoBytes.decode(written, in -> List.of(in.text(), in.number(), in.numbers(), in.linkedCounts()));
        assertEquals("video", read.get(0));
        assertEquals(3, read.get(1));
        assertArrayEquals(new int[] {1, 2}, (int[]) read.get(2));
        assertEquals(Map.of("audio", 4), read.get(3));
    }

    @Test
    void textsOfAnyCharactersAreReadBackAsWritten() {
        List<String> texts = List.of("", "video", "naïve", "a\0b", "日本語", "emoji \uD83D\uDE00 after", "ascii again");
        MemoBytes.Writer writer = new MemoBytes.Writer();
        texts.forEach(writer::text);
        byte[] bytes = writer.bytes();
        assertEquals(texts, MemoBytes.decode(bytes, in -> {
            List<String> read = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                read.add(in.text());
            }
            return read;
        }));
    }

    @Test
    void bytesLeftOverAreNotTheBytesOfTheValue() {
        assertNull(MemoBytes.decode(written, in -> in.text()));
    }

    @Test
    void bytesThatEndTooSoonAreNoValue() {
        assertNull(MemoBytes.decode(new byte[] {0, 5, 'v'}, in -> in.text()));
        assertNull(MemoBytes.decode(new byte[] {0, 0, 0, 9, 1}, in -> in.numbers()), "nine numbers in one byte");
    }

    @Test
    void noBytesOrAReaderThatRefusesThemAreNoValue() {
        assertNull(MemoBytes.decode(null, in -> "never read"));
        assertNull(MemoBytes.decode(written, in -> null));
    }
}
