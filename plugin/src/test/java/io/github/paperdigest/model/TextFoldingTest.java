package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void wordsAreLowerCaseRunsOfLettersAndDigitsWithoutAccents() {
        assertEquals(List.of("video", "llama", "2", "cafe"), TextFolding.words("Video-LLaMA 2: Café"));
        assertEquals(List.of("naive", "fine", "tuning"), TextFolding.words("Naïve ﬁne-tuning"));
        assertEquals(List.of(), TextFolding.words(" -- !? "));
    }

    @Test
    void asciiTextIsFoldedInOnePassAsTheUnicodePathWouldFoldIt() {
        // a non-ASCII space at the end sends the same text down the Unicode path, which must agree
        Random random = new Random(12);
        String alphabet = "abcXYZ019 -_.,:;'\"()[]/\\\t";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(TextFolding.words(text + "\u00a0"), TextFolding.words(text.toString()), text.toString());
        }
    }

    @Test
    void withoutAccentsKeepsCaseAndDecomposesForCompatibility() {
        assertEquals("Cafe fi 2", TextFolding.withoutAccents("Café ﬁ ²"));
        assertEquals("plain ASCII", TextFolding.withoutAccents("plain ASCII"));
    }

    @Test
    void theBrowserSearchFoldDropsEveryMarkAndKeepsCompatibilityCharacters() {
        // as site.js: text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
        assertEquals("resume ﬁ", TextFolding.asBrowserSearch("Résumé ﬁ"));
        assertEquals("क", TextFolding.asBrowserSearch("कि"), "a spacing vowel sign is a mark too");
    }
}
