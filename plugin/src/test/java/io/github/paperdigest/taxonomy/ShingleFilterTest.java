package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShingleFilterTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void mayHoldEveryPhraseOfItsText() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> words = randomWords(random, 1 + random.nextInt(300));
            List<Token> tokens = analyzer.tokens(String.join(" ", words));
            ShingleFilter filter = ShingleFilter.of(TextShingles.of(tokens));
            for (int from = 0; from < tokens.size(); from++) {
                int length = 1 + random.nextInt(Math.min(4, tokens.size() - from));
                String[] phrase = tokens.subList(from, from + length).stream().map(Token::normal).toArray(String[]::new);
                assertTrue(filter.mayHoldAll(TextShingles.ofPhrase(phrase)), String.join(" ", phrase));
            }
        }
    }

    @Test
    void rulesOutNearlyEveryShingleItsTextLacks() {
        Random random = new Random(11);
        int asked = 0;
        int mistaken = 0;
        for (int round = 0; round < 200; round++) {
            List<String> words = randomWords(random, 150);
            TextShingles text = TextShingles.of(analyzer.tokens(String.join(" ", words)));
            ShingleFilter filter = ShingleFilter.of(text);
            Set<String> own = new HashSet<>(words);
            for (int i = 0; i < 500; i++) {
                String other = "absent" + random.nextInt(1_000_000);
                if (own.contains(other) || text.contains(TextShingles.ofPhrase(new String[] {other})[0])) {
                    continue;
                }
                asked++;
                mistaken += filter.mayHoldAll(TextShingles.ofPhrase(new String[] {other})) ? 1 : 0;
            }
        }
        // 12 bits and 5 probes a shingle: about one in two hundred
        assertTrue(mistaken < asked / 50, mistaken + " of " + asked + " absent shingles seemed held");
    }

    @Test
    void itsWordsGiveTheSameFilterBack() {
        ShingleFilter filter = ShingleFilter.of(TextShingles.of(analyzer.tokens("Video diffusion with long memory")));
        ShingleFilter again = ShingleFilter.ofWords(filter.words());
        assertArrayEquals(filter.words(), again.words());
        assertTrue(again.mayHoldAll(TextShingles.ofPhrase(new String[] {"long", "memory"})));
        assertFalse(again.mayHoldAll(TextShingles.ofPhrase(new String[] {"memory", "long"})));
        assertNull(ShingleFilter.ofWords(new int[0]), "no words are no filter");
    }

    @Test
    void anEmptyTextHoldsNothing() {
        ShingleFilter filter = ShingleFilter.of(TextShingles.of(analyzer.tokens("")));
        assertFalse(filter.mayHoldAll(TextShingles.ofPhrase(new String[] {"video"})));
    }

    private static List<String> randomWords(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(2_000));
        }
        return words;
    }
}
