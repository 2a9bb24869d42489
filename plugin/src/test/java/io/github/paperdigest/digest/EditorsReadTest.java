package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors of a chapter's book, of proceedings and of an edited book are read from every format that names them,
 * as its reference managers write them: BibTeX's {@code editor} (split as its authors are, a brace group one whole),
 * RIS's {@code A2} of a chapter, {@code ED} of any record and {@code A3} of a book (Zotero's), CSL's {@code editor},
 * Zotero's CSV "Editor" column ("Family, Given; …"), a paper note's {@code editors} and an Org heading's
 * {@code :EDITOR:}, and any digest's own "Editors:" line. Before, BibTeX's were text among the metadata ("Editor: Doe,
 * Jane and Roe, Richard"), and the other formats' were dropped: no citation named them.
 */
class EditorsReadTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());
    private static final List<String> DOE_AND_ROE = List.of("Jane Doe", "Richard P. Roe");

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void bibtexEditorsAreSplitAsItsAuthorsAreABraceGroupOneWholeAndOthersNobody() throws IOException {
        PaperEntry chapter = only(read("library.bib", """
                @incollection{lee2020dropout,
                  title = {Dropout as Regularisation},
                  author = {Lee, Ann},
                  editor = {Doe, Jane and Richard P. Roe and {IEEE Computer Society} and others},
                  booktitle = {Handbook of Deep Learning},
                  year = {2020},
                }
                """));

        Editors editors = Editors.of(chapter.extra());
        assertEquals(List.of("Jane Doe", "Richard P. Roe", "IEEE Computer Society"), editors.names());
        assertEquals(Set.of("IEEE Computer Society"), editors.literal(), "braced whole, as BibTeX reads it");
        assertEquals(List.of("Ann Lee"), chapter.authors(), "the editors are no authors");
        assertEquals(null, chapter.extra().get("editor"), "no longer a line of text among the metadata");
        assertEquals(List.of(), warnings);
    }

    /** The editors are kept in one text, between semicolons: a semicolon in a name must not make two of it. */
    @Test
    void aSemicolonInAnEditorsNameLeavesItOneEditor() throws IOException {
        PaperEntry book = only(read("library.bib", """
                @book{acm2020proceedings,
                  title = {Proceedings of the Workshop},
                  editor = {{IEEE; ACM} and Doe, Jane},
                  year = {2020},
                  doi = {10.1145/0000000},
                }
                """));

        assertEquals(List.of("IEEE, ACM", "Jane Doe"), Editors.of(book.extra()).names());
    }

    @Test
    void aBibtexChapterTakesTheEditorsOfTheBookItCrossReferences() throws IOException {
        PaperEntry chapter = only(read("library.bib", """
                @incollection{lee2020dropout,
                  title = {Dropout as Regularisation},
                  author = {Lee, Ann},
                  crossref = {doe2020handbook},
                  pages = {1--20},
                }
                @book{doe2020handbook,
                  title = {Handbook of Deep Learning},
                  booktitle = {Handbook of Deep Learning},
                  editor = {Doe, Jane and Roe, Richard P.},
                  publisher = {Springer},
                  year = {2020},
                }
                """));

        assertEquals(DOE_AND_ROE, Editors.of(chapter.extra()).names());
    }

    @Test
    void anEditedBookWithEditorsAloneIsAPaperByItsEditorsAndYear() throws IOException {
        PaperEntry book = only(read("library.bib", """
                @book{doe2020handbook,
                  title = {Handbook of Deep Learning},
                  editor = {Doe, Jane and Roe, Richard P.},
                  publisher = {Springer},
                  year = {2020},
                }
                """));

        assertEquals(List.of(), book.authors());
        assertEquals(DOE_AND_ROE, Editors.of(book.extra()).names());
        assertEquals(List.of(), warnings, "cited by its editors and year, as a paper is by its authors and year");
    }

    @Test
    void risEditorsAreA2OfAChapterEdOfAnyRecordAndA3OfABookNotABooksSeriesEditorInA2() throws IOException {
        DigestFile ris = read("library.ris", """
                TY  - CHAP
                TI  - A Chapter
                AU  - Lee, Ann
                A2  - Doe, Jane
                A2  - Roe, Richard P.
                T2  - Handbook of Deep Learning
                PY  - 2020
                ER  -\s
                TY  - EDBOOK
                TI  - An Edited Book
                A2  - Doe, Jane
                ED  - Roe, Richard P.
                PY  - 2020
                ER  -\s
                TY  - BOOK
                TI  - A Book In A Series
                AU  - Lee, Ann
                A2  - Series, Sam
                A3  - Doe, Jane
                PY  - 2020
                ER  -\s
                """);

        assertEquals(DOE_AND_ROE, Editors.of(entry(ris, "A Chapter").extra()).names());
        assertEquals(DOE_AND_ROE, Editors.of(entry(ris, "An Edited Book").extra()).names());
        assertEquals(List.of("Jane Doe"), Editors.of(entry(ris, "A Book In A Series").extra()).names(),
                "a book's A2 is its series' editor, as Zotero writes one; A3 is its editor");
        assertEquals(List.of(), warnings);
    }

    @Test
    void cslEditorsAreNamesAsItsAuthorsAreALiteralOneWhole() throws IOException {
        PaperEntry chapter = only(read("zotero.json", """
                [{"id": "lee2020", "type": "chapter", "title": "A Chapter", "container-title": "Handbook",
                  "author": [{"family": "Lee", "given": "Ann"}],
                  "editor": [{"family": "Doe", "given": "Jane"}, {"family": "Roe", "given": "Richard P."},
                             {"literal": "IEEE Computer Society"}],
                  "issued": {"date-parts": [[2020]]}}]
                """));

        Editors editors = Editors.of(chapter.extra());
        assertEquals(List.of("Jane Doe", "Richard P. Roe", "IEEE Computer Society"), editors.names());
        assertEquals(Set.of("IEEE Computer Society"), editors.literal());
    }

    @Test
    void zoterosCsvEditorColumnIsFamilyNamesFirstBetweenSemicolons() throws IOException {
        DigestFile csv = read("zotero.csv", """
                Key,Item Type,Publication Year,Author,Editor,Title,Publication Title
                AB12CD34,bookSection,2020,"Lee, Ann","Doe, Jane; Roe, Richard P.",A Chapter,Handbook of Deep Learning
                EF56GH78,book,2020,,"Doe, Jane",An Edited Book,
                """);

        assertEquals(DOE_AND_ROE, Editors.of(entry(csv, "A Chapter").extra()).names());
        assertEquals(List.of("Jane Doe"), Editors.of(entry(csv, "An Edited Book").extra()).names(),
                "one name with a comma is one name in Zotero's export");
        assertEquals(List.of(), entry(csv, "An Edited Book").authors());
    }

    @Test
    void aPaperNotesEditorsAreAListOrZoteroIntegrationsText() throws IOException {
        PaperEntry listed = only(read("Handbook of Deep Learning.md", """
                ---
                title: Handbook of Deep Learning
                editors:
                  - Jane Doe
                  - Roe, Richard P.
                year: 2020
                doi: 10.1007/978-3-030-00000-0
                ---

                # Handbook of Deep Learning
                """));
        assertEquals(DOE_AND_ROE, Editors.of(listed.extra()).names());

        PaperEntry written = only(read("A Chapter.md", """
                ---
                title: A Chapter
                authors: Ann Lee
                editor: Doe, Jane; Roe, Richard P.
                doi: 10.1007/978-3-030-00000-0_1
                ---

                # A Chapter
                """));
        assertEquals(DOE_AND_ROE, Editors.of(written.extra()).names());
    }

    @Test
    void anOrgHeadingsEditorPropertyIsSplitAsBibTexSplitsIt() throws IOException {
        PaperEntry chapter = only(read("notes.org", """
                * A Chapter
                  :PROPERTIES:
                  :AUTHOR: Lee, Ann
                  :EDITOR: Doe, Jane and Roe, Richard P. and {Research and Development Team}
                  :DOI: 10.1007/978-3-030-00000-0_1
                  :END:
                """));

        Editors editors = Editors.of(chapter.extra());
        assertEquals(List.of("Jane Doe", "Richard P. Roe", "Research and Development Team"), editors.names());
        assertEquals(Set.of("Research and Development Team"), editors.literal());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDigestsOwnEditorsLineNamesTheEditors() throws IOException {
        PaperEntry chapter = only(read("2024-05-01-reading.md", """
                ## A Chapter

                - authors: Ann Lee
                - editors: Jane Doe and Richard P. Roe
                - doi: 10.1007/978-3-030-00000-0_1

                What the chapter is about.
                """));

        assertEquals(DOE_AND_ROE, Editors.of(chapter.extra()).names());
        assertEquals(List.of("Ann Lee"), chapter.authors());
    }

    /**
     * The other names a reference manager's record gives beside its authors and editors are read as what they are: the
     * editors of the series a work is in (RIS's {@code A2} of a book or report and {@code A3} of a chapter, as Zotero
     * writes them; CSL's {@code collection-editor}; Zotero's CSV "Series Editor" column) and the authors of the book a
     * chapter is in (CSL's {@code container-author}, biblatex's {@code bookauthor}, RIS's {@code C2}), never as the
     * work's editors or its book's. Before, they were dropped without a word (RIS, CSL) or kept as unsplit text. A
     * chapter that names its book's editors but not its book, and CSL's lists of names the site does not read, are
     * told.
     */
    @Nested
    class SeriesEditorsAndBookAuthors {

        @Test
        void risSeriesEditorsAreABooksAndAReportsA2AndAChaptersA3NeverTheirEditors() throws IOException {
            DigestFile ris = read("library.ris", """
                    TY  - BOOK
                    TI  - A Book In A Series
                    AU  - Lee, Ann
                    A2  - Bach, Francis
                    A3  - Doe, Jane
                    PY  - 2020
                    ER  -\s
                    TY  - RPRT
                    TI  - A Report In A Series
                    AU  - Lee, Ann
                    A2  - Bach, Francis
                    A3  - Series, Sam
                    PY  - 2020
                    ER  -\s
                    TY  - CHAP
                    TI  - A Chapter In A Series
                    AU  - Lee, Ann
                    A2  - Doe, Jane
                    A3  - Bach, Francis
                    C2  - Roe, Richard P.
                    T2  - Handbook of Deep Learning
                    PY  - 2020
                    ER  -\s
                    """);

            PaperEntry book = entry(ris, "A Book In A Series");
            assertEquals(List.of("Jane Doe"), Editors.of(book.extra()).names());
            assertEquals(List.of("Francis Bach"), series(book));
            PaperEntry report = entry(ris, "A Report In A Series");
            assertEquals(List.of(), Editors.of(report.extra()).names(), "a report's A2 and A3 name its series' editors");
            assertEquals(List.of("Francis Bach", "Sam Series"), series(report));
            PaperEntry chapter = entry(ris, "A Chapter In A Series");
            assertEquals(List.of("Jane Doe"), Editors.of(chapter.extra()).names());
            assertEquals(List.of("Francis Bach"), series(chapter));
            assertEquals(List.of("Richard P. Roe"), bookAuthors(chapter), "C2: the book's author, Zotero's Book Author");
            assertEquals(List.of(), warnings);
        }

        @Test
        void cslCollectionEditorsAreTheSeriesAndContainerAuthorsTheBooksAuthorsNeitherAnEditor() throws IOException {
            PaperEntry chapter = only(read("zotero.json", """
                    [{"id": "lee2020", "type": "chapter", "title": "A Chapter", "container-title": "Collected Works",
                      "author": [{"family": "Lee", "given": "Ann"}],
                      "container-author": [{"family": "Shakespeare", "given": "William"}],
                      "collection-editor": [{"family": "Bach", "given": "Francis"}, {"literal": "IEEE Press"}],
                      "issued": {"date-parts": [[2020]]}}]
                    """));

            assertEquals(List.of(), Editors.of(chapter.extra()).names());
            assertEquals(List.of("Francis Bach", "IEEE Press"), series(chapter));
            assertEquals(List.of("IEEE Press"), List.copyOf(Editors.of(chapter.extra(), Editors.SERIES_KEY).literal()));
            assertEquals(List.of("William Shakespeare"), bookAuthors(chapter));
            assertEquals(List.of(), warnings);
        }

        @Test
        void cslNamesTheSiteDoesNotReadAreToldOnceAFileAtTheFirstItemThatGivesThem() throws IOException {
            DigestFile csl = read("zotero.json", """
                    [{"id": "a", "type": "book", "title": "A Translated Book", "author": [{"family": "Lee", "given": "Ann"}],
                      "translator": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2020]]}},
                     {"id": "b", "type": "book", "title": "Another", "author": [{"family": "Lee", "given": "Ann"}],
                      "translator": [{"family": "Roe", "given": "Rick"}], "issued": {"date-parts": [[2021]]}}]
                    """);

            assertEquals(2, csl.entries().size());
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).startsWith("zotero.json:1:") && warnings.get(0).contains("\"A Translated Book\"")
                    && warnings.get(0).contains("'translator' names (Jane Doe)"), warnings::toString);
        }

        @Test
        void biblatexBookauthorIsTheBooksAuthorsSplitAsAuthorsAre() throws IOException {
            PaperEntry chapter = only(read("library.bib", """
                    @inbook{expert2020stage,
                      title = {Shakespeare and the Elizabethan Stage},
                      author = {Expert, Edward},
                      bookauthor = {Shakespeare, William and {Royal Shakespeare Company}},
                      editor = {Bookmaker, Bernard},
                      booktitle = {Tragedies},
                      year = {2020},
                    }
                    """));

            assertEquals(List.of("William Shakespeare", "Royal Shakespeare Company"), bookAuthors(chapter));
            assertEquals(List.of("Bernard Bookmaker"), Editors.of(chapter.extra()).names());
            assertEquals(null, chapter.extra().get("bookauthor"), "no longer unsplit text among the metadata");
        }

        @Test
        void zoterosCsvSeriesEditorColumnIsTheSeriesEditorsNotTheEditors() throws IOException {
            PaperEntry book = only(read("zotero.csv", """
                    Key,Item Type,Publication Year,Author,Editor,Series Editor,Title
                    AB12CD34,book,2020,"Lee, Ann","Doe, Jane","Bach, Francis; Roe, Richard P.",A Book In A Series
                    """));

            assertEquals(List.of("Jane Doe"), Editors.of(book.extra()).names());
            assertEquals(List.of("Francis Bach", "Richard P. Roe"), series(book));
        }

        @Test
        void aChapterThatNamesItsBooksEditorsButNotItsBookIsToldWithTheFieldToGive() throws IOException {
            PaperEntry chapter = only(read("library.bib", """
                    @incollection{lee2020dropout,
                      title = {Dropout as Regularisation},
                      author = {Lee, Ann},
                      editor = {Doe, Jane},
                      year = {2020},
                    }
                    """));

            assertEquals(List.of("Jane Doe"), Editors.of(chapter.extra()).names(), "still read and cited");
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).startsWith("library.bib:1:")
                    && warnings.get(0).contains("(Jane Doe)") && warnings.get(0).contains("booktitle"), warnings::toString);
        }

        @Test
        void aBiblatexEditorOfAnotherRoleIsCitedAsAnEditorAndToldSo() throws IOException {
            PaperEntry book = only(read("library.bib", """
                    @collection{doe2020,
                      title = {Collected Papers},
                      editor = {Doe, Jane},
                      editortype = {compiler},
                      year = {2020},
                    }
                    """));

            assertEquals(List.of("Jane Doe"), Editors.of(book.extra()).names());
            assertEquals("compiler", book.extra().get("editortype"), "the role stays among the metadata");
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).startsWith("library.bib:1: editortype = {compiler}"), warnings::toString);
        }

        private static List<String> series(PaperEntry entry) {
            return Editors.of(entry.extra(), Editors.SERIES_KEY).names();
        }

        private static List<String> bookAuthors(PaperEntry entry) {
            return Editors.of(entry.extra(), Editors.BOOK_AUTHORS_KEY).names();
        }
    }

    private DigestFile read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static PaperEntry only(DigestFile digest) {
        assertEquals(1, digest.entries().size(), digest.entries().stream().map(PaperEntry::title).toList()::toString);
        return digest.entries().get(0);
    }

    private static PaperEntry entry(DigestFile digest, String title) {
        return digest.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among "
                        + digest.entries().stream().map(PaperEntry::title).toList()));
    }
}
