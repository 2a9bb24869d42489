package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KnownWordsTest {

    private final KnownWords words = new KnownWords(1_000, w -> w.toLowerCase(Locale.ROOT));

    @Test
    void aWordMetAgainIsTheSameTokenWhereverItStands() {
        String text = "Video models and video";

        Token first = token(words, text, 0, 5);
        Token again = token(words, text, 17, 22);

        assertEquals(new Token("Video", "video"), first);
        assertEquals(new Token("video", "video"), again, "written otherwise, a word of its own");
        assertSame(first, token(words, "A Video", 2, 7));
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());

        assertEquals(new Token("Aa", "aa"), token(words, "Aa BB", 0, 2));
        assertEquals(new Token("BB", "bb"), token(words, "Aa BB", 3, 5));
        assertEquals(new Token("Aa", "aa"), token(words, "xAa", 1, 3));
    }

    @Test
    void pastItsCapacityWordsAreStillMadeRight() {
        KnownWords few = new KnownWords(8, w -> w.toLowerCase(Locale.ROOT));
        for (int i = 0; i < 100; i++) {
            String word = "Word" + i;
            assertEquals(new Token(word, "word" + i), token(few, " " + word + " ", 1, word.length() + 1));
        }
        assertEquals(new Token("Word3", "word3"), token(few, "Word3", 0, 5));
    }

    @Test
    void threadsFillingTheTableAtOnceEachGetTheirWordsRight() {
        KnownWords shared = new KnownWords(1 << 12, w -> w.toLowerCase(Locale.ROOT));
        List<String> mismatches = IntStream.range(0, 64).parallel().boxed().flatMap(t -> IntStream.range(0, 3_000)
                .mapToObj(i -> "W" + (i * 7 + t) % 5_000)
                .filter(w -> !token(shared, "(" + w + ")", 1, w.length() + 1).equals(new Token(w, w.toLowerCase(Locale.ROOT))))).toList();

        assertEquals(List.of(), mismatches);
    }

    /** A word's token, with the hash its caller finds as it splits the text. */
    private static Token token(KnownWords words, String text, int from, int to) {
        return words.token(text, from, to, text.substring(from, to).hashCode());
    }
}
