package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SettledPapersTest {

    @Test
    void theSettledCountHoldsStillUntilTheArchiveReachesTheNextQuarterOfAPowerOfTwo() {
        assertEquals(List.of(0, 3, 4, 7, 8, 8, 10, 10, 12, 14, 16),
                IntStream.of(0, 3, 4, 7, 8, 9, 10, 11, 12, 15, 16).map(SettledPapers::step).boxed().toList());
        assertEquals(1_024, SettledPapers.step(1_100));
        assertEquals(1_024, SettledPapers.step(1_279));
        assertEquals(1_280, SettledPapers.step(1_280));
        assertEquals(8_192, SettledPapers.step(10_153));
        assertEquals(10_240, SettledPapers.step(10_240));
        assertEquals(98_304, SettledPapers.step(100_000));
    }

    @Test
    void everyStepIsAtMostAQuarterAboveTheOneBeforeSoAtLeastFourFifthsOfTheArchiveIsSettled() {
        for (int n = 4; n < 5_000; n++) {
            int settled = SettledPapers.step(n);
            assertTrue(settled <= n && 5L * settled >= 4L * n, n + " papers, " + settled + " settled");
        }
    }

    @Test
    void hubsAreNextFormedAnewAtTheNextStepAndBelowTheSmallestAtEveryPaper() {
        assertEquals(List.of(1, 4, 5, 8, 16, 20, 2_048, 10_240), IntStream.of(0, 3, 4, 7, 15, 16, 2_000, 10_153)
                .mapToObj(n -> SettledPapers.first(IntStream.range(0, n).mapToObj(i -> id("p" + i)).toList()).nextStep())
                .toList());
    }

    @Test
    void digestsOfOneDayArriveBySourceNameAndUndatedOnesTooBeforeAnyDated() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        Digest morningB = new Digest("b", "b", Optional.of(day), "b.md", "markdown", Optional.empty(), "", ids("b1"));
        Digest morningA = new Digest("a", "a", Optional.of(day), "a.md", "markdown", Optional.empty(), "", ids("a1"));
        Digest listZ = new Digest("z", "z", Optional.empty(), "z.md", "markdown", Optional.empty(), "", ids("z1"));
        Digest listY = new Digest("y", "y", Optional.empty(), "y.md", "markdown", Optional.empty(), "", ids("y1"));
        Corpus corpus = Corpus.of(papers("a1", "b1", "y1", "z1"), List.of(morningB, morningA, listZ, listY));

        assertEquals(ids("y1", "z1", "a1", "b1"), SettledPapers.arrivalOrder(corpus));
    }

    @Test
    void papersArriveWithTheirFirstDigestUndatedDigestsFirstThenTheOldest() {
        Digest newest = digest("2024-03-02", Optional.of(LocalDate.of(2024, 3, 2)), "b", "e", "a");
        Digest oldest = digest("2024-03-01", Optional.of(LocalDate.of(2024, 3, 1)), "c", "b");
        Digest undated = digest("reading-list", Optional.empty(), "d");
        Corpus corpus = Corpus.of(papers("a", "b", "c", "d", "e", "f"), List.of(newest, oldest, undated));

        assertEquals(ids("d", "c", "b", "e", "a", "f"), SettledPapers.arrivalOrder(corpus));
    }

    @Test
    void theSettledPapersAreTheFirstToArrive() {
        List<String> first = IntStream.range(0, 16).mapToObj(i -> "p" + i).toList();
        List<String> later = List.of("q0", "q1", "q2");
        Digest older = digest("2024-03-01", Optional.of(LocalDate.of(2024, 3, 1)), first.toArray(String[]::new));
        Digest newer = digest("2024-03-02", Optional.of(LocalDate.of(2024, 3, 2)), later.toArray(String[]::new));
        List<String> all = new ArrayList<>(first);
        all.addAll(later);
        SettledPapers settled = SettledPapers.of(Corpus.of(papers(all.toArray(String[]::new)), List.of(newer, older)));

        assertEquals(16, settled.count());
        assertEquals(19, settled.papers());
        first.forEach(p -> assertTrue(settled.contains(id(p)), p));
        later.forEach(p -> assertFalse(settled.contains(id(p)), p));
    }

    @Test
    void aPaperAddedToAnOldDigestJoinsTheSettledPapersWithoutPushingOneOut() {
        List<String> old = IntStream.range(0, 20).mapToObj(i -> "p" + i).toList();
        List<String> backfilled = new ArrayList<>(old);
        backfilled.add(10, "missed");
        List<String> newer = List.of("q0", "q1");

        SettledPapers before = settled(old, newer);
        SettledPapers after = settled(backfilled, newer);

        assertEquals(20, before.count());
        assertEquals(21, after.count());
        old.forEach(p -> assertTrue(after.contains(id(p)), p));
        assertTrue(after.contains(id("missed")));
        assertFalse(after.contains(id("q0")));
    }

    /** The one case where a paper added to an old digest pushes papers out: the step's last paper moves to the next. */
    @Test
    void aPaperAddedToAnOldDigestThatMovesTheStepsLastPaperIntoTheNextDigestSettlesOnlyTheStep() {
        List<String> old = IntStream.range(0, 19).mapToObj(i -> "p" + i).toList();
        List<String> backfilled = new ArrayList<>(old);
        backfilled.add(0, "missed");
        List<String> newer = List.of("q0", "q1", "q2");

        SettledPapers before = settled(old, newer);
        SettledPapers after = settled(backfilled, newer);

        assertEquals(22, before.count(), "the step is 20 of 22; its last paper, q0, brings the rest of its digest");
        assertEquals(20, after.count(), "the step is 20 of 23; its last paper is now the old digest's last");
        assertFalse(after.contains(id("q0")));
    }

    @Test
    void papersOfUndatedDigestsArriveOneByOneSoTheStepCutsThroughTheirDigest() {
        List<String> list = IntStream.range(0, 23).mapToObj(i -> "p" + i).toList();
        Digest readingList = digest("reading-list", Optional.empty(), list.toArray(String[]::new));

        SettledPapers settled = SettledPapers.of(Corpus.of(papers(list.toArray(String[]::new)), List.of(readingList)));

        assertEquals(20, settled.count());
        assertTrue(settled.contains(id("p19")));
        assertFalse(settled.contains(id("p20")));
    }

    /** Papers in an older and a newer dated digest. */
    private static SettledPapers settled(List<String> olderPapers, List<String> newerPapers) {
        Digest older = digest("2024-03-01", Optional.of(LocalDate.of(2024, 3, 1)), olderPapers.toArray(String[]::new));
        Digest newer = digest("2024-03-02", Optional.of(LocalDate.of(2024, 3, 2)), newerPapers.toArray(String[]::new));
        List<String> all = new ArrayList<>(olderPapers);
        all.addAll(newerPapers);
        return SettledPapers.of(Corpus.of(papers(all.toArray(String[]::new)), List.of(newer, older)));
    }

    private static Digest digest(String slug, Optional<LocalDate> date, String... papers) {
        return new Digest(slug, slug, date, slug + ".md", "markdown", Optional.empty(), "", ids(papers));
    }

    private static List<Paper> papers(String... keys) {
        return List.of(keys).stream().map(k -> new Paper(id(k), k, "Title " + k, "", false, Optional.empty(), List.of(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(), List.of(), List.of())).toList();
    }

    private static List<PaperId> ids(String... keys) {
        return List.of(keys).stream().map(SettledPapersTest::id).toList();
    }

    private static PaperId id(String key) {
        return PaperId.ofTitle(key);
    }
}
