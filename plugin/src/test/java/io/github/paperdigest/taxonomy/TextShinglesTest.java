package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A table that filled up would make a probe loop for ever: the time limit turns that into a failure. */
@Timeout(30)
class TextShinglesTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void holdsEveryWordAndEveryPairOfNeighbours() {
        TextShingles text = TextShingles.of(analyzer.tokens("Video models dream"), analyzer.tokens("of worlds"));
        for (String[] phrase : List.of(new String[] {"video"}, new String[] {"model"}, new String[] {"world"},
                new String[] {"video", "model", "dream"}, new String[] {"of", "world"})) {
            assertTrue(text.containsAllAfterTheFirst(TextShingles.ofPhrase(phrase)) && text.contains(
                    TextShingles.ofPhrase(phrase)[0]), String.join(" ", phrase));
        }
    }

    @Test
    void holdsNoPairAcrossTwoTextsNorInTheOtherOrder() {
        TextShingles text = TextShingles.of(analyzer.tokens("Video models dream"), analyzer.tokens("of worlds"));
        assertFalse(text.contains(TextShingles.ofPhrase(new String[] {"dream", "of"})[0]));
        assertFalse(text.contains(TextShingles.ofPhrase(new String[] {"model", "video"})[0]));
        assertFalse(text.contains(TextShingles.ofPhrase(new String[] {"planet"})[0]));
    }

    @Test
    void aWordWhoseHashIsZeroIsHeldToo() {
        assertEquals(0, "f5a5a608".hashCode()); // zero marks an empty slot of the table
        TextShingles text = TextShingles.of(analyzer.tokens("f5a5a608 model"));
        assertTrue(text.contains(0));
        assertFalse(TextShingles.of(analyzer.tokens("a model")).contains(0));
    }

    @Test
    void givesEachShingleOnceWhateverTheRepeats() {
        TextShingles text = TextShingles.of(analyzer.tokens("f5a5a608 model model model f5a5a608"));
        List<Integer> given = new ArrayList<>();
        text.forEach(given::add);
        // words f5a5a608 and model; pairs "f5a5a608 model", "model model" and "model f5a5a608"
        assertEquals(5, given.size());
        assertEquals(5, given.stream().distinct().count());
        assertTrue(given.contains(0));
    }

    @Test
    void aLongTextKeepsEveryWord() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            words.append("w").append(i).append(' ');
        }
        TextShingles text = TextShingles.of(analyzer.tokens(words.toString()));
        for (int i = 0; i < 5_000; i++) {
            assertTrue(text.contains(TextShingles.ofPhrase(new String[] {"w" + i})[0]), "w" + i);
        }
        List<Integer> given = new ArrayList<>();
        text.forEach(given::add);
        assertEquals(5_000 + 4_999, given.size());
    }

    @Test
    void answersAsASetOfTheSameHashesWouldOnRandomTexts() {
        Random random = new Random(12);
        String[] vocabulary = {"video", "model", "f5a5a608", "diffusion", "of", "world", "token", "llm", "x1", "gan"};
        for (int round = 0; round < 500; round++) {
            List<List<Token>> texts = new ArrayList<>();
            Set<Integer> expected = new HashSet<>();
            for (int t = 0, count = 1 + random.nextInt(3); t < count; t++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0, words = random.nextInt(300); w < words; w++) {
                    text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(40)).append(' ');
                }
                List<Token> tokens = analyzer.tokens(text.toString());
                texts.add(tokens);
                for (int i = 0; i < tokens.size(); i++) {
                    expected.add(TextShingles.ofPhrase(new String[] {tokens.get(i).normal()})[0]);
                    if (i + 1 < tokens.size()) {
                        expected.add(TextShingles.ofPhrase(new String[] {tokens.get(i).normal(), tokens.get(i + 1).normal()})[0]);
                    }
                }
            }
            @SuppressWarnings("unchecked")
            TextShingles shingles = TextShingles.of(texts.toArray(List[]::new));
            List<Integer> given = new ArrayList<>();
            shingles.forEach(given::add);
            assertEquals(expected.size(), given.size(), "each shingle once, round " + round);
            assertEquals(expected, new HashSet<>(given), "round " + round);
            for (int probe = 0; probe < 200; probe++) {
                int hash = random.nextInt();
                assertEquals(expected.contains(hash), shingles.contains(hash), "hash " + hash + ", round " + round);
            }
            expected.forEach(hash -> assertTrue(shingles.contains(hash)));
        }
    }
}
