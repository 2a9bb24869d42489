package io.github.paperdigest.site;

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

    private static Citation kind(String entryType, String venue) {
        return new Citation("k", "Attention Is All You Need", List.of("Ashish Vaswani"), LiteralAuthors.NONE,
                Optional.of(2017), Optional.empty(), Optional.of("1706.03762"), Optional.empty(), Optional.of(venue),
                Optional.empty(), Optional.empty(), Optional.of(entryType), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
