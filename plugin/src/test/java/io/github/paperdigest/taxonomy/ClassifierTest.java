package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The index as a whole, on a three-paper archive like the one where a license-plate paper was tagged "Number theory": an
 * arXiv snapshot's math paper with its categories, a paper on diffusion models and robotics, and a paper whose own text
 * names one term only. Which related papers lend it tags is decided on the scale of the similarity that related them.
 */
class ClassifierTest {

    private static final String VOCABULARY = """
            tags:
              - id: diffusion-models
                label: Diffusion models
                aliases: [diffusion model]
              - id: robotics
                label: Robotics
              - id: recognition
                label: Recognition
            """;

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Corpus corpus = corpus(
            paper("On old style identifiers", "We prove things about Möbius functions.", "Number Theory", "Algebraic Geometry"),
            paper("Diffusion models for robotics", "Diffusion models plan robotics motions; robotics meets diffusion models."),
            paper("Unified vehicle classification and license plate recognition",
                    "Plates are read and vehicles classified; a planner plans the motions of the camera."));

    @Test
    void aPaperFarInMeaningFromTheOthersBorrowsNoTagAndNoCategory() {
        // cosines 0.14 to the math paper and 0.10 to the diffusion paper, as a title-only paper had beside a snapshot
        Classification c = classifier(SentenceModel.DEFAULT).classify(corpus, TaxonomyDefinition.empty(),
                Optional.of(vectors(0.14, 0.10)), timing -> { });
        assertEquals(List.of("recognition"), c.tagsOf(id("Unified vehicle")));
    }

    @Test
    void aPaperCloseInMeaningToATaggedPaperBorrowsItsTopicButNotTheCategoriesOfAnother() {
        Classification c = classifier(SentenceModel.DEFAULT).classify(corpus, TaxonomyDefinition.empty(),
                Optional.of(vectors(0.5, 0.6)), timing -> { });
        assertEquals(List.of("recognition", "diffusion-models"), c.tagsOf(id("Unified vehicle")));
    }

    @Test
    void theFloorIsTheScaleOfTheModelThatMadeTheEmbeddings() {
        // 0.6 is close for all-MiniLM and far for bge-small, whose unrelated papers are 0.6 apart
        Classification c = classifier(SentenceModel.BGE_SMALL_EN_V15_Q).classify(corpus, TaxonomyDefinition.empty(),
                Optional.of(vectors(0.5, 0.6)), timing -> { });
        assertEquals(List.of("recognition"), c.tagsOf(id("Unified vehicle")));
    }

    @Test
    void byWordsAloneAPaperSharingAWordOrTwoWithAnotherBorrowsNothing() {
        // "motions" and "plan" make the diffusion paper its related paper, at a TF-IDF cosine of 0.012
        Classification c = classifier(SentenceModel.DEFAULT).classify(corpus, TaxonomyDefinition.empty(), Optional.empty(),
                timing -> { });
        assertEquals(List.of("recognition"), c.tagsOf(id("Unified vehicle")));
    }

    /**
     * The papers' vectors: the math paper and the diffusion paper at right angles, the vehicle paper at the given cosines
     * to each.
     */
    private PaperVectors vectors(double toMath, double toDiffusion) {
        float[] math = {1, 0, 0};
        float[] diffusion = {0, 1, 0};
        float[] vehicle = {(float) toMath, (float) toDiffusion,
                (float) Math.sqrt(1 - toMath * toMath - toDiffusion * toDiffusion)};
        return PaperVectors.of("test", List.of(id("On old style"), id("Diffusion models"), id("Unified vehicle")),
                new float[][] {math, diffusion, vehicle});
    }

    private PaperId id(String titleStart) {
        return corpus.papers().stream().filter(p -> p.title().startsWith(titleStart)).map(Paper::id).findFirst().orElseThrow();
    }

    private Classifier classifier(SentenceModel model) {
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());
        Vocabulary vocabulary = Vocabulary.of(new TaxonomyParser().parse("vocabulary.yml", VOCABULARY),
                TaxonomyDefinition.empty(), analyzer);
        RelatedPapers related = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT);
        return new Classifier(new Tagger(vocabulary, new KeyphraseExtractor(analyzer), markdown, analyzer),
                new HubAssembler(vocabulary, markdown, w -> { }, new DerivedHubs()), related,
                new SemanticNeighbours(related.count()), model);
    }

    private static Corpus corpus(PaperEntry... entries) {
        DigestFile digest = new DigestFile("2025-09-05.txt", "text", Optional.empty(), Optional.empty(), Optional.empty(),
                "", List.of(), List.of(entries));
        return new PaperCatalog(m -> { }).build(List.of(digest));
    }

    private static PaperEntry paper(String title, String abstractText, String... tags) {
        return new PaperEntry(title, abstractText, false, Optional.empty(), List.of(), Optional.empty(), List.of(),
                List.of(tags), Optional.empty(), new TreeMap<>(), "", 1);
    }
}
