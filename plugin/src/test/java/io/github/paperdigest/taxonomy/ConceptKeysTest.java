package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which tag phrases name one concept. The pairs are those the labelled arXiv corpus and the built-in vocabulary
 * showed: the vocabulary itself makes "video edit" and "video editing", "prompts" and "prompting" one term.
 */
class ConceptKeysTest {

    private final ConceptKeys concepts = new ConceptKeys(new TextAnalyzer());

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "generative models,         Generative modeling",
            "Generative Modelling,      generative model",
            "topic models,              topic modeling",
            "Gaussian splats,           Gaussian splatting",
            "feature matches,           feature matching",
            "video edits,               video editing",
            "prompts,                   prompting",
            "benchmarks,                benchmarking",
            "state-space models,        State Space Modeling",
            "word embeddings,           word embedding",
            "Vision-Language Models,    vision language modeling",
    })
    void formsOfTheSameWordsInTheSameOrderAreOneConcept(String one, String other) {
        assertEquals(concepts.of(one), concepts.of(other));
    }

    /**
     * What the corpus showed the other candidate rules would merge: word order ("segmentation masks", "mask
     * segmentation"), -ation ("video segments", "video segmentation"; "limits", "limitation"), -ed ("target data",
     * "targeted data"), -er ("large models", "larger models"), a dropped -e ("medical image", "medical imaging"). And
     * words that only end like a form: "string" is no "str", "thing" no "th".
     */
    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({
            "segmentation masks,   mask segmentation",
            "video segments,       video segmentation",
            "limits of LLMs,       limitation of LLMs",
            "target data,          targeted data",
            "large models,         larger models",
            "medical image,        medical imaging",
            "text-to-video,        video-to-text",
            "string kernels,       str kernels",
            "thing detection,      th detection",
    })
    void otherFormsAndOtherOrdersAreOtherConcepts(String one, String other) {
        assertNotEquals(concepts.of(one), concepts.of(other));
    }
}
