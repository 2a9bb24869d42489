package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.testing.RecordingMemo;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TaggerTest {

    private static final String VOCABULARY = """
            tags:
              - id: video-generation
                label: Video generation
                aliases: [text-to-video, T2V]
                description: Models that **make** videos.
              - id: large-language-models
                label: Large language models
                aliases: [LLM, LLMs, large language model]
              - id: benchmark
                label: Benchmarks
              - id: dataset
                label: Datasets
              - id: reasoning
                label: Reasoning
              - id: audio
                label: Audio
              - id: robotics
                label: Robotics
              - id: agents
                label: Agents
              - id: memory
                label: Memory
              - id: diffusion-models
                label: Diffusion models
                aliases: [diffusion]
              - id: captioning
                label: Captioning
              - id: retrieval
                label: Retrieval
            """;

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());

    @Test
    void writtenTagsComeFirstThenTagsFoundInTheText() {
        Corpus corpus = corpus(paper("Text-to-Video with LLMs", "We make video generation better. A benchmark too.",
                "Reading Group", "LLMs"));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        List<String> tags = result.paperTags().get(only(corpus));
        assertEquals(List.of("reading-group", "large-language-models", "video-generation"), tags.subList(0, 3));
    }

    @Test
    void aWrittenTagOutsideTheVocabularyIsAWrittenTagWithItsWordsInTheSitesCasing() {
        Corpus corpus = corpus(paper("A paper", "Nothing to find here.", "Reading Group"));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        assertEquals(new Tag("reading-group", "Reading group", "", TagOrigin.WRITTEN), result.tags().get("reading-group"));
    }

    @Test
    void aWrittenTagThatNamesAVocabularyTermIsThatTerm() {
        Corpus corpus = corpus(paper("A paper", "Nothing to find here.", "large language models"));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        assertEquals(List.of("large-language-models"), result.paperTags().get(only(corpus)));
        assertEquals(TagOrigin.VOCABULARY, result.tags().get("large-language-models").origin());
        assertEquals("Large language models", result.tags().get("large-language-models").label());
    }

    @Test
    void writtenTagsThatDifferOnlyInCaseAndPluralAreOneTag() {
        Corpus corpus = corpus(paper("One", "Nothing here.", "Graph Networks"), paper("Two", "Nothing here.", "graph network"));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        for (Paper p : corpus.papers()) {
            assertEquals(List.of("graph-network"), result.paperTags().get(p.id()), p.title());
        }
    }

    private static final PaperEntry FLOW_MATCHING = paper("Flow matching for generative modeling",
            "A new paradigm for generative modeling built on normalizing flows.", "generative models");
    private static final PaperEntry SCORE_BASED = paper("Score-based generative modeling through stochastic equations",
            "Generative modeling by reversing a gradual noising.");
    private static final PaperEntry DESIGN_SPACE = paper("The design space of samplers",
            "Generative modeling with samplers. Generative modeling made simple.");

    /**
     * A reading group wrote "generative models"; the corpus keeps saying "generative modeling". One concept: the tag a
     * person wrote, with its label and address, and the papers the index found join it.
     */
    @Test
    void aFoundTagOfTheConceptOfAWrittenTagIsTheWrittenTag() {
        Corpus corpus = seedAnd(FLOW_MATCHING, SCORE_BASED, DESIGN_SPACE);

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        assertFalse(result.tags().containsKey("generative-modeling"), result.tags().keySet().toString());
        assertEquals(new Tag("generative-model", "Generative models", "", TagOrigin.WRITTEN),
                result.tags().get("generative-model"));
        for (PaperEntry p : List.of(FLOW_MATCHING, SCORE_BASED, DESIGN_SPACE)) {
            assertTrue(tagsOf(corpus, result, p.title()).contains("generative-model"), p.title());
        }
    }

    /** A phrase the corpus keeps using in two forms is one tag, named as the more papers use it. */
    @Test
    void twoFoundPhrasesOfOneConceptAreOneTag() {
        Corpus corpus = seedAnd(paper("Quokka modeling at scale", "Quokka modeling of lattices. Quokka modeling again."),
                paper("Quokka modeling for all", "Quokka modeling is all we do."),
                paper("Quokka models", "Quokka models are small. Quokka models fold."),
                paper("Quokka models, once more", "Quokka models are kept. Quokka models last."),
                paper("Quokka modeling, once more", "Quokka modeling is kept. Quokka modeling lasts."));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        List<String> quokka = result.tags().keySet().stream().filter(id -> id.contains("quokka")).toList();
        assertEquals(List.of("quokka-modeling"), quokka);
        assertTrue(tagsOf(corpus, result, "Quokka models").contains("quokka-modeling"));
    }

    /** A phrase the corpus keeps using in a form the vocabulary does not list is the vocabulary's term. */
    @Test
    void aFoundPhraseOfAVocabularyTermsConceptIsThatTerm() {
        String vocabulary = VOCABULARY + """
                  - id: world-models
                    label: World models
                """;
        Corpus corpus = seedAnd(paper("World modeling for robots", "World modeling of kitchens. World modeling again."),
                paper("World modeling from video", "World modeling is learned from video."),
                paper("Driving by world modeling", "Cars plan with world modeling, and world modeling only."));

        Tagger.Result result = tagger(vocabulary).tag(corpus);

        assertFalse(result.tags().containsKey("world-modeling"), result.tags().keySet().toString());
        assertEquals(TagOrigin.VOCABULARY, result.tags().get("world-models").origin());
        assertTrue(tagsOf(corpus, result, "World modeling for robots").contains("world-models"));
    }

    /** "Video segments" are not "video segmentation": a written tag keeps its papers and the found one its own. */
    @Test
    void aFoundTagOfAnotherConceptStaysItsOwnTag() {
        Corpus corpus = seedAnd(paper("Quokka segments in the wild", "Quokka segments, cut and kept. Quokka segments.",
                        "quokka segmentation"),
                paper("Quokka segments at night", "Quokka segments are dark. Quokka segments."),
                paper("Counting quokka segments", "We count quokka segments. Quokka segments abound."));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        assertEquals(TagOrigin.WRITTEN, result.tags().get("quokka-segmentation").origin());
        assertEquals(TagOrigin.KEYPHRASE, result.tags().get("quokka-segment").origin());
        assertFalse(tagsOf(corpus, result, "Quokka segments at night").contains("quokka-segmentation"));
    }

    @Test
    void vocabularyTagsHaveTheTermsLabelDescriptionAsHtmlAndAliases() {
        Corpus corpus = corpus(paper("Text-to-video", "Video generation, again."));

        Tag tag = tagger(VOCABULARY).tag(corpus).tags().get("video-generation");

        assertEquals(new Tag("video-generation", "Video generation", "<p>Models that <strong>make</strong> videos.</p>",
                TagOrigin.VOCABULARY, List.of("text-to-video", "T2V")), tag);
    }

    @Test
    void termsInTheTitleOrRepeatedInTheAbstractComeBeforeSingleMentions() {
        Corpus corpus = corpus(paper("Memory for agents",
                "We use a dataset, with reasoning. The dataset is big. Audio. Robotics with memory and memory."));

        List<String> tags = tagger(VOCABULARY).tag(corpus).paperTags().get(only(corpus));

        // memory: title (3) + 2 mentions; agents: title (3); dataset: 2 mentions; single mentions are not needed
        assertEquals(List.of("memory", "agents", "dataset"), tags);
    }

    @Test
    void singleMentionsAreUsedToReachTheMinimumNumberOfTags() {
        Corpus corpus = corpus(paper("A study", "We use a dataset. Then audio."));

        List<String> tags = tagger(VOCABULARY).tag(corpus).paperTags().get(only(corpus));

        assertEquals(Tagger.MIN_TAGS, tags.size());
        assertTrue(tags.containsAll(List.of("dataset", "audio")), tags.toString());
    }

    @Test
    void aPaperGetsAtMostTheMaximumNumberOfTags() {
        String everything = "benchmark dataset reasoning audio robotics agents memory diffusion captioning retrieval LLM"
                + " text-to-video";
        Corpus corpus = corpus(paper(everything, everything + ". " + everything + "."));

        List<String> tags = tagger(VOCABULARY).tag(corpus).paperTags().get(only(corpus));

        assertEquals(Tagger.MAX_TAGS, tags.size());
    }

    @Test
    void onEqualScoresTheTermRarerInTheCorpusComesFirst() {
        Corpus corpus = corpus(paper("Audio and robotics", "Nothing more."), paper("Robotics", "Also robotics, robotics."),
                paper("Robotics again", "Robotics, robotics."));

        Tagger.Result result = tagger(VOCABULARY).tag(corpus);

        PaperId first = corpus.papers().stream().filter(p -> p.title().equals("Audio and robotics")).findFirst()
                .orElseThrow().id();
        assertEquals(List.of("audio", "robotics"), result.paperTags().get(first));
    }

    @Test
    void everyTagOfAPaperIsATagOfTheResult() {
        Corpus corpus = SeedDigest.corpus();
        Tagger.Result result = builtInTagger().tag(corpus);

        result.paperTags().values().forEach(tags -> tags.forEach(
                id -> assertTrue(result.tags().containsKey(id), "no tag " + id)));
        result.tags().forEach((id, tag) -> assertEquals(id, tag.id()));
    }

    @Test
    void everySeedPaperGetsBetweenTwoAndEightTags() {
        Corpus corpus = SeedDigest.corpus();

        Tagger.Result result = builtInTagger().tag(corpus);

        assertEquals(SeedDigest.PAPERS, result.paperTags().size());
        List<String> outside = new ArrayList<>();
        for (Paper p : corpus.papers()) {
            int n = result.paperTags().get(p.id()).size();
            if (n < Tagger.MIN_TAGS || n > Tagger.MAX_TAGS) {
                outside.add(n + " tags: " + p.title() + " " + result.paperTags().get(p.id()));
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void seedPapersGetTheTagsTheirTitlesName() {
        Corpus corpus = SeedDigest.corpus();
        Tagger.Result result = builtInTagger().tag(corpus);

        assertTrue(tagsOf(corpus, result, "KVQ: Kwai Video Quality Assessment").contains("video-quality-assessment"));
        assertTrue(tagsOf(corpus, result, "Two-Stage Constrained Actor-Critic for Short Video").contains("short-form-video"));
        assertTrue(tagsOf(corpus, result, "ExVideo: Extending Video Diffusion Models").contains("video-generation"));
    }

    /**
     * "Short video" alone most often means a clip of seconds ("short video diffusion models", "TVQA short video
     * benchmarks", "learning from a short video"), not the short-form videos of TikTok and Kuaishou that the tag is
     * about: it put long-video papers in the short-video platforms' hub (reader-features review).
     */
    @Test
    void aShortClipIsNoShortFormVideo() {
        Corpus corpus = SeedDigest.corpus();
        Tagger.Result result = builtInTagger().tag(corpus);

        for (String title : List.of("FreeLong: Training-Free Long Video Generation", "Goldfish: Vision-Language",
                "Speech2Lip: High-fidelity Speech to Lip Generation")) {
            assertFalse(tagsOf(corpus, result, title).contains("short-form-video"), title);
        }
        assertTrue(tagsOf(corpus, result, "KVQ: Kwai Video Quality Assessment").contains("short-form-video"));
    }

    @Test
    void taggingIsDeterministic() {
        Corpus corpus = SeedDigest.corpus();
        assertEquals(builtInTagger().tag(corpus), builtInTagger().tag(corpus));
    }

    private List<String> tagsOf(Corpus corpus, Tagger.Result result, String titleStart) {
        Paper paper = corpus.papers().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
        return result.paperTags().get(paper.id());
    }

    @Test
    void aBuildThatRecallsThePapersAnalysesFromTheLastBuildTagsAsOneThatMakesThemAll() {
        Corpus corpus = SeedDigest.corpus();
        Tagger.Result fresh = builtInTagger().tag(corpus);
        RecordingMemo first = new RecordingMemo();
        assertEquals(fresh, tagger(SeedDigest.builtInVocabulary(), first).tag(corpus));
        assertEquals(0, first.recalled());

        RecordingMemo second = first.nextBuild();
        assertEquals(fresh, tagger(SeedDigest.builtInVocabulary(), second).tag(corpus));
        assertEquals(first.size(), second.recalled(), "each paper's keyphrase candidates and evidence, recalled");
        assertEquals(0, second.made());
    }

    @Test
    void evidenceFoundWithOtherTermsIsFoundAgain() {
        Corpus corpus = SeedDigest.corpus();
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(corpus);
        String oneTermMore = VOCABULARY + """
                  - id: world-models
                    label: World models
                """;
        RecordingMemo next = memo.nextBuild();
        assertEquals(tagger(oneTermMore).tag(corpus), tagger(oneTermMore, next).tag(corpus));
        assertEquals(corpus.papers().size(), next.made(), "every paper's evidence, with the new term");
    }

    /**
     * The settled papers tagged alone, after the whole archive was tagged in the same build, read the evidence the
     * memo holds for the archive's keyphrases where it holds for their own too. They are tagged exactly as without a
     * memo, and what the archive's tagging keeps for the next build is left as it was.
     */
    @Test
    void papersTaggedAloneAfterTheArchiveAreTaggedAsWithoutAMemoAndChangeNothingItKeeps() {
        List<PaperEntry> seed = SeedDigest.read().entries();
        List<PaperEntry> grown = new ArrayList<>(seed);
        for (int i = 1; i <= 3; i++) {
            grown.add(paper("Quokka lattice folding, part " + i, "Quokka lattice folding solves puzzle " + i
                    + " with quokka lattice folding again."));
        }
        Corpus archive = corpus(grown.toArray(PaperEntry[]::new));
        List<Paper> settled = archive.papers().subList(0, seed.size());
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(archive);
        int made = memo.made();
        int held = memo.size();

        Tagger.Result alone = tagger(VOCABULARY, memo).alone(settled).tagging().get();

        assertEquals(tagger(VOCABULARY).alone(settled).tagging().get(), alone);
        assertEquals(made, memo.made(), "nothing made for the next build");
        assertEquals(held, memo.size(), "nothing added or forgotten");
        RecordingMemo next = memo.nextBuild();
        assertEquals(tagger(VOCABULARY).tag(archive), tagger(VOCABULARY, next).tag(archive));
        assertEquals(0, next.made(), "the next build of the archive recalls all it needs, as the archive's tagging kept it");
    }

    /**
     * A new digest brings new keyphrases. Evidence is found again for the papers whose words could make one of them,
     * not for every paper: those whose words cannot are tagged as before.
     */
    @Test
    void newKeyphrasesAreLookedForOnlyInPapersWhoseWordsCouldMakeThem() {
        List<PaperEntry> seed = SeedDigest.read().entries();
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(corpus(seed.toArray(PaperEntry[]::new)));

        List<PaperEntry> grown = new ArrayList<>(seed);
        for (int i = 1; i <= 3; i++) {
            grown.add(paper("Quokka lattice folding, part " + i, "Quokka lattice folding solves puzzle " + i
                    + " with quokka lattice folding again."));
        }
        Corpus corpus = corpus(grown.toArray(PaperEntry[]::new));
        RecordingMemo next = memo.nextBuild();
        Tagger.Result result = tagger(VOCABULARY, next).tag(corpus);

        assertEquals(tagger(VOCABULARY).tag(corpus), result);
        assertTrue(result.tags().values().stream().anyMatch(t -> t.origin() == TagOrigin.KEYPHRASE
                && t.label().toLowerCase(java.util.Locale.ROOT).contains("quokka")), result.tags().keySet().toString());
        assertEquals(8, next.made(), "the new papers' phrases and evidence, the keyphrase terms, the phrases merged, and no other paper's evidence");
    }

    /**
     * Most papers' texts are not even split into words again after a new digest: the filter of a paper's shingles rules
     * out every keyphrase that came or went, and its evidence is taken as it was. Seen through a memo whose papers'
     * fingerprints of the keyphrases their texts may hold are made stale: a paper whose words were split again would
     * find its fingerprint stale and its evidence found again.
     */
    @Test
    void papersWhoseFilterRulesOutEveryKeyphraseThatCameAreNotSplitIntoWordsAgain() {
        List<PaperEntry> seed = SeedDigest.read().entries();
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(corpus(seed.toArray(PaperEntry[]::new)));

        Corpus grown = seedAnd(QUOKKA, QUOKKA_AGAIN);
        RecordingMemo next = memo.nextBuild(TaggerTest::withStaleFingerprint);
        Tagger.Result result = tagger(VOCABULARY, next).tag(grown);

        assertEquals(tagger(VOCABULARY).tag(grown), result);
        assertTrue(quokkaTagged(grown, result));
        assertEquals(6, next.made(), "the new papers' phrases and evidence, the keyphrase terms and the phrases merged: no seed paper's evidence");
    }

    /**
     * Evidence taken up with other keyphrases is kept for the next build with the keyphrases it now holds with, the rest
     * as it was: every paper's evidence then names one set of keyphrases, and a build of the same papers after it takes
     * up every analysis.
     */
    @Test
    void evidenceTakenUpWithOtherKeyphrasesIsKeptWithThemAndTakenUpWholeByTheNextBuild() {
        List<PaperEntry> seed = SeedDigest.read().entries();
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(corpus(seed.toArray(PaperEntry[]::new)));
        Corpus grown = seedAnd(QUOKKA, QUOKKA_AGAIN);
        RecordingMemo second = memo.nextBuild();
        tagger(VOCABULARY, second).tag(grown);

        java.util.Set<String> keyphrases = new java.util.HashSet<>();
        List<Tagger.KnownEvidence> evidence = new ArrayList<>();
        RecordingMemo third = second.nextBuild(bytes -> {
            Tagger.KnownEvidence known = Tagger.KnownEvidence.of(bytes);
            if (known != null) {
                keyphrases.add(known.keyphrases());
                evidence.add(known);
            }
            return bytes;
        });
        Tagger.Result result = tagger(VOCABULARY, third).tag(grown);

        assertEquals(grown.papers().size(), evidence.size());
        assertEquals(1, keyphrases.size(), keyphrases.toString());
        assertEquals(tagger(VOCABULARY).tag(grown), result);
        assertEquals(0, third.made());
    }

    /** Evidence as the memo keeps it, its fingerprint of the keyphrases the text may hold made stale; other values as they are. */
    private static byte[] withStaleFingerprint(byte[] bytes) {
        Tagger.KnownEvidence known;
        try {
            known = Tagger.KnownEvidence.of(bytes);
        } catch (RuntimeException notEvidence) {
            return bytes;
        }
        return known == null ? bytes
                : new Tagger.KnownEvidence(known.keyphrases(), "stale", known.filter(), known.evidence()).bytes();
    }

    private static final PaperEntry QUOKKA = paper("Quokka lattice folding for puzzles",
            "Quokka lattice folding solves a puzzle.");
    private static final PaperEntry QUOKKA_AGAIN = paper("Quokka lattice folding, again",
            "Quokka lattice folding solves another puzzle.");

    /**
     * A phrase one paper used becomes a keyphrase when a new paper uses it too: the first paper's evidence must be
     * found again, though its text did not change.
     */
    @Test
    void aPaperWhoseWordsMakeANewKeyphraseIsTaggedWithIt() {
        Corpus before = seedAnd(QUOKKA);
        Corpus after = seedAnd(QUOKKA, QUOKKA_AGAIN);
        assertFalse(quokkaTagged(before, tagger(VOCABULARY).tag(before)));
        assertTrue(quokkaTagged(after, taggedAfter(before, after)));
    }

    /** A keyphrase that goes when one of its two papers goes: the other paper's evidence must lose it. */
    @Test
    void aPaperWhoseKeyphraseWentIsTaggedWithoutIt() {
        Corpus before = seedAnd(QUOKKA, QUOKKA_AGAIN);
        Corpus after = seedAnd(QUOKKA);
        assertTrue(quokkaTagged(before, tagger(VOCABULARY).tag(before)));
        assertFalse(quokkaTagged(after, taggedAfter(before, after)));
    }

    /** {@code after} tagged with what a build of {@code before} kept, checked against a build that keeps nothing. */
    private Tagger.Result taggedAfter(Corpus before, Corpus after) {
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(before);
        Tagger.Result result = tagger(VOCABULARY, memo.nextBuild()).tag(after);
        assertEquals(tagger(VOCABULARY).tag(after), result);
        return result;
    }

    private static Corpus seedAnd(PaperEntry... more) {
        List<PaperEntry> entries = new ArrayList<>(SeedDigest.read().entries());
        entries.addAll(List.of(more));
        return corpus(entries.toArray(PaperEntry[]::new));
    }

    /** Whether the first quokka paper has a tag about quokkas. */
    private boolean quokkaTagged(Corpus corpus, Tagger.Result result) {
        return tagsOf(corpus, result, QUOKKA.title()).stream().anyMatch(id -> id.contains("quokka"));
    }

    @Test
    void aMemoWhoseBytesAreNotAnalysesIsAnalysedAgain() {
        Corpus corpus = SeedDigest.corpus();
        RecordingMemo garbage = RecordingMemo.holdingEverywhere(new byte[] {0, 0, 0, 1, 0});
        assertEquals(builtInTagger().tag(corpus), tagger(SeedDigest.builtInVocabulary(), garbage).tag(corpus));
        assertEquals(0, garbage.recalled(), "bytes that are no analysis count as nothing recalled");
    }

    @Test
    void aPaperWithAWordTooLongToKeepIsTaggedAndAnalysedAgainNextTime() {
        String word = "Video" + "X".repeat(70_000);
        PaperEntry giant = paper("Long video generation with " + word, "We study " + word + " for video generation and "
                + word + " again.");
        PaperEntry plain = paper("Text-to-video diffusion with long memory",
                "We study video generation with diffusion models and long memory.");
        Corpus corpus = corpus(giant, plain);
        RecordingMemo memo = new RecordingMemo();
        assertEquals(tagger(VOCABULARY).tag(corpus), tagger(VOCABULARY, memo).tag(corpus));
        assertEquals(4, memo.size(), "both papers' evidence, the plain paper's phrases and the keyphrase terms; not the giant's phrases");
        RecordingMemo next = memo.nextBuild();
        assertEquals(tagger(VOCABULARY).tag(corpus), tagger(VOCABULARY, next).tag(corpus));
        assertEquals(4, next.recalled());
        assertEquals(0, next.made(), "the giant's phrases are read again, and again not kept");
    }

    @Test
    void aPaperWhoseAbstractChangedIsAnalysedAgainAndTheOthersAreRecalled() {
        PaperEntry kept = paper("Text-to-video diffusion with long memory",
                "We study video generation with diffusion models and long memory.");
        PaperEntry before = paper("A benchmark for video question answering", "We build a benchmark of questions.");
        PaperEntry after = paper("A benchmark for video question answering", "We build a dataset of questions.");
        RecordingMemo memo = new RecordingMemo();
        tagger(VOCABULARY, memo).tag(corpus(kept, before));
        RecordingMemo next = memo.nextBuild();
        Corpus edited = corpus(kept, after);
        assertEquals(tagger(VOCABULARY).tag(edited), tagger(VOCABULARY, next).tag(edited));
        assertEquals(3, next.made(), "the changed paper's keyphrase candidates and evidence, and the phrases merged");
        assertEquals(4, next.recalled(), "the unchanged paper's, the keyphrase terms, and the phrases merged before");
    }

    private Tagger builtInTagger() {
        return tagger(SeedDigest.builtInVocabulary());
    }

    private Tagger tagger(String vocabularyYaml) {
        return tagger(vocabularyYaml, AnalysisMemo.none());
    }

    private Tagger tagger(String vocabularyYaml, AnalysisMemo memo) {
        Vocabulary vocabulary = Vocabulary.of(new TaxonomyParser().parse("vocabulary.yml", vocabularyYaml),
                TaxonomyDefinition.empty(), analyzer);
        return new Tagger(vocabulary, new KeyphraseExtractor(new TextAnalyzer(), memo), markdown, new TextAnalyzer(), memo);
    }

    /**
     * Papers tagged alone are kept under a key of all the tagging reads. The vocabulary's order is read (two terms
     * sharing an alias: the first names it) and so are its labels (a label and an alias swapped name the tag
     * otherwise), though neither changes which phrases are matched.
     */
    @Test
    void papersTaggedAloneAreKeptUnderAKeyOfTheVocabularyAsWritten() {
        String first = """
                tags:
                  - id: vision-language-models
                    label: Vision-language models
                    aliases: [VLM]
                  - id: visual-language-models
                    label: Visual language models
                    aliases: [VLM]
                """;
        String swapped = """
                tags:
                  - id: visual-language-models
                    label: Visual language models
                    aliases: [VLM]
                  - id: vision-language-models
                    label: Vision-language models
                    aliases: [VLM]
                """;
        String relabelled = first.replace("label: Vision-language models\n    aliases: [VLM]",
                "label: VLM\n    aliases: [Vision-language models]");
        List<io.github.paperdigest.model.Paper> papers = SeedDigest.corpus().papers();
        String key = tagger(first).alone(papers).key();

        assertEquals(key, tagger(first).alone(papers).key());
        assertFalse(key.equals(tagger(swapped).alone(papers).key()), "terms in another order");
        assertFalse(first.equals(relabelled), "the relabelled vocabulary differs");
        assertFalse(key.equals(tagger(relabelled).alone(papers).key()), "a label and an alias swapped");
        assertFalse(key.equals(tagger(first).alone(papers.subList(1, papers.size())).key()), "a paper fewer");
    }

    /**
     * The settled papers tagged alone, in a build with no memo from the last: each paper's phrases were read by this
     * build's own tagging, and are taken from what it made, not read again; the tagging is the one a tagger that keeps
     * nothing gives.
     */
    @Test
    void papersTaggedAloneTakeThePhrasesThisBuildAlreadyRead() {
        Corpus corpus = SeedDigest.corpus();
        List<Paper> settled = corpus.papers().subList(0, corpus.papers().size() - 3);
        RecordingMemo memo = new RecordingMemo();
        Tagger tagger = tagger(VOCABULARY, memo);
        tagger.tag(corpus);
        int made = memo.made();

        Tagger.Result alone = tagger.alone(settled).tagging().get();

        assertEquals(made, memo.made(), "phrases read again, or evidence kept for the papers alone");
        assertEquals(tagger(VOCABULARY).alone(settled).tagging().get(), alone);
    }

    @Test
    void aPaperAddedToALargeArchiveChangesTheSampleKeyphrasesAreFoundInByItselfAtMost() {
        List<PaperEntry> entries = new ArrayList<>();
        for (int i = 0; i < Tagger.KEYPHRASE_SAMPLE + 1_000; i++) {
            entries.add(paper("Paper number " + i, "An abstract of paper " + i + "."));
        }
        Set<PaperId> before = new HashSet<>();
        Tagger.sample(corpus(entries.toArray(PaperEntry[]::new)).papers()).forEach(p -> before.add(p.id()));
        entries.add(0, paper("A paper added first", "It moves every other paper one place down."));
        Corpus more = corpus(entries.toArray(PaperEntry[]::new));
        Set<PaperId> after = new HashSet<>();
        Tagger.sample(more.papers()).forEach(p -> after.add(p.id()));
        assertEquals(Tagger.KEYPHRASE_SAMPLE, after.size());
        Set<PaperId> gained = new HashSet<>(after);
        gained.removeAll(before);
        assertTrue(gained.size() <= 1, "papers new to the sample: " + gained);
    }

    @Test
    void papersArrivingAfterTheSettledOnesLeaveTheOrderOfAnOlderPapersTags() {
        Corpus older = SeedDigest.corpus();
        // newcomers that make video generation and benchmarks common, and so less telling than before
        PaperEntry[] newcomers = new PaperEntry[40];
        for (int i = 0; i < newcomers.length; i++) {
            newcomers[i] = paper("Video generation benchmark number " + i,
                    "A benchmark of video generation. Video generation benchmark results, for the benchmark.");
        }
        Corpus grown = seedAnd(newcomers);
        SettledPapers settled = SettledPapers.all(older.byId().keySet());

        Tagger.Result before = builtInTagger().tag(older, Optional.empty(), settled);
        Tagger.Result after = builtInTagger().tag(grown, Optional.empty(), settled);
        Tagger.Result rarityAmongAll = builtInTagger().tag(grown, Optional.empty(), SettledPapers.all(grown.byId().keySet()));

        int reorderedByAll = 0;
        for (Paper p : older.papers()) {
            assertEquals(before.paperTags().get(p.id()), after.paperTags().get(p.id()), p.title());
            reorderedByAll += before.paperTags().get(p.id()).equals(rarityAmongAll.paperTags().get(p.id())) ? 0 : 1;
        }
        assertTrue(reorderedByAll > 0, "rarity counted among every paper would change no older paper's tags either: the"
                + " test shows nothing");
    }

    private static PaperId only(Corpus corpus) {
        assertEquals(1, corpus.papers().size());
        return corpus.papers().get(0).id();
    }

    private static Corpus corpus(PaperEntry... entries) {
        DigestFile digest = new DigestFile("2024-01-01.txt", "text", Optional.empty(), Optional.empty(), Optional.empty(),
                "", List.of(), List.of(entries));
        return new PaperCatalog(m -> { }).build(List.of(digest));
    }

    private static PaperEntry paper(String title, String abstractText, String... tags) {
        return new PaperEntry(title, abstractText, false, Optional.empty(), List.of(), Optional.empty(), List.of(),
                List.of(tags), Optional.empty(), new TreeMap<>(), "", 1);
    }
}
