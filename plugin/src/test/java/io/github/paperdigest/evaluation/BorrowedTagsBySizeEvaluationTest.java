package io.github.paperdigest.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.taxonomy.KeyphraseExtractor;
import io.github.paperdigest.taxonomy.PaperEmbedding;
import io.github.paperdigest.taxonomy.PaperVectors;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.SemanticNeighbours;
import io.github.paperdigest.taxonomy.SentenceModel;
import io.github.paperdigest.taxonomy.Stopwords;
import io.github.paperdigest.taxonomy.TagPropagation;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.Token;
import io.github.paperdigest.taxonomy.Vocabulary;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Whether tags borrowed from related papers ({@link TagPropagation}, a fixed cosine floor) are worse in small archives
 * than in large ones, judged by arXiv categories hidden from the method. Two kinds of archive: random samples of 50,
 * 100 and 300 papers and the whole corpus (1,144), where a small archive's nearest papers are less similar; and
 * focused ones, a paper with its 49 or 98 nearest papers by embedding (a lab's site on one field: every paper near
 * every other, as in the 99-paper site where "Layer Normalization" borrowed "Image classification" from ResNet,
 * ImageNet and LeNet at cosines 0.42 to 0.52).
 *
 * <p>A tag is judged by the papers whose own text gives it <em>in the whole corpus</em>, the paper judged left out: it
 * is plausible for a paper when at least half of them share the paper's primary category (majority), or when the
 * paper's category is at least as common among them as in the corpus (lift, fairer to the categories other than cs.CV,
 * half the corpus). Judged in the sample itself, a tag borrowed in a 50-paper archive would often have its lender as
 * its only carrier, and the measure would only say whether lender and borrower share a category. Own tags are judged
 * the same way; chance is a tag drawn from the other papers' own tags, for the same borrowing papers. Two rules are
 * measured beside the plugin's, printed only: no floor, and a floor raised by as much as the archive's papers are more
 * alike than the whole corpus's (the mean cosine of two of its papers). A second table splits the borrowed tags by
 * whether the borrower's text names the tag at least once (too little for an own tag), or has a distinctive word of it.
 *
 * <p>Prints the tables of bench/BORROWED-TAGS.md and holds their findings: {@code mvn -B -o -pl plugin test
 * -Dtest=BorrowedTagsBySizeEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false} (about two minutes once the
 * corpus's embeddings are cached in {@code target/evaluation-embeddings}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorrowedTagsBySizeEvaluationTest {

    /** Sample sizes with their draws: a small sample's figures move from draw to draw. 0: the whole corpus. */
    private static final Map<Integer, Integer> RANDOM = new LinkedHashMap<>();
    private static final Map<Integer, Integer> FOCUSED = new LinkedHashMap<>();

    static {
        RANDOM.put(50, 30);
        RANDOM.put(100, 20);
        RANDOM.put(300, 10);
        RANDOM.put(0, 1);
        FOCUSED.put(50, 20);
        FOCUSED.put(99, 20);
    }

    private Corpus corpus;
    private LabeledCorpus labeled;
    private Vocabulary vocabulary;
    private PaperEmbedding embedding;
    private PaperVectors wholeVectors;
    private double wholeBackground;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    /** By similarity (true: semantic), each tag's carriers in the whole corpus, by their own text. */
    private final Map<Boolean, Map<String, Set<PaperId>>> carriers = new HashMap<>();
    private final Map<String, Double> categoryShare = new HashMap<>();
    /** The papers whose title or abstract has each normalised word, in the whole corpus. */
    private final Map<PaperId, Set<String>> words = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Each paper's title and abstract as normal forms between spaces, to find a phrase in. */
    private final Map<PaperId, String> phrases = new HashMap<>();
    /** By size of focused archive, each paper's nearest papers in the whole corpus. */
    private final Map<Integer, Map<PaperId, List<RelatedPaper>>> nearest = new HashMap<>();

    @BeforeAll
    void loadTheCorpus() throws IOException {
        labeled = LabeledCorpus.load(LabeledCorpus.require(), Files.createTempDirectory("labelled"));
        corpus = Corpus.of(labeled.corpus().papers().stream()
                .filter(p -> labeled.primaryCategory().containsKey(p.id())).toList(), List.of());
        vocabulary = BorrowedTagsEvaluationTest.builtInVocabulary(analyzer);
        embedding = new PaperEmbedding(SharedModels.INSTANCE.embedder(SentenceModel.DEFAULT),
                new EmbeddingCacheFolder(SiteFiles.projectRoot().resolve("plugin/target/evaluation-embeddings"), w -> { }),
                Runtime.getRuntime().availableProcessors(), p -> { });
        wholeVectors = embedding.embed(corpus.papers()).vectors();
        wholeBackground = background(wholeVectors);
        for (boolean semantic : List.of(true, false)) {
            Map<String, Set<PaperId>> byTag = new HashMap<>();
            tagger().tag(corpus, semantic ? Optional.of(wholeVectors) : Optional.empty()).paperTags()
                    .forEach((paper, tags) -> tags.forEach(t -> byTag.computeIfAbsent(t, k -> new HashSet<>()).add(paper)));
            carriers.put(semantic, byTag);
        }
        for (Paper p : corpus.papers()) {
            categoryShare.merge(labeled.primaryCategory().get(p.id()), 1.0 / corpus.papers().size(), Double::sum);
            Set<String> set = new HashSet<>();
            analyzer.tokens(p.title() + " " + p.abstractText()).forEach(t -> set.add(t.normal()));
            words.put(p.id(), set);
            phrases.put(p.id(), " " + analyzer.normalisePhrase(p.title()) + " " + analyzer.normalisePhrase(p.abstractText()) + " ");
            set.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
    }

    /** Figures summed over the draws of one kind and size of archive, one way of comparing papers. */
    static final class Tally {
        int papers;
        int thin;
        int borrowing;
        int borrowed;
        int stillThin;
        final Share borrowedTags = new Share();
        final Share own = new Share();
        final Share chance = new Share();
        final Share withoutFloor = new Share();
        /** Lent from a floor raised by as much as the archive's background cosine exceeds the whole corpus's. */
        final Share relativeFloor = new Share();
        int relativeBorrowing;
        double background;
        int runs;
        /** Each paper's cosine to its nearest paper. */
        final List<Double> nearest = new ArrayList<>();

        String medianNearest() {
            List<Double> sorted = nearest.stream().sorted().toList();
            return sorted.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f", sorted.get(sorted.size() / 2));
        }
        /** Borrowed tags split by whether the borrower's text has a distinctive word of the tag, with their chance. */
        final Share named = new Share();
        final Share namedChance = new Share();
        final Share unnamed = new Share();
        final Share unnamedChance = new Share();
        /** The same, split by whether the borrower's text names the tag's label or an alias at least once. */
        final Share phrased = new Share();
        final Share phrasedChance = new Share();
        final Share unphrased = new Share();
        final Share unphrasedChance = new Share();
    }

    /** How many tags were judged, and how many plausible by majority and by lift (sums of fractions for chance). */
    static final class Share {
        double judged;
        double majority;
        double lift;

        void add(double judged, double majority, double lift) {
            this.judged += judged;
            this.majority += majority;
            this.lift += lift;
        }

        double majority() {
            return majority / judged;
        }

        double lift() {
            return lift / judged;
        }

        String both() {
            return judged == 0 ? "–" : String.format(Locale.ROOT, "%.3f / %.3f (%d)", majority(), lift(), Math.round(judged));
        }

        /** The majority figure with its 95 % Wilson interval. */
        String withInterval() {
            if (judged == 0) {
                return "–";
            }
            double z = 1.96;
            double n = judged;
            double p = majority / n;
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
            return String.format(Locale.ROOT, "%.3f [%.2f, %.2f] / %.3f (%d)", p, centre - half, centre + half, lift(),
                    Math.round(n));
        }
    }

    @Test
    void borrowedTagsAreNoWorseInSmallArchivesThanInLargeOnes() {
        Map<String, Tally> rows = new LinkedHashMap<>();
        for (boolean focused : List.of(false, true)) {
            for (boolean semantic : List.of(true, false)) {
                for (Map.Entry<Integer, Integer> size : (focused ? FOCUSED : RANDOM).entrySet()) {
                    Tally tally = new Tally();
                    for (int draw = 0; draw < size.getValue(); draw++) {
                        measure(focused ? focused(size.getKey(), draw) : sample(size.getKey(), draw), semantic, tally);
                    }
                    rows.put(String.format(Locale.ROOT, "%s, %s, %s", focused ? "focused" : "random",
                            semantic ? "semantic" : "lexical", size.getKey() == 0 ? "all " + corpus.papers().size()
                                    : size.getKey() + " x " + size.getValue()), tally);
                }
            }
        }
        System.out.println("Plausible by majority / by lift (judged). Thin: under " + Tagger.MIN_TAGS + " own tags.");
        System.out.println("| archive, similarity, papers x draws | papers | thin | borrowing | borrowed tags per paper"
                + " | still thin | borrowed tags [95 %] | chance, same papers | own tags | borrowed without the floor"
                + " | median cosine to the nearest paper | background cosine"
                + " | papers borrowing, borrowed tags from a floor raised by the background |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach((name, t) -> System.out.println(String.format(Locale.ROOT,
                "| %s | %d | %d | %d | %.3f | %d | %s | %s | %s | %s | %s | %s | %s |", name, t.papers, t.thin, t.borrowing,
                (double) t.borrowed / t.papers, t.stillThin, t.borrowedTags.withInterval(), t.chance.both(), t.own.both(),
                t.withoutFloor.both(), t.medianNearest(), name.contains("semantic") ? String.format(Locale.ROOT, "%.3f", t.background / t.runs) : "–",
                name.contains("semantic") ? t.relativeBorrowing + ", " + t.relativeFloor.both() : "–")));
        System.out.println();
        System.out.println("| archive, similarity, papers x draws | borrowed, the text names the tag once or more"
                + " | chance, same papers | borrowed, the text never names it | chance, same papers"
                + " | borrowed, the text has a distinctive word of the tag | chance, same papers | borrowed, the text has none"
                + " | chance, same papers |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach((name, t) -> {
            if (name.contains("semantic")) {
                System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", name,
                        t.phrased.both(), t.phrasedChance.both(), t.unphrased.both(), t.unphrasedChance.both(),
                        t.named.both(), t.namedChance.both(), t.unnamed.both(), t.unnamedChance.both()));
            }
        });

        rows.forEach((name, t) -> {
            if (name.contains("semantic") && t.borrowedTags.judged >= 50) {
                // a borrowed tag is plausible more often than a tag drawn from the archive, in every kind and size of
                // archive: measured +0.21 to +0.29 in random archives, +0.13 to +0.19 in focused ones
                double over = name.startsWith("random") ? 0.10 : 0.03;
                assertTrue(t.borrowedTags.majority() >= t.chance.majority() + over, name + ": " + t.borrowedTags.both()
                        + " against chance " + t.chance.both());
                // and about as often as the papers' own tags, by lift (measured -0.02 to +0.04)
                assertTrue(t.borrowedTags.lift() >= t.own.lift() - 0.08, name + ": " + t.borrowedTags.both() + " against own "
                        + t.own.both());
            }
        });
        // the fixed floor is what keeps the least unrelated papers of a small archive from lending: at 50 random papers,
        // without it 0.374 by majority, with it 0.470
        Tally small = rows.get("random, semantic, 50 x 30");
        assertTrue(small.borrowedTags.majority() >= small.withoutFloor.majority() + 0.04,
                small.borrowedTags.both() + " against " + small.withoutFloor.both());
    }

    private void measure(Corpus sample, boolean semantic, Tally tally) {
        Optional<PaperVectors> vectors = semantic ? Optional.of(embedding.embed(sample.papers()).vectors()) : Optional.empty();
        TaggedArchive archive = TaggedArchive.of(sample, vectors, tagger(), analyzer);
        Tagger.Result tagged = archive.tagged();
        Map<PaperId, List<RelatedPaper>> neighbours = archive.neighbours();
        Map<PaperId, List<String>> own = tagged.paperTags();
        // as the Classifier lends: from a similarity on the scale of the one that found the related papers
        double floor = semantic ? SentenceModel.DEFAULT.sameTopicCosine() : RelatedPapers.SAME_TOPIC_COSINE;
        Map<PaperId, List<String>> after = new TagPropagation(floor).propagate(own, tagged.tags(), neighbours);
        Map<PaperId, List<String>> floorless = new TagPropagation(0).propagate(own, tagged.tags(), neighbours);
        // the floor relative to the archive: raised by as much as two of its papers are more alike than two of the whole
        // corpus's (a focused archive), never lowered
        double background = semantic ? background(vectors.get()) : wholeBackground;
        Map<PaperId, List<String>> relative = new TagPropagation(floor + Math.max(0, background - wholeBackground))
                .propagate(own, tagged.tags(), neighbours);
        tally.runs++;
        tally.background += background;
        for (Paper p : sample.papers()) {
            List<String> mine = own.get(p.id());
            List<String> all = after.get(p.id());
            List<String> borrowed = all.subList(mine.size(), all.size());
            List<RelatedPaper> near = neighbours.getOrDefault(p.id(), List.of());
            if (!near.isEmpty()) {
                tally.nearest.add(near.get(0).score());
            }
            tally.papers++;
            tally.thin += mine.size() < Tagger.MIN_TAGS ? 1 : 0;
            tally.stillThin += all.size() < Tagger.MIN_TAGS ? 1 : 0;
            tally.borrowing += borrowed.isEmpty() ? 0 : 1;
            tally.borrowed += borrowed.size();
            double[] chance = borrowed.isEmpty() ? null : chance(p, own, semantic);
            for (String t : borrowed) {
                Optional<Double> share = share(t, p, semantic);
                if (share.isEmpty()) {
                    continue;
                }
                add(tally.borrowedTags, share.get(), p);
                boolean named = named(tagged.tags().get(t), p);
                boolean phrased = phrased(tagged.tags().get(t), p);
                add(named ? tally.named : tally.unnamed, share.get(), p);
                add(phrased ? tally.phrased : tally.unphrased, share.get(), p);
                if (chance != null) {
                    tally.chance.add(1, chance[0], chance[1]);
                    (named ? tally.namedChance : tally.unnamedChance).add(1, chance[0], chance[1]);
                    (phrased ? tally.phrasedChance : tally.unphrasedChance).add(1, chance[0], chance[1]);
                }
            }
            List<String> withoutFloor = floorless.get(p.id());
            for (String t : withoutFloor.subList(mine.size(), withoutFloor.size())) {
                share(t, p, semantic).ifPresent(s -> add(tally.withoutFloor, s, p));
            }
            List<String> relativeTags = relative.get(p.id());
            tally.relativeBorrowing += relativeTags.size() > mine.size() ? 1 : 0;
            for (String t : relativeTags.subList(mine.size(), relativeTags.size())) {
                share(t, p, semantic).ifPresent(s -> add(tally.relativeFloor, s, p));
            }
            for (String t : mine) {
                share(t, p, semantic).ifPresent(s -> add(tally.own, s, p));
            }
        }
    }

    private void add(Share share, double categoryShare, Paper p) {
        share.add(1, categoryShare >= 0.5 ? 1 : 0,
                categoryShare >= this.categoryShare.get(labeled.primaryCategory().get(p.id())) ? 1 : 0);
    }

    /**
     * Of the papers whose own text gives the tag in the whole corpus, the paper left out, the share in the paper's
     * primary category; empty when fewer than two are left (a tag only the sample's tagging found, or a rare one).
     */
    private Optional<Double> share(String tag, Paper p, boolean semantic) {
        Set<PaperId> with = carriers.get(semantic).getOrDefault(tag, Set.of());
        String category = labeled.primaryCategory().get(p.id());
        int others = 0;
        int same = 0;
        for (PaperId q : with) {
            if (!q.equals(p.id())) {
                others++;
                same += category.equals(labeled.primaryCategory().get(q)) ? 1 : 0;
            }
        }
        return others < 2 ? Optional.empty() : Optional.of((double) same / others);
    }

    /** What a tag drawn from the other papers' own tags (not the paper's) scores for the paper: majority, lift. */
    private double[] chance(Paper p, Map<PaperId, List<String>> own, boolean semantic) {
        List<String> mine = own.get(p.id());
        Share drawn = new Share();
        own.forEach((q, tags) -> {
            if (!q.equals(p.id())) {
                tags.stream().filter(t -> !mine.contains(t)).forEach(t -> share(t, p, semantic).ifPresent(s -> add(drawn, s, p)));
            }
        });
        return drawn.judged == 0 ? null : new double[] {drawn.majority(), drawn.lift()};
    }

    /**
     * Whether the paper's title or abstract has a word of the tag's label or aliases that is no stopword and that fewer
     * than a tenth of the corpus's papers use ("classification" of "Image classification", not "image"): the paper's
     * own text at least touches the tag.
     */
    private boolean named(Tag tag, Paper p) {
        List<String> names = new ArrayList<>(tag.aliases());
        names.add(tag.label());
        for (String name : names) {
            for (Token w : analyzer.tokens(name)) {
                String word = w.normal();
                if (!Stopwords.isStopword(word) && documentFrequency.getOrDefault(word, 0) * 10 < corpus.papers().size()
                        && words.get(p.id()).contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mean cosine of two of the papers: how alike the archive's papers are before any is related to another. */
    private static double background(PaperVectors vectors) {
        double[] sum = new double[vectors.dimensions()];
        double self = 0;
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.vector(i);
            for (int d = 0; d < v.length; d++) {
                sum[d] += v[d];
                self += v[d] * v[d];
            }
        }
        double all = 0;
        for (double x : sum) {
            all += x * x;
        }
        return (all - self) / ((double) vectors.size() * (vectors.size() - 1));
    }

    /**
     * Whether the paper's title or abstract names the tag's label or one of its aliases, word for word in normal form:
     * once is enough, where the paper's own tags need the title or two mentions in the abstract.
     */
    private boolean phrased(Tag tag, Paper p) {
        List<String> names = new ArrayList<>(tag.aliases());
        names.add(tag.label());
        return names.stream().map(analyzer::normalisePhrase).filter(n -> !n.isEmpty())
                .anyMatch(n -> phrases.get(p.id()).contains(" " + n + " "));
    }

    /** {@code size} papers drawn by {@code draw} (all of them for 0), in the corpus's order. */
    private Corpus sample(int size, int draw) {
        return size == 0 ? corpus : ArchiveSamples.sample(corpus, size, 1_000_003L * size + draw);
    }

    /** A paper drawn by {@code draw} with its {@code size - 1} nearest papers by embedding, in the corpus's order. */
    private Corpus focused(int size, int draw) {
        PaperId seed = corpus.papers().get(new Random(7919L * draw + 17).nextInt(corpus.papers().size())).id();
        Set<PaperId> chosen = new HashSet<>();
        chosen.add(seed);
        nearest.computeIfAbsent(size, n -> new SemanticNeighbours(n - 1).compute(wholeVectors)).get(seed)
                .forEach(r -> chosen.add(r.id()));
        return Corpus.of(corpus.papers().stream().filter(p -> chosen.contains(p.id())).toList(), List.of());
    }

    private Tagger tagger() {
        return new Tagger(vocabulary, new KeyphraseExtractor(analyzer), new MarkdownRenderer(new HtmlSanitizer()), analyzer);
    }
}
