package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PublicationDetails;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Editors in the BibTeX entry and the RIS record, as Better BibTeX and Zotero write them: {@code editor} names as its
 * {@code author} does (an organisation braced whole); RIS {@code A2} for the editors of what the work is in (a
 * chapter's book, a paper's proceedings), {@code ED} for an edited book's own, which Zotero would read in {@code A2}
 * as its series' editors.
 */
class CitedEditorsTest {

    private static final Editors EDITORS = Editors.of(List.of("Jane Doe", "Luc Van Gool", "IEEE Computer Society"),
            Set.of("IEEE Computer Society"));

    @Test
    void aChaptersBookEditorsAreItsEditorFieldAndA2() {
        Citation chapter = cited(List.of("Ann Lee"), "Book chapter", Optional.of("Handbook of Deep Learning"));

        assertTrue(new BibTex().entry(chapter).contains(
                "  author = {Ann Lee},\n  editor = {Jane Doe and Van Gool, Luc and {IEEE Computer Society}},\n"),
                new BibTex().entry(chapter));
        assertTrue(Ris.entry(chapter).contains(
                "AU  - Lee, Ann\r\nA2  - Doe, Jane\r\nA2  - Van Gool, Luc\r\nA2  - IEEE Computer Society\r\n"),
                Ris.entry(chapter));
    }

    @Test
    void anEditedBooksEditorsAreItsOnlyNamesAndEdInRis() {
        Citation book = cited(List.of(), "Book", Optional.empty());

        String entry = new BibTex().entry(book);
        assertTrue(entry.startsWith("@book{k,\n  title = {Handbook of Deep Learning},\n  editor = {Jane Doe and"), entry);
        assertFalse(entry.contains("author"), entry);
        String ris = Ris.entry(book);
        assertTrue(ris.contains("ED  - Doe, Jane\r\nED  - Van Gool, Luc\r\nED  - IEEE Computer Society\r\n"), ris);
        assertFalse(ris.contains("A2  -"), ris);
        assertTrue(book.byEditors());
    }

    @Test
    void aChapterWithoutAuthorsIsNotBylinedByItsBooksEditors() {
        assertFalse(cited(List.of(), "Book chapter", Optional.of("Handbook")).byEditors());
        assertFalse(cited(List.of("Ann Lee"), "Book", Optional.empty()).byEditors());
        assertEquals("ED", Ris.entry(cited(List.of("Ann Lee"), "Book", Optional.empty())).lines()
                .filter(l -> l.contains("Doe")).findFirst().orElseThrow().substring(0, 2));
    }

    /**
     * A series' editors where Zotero reads them as such (a book's and a report's {@code A2}, a chapter's and a
     * conference paper's {@code A3}) and nowhere else: not in a journal article's record, where no tag holds them, nor
     * in BibTeX, where {@code editor} would make them the book's.
     */
    @Test
    void seriesEditorsAreA2OfABookOrReportA3OfAChapterAndNoBibTexField() {
        Editors series = Editors.of(List.of("Francis Bach"), Set.of());
        assertTrue(Ris.entry(inSeries("Report", series)).contains("A2  - Bach, Francis\r\n"));
        assertTrue(Ris.entry(inSeries("Book", series)).contains("A2  - Bach, Francis\r\n"));
        assertTrue(Ris.entry(inSeries("Book chapter", series)).contains("A3  - Bach, Francis\r\n"));
        assertTrue(Ris.entry(inSeries("Conference paper", series)).contains("A3  - Bach, Francis\r\n"));
        assertFalse(Ris.entry(inSeries("Journal article", series)).contains("Bach"));
        assertFalse(new BibTex().entry(inSeries("Book", series)).contains("Bach"));
    }

    private static Citation inSeries(String type, Editors series) {
        return new Citation("k", "T", List.of("Ann Lee"), LiteralAuthors.NONE, Optional.of(2020), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Venue"), Optional.empty(), Optional.empty(),
                Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, KeptCase.NONE, Optional.empty(), Optional.empty(),
                new PublicationDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Editors.NONE, series, Editors.NONE));
    }

    private static Citation cited(List<String> authors, String type, Optional<String> venue) {
        return new Citation("k", "Handbook of Deep Learning", authors, LiteralAuthors.NONE, Optional.of(2020),
                Optional.empty(), Optional.empty(), Optional.empty(), venue, Optional.empty(), Optional.empty(),
                Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, KeptCase.NONE, Optional.of("Springer"), Optional.empty(),
                new PublicationDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), EDITORS));
    }
}
