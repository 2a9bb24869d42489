package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.LiteralAuthors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a paper is cited as a journal's article or a conference's paper. */
class CitationKindTest {

    /**
     * Zotero's record of an arXiv paper is a preprint; a reading list gives the same paper its conference. Cited as a
     * journal article, it read "@article{…, journal = {NeurIPS 2017}}".
     */
    @Test
    void aPreprintWithAConferencesNameIsAConferencePaper() {
        assertFalse(kind("Preprint", "NeurIPS 2017").inJournal());
    }

    @Test
    void aPreprintWithAnotherVenueIsAnArticleAsGoogleScholarCitesOne() {
        assertTrue(kind("Preprint", "arXiv preprint arXiv:1706.03762").inJournal());
        assertTrue(kind("Preprint", "Nature").inJournal());
    }

    @Test
    void theEntrysOwnKindDecidesOverTheVenuesName() {
        assertTrue(kind("Journal article", "Proceedings of the National Academy of Sciences").inJournal());
        assertFalse(kind("Conference paper", "Machine Learning").inJournal());
    }

    /**
     * Without a venue, a publisher's DOI names the version of record: an arXiv paper with one is cited as published
     * (a conference paper where its kind says so), not as an arXiv preprint; arXiv's own DOI names the preprint.
     */
    @Test
    void anArxivPaperWithAPublishersDoiAndNoVenueIsCitedAsPublished() {
        assertEquals(Citation.Kind.JOURNAL_ARTICLE, withoutVenue(Optional.empty(), "10.1016/j.neunet.2023.05.012").kind());
        assertEquals(Citation.Kind.JOURNAL_ARTICLE, withoutVenue(Optional.of("Preprint"), "10.1016/j.x.2023.1").kind());
        assertEquals(Citation.Kind.CONFERENCE_PAPER,
                withoutVenue(Optional.of("Conference paper"), "10.1109/cvpr.2023.1").kind());
        assertEquals(Citation.Kind.OTHER, withoutVenue(Optional.of("Book chapter"), "10.1007/978-3-1_2").kind());
        assertEquals(Citation.Kind.ARXIV_PREPRINT, withoutVenue(Optional.empty(), "10.48550/arxiv.1706.03762").kind());
        assertEquals(Citation.Kind.ARXIV_PREPRINT, withoutVenue(Optional.empty(), null).kind());
        assertEquals(Citation.Kind.OTHER, new Citation("k", "A Dataset", List.of("Ann Lee"), LiteralAuthors.NONE,
                Optional.of(2017), Optional.empty(), Optional.empty(), Optional.of("10.5281/zenodo.1"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()).kind(), "a paper known by its DOI alone is of no kind in particular");
    }

    private static Citation withoutVenue(Optional<String> entryType, String doi) {
        return new Citation("k", "Attention Is All You Need", List.of("Ashish Vaswani"), LiteralAuthors.NONE,
                Optional.of(2017), Optional.empty(), Optional.of("1706.03762"), Optional.ofNullable(doi), Optional.empty(),
                Optional.empty(), Optional.empty(), entryType, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static Citation kind(String entryType, String venue) {
        return new Citation("k", "Attention Is All You Need", List.of("Ashish Vaswani"), LiteralAuthors.NONE,
                Optional.of(2017), Optional.empty(), Optional.of("1706.03762"), Optional.empty(), Optional.of(venue),
                Optional.empty(), Optional.empty(), Optional.of(entryType), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
