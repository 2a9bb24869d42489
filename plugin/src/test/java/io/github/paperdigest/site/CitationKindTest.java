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
        assertEquals(Citation.Kind.BOOK_CHAPTER, withoutVenue(Optional.of("Book chapter"), "10.1007/978-3-1_2").kind());
        assertEquals(Citation.Kind.ARXIV_PREPRINT, withoutVenue(Optional.empty(), "10.48550/arxiv.1706.03762").kind());
        assertEquals(Citation.Kind.ARXIV_PREPRINT, withoutVenue(Optional.empty(), null).kind());
        assertEquals(Citation.Kind.OTHER, new Citation("k", "A Dataset", List.of("Ann Lee"), LiteralAuthors.NONE,
                Optional.of(2017), Optional.empty(), Optional.empty(), Optional.of("10.5281/zenodo.1"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()).kind(), "a paper known by its DOI alone is of no kind in particular");
    }

    /** A book, chapter, thesis or report is cited as what its record says it is, whatever its venue, DOI or arXiv id. */
    @Test
    void aBookChapterThesisOrReportIsCitedAsItsRecordSaysWhateverItsVenueOrDoi() {
        assertEquals(Citation.Kind.BOOK, withoutVenue(Optional.of("Book"), "10.7551/mitpress/1.001.0001").kind());
        assertEquals(Citation.Kind.BOOK, withoutVenue(Optional.of("Edited book"), null).kind());
        assertEquals(Citation.Kind.BOOK_CHAPTER, kind("Book chapter", "Handbook of Machine Learning").kind());
        assertFalse(kind("Book chapter", "Handbook of Machine Learning").inJournal(), "a chapter's venue is its book");
        assertFalse(kind("Book chapter", "Proceedings of X").inJournal());
        assertEquals(Citation.Kind.THESIS, withoutVenue(Optional.of("PhD thesis"), null).kind());
        assertEquals(Citation.Kind.THESIS, withoutVenue(Optional.of("Thesis"), "10.17863/cam.11283").kind());
        assertEquals(Citation.Kind.REPORT, withoutVenue(Optional.of("Report"), null).kind());
        assertEquals(Citation.Kind.JOURNAL_ARTICLE, kind("Journal article", "Nature").kind(), "unchanged");
    }

    /** The kind a page shows is the kind of article the paper is cited as, where its record names another. */
    @Test
    void thePageShowsTheKindOfArticleThePaperIsCitedAs() {
        assertEquals(Optional.of("Preprint"), withoutVenue(Optional.of("Journal article"), null).shownType(),
                "Zotero's arXiv record, whose venue named the preprint");
        assertEquals(Optional.of("Conference paper"), kind("Preprint", "NeurIPS 2017").shownType());
        assertEquals(Optional.of("Journal article"), kind("Journal article", "Nature").shownType());
        assertEquals(Optional.of("Magazine article"), kind("Magazine article", "Wired").shownType(),
                "the record's words where they say more than the citation");
        assertEquals(Optional.of("PhD thesis"), withoutVenue(Optional.of("PhD thesis"), null).shownType());
        assertEquals(Optional.empty(), withoutVenue(Optional.empty(), null).shownType());
    }

    /** A journal article or conference paper cited as no kind in particular (a {@code @misc}) shows no kind of article. */
    @Test
    void anArticleCitedAsNoKindInParticularShowsNone() {
        Citation article = new Citation("k", "T", List.of("Ann Lee"), LiteralAuthors.NONE, Optional.of(2019),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Journal article"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Citation.Kind.OTHER, article.kind());
        assertEquals(Optional.empty(), article.shownType());
    }

    /** Zotero saved arXiv papers as reports of the institution "arXiv" before it had preprints: they are preprints. */
    @Test
    void aReportOfArxivIsAnArxivPreprint() {
        Citation c = new Citation("k", "T", List.of("Ann Lee"), LiteralAuthors.NONE, Optional.of(2017), Optional.empty(),
                Optional.of("1706.03762"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Report"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, io.github.paperdigest.model.KeptCase.NONE, Optional.empty(), Optional.empty(),
                new PublicationDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("arXiv")));
        assertEquals(Citation.Kind.ARXIV_PREPRINT, c.kind());
        assertEquals(Optional.of("Preprint"), c.shownType());
    }

    @Test
    void aThesisIsAMastersWhereItsKindOrItsWordsSaySo() {
        assertTrue(thesis("Master's thesis", null).mastersThesis());
        assertTrue(thesis("Thesis", "MSc thesis").mastersThesis());
        assertTrue(thesis("Thesis", "M.S. thesis").mastersThesis());
        assertTrue(thesis("Thesis", "Master thesis").mastersThesis());
        assertFalse(thesis("Thesis", "Doctoral dissertation").mastersThesis());
        assertFalse(thesis("PhD thesis", null).mastersThesis());
        assertFalse(thesis("Thesis", "Mathematics dissertation").mastersThesis());
    }

    /** An arXiv paper whose only other DOI is a data repository's stays a preprint: the DOI is not its publication. */
    @Test
    void anArxivPaperWithADataRepositorysDoiIsAPreprint() {
        assertEquals(Citation.Kind.ARXIV_PREPRINT, withoutVenue(Optional.empty(), "10.5281/zenodo.8000000").kind());
        assertEquals(Optional.empty(), withoutVenue(Optional.empty(), "10.5281/zenodo.8000000").doi());
        assertEquals(Citation.Kind.JOURNAL_ARTICLE, withoutVenue(Optional.empty(), "10.1038/s41586-021-03819-2").kind());
    }

    private static Citation thesis(String type, String genre) {
        return new Citation("k", "T", List.of("Ann Lee"), LiteralAuthors.NONE, Optional.of(2017), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, io.github.paperdigest.model.KeptCase.NONE, Optional.empty(), Optional.empty(),
                new PublicationDetails(Optional.empty(), Optional.empty(), Optional.ofNullable(genre), Optional.empty()));
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
