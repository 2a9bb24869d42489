package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.paperdigest.SeedDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermMatcherTest {

    private static final String VOCABULARY = """
            tags:
              - id: video-generation
                aliases: [text-to-video, T2V, video synthesis, text to video generation]
              - id: summarization
              - id: video-summarization
              - id: large-language-models
                aliases: [large language model, LLM]
              - id: multimodal-llm
                aliases: [multimodal large language model, MLLM]
              - id: retrieval-augmented-generation
                aliases: [RAG]
              - id: long-video
                aliases: [long video]
              - id: openai-gpt
                patterns: ['\\bGPT-\\d\\b']
            """;

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final TermMatcher matcher = vocabulary(VOCABULARY).matcher();

    @ParameterizedTest
    @ValueSource(strings = {"text-to-video", "Text to video", "TEXT-TO-VIDEO", "T2V", "video generation",
            "Video-Generation", "video synthesis", "videos generation", "text to video generation"})
    void aliasesOfATermAllMapToIt(String phrase) {
        assertEquals(Map.of("video-generation", 1), matcher.count("We study " + phrase + " at scale."));
    }

    @Test
    void everyMentionCounts() {
        assertEquals(Map.of("video-generation", 3),
                matcher.count("T2V models, or text-to-video models, do video generation."));
    }

    @Test
    void aMentionCountsUnlessALongerPhraseOfAnyTermCoversItHoweverThePhrasesOverlap() {
        Random random = new Random(20261205);
        List<String> words = List.of("kappa", "sigma", "omega", "zeta");
        for (int round = 0; round < 300; round++) {
            Map<String, Set<List<String>>> phrases = new HashMap<>();
            List<TermDefinition> terms = new ArrayList<>();
            for (String id : List.of("term-a", "term-b", "term-c", "term-d", "term-e")) {
                Set<List<String>> own = new LinkedHashSet<>();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    own.add(randomWords(random, words, 1 + random.nextInt(4)));
                }
                phrases.put(id, own);
                terms.add(new TermDefinition(id, id, own.stream().map(p -> String.join(" ", p)).toList(), List.of(), "",
                        "", 0));
            }
            List<String> text = randomWords(random, words, 40);

            assertEquals(mentionsNotCovered(phrases, text), new TermMatcher(terms, analyzer).count(String.join(" ", text)),
                    "round " + round + ": " + phrases + " in " + text);
        }
    }

    /** The definition, word by word: each term's longest phrase at each place, unless a longer span covers it. */
    private static Map<String, Integer> mentionsNotCovered(Map<String, Set<List<String>>> phrases, List<String> text) {
        List<int[]> spans = new ArrayList<>();
        List<String> spanTerms = new ArrayList<>();
        for (int at = 0; at < text.size(); at++) {
            for (Map.Entry<String, Set<List<String>>> term : phrases.entrySet()) {
                int longest = 0;
                for (List<String> phrase : term.getValue()) {
                    if (at + phrase.size() <= text.size() && text.subList(at, at + phrase.size()).equals(phrase)) {
                        longest = Math.max(longest, phrase.size());
                    }
                }
                if (longest > 0) {
                    spans.add(new int[] {at, at + longest});
                    spanTerms.add(term.getKey());
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] inner = spans.get(k);
            boolean covered = spans.stream().anyMatch(outer -> outer[0] <= inner[0] && inner[1] <= outer[1]
                    && outer[1] - outer[0] > inner[1] - inner[0]);
            if (!covered) {
                counts.merge(spanTerms.get(k), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> randomWords(Random random, List<String> words, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(words.get(random.nextInt(words.size())));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"t2v", "T2v", "t2V"})
    void anAllCapsAliasMatchesOnlyInCapitals(String written) {
        assertEquals(Map.of(), matcher.count("A " + written + " model."));
    }

    @Test
    void anAllCapsAliasMatchesItsPluralInCapitals() {
        assertEquals(Map.of("retrieval-augmented-generation", 2), matcher.count("RAG and other RAGs."));
        assertEquals(Map.of(), matcher.count("A rag doll made of rags. Rag time."));
    }

    @Test
    void aLowerCaseAliasMatchesWhateverTheCase() {
        assertEquals(Map.of("long-video", 3), matcher.count("long video, LONG VIDEOS and Long-Video"));
    }

    @Test
    void aPhraseInsideALongerPhraseOfAnotherTermDoesNotCount() {
        assertEquals(Map.of("video-summarization", 1), matcher.count("We study video summarization."));
        assertEquals(Map.of("multimodal-llm", 1), matcher.count("A multimodal large language model."));
        assertEquals(Map.of("summarization", 1, "video-summarization", 1),
                matcher.count("Summarization of text differs from video summarization."));
    }

    @Test
    void overlappingPhrasesOfTwoTermsBothCount() {
        assertEquals(Map.of("long-video", 1, "video-generation", 1), matcher.count("long video generation"));
    }

    @Test
    void oneMentionCountsOnceEvenWhenItContainsAShorterPhraseOfTheSameTerm() {
        // "text to video generation" contains "video generation": both name video-generation, once
        assertEquals(Map.of("video-generation", 1), matcher.count("We study text-to-video generation."));
    }

    @Test
    void wordsMustMatchWhole() {
        assertEquals(Map.of(), matcher.count("Videography and generational summarizationlike LLMesque."));
    }

    @Test
    void patternsAreMatchedOnTheTextAsWritten() {
        assertEquals(Map.of("openai-gpt", 2), matcher.count("GPT-4 beats GPT-3 but not gpt-5."));
    }

    @Test
    void termsAreListedInTheOrderTheyFirstOccur() {
        assertEquals(java.util.List.of("long-video", "retrieval-augmented-generation", "video-generation"),
                java.util.List.copyOf(matcher.count("long video RAG T2V long video").keySet()));
    }

    @Test
    void withTheBuiltInVocabularyTextToVideoT2vAndVideoGenerationAreOneTerm() {
        TermMatcher builtIn = vocabulary(SeedDigest.builtInVocabulary()).matcher();
        for (String phrase : new String[] {"text-to-video", "T2V", "video generation"}) {
            Map<String, Integer> counts = builtIn.count("Our model does " + phrase + " well.");
            assertEquals(1, counts.get("video-generation"), phrase + ": " + counts);
        }
    }

    @Test
    void theFingerprintOfAMatcherIsThatOfItsTermsInAnyOrder() {
        TermDefinition video = new TermDefinition("video-generation", "Video generation", List.of("T2V"), List.of(), "", "", 1);
        TermDefinition gpt = new TermDefinition("openai-gpt", "GPT", List.of(), List.of("\\bGPT-\\d\\b"), "", "", 2);
        String fingerprint = new TermMatcher(List.of(video, gpt), analyzer).fingerprint();
        assertEquals(fingerprint, new TermMatcher(List.of(gpt, video), analyzer).fingerprint());

        TermDefinition moreAliases = new TermDefinition("video-generation", "Video generation", List.of("T2V", "text-to-video"),
                List.of(), "", "", 1);
        TermDefinition patternTwice = new TermDefinition("openai-gpt", "GPT", List.of(),
                List.of("\\bGPT-\\d\\b", "\\bGPT-\\d\\b"), "", "", 2);
        TermDefinition renamed = new TermDefinition("text-to-video", "Video generation", List.of("T2V"), List.of(), "", "", 1);
        for (List<TermDefinition> other : List.of(List.of(moreAliases, gpt), List.of(video, patternTwice), List.of(renamed, gpt),
                List.of(video))) {
            assertNotEquals(fingerprint, new TermMatcher(other, analyzer).fingerprint(), other.toString());
        }
    }

    /**
     * A phrase counts by its words as they are matched: written in other capitals, or with other punctuation, it finds
     * the same mentions in every text, and the matcher's fingerprint is the same (a keyphrase whose label a new digest
     * writes otherwise leaves every paper's evidence as it was). An acronym is matched as written, so it is not.
     */
    @Test
    void phrasesWrittenOtherwiseButMatchedAlikeLeaveTheFingerprintAsItWas() {
        TermDefinition encoder = new TermDefinition("visual-encoder", "Visual encoder", List.of("visual encoders"), List.of(),
                "", "", 1);
        TermDefinition lowerCase = new TermDefinition("visual-encoder", "visual encoder", List.of("Visual-encoders"),
                List.of(), "", "", 1);
        assertEquals(new TermMatcher(List.of(encoder), analyzer).fingerprint(),
                new TermMatcher(List.of(lowerCase), analyzer).fingerprint());
        String text = "A visual encoder, and Visual-Encoders again.";
        assertEquals(new TermMatcher(List.of(encoder), analyzer).count(text), new TermMatcher(List.of(lowerCase), analyzer).count(text));

        TermDefinition acronym = new TermDefinition("rag", "RAG", List.of(), List.of(), "", "", 1);
        TermDefinition word = new TermDefinition("rag", "Rag", List.of(), List.of(), "", "", 1);
        assertNotEquals(new TermMatcher(List.of(acronym), analyzer).fingerprint(),
                new TermMatcher(List.of(word), analyzer).fingerprint());
    }

    private Vocabulary vocabulary(String yaml) {
        return Vocabulary.of(new TaxonomyParser().parse("vocabulary.yml", yaml), TaxonomyDefinition.empty(), analyzer);
    }

    /**
     * A term can be matched in a text only if its words are there, side by side: the fingerprint for a text leaves
     * out the others.
     */
    @Test
    void theFingerprintForATextCountsOnlyTermsItsNeighbouringWordsCanMake() {
        TermDefinition video = new TermDefinition("video-generation", "Video generation", List.of("T2V"), List.of(), "", "", 0);
        TermDefinition world = new TermDefinition("world-models", "World models", List.of(), List.of(), "", "", 0);
        TermDefinition gpt = new TermDefinition("openai-gpt", "GPT", List.of(), List.of("\\bGPT-\\d\\b"), "", "", 0);
        TextShingles text = shingles("We model the world by video generation.");

        String withVideo = new TermMatcher(List.of(video), analyzer).fingerprintFor(text);
        assertEquals(withVideo, new TermMatcher(List.of(video, world), analyzer).fingerprintFor(text),
                "'model' and 'world' are there, but not as 'world model'");
        assertNotEquals(withVideo, new TermMatcher(List.of(video, world), analyzer).fingerprintFor(
                shingles("World models by video generation.")));
        assertNotEquals(withVideo, new TermMatcher(List.of(video, gpt), analyzer).fingerprintFor(text),
                "a pattern may match any text");
        assertNotEquals(withVideo, new TermMatcher(List.of(), analyzer).fingerprintFor(text));
        assertEquals(new TermMatcher(List.of(), analyzer).fingerprintFor(text),
                new TermMatcher(List.of(world), analyzer).fingerprintFor(text));
    }

    /**
     * Among hundreds of terms, whose phrases' first shingles crowd the matcher's table, a text still tells exactly the
     * terms it can make: leaving out a term it cannot make changes nothing, leaving out one it can does.
     */
    @Test
    void theFingerprintFindsTheOneTermATextCanMakeAmongHundreds() {
        List<TermDefinition> terms = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            terms.add(new TermDefinition("term-" + i, "Term " + i, List.of("alpha" + i + " beta", "gamma" + i),
                    List.of(), "", "", 0));
        }
        TextShingles text = shingles("A study of alpha17 beta and gamma230 under load.");
        String all = new TermMatcher(terms, analyzer).fingerprintFor(text);

        for (int absent : List.of(0, 16, 18, 229, 231, 399)) {
            assertEquals(all, new TermMatcher(without(terms, absent), analyzer).fingerprintFor(text), "term-" + absent);
        }
        assertNotEquals(all, new TermMatcher(without(terms, 17), analyzer).fingerprintFor(text), "a two-word alias");
        assertNotEquals(all, new TermMatcher(without(terms, 230), analyzer).fingerprintFor(text), "a one-word alias");
    }

    private static List<TermDefinition> without(List<TermDefinition> terms, int left) {
        List<TermDefinition> kept = new java.util.ArrayList<>(terms);
        kept.remove(left);
        return kept;
    }

    private TextShingles shingles(String text) {
        return TextShingles.of(analyzer.tokens(text));
    }
}
