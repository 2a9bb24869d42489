package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "models,     model",
            "Videos,     video",
            "LLMs,       llm",
            "LLM,        llm",
            "VLMs,       vlm",
            "GANs,       gan",
            "NeRFs,      nerf",
            "studies,    study",
            "boxes,      box",
            "matches,    match",
            "classes,    class",
            "datasets,   dataset",
            "benchmarks, benchmark",
            "captions,   caption",
            "Transformers, transformer",
    })
    void aPluralAndItsSingularCompareEqual(String plural, String singular) {
        assertEquals(analyzer.normalise(singular), analyzer.normalise(plural));
        assertEquals(singular, analyzer.normalise(plural));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analysis", "process", "series", "bias", "class", "corpus", "physics", "robotics",
            "this", "is", "gas", "lens", "loss", "focus", "various", "continuous", "semantics"})
    void wordsThatMerelyEndInSAreKept(String word) {
        assertEquals(word, analyzer.normalise(word));
    }

    @Test
    void caseAndAccentsAreIgnored() {
        assertEquals(analyzer.normalise("naive"), analyzer.normalise("Naïve"));
        assertEquals(analyzer.normalise("video"), analyzer.normalise("VIDEO"));
        assertEquals("cafe", analyzer.normalise("Café"));
    }

    @Test
    void aPossessiveIsTheWordItself() {
        assertEquals("model", analyzer.normalise("model's"));
        assertEquals("model", analyzer.normalise("model’s"));
    }

    @Test
    void aHyphenatedPhraseEqualsTheSamePhraseWithSpaces() {
        assertEquals(analyzer.normalisePhrase("video language"), analyzer.normalisePhrase("video-language"));
        assertEquals(analyzer.normalisePhrase("text to video"), analyzer.normalisePhrase("Text-to-Video"));
        assertEquals(analyzer.normalisePhrase("text to video"), analyzer.normalisePhrase("text/to/video"));
        assertEquals("large language model", analyzer.normalisePhrase("Large-Language  Models"));
    }

    @Test
    void aWordsNormalFormIsTheSameWhenItIsRememberedAndAfterTheMemoryIsFull() {
        TextAnalyzer fresh = new TextAnalyzer();
        assertEquals("model", fresh.normalise("Models"));
        assertEquals("model", fresh.normalise("Models"), "remembered");
        for (int i = 0; i < TextAnalyzer.KNOWN_WORDS + 10; i++) {
            fresh.normalise("Word" + letters(i) + "s");
        }
        assertEquals("wordzzzzzz", fresh.normalise("WordZzzzzzs"), "a new word past the bound");
        assertEquals("naive", fresh.normalise("Naïves"));
        assertEquals("model", fresh.normalise("Models"));
    }

    /** A number written in letters: a word that does not end in a digit, which would keep its plural. */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        do {
            out.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.toString();
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(analyzer.normalise("video"), analyzer.normalise("audio"));
        assertNotEquals(analyzer.normalisePhrase("long video"), analyzer.normalisePhrase("long-term video"));
    }

    @Test
    void punctuationSeparatesWordsButADotBetweenDigitsDoesNot() {
        assertEquals(List.of("GPT", "4", "and", "GPT", "4.5", "end"), originals("GPT-4 and GPT-4.5, end."));
        assertEquals(List.of("We", "study", "video", "LLMs"), originals("We study (video) LLMs!"));
    }

    @Test
    void tokensKeepTheWordAsWrittenBesideItsNormalForm() {
        List<Token> tokens = analyzer.tokens("Video-LLMs");
        assertEquals(List.of(new Token("Video", "video"), new Token("LLMs", "llm")), tokens);
    }

    @Test
    void textWithoutWordsHasNoTokens() {
        assertEquals(List.of(), analyzer.tokens(" -- ... !? "));
        assertEquals(List.of(), analyzer.tokens(""));
    }

    private List<String> originals(String text) {
        return analyzer.tokens(text).stream().map(Token::original).toList();
    }
}
