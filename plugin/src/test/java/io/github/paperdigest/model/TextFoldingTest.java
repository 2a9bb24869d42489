package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void theBrowserSearchFoldDropsEveryMarkAndDecomposesCompatibilityCharacters() {
        // as search-engine.js: text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase(), then SEARCH_FOLDS
        assertEquals("resume fi l2", TextFolding.asBrowserSearch("Résumé ﬁ L₂"));
        assertEquals("क", TextFolding.asBrowserSearch("कि"), "a spacing vowel sign is a mark too");
    }

    @Test
    void theBrowserSearchFoldNamesGreekLettersAndSpellsOutLettersWithoutADecomposition() {
        assertEquals(" alpha -entmax and  beta -vae", TextFolding.asBrowserSearch("α-entmax and Β-VAE"));
        assertEquals("strasse grosse aelfred pawel soren oeuvre", TextFolding.asBrowserSearch("Straße Größe Ælfred Paweł Søren Œuvre"));    }

    @Test
    void aGreekWordKeepsItsLettersWhileALetterStandingAloneIsItsName() {
        assertEquals("σοφια and  beta -vae", TextFolding.asBrowserSearch("Σοφία and β-VAE"));
        assertEquals("μηχανικη μαθηση", TextFolding.asBrowserSearch("Μηχανική μάθηση"));
    }

    @Test
    void theSearchScriptFoldsTheSameLettersTheSameWay() throws IOException {
        String script;
        try (InputStream in = TextFoldingTest.class.getClassLoader()
                .getResourceAsStream("paper-digest-theme/assets/search-engine.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = script.indexOf("const FOLDS =");
        String declaration = script.substring(start, script.indexOf(';', start));
        StringBuilder folds = new StringBuilder();
        Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(declaration);
        while (literal.find()) {
            folds.append(literal.group(1));
        }
        Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(folds);
        String unescaped = escape.replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        assertEquals(TextFolding.SEARCH_FOLDS, unescaped);
    }
}
