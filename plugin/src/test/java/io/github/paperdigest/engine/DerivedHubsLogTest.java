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

/** The build's log says which papers derived hubs were formed from and when they will be formed anew. */
class DerivedHubsLogTest {

    @Test
    void anArchiveBetweenTwoStepsNamesThePapersThatArrivedFirstAndTheNextStep() {
        assertEquals("derived from the 1,024 papers that arrived first, formed anew at 1,280 papers",
                BuildReport.derivedFrom(SettledPapers.of(corpus(1_100))));
    }

    @Test
    void anArchiveOnAStepIsFormedFromAllItsPapers() {
        assertEquals("derived from the papers, formed anew at 1,536 papers",
                BuildReport.derivedFrom(SettledPapers.of(corpus(1_280))));
    }

    private static Corpus corpus(int papers) {
        List<PaperId> ids = IntStream.range(0, papers).mapToObj(i -> PaperId.ofTitle("paper " + i)).toList();
        List<Paper> list = ids.stream().map(id -> new Paper(id, id.value(), id.value(), "", false, Optional.empty(),
                List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(), List.of(), List.of()))
                .toList();
        Digest digest = new Digest("2025-01-01", "A digest", Optional.of(LocalDate.of(2025, 1, 1)), "2025-01-01.md",
                "markdown", Optional.empty(), "", ids);
        return Corpus.of(list, List.of(digest));
    }
}
