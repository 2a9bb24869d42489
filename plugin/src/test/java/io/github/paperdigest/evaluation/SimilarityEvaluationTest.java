package io.github.paperdigest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.taxonomy.Classifier;
import io.github.paperdigest.taxonomy.DerivedHubs;
import io.github.paperdigest.taxonomy.HubAssembler;
import io.github.paperdigest.taxonomy.KeyphraseExtractor;
import io.github.paperdigest.taxonomy.PaperEmbedding;
import io.github.paperdigest.taxonomy.PaperVectors;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.SentenceModel;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import io.github.paperdigest.taxonomy.TaxonomyParser;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.Vocabulary;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The index judged by labels someone else gave (arXiv primary categories, hidden from the method), for each way of
 * comparing papers: related papers sharing the category, hubs against categories (purity, normalised mutual
 * information), the number of hubs and the largest one's share, tags per paper. The default must meet the targets
 * of issue 10; every method must beat its chance baseline by a stated factor. The table is printed for the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarityEvaluationTest {

    /** Targets for the default (issue 10). */
    static final double RELATED_TARGET = 0.70;
    static final double PURITY_TARGET = 0.75;
    static final double LARGEST_HUB_TARGET = 0.25;
    /**
     * How far the semantic methods must beat chance: related papers over the share of pairs in one category, purity
     * and NMI over the same hubs shuffled. Lexical hubs are far weaker; their own floors are below.
     */
    static final double RELATED_OVER_CHANCE = 1.8;
    static final double PURITY_OVER_CHANCE = 1.4;
    static final double NMI_OVER_CHANCE = 8.0;
    static final double LEXICAL_RELATED_OVER_CHANCE = 1.6;
    static final double LEXICAL_PURITY_OVER_CHANCE = 1.1;
    static final double LEXICAL_NMI_OVER_CHANCE = 3.0;
    /** Measuring the second model embeds the corpus with a model four times slower; asked for by this property. */
    static final String ALL_MODELS = "paperDigest.evaluateAllModels";

    private LabeledCorpus labeled;
    private Corpus corpus;
    private Path cache;
    private final Map<String, Measures> table = new LinkedHashMap<>();

    record Measures(String method, double related, double relatedChance, double purity, double purityChance, double nmi,
            double nmiChance, int hubs, double largestShare, double tagsPerPaper, long millis) {
    }

    @BeforeAll
    void loadTheCorpus() throws IOException {
        Path work = Files.createTempDirectory("labelled");
        labeled = LabeledCorpus.load(LabeledCorpus.require(), work);
        corpus = Corpus.of(labeled.corpus().papers().stream()
                .filter(p -> labeled.primaryCategory().containsKey(p.id())).toList(), List.of());
        // the vectors are kept between local runs; CI starts from a clean folder
        cache = SiteFiles.projectRoot().resolve("plugin/target/evaluation-embeddings");
    }

    @Test
    void theDefaultMeetsTheTargets() {
        Measures m = measure(SentenceModel.DEFAULT.id(), Optional.of(SentenceModel.DEFAULT), true);
        assertTrue(m.related() >= RELATED_TARGET, "related@5 " + m.related());
        assertTrue(m.purity() >= PURITY_TARGET, "purity " + m.purity());
        assertTrue(m.largestShare() <= LARGEST_HUB_TARGET, "largest hub " + m.largestShare());
        assertTrue(m.hubs() >= 4 && m.hubs() <= 15, "hubs " + m.hubs());
        beatsChance(m, RELATED_OVER_CHANCE, PURITY_OVER_CHANCE, NMI_OVER_CHANCE);
    }

    @Test
    void theOtherModelOnOfferIsMeasured() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean(ALL_MODELS),
                "bge-small-en-v1.5-q is measured with -D" + ALL_MODELS + "=true (it embeds the corpus anew, slowly)");
        beatsChance(measure(SentenceModel.BGE_SMALL_EN_V15_Q.id(), Optional.of(SentenceModel.BGE_SMALL_EN_V15_Q), false),
                RELATED_OVER_CHANCE, PURITY_OVER_CHANCE, NMI_OVER_CHANCE);
    }

    @Test
    void lexicalIsMeasured() {
        Measures m = measure("lexical", Optional.empty(), false);
        assertTrue(m.related() >= 0.58, "related@5 " + m.related());
        beatsChance(m, LEXICAL_RELATED_OVER_CHANCE, LEXICAL_PURITY_OVER_CHANCE, LEXICAL_NMI_OVER_CHANCE);
    }

    /**
     * A reading group adds a paper to its newest digest. The corpus has no digests, so papers arrive in id order
     * (arXiv's, by month of submission) and the paper with the highest id arrives last: the settled papers hubs are
     * formed from are the same before and after, so every hub, sub-hubs included, keeps its id, name and papers.
     *
     * <p>A paper added to an old digest arrives among the settled papers, and one paper at their end leaves them:
     * printed, held to nothing. Measured over 16 papers spread through the archive: 13 hubs renamed or gone (7 of them
     * top-level, 4 at once for one paper) and 304 papers in another top-level hub in all; hubs formed from every paper
     * gave 8, 1 and 393 for the same papers, and moved papers for appended ones too.
     */
    @Test
    void aPaperAddedToTheNewestDigestLeavesEveryHubWhereItWas() {
        PaperEmbedding embedding = new PaperEmbedding(SharedModels.INSTANCE.embedder(SentenceModel.DEFAULT),
                new EmbeddingCacheFolder(cache, w -> { }), Runtime.getRuntime().availableProcessors(), p -> { });
        List<Paper> papers = corpus.papers().stream().sorted(java.util.Comparator.comparing(Paper::id)).toList();
        Classification all = classifier().classify(corpus, TaxonomyDefinition.empty(),
                Optional.of(embedding.embed(corpus.papers()).vectors()), t -> { });
        Map<String, Hub> after = new HashMap<>();
        all.hubs().forEach(h -> after.put(h.id(), h));
        Paper newest = papers.get(papers.size() - 1);
        for (Paper added : List.of(newest, papers.get(0), papers.get(papers.size() / 2))) {
            Corpus without = Corpus.of(corpus.papers().stream().filter(p -> !p.id().equals(added.id())).toList(), List.of());
            Classification before = classifier().classify(without, TaxonomyDefinition.empty(),
                    Optional.of(embedding.embed(without.papers()).vectors()), t -> { });
            List<String> renamed = before.hubs().stream().filter(h -> !after.containsKey(h.id())
                    || !after.get(h.id()).name().equals(h.name())).map(Hub::name).toList();
            long moved = before.hubs().stream().filter(h -> after.containsKey(h.id()))
                    .mapToLong(h -> h.paperIds().stream().filter(p -> !after.get(h.id()).paperIds().contains(p)).count()).sum();
            System.out.printf(Locale.ROOT, "adding %s (%s): %d of %d hubs renamed or gone %s, %d of %d papers left a hub%n",
                    added.id().value(), added == newest ? "newest" : "among the settled", renamed.size(),
                    before.hubs().size(), renamed, moved, without.papers().size());
            if (added == newest) {
                assertEquals(List.of(), renamed, "hubs renamed or gone when the newest paper was added");
                assertEquals(0, moved, "papers that left a hub when the newest paper was added");
            }
        }
    }

    /**
     * A reading group adds a digest of 100 papers, about a tenth of the corpus, the newest: with the default model every
     * top-level hub keeps its name and all its papers, since the settled papers are the same. Names come from the tags
     * the settled papers' own text gave them: named by all their tags, borrowed ones included, "Evaluation methods"
     * became "AI safety" here, as the new papers changed which related papers lent which tags. Lexical hubs keep their
     * names too: they are formed from the settled papers' tags as those papers alone give them ({@link
     * io.github.paperdigest.taxonomy.SettledTags}), where tags taken within the whole archive moved with the new papers
     * and clustering them moved the hubs (measured: 8 of 12 top-level hubs gone, 542 of 1,044 papers in another). A few
     * papers may still change hub, as the tags they carry change (measured: 7). Also printed: 100 papers drawn at random
     * from the archive and added back, as when old digests are added late. The settled papers change then, and hubs
     * re-form (measured, semantic: 6 of 11 and 2 of 7 top-level hubs gone, 58 and 42 % of the papers in another; hubs
     * formed from every paper gave 0 to 1 and 22 to 30 %).
     */
    @Test
    void aDigestAddedToTheCorpusLeavesTheDefaultsTopLevelHubsWhereTheyWere() {
        PaperEmbedding embedding = new PaperEmbedding(SharedModels.INSTANCE.embedder(SentenceModel.DEFAULT),
                new EmbeddingCacheFolder(cache, w -> { }), Runtime.getRuntime().availableProcessors(), p -> { });
        for (boolean semantic : List.of(true, false)) {
            Classification after = classifier().classify(corpus, TaxonomyDefinition.empty(),
                    semantic ? Optional.of(embedding.embed(corpus.papers()).vectors()) : Optional.empty(), t -> { });
            Set<String> kept = new HashSet<>();
            topLevel(after).forEach(h -> kept.add(h.id()));
            for (int draw = 0; draw <= 2; draw++) {
                Corpus without = withoutADigest(draw);
                Classification before = classifier().classify(without, TaxonomyDefinition.empty(),
                        semantic ? Optional.of(embedding.embed(without.papers()).vectors()) : Optional.empty(), t -> { });
                List<String> gone = topLevel(before).stream().filter(h -> !kept.contains(h.id())).map(Hub::name).toList();
                List<String> hubBefore = without.papers().stream().map(p -> primaryHub(p.id(), before)).toList();
                List<String> hubAfter = without.papers().stream().map(p -> primaryHub(p.id(), after)).toList();
                long moved = java.util.stream.IntStream.range(0, hubBefore.size())
                        .filter(i -> !hubBefore.get(i).equals(hubAfter.get(i))).count();
                System.out.printf(Locale.ROOT, "a digest added (%s), %s: top-level hubs %d then %d, %d gone %s;"
                        + " %d of %d papers in another top-level hub; NMI of the two partitions %.3f%n",
                        draw == 0 ? "the newest papers" : "drawn at random, " + draw,
                        semantic ? "semantic" : "lexical", topLevel(before).size(), topLevel(after).size(), gone.size(), gone,
                        moved, without.papers().size(), Clusters.nmi(hubBefore, hubAfter));
                if (draw == 0) {
                    assertEquals(List.of(), gone, "top-level hubs renamed when the newest digest was added");
                    assertTrue(moved <= without.papers().size() / 50, moved + " papers in another top-level hub");
                }
                if (semantic && draw == 0) {
                    assertEquals(topLevel(before).size(), topLevel(after).size());
                    for (Hub h : topLevel(before)) {
                        assertTrue(topLevel(after).stream().anyMatch(a -> a.paperIds().containsAll(h.paperIds())),
                                h.name() + " kept together when the newest digest was added");
                    }
                    assertEquals(List.of(), gone, "top-level hubs renamed when the newest digest was added");
                }
            }
        }
    }

    /**
     * The corpus without 100 of its papers, the archive before a digest of them came: the newest 100 (the highest ids)
     * for draw 0, else drawn at random by {@code draw}.
     */
    private Corpus withoutADigest(int draw) {
        List<Paper> shuffled = new ArrayList<>(corpus.papers());
        if (draw == 0) {
            Collections.reverse(shuffled);
        } else {
            Collections.shuffle(shuffled, new Random(draw));
        }
        Set<PaperId> digest = new HashSet<>();
        shuffled.stream().limit(100).forEach(p -> digest.add(p.id()));
        return Corpus.of(corpus.papers().stream().filter(p -> !digest.contains(p.id())).toList(), List.of());
    }

    @AfterAll
    void printTheTable() {
        System.out.println("| similarity | related@5 same category (chance) | hub purity (chance) | NMI (chance) | hubs"
                + " | largest hub | tags per paper | embedding |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        table.values().forEach(m -> System.out.printf(Locale.ROOT,
                "| %s | %.3f (%.3f) | %.3f (%.3f) | %.3f (%.3f) | %d | %.3f | %.2f | %d ms |%n", m.method(), m.related(),
                m.relatedChance(), m.purity(), m.purityChance(), m.nmi(), m.nmiChance(), m.hubs(), m.largestShare(),
                m.tagsPerPaper(), m.millis()));
    }

    private static void beatsChance(Measures m, double related, double purity, double nmi) {
        assertTrue(m.related() >= related * m.relatedChance(), "related papers over chance: " + m);
        assertTrue(m.purity() >= purity * m.purityChance(), "purity over chance: " + m);
        assertTrue(m.nmi() >= nmi * m.nmiChance(), "NMI over chance: " + m);
    }

    private Measures measure(String method, Optional<SentenceModel> model, boolean printHubs) {
        long start = System.nanoTime();
        Optional<PaperVectors> vectors = model.map(m -> new PaperEmbedding(SharedModels.INSTANCE.embedder(m),
                new EmbeddingCacheFolder(cache, w -> { }), Runtime.getRuntime().availableProcessors(), p -> { })
                .embed(corpus.papers()).vectors());
        long millis = (System.nanoTime() - start) / 1_000_000;
        Classification c = classifier().classify(corpus, TaxonomyDefinition.empty(), vectors, t -> { });
        List<Paper> papers = corpus.papers();
        Map<PaperId, String> category = labeled.primaryCategory();

        int same = 0;
        int total = 0;
        for (Paper p : papers) {
            for (RelatedPaper r : c.relatedTo(p.id())) {
                total++;
                same += category.get(r.id()).equals(category.get(p.id())) ? 1 : 0;
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        papers.forEach(p -> sizes.merge(category.get(p.id()), 1, Integer::sum));
        double relatedChance = sizes.values().stream().mapToDouble(n -> (double) n * (n - 1)).sum()
                / ((double) papers.size() * (papers.size() - 1));

        List<String> hubOfPaper = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (Paper p : papers) {
            hubOfPaper.add(primaryHub(p.id(), c));
            categories.add(category.get(p.id()));
        }
        // hubs by meaning hold every paper; hubs of tags every paper that has a tag, which by words alone a paper whose
        // text names no known topic, with no related paper close enough to lend one, does not (measured: 4 of 1,144)
        long withoutTag = papers.stream().filter(p -> c.tagsOf(p.id()).isEmpty()).count();
        assertEquals(vectors.isPresent() ? 0 : withoutTag, hubOfPaper.stream().filter(h -> h.equals("(none)")).count(),
                method + ": every paper is in a hub, or by words alone every paper with a tag");
        assertTrue(withoutTag <= papers.size() / 100, method + ": " + withoutTag + " papers without a tag");
        List<String> shuffled = new ArrayList<>(hubOfPaper);
        Collections.shuffle(shuffled, new Random(1));
        int largest = topLevel(c).stream().mapToInt(h -> h.paperIds().size()).max().orElse(0);
        double tagsPerPaper = papers.stream().mapToInt(p -> c.tagsOf(p.id()).size()).average().orElse(0);
        Measures m = new Measures(method, (double) same / total, relatedChance, Clusters.purity(hubOfPaper, categories),
                Clusters.purity(shuffled, categories), Clusters.nmi(hubOfPaper, categories), Clusters.nmi(shuffled, categories),
                topLevel(c).size(), (double) largest / papers.size(), tagsPerPaper, millis);
        table.put(method, m);
        System.out.println(m);
        if (printHubs) {
            printHubs(c);
        }
        return m;
    }

    /** A researcher's view: each hub's name, size, description and three key papers. */
    private void printHubs(Classification c) {
        Map<String, String> labels = new HashMap<>();
        c.tags().forEach(t -> labels.put(t.id(), t.label()));
        for (Hub h : c.hubs()) {
            Map<String, Integer> cats = new HashMap<>();
            h.paperIds().forEach(p -> cats.merge(labeled.primaryCategory().get(p), 1, Integer::sum));
            String top = cats.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
            String indent = h.parentId().isPresent() ? "    " : "";
            System.out.printf(Locale.ROOT, "%s%s — %d papers [%s]%n%s  %s%n", indent, h.name(), h.paperIds().size(), top,
                    indent, h.descriptionHtml().replaceAll("<[^>]+>", ""));
            h.keyPaperIds().stream().limit(3).forEach(p -> System.out.println(indent + "  - " + corpus.byId().get(p).title()));
        }
    }

    /** The hubs the measures judge: sub-hubs refine a hub, and their papers are their parent's too. */
    private static List<Hub> topLevel(Classification c) {
        return c.hubs().stream().filter(h -> h.parentId().isEmpty()).toList();
    }

    /** The hub holding the paper; of several, the one holding most of its tags (then its most specific tag's). */
    private static String primaryHub(PaperId paper, Classification c) {
        List<String> tags = c.tagsOf(paper);
        String best = "(none)";
        double bestScore = -1;
        for (Hub h : topLevel(c)) {
            if (!h.paperIds().contains(paper)) {
                continue;
            }
            double score = 0;
            for (int i = 0; i < tags.size(); i++) {
                if (h.tagIds().contains(tags.get(i))) {
                    score += 1 + 0.01 / (i + 1);
                }
            }
            if (score > bestScore) {
                best = h.id();
                bestScore = score;
            }
        }
        return best;
    }

    private static Classifier classifier() {
        TextAnalyzer analyzer = new TextAnalyzer();
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());
        String builtIn;
        try (InputStream in = SimilarityEvaluationTest.class.getResourceAsStream("/io/github/paperdigest/taxonomy/vocabulary.yml")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Vocabulary vocabulary = Vocabulary.of(new TaxonomyParser().parse("vocabulary.yml", builtIn), TaxonomyDefinition.empty(),
                analyzer);
        return new Classifier(new Tagger(vocabulary, new KeyphraseExtractor(analyzer), markdown, analyzer),
                new HubAssembler(vocabulary, markdown, w -> { }, new DerivedHubs()), new RelatedPapers(analyzer, 5));
    }
}
