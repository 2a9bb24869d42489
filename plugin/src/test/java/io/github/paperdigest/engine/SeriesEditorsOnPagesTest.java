package io.github.paperdigest.engine;

import static io.github.paperdigest.engine.CitationOnPage.assertEntry;
import static io.github.paperdigest.engine.CitationOnPage.assertRis;
import static io.github.paperdigest.engine.CitationOnPage.bibtex;
import static io.github.paperdigest.engine.CitationOnPage.field;
import static io.github.paperdigest.engine.CitationOnPage.ris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.ExportedPapers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series' editors and a chapter's book's authors are carried as what they are: the page names them so ("Series
 * editor", "Book author"), the RIS record in the tags Zotero reads them from ({@code A2} of a book, {@code A3} and
 * {@code C2} of a chapter), papers.json as lists of their own, and the BibTeX entry a chapter's book's authors as
 * biblatex's {@code bookauthor}, but never a series' editors, which no BibTeX field holds and {@code editor} would make
 * the book's. Before, a RIS book's series editor and CSL's collection-editor and container-author were dropped.
 */
class SeriesEditorsOnPagesTest {

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void buildSite() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("books.ris"), """
                TY  - BOOK
                TI  - Learning Theory In Practice
                AU  - Lee, Ann
                A2  - Bach, Francis
                A3  - Doe, Jane
                PY  - 2020
                PB  - MIT Press
                ER  -\s
                """);
        Files.writeString(digests.resolve("zotero.json"), """
                [{"id": "expert2020", "type": "chapter", "title": "Shakespeare and the Elizabethan Stage",
                  "container-title": "Tragedies", "author": [{"family": "Expert", "given": "Edward"}],
                  "container-author": [{"family": "Shakespeare", "given": "William"}],
                  "editor": [{"family": "Bookmaker", "given": "Bernard"}],
                  "collection-editor": [{"family": "Bach", "given": "Francis"}, {"family": "Roe", "given": "Rick"}],
                  "publisher": "Oxford University Press", "issued": {"date-parts": [[2020]]}}]
                """);
        Files.writeString(digests.resolve("library.bib"), """
                @incollection{lee2005t,
                  title = {Multimedia Learning Principles},
                  author = {Lee, Ann},
                  editor = {Mayer, Richard E.},
                  pages = {19--30},
                  publisher = {Springer},
                  year = {2005},
                }
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .baseUrl("https://example.org/library/").timestamp(Instant.parse("2026-11-25T00:00:00Z")).build());
    }

    @Test
    void aRisBooksSeriesEditorIsNamedAsOneAndNeverCitedAsItsEditor() throws IOException {
        Document page = page("learning-theory-in-practice");

        assertEquals("Jane Doe", field(page, "Editor"));
        assertEquals("Francis Bach", field(page, "Series editor"));
        assertRis(page, "TY  - BOOK", "AU  - Lee, Ann", "ED  - Doe, Jane", "A2  - Bach, Francis");
        assertEntry(page, "@book{", "author = {Ann Lee},", "editor = {Jane Doe},");
        assertFalse(bibtex(page).contains("Bach"), "BibTeX has no field for a series' editors: " + bibtex(page));
    }

    @Test
    void aCslChaptersBookAuthorsAndSeriesEditorsAreNamedAndCitedWhereZoteroAndBiblatexReadThem() throws IOException {
        Document page = page("shakespeare-and-the-elizabethan-stage");

        assertEquals("Bernard Bookmaker", field(page, "Editor"));
        assertEquals("Francis Bach and Rick Roe", field(page, "Series editors"));
        assertEquals("William Shakespeare", field(page, "Book author"));
        assertRis(page, "TY  - CHAP", "AU  - Expert, Edward", "A2  - Bookmaker, Bernard", "A3  - Bach, Francis",
                "A3  - Roe, Rick", "C2  - Shakespeare, William", "T2  - Tragedies");
        assertEntry(page, "@incollection{", "editor = {Bernard Bookmaker},", "bookauthor = {William Shakespeare},");
        assertFalse(bibtex(page).contains("Bach"), bibtex(page));
        assertTrue(ris(page).indexOf("A3  -") > ris(page).indexOf("A2  -"), ris(page));
    }

    /**
     * A chapter whose record names its book's editors but not the book (the build warns of it) still names them: on
     * the page, in its RIS record and BibTeX entry (from which the Cite block says "In R. E. Mayer (Ed.) (pp. 19–30)"),
     * and in its structured data as the editors of the book it is part of, which it left out before.
     */
    @Test
    void aChapterWithoutItsBooksTitleStillNamesItsBooksEditors() throws IOException {
        Document page = page("multimedia-learning-principles");

        assertEquals("Richard E. Mayer", field(page, "Editor"));
        assertRis(page, "TY  - CHAP", "AU  - Lee, Ann", "A2  - Mayer, Richard E.", "SP  - 19", "EP  - 30");
        assertEntry(page, "@incollection{lee2005t,", "editor = {Richard E. Mayer},", "pages = {19--30},");
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Book", ld.path("isPartOf").path("@type").asText(), ld.toString());
        assertEquals("Richard E. Mayer", ld.path("isPartOf").path("editor").path(0).path("name").asText());
        assertTrue(ld.path("editor").isMissingNode(), "the book's editors, not the chapter's");
    }

    @Test
    void papersJsonListsSeriesEditorsAndBookAuthorsApartFromTheEditors() throws IOException {
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile()).path("papers");

        JsonNode book = ExportedPapers.paper(papers, "learning-theory-in-practice");
        assertEquals(List.of("Jane Doe"), ExportedPapers.texts(book.path("editors")));
        assertEquals(List.of("Francis Bach"), ExportedPapers.texts(book.path("seriesEditors")));
        assertTrue(book.path("extra").path("series editors").isMissingNode(), book.toString());
        JsonNode chapter = ExportedPapers.paper(papers, "shakespeare-and-the-elizabethan-stage");
        assertEquals(List.of("William Shakespeare"), ExportedPapers.texts(chapter.path("bookAuthors")));
        assertEquals(List.of("Francis Bach", "Rick Roe"), ExportedPapers.texts(chapter.path("seriesEditors")));
        assertTrue(chapter.path("extra").path("book authors").isMissingNode(), chapter.toString());
    }

    private static Document page(String slug) throws IOException {
        return Jsoup.parse(site.resolve("paper/" + slug + ".html").toFile(), "UTF-8");
    }
}
