package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TagLabelsTest {

    @Test
    void labelsAreInSentenceCaseWhoeverWroteThem() {
        assertEquals("Reading group", TagLabels.sentenceCase("reading group"));
        assertEquals("Large-scale", TagLabels.sentenceCase("Large-Scale"));
        assertEquals("Zero-shot action recognition", TagLabels.sentenceCase("Zero-Shot Action Recognition"));
        assertEquals("Zero-shot action recognition (ZSAR)", TagLabels.sentenceCase("Zero-Shot Action Recognition (ZSAR)"));
        assertEquals("Video generation", TagLabels.sentenceCase("  Video generation "));
    }

    @Test
    void acronymsNamesAndWordsWithDigitsKeepTheirCapitals() {
        assertEquals("Dynamic NeRF", TagLabels.sentenceCase("Dynamic NeRF"));
        assertEquals("Video LLMs and T2V", TagLabels.sentenceCase("Video LLMs and T2V"));
        assertEquals("3D Gaussian splatting", TagLabels.sentenceCase("3D Gaussian Splatting"));
        assertEquals("GPT-4 evaluation", TagLabels.sentenceCase("GPT-4 Evaluation"));
        assertEquals("ViT backbones", TagLabels.sentenceCase("ViT backbones"));
        assertEquals("Bayesian optimisation in English", TagLabels.sentenceCase("bayesian Optimisation in English"));
    }

    @Test
    void everyBuiltInLabelFollowsTheRuleAndNamesTheWordsOfItsSlug() {
        TaxonomyDefinition builtIn = new TaxonomyParser().parse("vocabulary.yml", SeedDigest.builtInVocabulary());
        for (TermDefinition term : builtIn.tags()) {
            assertEquals(term.label(), TagLabels.sentenceCase(term.label()), "written as shown: " + term.id());
            List<String> labelWords = Arrays.asList(term.label().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
            for (String word : term.id().split("-")) {
                // a plural, an adjective or a shorter form agree: "face" and "Faces", "weakly" and "weak"
                String stem = word.substring(0, Math.min(4, word.length()));
                assertTrue(labelWords.stream().anyMatch(w -> w.startsWith(stem)),
                        "the slug " + term.id() + " says '" + word + "', which its label '" + term.label() + "' does not");
            }
        }
    }
}
