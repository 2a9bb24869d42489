package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.taxonomy.SettledPapers;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The build's log says which papers derived hubs were formed from and when they will be formed anew, or why there are
 * none.
 */
class DerivedHubsLogTest {

    /** 23 daily digests of 50 papers: the 1,024th paper came with the 21st, whose papers are all settled. */
    @Test
    void anArchiveBetweenTwoStepsNamesThePapersThatArrivedFirstAndTheNextStep() {
        assertEquals("derived from the 1,050 papers that arrived first, formed anew at 1,280 papers",
                BuildReport.derivedFrom(SettledPapers.of(corpus(1_150, 50))));
    }

    @Test
    void anArchiveOnAStepIsFormedFromAllItsPapers() {
        assertEquals("derived from the papers, formed anew at 1,536 papers",
                BuildReport.derivedFrom(SettledPapers.of(corpus(1_280, 100))));
    }

    /** Nine papers give no derived hub: the log says why, rather than where hubs that are not came from. */
    @Test
    void aSiteWithoutDerivedHubsSaysWhy() {
        assertEquals("no derived hub: a derived hub leaves out a quarter of the papers at least",
                BuildReport.derivedHubs(0, SettledPapers.of(corpus(9, 9))));
        assertEquals("derived from the papers, formed anew at 1,536 papers",
                BuildReport.derivedHubs(7, SettledPapers.of(corpus(1_280, 100))));
    }

    private static Corpus corpus(int papers, int perDigest) {
        List<PaperId> ids = IntStream.range(0, papers).mapToObj(i -> PaperId.ofTitle("paper " + i)).toList();
        List<Paper> list = ids.stream().map(id -> new Paper(id, id.value(), id.value(), "", false, Optional.empty(),
                List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(), List.of(), List.of()))
                .toList();
        List<Digest> digests = IntStream.range(0, (papers + perDigest - 1) / perDigest).mapToObj(d -> {
            LocalDate date = LocalDate.of(2025, 1, 1).plusDays(d);
            return new Digest(date.toString(), "Daily papers", Optional.of(date), date + ".md", "markdown", Optional.empty(),
                    "", ids.subList(d * perDigest, Math.min(papers, (d + 1) * perDigest)));
        }).toList();
        return Corpus.of(list, digests);
    }
}
