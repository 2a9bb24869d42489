package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.testing.RecordingMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelatedPapersTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void everySeedPaperHasAtMostFiveRelatedPapersNeverItself() {
        Corpus corpus = SeedDigest.corpus();

        Map<PaperId, List<RelatedPaper>> related = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT)
                .compute(corpus.papers());

        assertEquals(SeedDigest.PAPERS, related.size());
        int withFive = 0;
        for (Paper p : corpus.papers()) {
            List<RelatedPaper> list = related.get(p.id());
            assertTrue(list.size() <= RelatedPapers.DEFAULT_COUNT, p.title());
            withFive += list.size() == RelatedPapers.DEFAULT_COUNT ? 1 : 0;
            for (int i = 0; i < list.size(); i++) {
                RelatedPaper r = list.get(i);
                assertTrue(!r.id().equals(p.id()), p.title() + " is related to itself");
                assertTrue(corpus.byId().containsKey(r.id()), "unknown paper " + r.id());
                assertTrue(r.score() > 0 && r.score() <= 1.0001, "score " + r.score());
                if (i > 0) {
                    assertTrue(list.get(i - 1).score() >= r.score(), "most similar first: " + list);
                }
            }
            assertEquals(list.size(), list.stream().map(RelatedPaper::id).distinct().count(), "listed twice");
        }
        assertTrue(withFive > SeedDigest.PAPERS / 2, "papers with five related papers: " + withFive);
    }

    @Test
    void wordsTheTagsSplitGiveTheRelatedPapersOfWordsSplitAnew() {
        Corpus corpus = SeedDigest.corpus();
        PaperWords words = PaperWords.keeping();
        // the tags split every other paper; related papers take those and split the rest themselves
        List<Paper> papers = corpus.papers();
        for (int i = 0; i < papers.size(); i += 2) {
            words.split(papers.get(i), analyzer);
        }

        Map<PaperId, List<RelatedPaper>> taken = new RelatedPapers(analyzer, 5)
                .compute(papers, SettledPapers.all(corpus.byId().keySet()), words);

        assertEquals(new RelatedPapers(new TextAnalyzer(), 5).compute(papers), taken);
        assertEquals((papers.size() + 1) / 2, words.taken(), "every kept paper's words were taken, not split anew");
        assertEquals(0, words.held());
    }

    @Test
    void aRebuildWhoseFeaturesComeFromTheMemoLetsGoOfTheWordsTheTagsKept() {
        List<Paper> papers = SeedDigest.corpus().papers();
        SettledPapers settled = SettledPapers.all(papers.stream().map(Paper::id).toList());
        RecordingMemo memo = memoOfABuild(papers, settled);
        PaperWords words = PaperWords.keeping();
        papers.forEach(p -> words.split(p, analyzer));

        Map<PaperId, List<RelatedPaper>> rebuilt = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo)
                .compute(papers, settled, words);

        assertEquals(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(papers, settled), rebuilt);
        assertEquals(0, words.taken(), "every paper's features came from the memo");
        assertEquals(0, words.held(), "so the words the tags kept are let go, not held through the searches");
    }

    @Test
    void keptWordsAreHandedOverOnce() {
        Paper paper = SeedDigest.corpus().papers().get(0);
        PaperWords words = PaperWords.keeping();
        words.split(paper, analyzer);
        assertEquals(1, words.held());

        List<String> kept = words.contentWords(paper, analyzer);

        assertEquals(0, words.held(), "taken once, they are no longer held");
        assertEquals(1, words.taken());
        assertEquals(kept, words.contentWords(paper, analyzer), "found again, the same words");
        PaperWords none = PaperWords.none();
        none.split(paper, analyzer);
        assertEquals(0, none.held());
    }

    @Test
    void theSameCorpusAlwaysGivesTheSameRelatedPapers() {
        List<Paper> papers = SeedDigest.corpus().papers();

        Map<PaperId, List<RelatedPaper>> first = new RelatedPapers(analyzer, 5).compute(papers);
        for (int run = 0; run < 3; run++) {
            assertEquals(first, new RelatedPapers(new TextAnalyzer(), 5).compute(SeedDigest.corpus().papers()));
        }
    }

    @Test
    void papersArrivingAfterTheSettledOnesChangeAnOlderPapersListOnlyByTakingAPlaceInIt() {
        List<Paper> papers = SeedDigest.corpus().papers();
        List<Paper> older = papers.subList(0, papers.size() - 8);
        SettledPapers settled = allButTheLastFour(older);
        RelatedPapers relatedPapers = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT);

        Map<PaperId, List<RelatedPaper>> before = relatedPapers.compute(older, settled);
        Map<PaperId, List<RelatedPaper>> after = relatedPapers.compute(papers, settled);

        java.util.Set<PaperId> olderIds = older.stream().map(Paper::id).collect(java.util.stream.Collectors.toSet());
        int takenByNewcomers = 0;
        for (Paper p : older) {
            List<RelatedPaper> stillOlder = after.get(p.id()).stream().filter(r -> olderIds.contains(r.id())).toList();
            // the same papers with the same scores, less those a newcomer pushed off the end
            assertEquals(before.get(p.id()).subList(0, stillOlder.size()), stillOlder, p.title());
            takenByNewcomers += after.get(p.id()).size() - stillOlder.size();
        }
        assertTrue(takenByNewcomers > 0, "no newcomer is related to an older paper: the test shows nothing");
    }

    @Test
    void aBuildThatOnlyGainedPapersSearchesForTheNewOnesAndFindsWhatSearchingEveryPaperFinds() {
        EarlierBuild earlier = ofTheSeedLessItsLastEight();
        List<Paper> papers = earlier.seed();
        List<Integer> searchedAnew = new ArrayList<>();

        Map<PaperId, List<RelatedPaper>> related = relatedKeeping(earlier.memo(), searchedAnew)
                .compute(papers, earlier.settled());

        assertEquals(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(papers, earlier.settled()), related);
        assertEquals(2, earlier.memo().recalled()); // the features, and the searches
        assertTrue(searchedAnew.get(0) >= 8 && searchedAnew.get(0) < papers.size() / 2, "searched anew: " + searchedAnew);
    }

    @Test
    void aBuildWhoseLastPaperWentAwayAndOthersCameFindsWhatSearchingEveryPaperFinds() {
        EarlierBuild earlier = ofTheSeedLessItsLastEight();
        List<Paper> withoutTheLast = new ArrayList<>(earlier.papers().subList(0, earlier.papers().size() - 1));
        withoutTheLast.addAll(earlier.seed().subList(earlier.papers().size(), earlier.seed().size()));
        List<Integer> searchedAnew = new ArrayList<>();

        Map<PaperId, List<RelatedPaper>> related = relatedKeeping(earlier.memo(), searchedAnew)
                .compute(withoutTheLast, earlier.settled());

        assertEquals(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(withoutTheLast, earlier.settled()),
                related);
        assertTrue(searchedAnew.get(0) >= 8 && searchedAnew.get(0) < withoutTheLast.size(), "searched anew: " + searchedAnew);
    }

    @Test
    void papersInAnotherOrderAreAllSearchedAnew() {
        List<Paper> papers = SeedDigest.corpus().papers();
        SettledPapers settled = SettledPapers.all(papers.stream().map(Paper::id).toList());
        RecordingMemo memo = memoOfABuild(papers, settled);
        List<Paper> swapped = new ArrayList<>(papers);
        java.util.Collections.swap(swapped, 0, 1);
        List<Integer> searchedAnew = new ArrayList<>();

        Map<PaperId, List<RelatedPaper>> related = relatedKeeping(memo, searchedAnew).compute(swapped, settled);

        assertEquals(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(swapped, settled), related);
        assertEquals(List.of(papers.size()), searchedAnew);
    }

    @Test
    void searchesKeptByAnotherBuildOfTheSamePapersAreTakenUpWhole() {
        List<Paper> papers = SeedDigest.corpus().papers();
        SettledPapers settled = SettledPapers.all(papers.stream().map(Paper::id).toList());
        RecordingMemo memo = memoOfABuild(papers, settled);
        List<Integer> searchedAnew = new ArrayList<>();

        assertEquals(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(papers, settled),
                relatedKeeping(memo, searchedAnew).compute(papers, settled));
        assertEquals(List.of(0), searchedAnew);
    }

    @Test
    void featuresKeptByABuildWhoseLastPapersWereOthersNumberTheNewPapersAsABuildWithoutThemDoes() {
        List<Paper> seed = SeedDigest.corpus().papers();
        // the earlier build ended in other papers: their words must not take numbers the new papers' words take
        List<Paper> earlier = new ArrayList<>(seed.subList(0, seed.size() - 8));
        earlier.addAll(seed.subList(seed.size() - 8, seed.size()).stream().map(RelatedPapersTest::retitled).toList());
        SettledPapers settled = allButTheLastFour(seed);
        RecordingMemo memo = memoOfABuild(earlier, settled);

        TfIdfVectors kept = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo).vectors(seed, settled);

        assertEquals(entries(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).vectors(seed, settled)), entries(kept));
        assertEquals(1, memo.recalled()); // the features were taken up
    }

    @Test
    void featuresKeptForPapersWhoseFirstChangedAreAllFoundAgain() {
        List<Paper> seed = SeedDigest.corpus().papers();
        SettledPapers settled = SettledPapers.all(seed.stream().map(Paper::id).toList());
        RecordingMemo memo = memoOfABuild(seed, settled);
        List<Paper> firstChanged = new ArrayList<>(seed);
        firstChanged.set(0, retitled(seed.get(0)));

        TfIdfVectors kept = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo).vectors(firstChanged, settled);

        assertEquals(entries(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).vectors(firstChanged, settled)),
                entries(kept));
    }

    @Test
    void aMemoHoldingWhatNoFeaturesDecodeFromIsIgnored() {
        List<Paper> papers = SeedDigest.corpus().papers();
        SettledPapers settled = allButTheLastFour(papers);
        RecordingMemo memo = RecordingMemo.holdingEverywhere(new byte[] {0, 0, 0, 1, 7});

        assertEquals(new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(papers, settled),
                new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo).compute(papers, settled));
    }

    /** The paper with words of its own in front of its title: words no other paper has. */
    private static Paper retitled(Paper p) {
        return new Paper(p.id(), p.slug(), "Zyxwv qwertz " + p.slug().replace('-', ' ') + " " + p.title(), p.abstractText(),
                p.abstractTruncated(), p.arxivId(), p.doi(), p.authors(), p.literalAuthors(), p.published(), p.venue(),
                p.links(), p.tags(), p.upvotes(), p.extra(), p.digests(), p.notes(), p.keptCase());
    }

    /** Each vector's words and weights, in order. */
    private static List<String> entries(TfIdfVectors vectors) {
        List<String> entries = new ArrayList<>();
        for (int d = 0; d < vectors.size(); d++) {
            StringBuilder vector = new StringBuilder();
            for (int i = vectors.first(d); i < vectors.end(d); i++) {
                vector.append(vectors.term(i)).append(':').append(Float.floatToRawIntBits(vectors.weight(i))).append(' ');
            }
            entries.add(vector.toString());
        }
        return entries;
    }

    /** The papers settled when {@code papers} are an earlier build's: all but the last four to arrive. */
    private static SettledPapers allButTheLastFour(List<Paper> papers) {
        return SettledPapers.all(papers.subList(0, papers.size() - 4).stream().map(Paper::id).toList());
    }

    /**
     * A build of the seed's papers less the last eight, all but the last four of them settled: the papers, those it
     * built, the settled ones, and the memo it leaves to the next build.
     */
    private record EarlierBuild(List<Paper> seed, List<Paper> papers, SettledPapers settled, RecordingMemo memo) {
    }

    private EarlierBuild ofTheSeedLessItsLastEight() {
        List<Paper> seed = SeedDigest.corpus().papers();
        List<Paper> older = seed.subList(0, seed.size() - 8);
        SettledPapers settled = allButTheLastFour(older);
        return new EarlierBuild(seed, older, settled, memoOfABuild(older, settled));
    }

    /** The memo a build of these papers leaves to the next. */
    private RecordingMemo memoOfABuild(List<Paper> papers, SettledPapers settled) {
        RecordingMemo memo = new RecordingMemo();
        new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo).compute(papers, settled);
        return memo.nextBuild();
    }

    /** Related papers taking up the searches the memo holds, adding to {@code searchedAnew} how many it made anew. */
    private RelatedPapers relatedKeeping(RecordingMemo memo, List<Integer> searchedAnew) {
        return new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo, (searched, all) -> searchedAnew.add(searched));
    }

    @Test
    void rarityCountedAmongEveryPaperIsTheDefault() {
        List<Paper> papers = SeedDigest.corpus().papers();
        RelatedPapers relatedPapers = new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT);

        assertEquals(relatedPapers.compute(papers),
                relatedPapers.compute(papers, SettledPapers.all(papers.stream().map(Paper::id).toList())));
    }

    @Test
    void theCountLimitsHowManyRelatedPapersAreListed() {
        Map<PaperId, List<RelatedPaper>> related = new RelatedPapers(analyzer, 2).compute(SeedDigest.corpus().papers());
        related.values().forEach(list -> assertTrue(list.size() <= 2));
    }

    @Test
    void papersOnTheSameTopicAreRelatedAndUnrelatedOnesAreNot() {
        Corpus corpus = corpus(
                entry("Dense video captioning with transformers", "We caption dense events in untrimmed videos."),
                entry("Captioning long videos densely", "Dense captions for events in long untrimmed videos."),
                entry("Speech enhancement for noisy audio", "We remove noise from speech recordings."),
                entry("Denoising speech recordings", "Noise removal for speech audio in recordings."),
                entry("Zebra stripes", "Quantum chromodynamics lattice gauge."));

        Map<PaperId, List<RelatedPaper>> related = new RelatedPapers(analyzer, 5).compute(corpus.papers());

        assertEquals(List.of(id(corpus, "Captioning long videos densely")),
                related.get(id(corpus, "Dense video captioning with transformers")).stream().map(RelatedPaper::id).toList());
        assertEquals(id(corpus, "Denoising speech recordings"),
                related.get(id(corpus, "Speech enhancement for noisy audio")).get(0).id());
        assertEquals(List.of(), related.get(id(corpus, "Zebra stripes")));
    }

    private static PaperId id(Corpus corpus, String title) {
        return corpus.papers().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static PaperEntry entry(String title, String abstractText) {
        return PaperEntry.of(title, abstractText, List.of(), 1);
    }

    private static Corpus corpus(PaperEntry... entries) {
        return new PaperCatalog(m -> { }).build(List.of(new DigestFile("d.txt", "text", Optional.empty(), Optional.empty(),
                Optional.empty(), "", List.of(), List.of(entries))));
    }
}
