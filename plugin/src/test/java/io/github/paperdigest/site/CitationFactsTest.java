package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a paper is cited with, from what its digests say. A daily digest often lists a paper months or years after it
 * came out: a paper is cited with the year of its publication, else the year its arXiv id was given, and never the
 * year of the digest that listed it.
 */
class CitationFactsTest {

    private static PaperEntry entry(String title, Optional<String> arxivId, Optional<LocalDate> published) {
        return entry(title, arxivId, published, Map.of());
    }

    private static PaperEntry entry(String title, Optional<String> arxivId, Optional<LocalDate> published,
            Map<String, String> extra) {
        return new PaperEntry(title, "About " + title + ".", false, arxivId, Optional.empty(), List.of("Xin Chen"), LiteralAuthors.NONE,
                published, Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(extra), "", "", 1);
    }

    private final Corpus corpus = new PaperCatalog(m -> { }).build(List.of(new DigestFile("2025-01-24.txt", "text",
            Optional.empty(), Optional.of(LocalDate.of(2025, 1, 24)), Optional.empty(), "", List.of(), List.of(
                    entry("SEINE: Short-to-Long Video Diffusion", Optional.of("2310.20700"), Optional.empty()),
                    entry("Published Paper", Optional.empty(), Optional.of(LocalDate.of(2024, 5, 2))),
                    entry("Updated Preprint", Optional.of("2310.11111"), Optional.of(LocalDate.of(2024, 5, 2))),
                    entry("Old Style Paper", Optional.of("hep-th/9901001"), Optional.empty()),
                    entry("Unnumbered Paper", Optional.empty(), Optional.empty()),
                    entry("Year Alone Paper", Optional.empty(), Optional.empty(), Map.of("year", "2022-05")),
                    entry("Year Before Its Id Paper", Optional.of("2310.22222"), Optional.empty(), Map.of("year", "2022-05")),
                    entry("Categorised Paper", Optional.of("2503.17403"), Optional.empty(), Map.of("arxiv categories",
                            "I.2.7 cs.CL cs.AI", "type", "article", "volume", "46", "pages", "1--10", "number", "3"))))));

    private final SiteIndex site = new SiteIndex(corpus, new Classification(List.of(), Map.of(), List.of(), Map.of()));

    private Citation citationOf(String title) {
        Paper paper = corpus.papers().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
        return site.citation(paper);
    }

    @Test
    void anArxivPaperIsCitedWithTheYearItsIdWasGivenNotTheDigests() {
        Citation seine = citationOf("SEINE: Short-to-Long Video Diffusion");
        assertEquals(Optional.of(2023), seine.year());
        assertEquals("chen2023seine", seine.key());
        assertEquals(Optional.of(1999), citationOf("Old Style Paper").year());
    }

    @Test
    void aYearWithoutADateIsThePublicationsYear() {
        // BibTeX's year and month, RIS's PY, CSL's date parts without a day
        assertEquals(Optional.of(2022), citationOf("Year Alone Paper").year());
        // an arXiv preprint (no venue, no publisher's DOI) came out in its id's month, not before
        assertEquals(Optional.of(2023), citationOf("Year Before Its Id Paper").year());
        assertEquals(Optional.empty(), citationOf("Year Before Its Id Paper").month());
    }

    @Test
    void theFirstArxivCategoryIsThePrimaryClassAndTheEntrysOwnFactsAreKept() {
        Citation c = citationOf("Categorised Paper");
        assertEquals(Optional.of("cs.CL"), c.primaryClass(), "an ACM class is no arXiv category");
        assertEquals(Optional.of("article"), c.entryType());
        assertEquals(Optional.of("46"), c.volume());
        assertEquals(Optional.of("1--10"), c.pages());
        assertEquals(Optional.of("3"), c.number(), "the issue");
        assertEquals(Optional.empty(), citationOf("Unnumbered Paper").primaryClass());
    }

    /**
     * The digest that listed a paper says when it was read, not when it came out: a paper with no date of its own is
     * cited with no year, and its key keeps the digest's year, as keys always had it, so that none a reader has cited
     * changes.
     */
    @Test
    void aPublicationDateComesFirstAndTheDigestsDateNever() {
        assertEquals(Optional.of(2024), citationOf("Published Paper").year());
        assertEquals(Optional.of(2023), citationOf("Updated Preprint").year(),
                "a preprint's date after its id's month is a later version's or a listing's");
        assertEquals(Optional.empty(), citationOf("Updated Preprint").date());
        Citation undated = citationOf("Unnumbered Paper");
        assertEquals(Optional.empty(), undated.year());
        assertEquals("chen2025unnumbered", undated.key(), "the key as it always was");
    }
}
