package io.github.paperdigest.engine;

import static io.github.paperdigest.engine.CitationOnPage.assertEntry;
import static io.github.paperdigest.engine.CitationOnPage.assertRis;
import static io.github.paperdigest.engine.CitationOnPage.bibtex;
import static io.github.paperdigest.engine.CitationOnPage.field;
import static io.github.paperdigest.engine.CitationOnPage.ris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.SiteFiles;
import io.github.paperdigest.testing.ExportedPapers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter in an edited book is cited with the book's editors, and an edited book that names no author is cited by
 * its editors, as reference managers and citation styles expect: the chapter's BibTeX entry has its {@code editor},
 * its RIS record the editors in {@code A2} (Zotero's tag for a chapter's book's), its page lists them; the edited
 * book's byline is its editors' with "(Eds.)", its key is its first editor's ({@code doe2020handbook}, as Better
 * BibTeX keys it), its entry has an {@code editor} and no {@code author}, its RIS record the editors in {@code ED}.
 * Before, neither named an editor, and the edited book had no byline and a key of its title's words.
 */
class EditorsOnPagesTest {

    @TempDir
    static Path work;

    private static Path digests;
    private static Path site;

    @BeforeAll
    static void buildSite() throws IOException {
        digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("library.bib"), """
                @incollection{lee2020dropout,
                  title = {Dropout as Regularisation},
                  author = {Lee, Ann},
                  editor = {Doe, Jane and Roe, Richard P.},
                  booktitle = {Handbook of Deep Learning},
                  pages = {1--20},
                  publisher = {Springer},
                  address = {Cham},
                  year = {2020},
                  doi = {10.1007/978-3-030-00000-0_1},
                }

                @book{plath2000journals,
                  title = {The Unabridged Journals},
                  author = {Plath, Sylvia},
                  editor = {Kukil, Karen V.},
                  publisher = {Anchor},
                  year = {2000},
                }

                @proceedings{ieee2019things,
                  title = {Proceedings of the Workshop on Things},
                  editor = {{IEEE Computer Society} and Smith, John},
                  publisher = {IEEE},
                  year = {2019},
                }
                """);
        Files.writeString(digests.resolve("books.ris"), """
                TY  - BOOK
                TI  - Handbook of Deep Learning
                ED  - Doe, Jane
                ED  - Roe, Richard P.
                PY  - 2020
                PB  - Springer
                CY  - Cham
                SN  - 978-3-030-00000-0
                ER  -\s
                """);
        Files.writeString(digests.resolve("zotero.csv"), """
                Key,Item Type,Publication Year,Author,Editor,Title,Publisher
                AB12CD34,book,2005,,"Mayer, Richard E.",The Cambridge Handbook of Multimedia Learning,Cambridge University Press
                """);
        site = work.resolve("site");
        build(site);
    }

    @Test
    void aChaptersEntryRecordAndPageNameItsBooksEditors() throws IOException {
        Document page = page(site, "dropout-as-regularisation");

        assertEquals(List.of("Ann Lee"), page.select(".paper-head .authors .author").eachText());
        assertNull(page.selectFirst(".paper-head .editor-role"), "the byline is the chapter's authors'");
        assertEntry(page, "@incollection{lee2020dropout,", "author = {Ann Lee},",
                "editor = {Jane Doe and Richard P. Roe},", "booktitle = {Handbook of Deep Learning},");
        assertRis(page, "TY  - CHAP", "AU  - Lee, Ann", "A2  - Doe, Jane", "A2  - Roe, Richard P.",
                "T2  - Handbook of Deep Learning");
        assertEquals("Jane Doe and Richard P. Roe", field(page, "Editors"));
        JsonNode book = jsonLd(page).path("isPartOf");
        assertEquals("Book", book.path("@type").asText());
        assertEquals("Jane Doe", book.path("editor").path(0).path("name").asText());
        assertTrue(jsonLd(page).path("editor").isMissingNode(), "the editors are the book's, not the chapter's");
    }

    @Test
    void anEditedBookWithoutAuthorsIsBylinedKeyedAndCitedByItsEditors() throws IOException {
        Document page = page(site, "handbook-of-deep-learning");

        assertEquals(List.of("Jane Doe", "Richard P. Roe"), page.select(".paper-head .authors .author").eachText());
        assertEquals("(Eds.)", page.selectFirst(".paper-head .authors .editor-role").text());
        assertEntry(page, "@book{doe2020handbook,", "editor = {Jane Doe and Richard P. Roe},", "publisher = {Springer},");
        assertFalse(bibtex(page).contains("author ="), bibtex(page));
        assertRis(page, "TY  - BOOK", "ED  - Doe, Jane", "ED  - Roe, Richard P.", "PB  - Springer");
        assertFalse(ris(page).contains("AU  -"), ris(page));
        assertNull(field(page, "Editors"), "the byline names them");
        JsonNode ld = jsonLd(page);
        assertEquals("Book", ld.path("@type").asText());
        assertEquals("Richard P. Roe", ld.path("editor").path(1).path("name").asText());
        assertTrue(ld.path("author").isMissingNode());
    }

    @Test
    void oneEditorIsEdAndZoterosEditorColumnKeysTheBookByThatEditor() throws IOException {
        Document page = page(site, "the-cambridge-handbook-of-multimedia-learning");

        assertEquals(List.of("Richard E. Mayer"), page.select(".paper-head .authors .author").eachText());
        assertEquals("(Ed.)", page.selectFirst(".paper-head .authors .editor-role").text());
        assertEntry(page, "@book{mayer2005cambridge,", "editor = {Richard E. Mayer},");
        assertRis(page, "TY  - BOOK", "ED  - Mayer, Richard E.");
    }

    /**
     * A book by its authors that names its editors too keeps its authors' byline and key, and its RIS record carries
     * both, which the Cite block's APA and IEEE texts are made from ("Plath, S. (2000). The Unabridged Journals (K. V.
     * Kukil, Ed.). Anchor.", see cite-text.test.js).
     */
    @Test
    void aBookWithAuthorsAndEditorsIsBylinedByItsAuthorsAndItsRecordNamesBoth() throws IOException {
        Document page = page(site, "the-unabridged-journals");

        assertEquals(List.of("Sylvia Plath"), page.select(".paper-head .authors .author").eachText());
        assertNull(page.selectFirst(".paper-head .editor-role"));
        assertEquals("Karen V. Kukil", field(page, "Editor"));
        assertEntry(page, "@book{plath2000journals,", "author = {Sylvia Plath},", "editor = {Karen V. Kukil},");
        assertRis(page, "TY  - BOOK", "AU  - Plath, Sylvia", "ED  - Kukil, Karen V.", "PB  - Anchor");
    }

    /**
     * papers.json lists the editors as it lists the authors, a name a string, never in the text the model keeps them in
     * between semicolons, a name taken whole in braces ("{IEEE Computer Society}; John Smith"), which other tools
     * would have to split as the plugin does.
     */
    @Test
    void papersJsonListsTheEditorsAsItListsTheAuthors() throws IOException {
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile()).path("papers");

        JsonNode chapter = ExportedPapers.paper(papers, "dropout-as-regularisation");
        assertEquals(List.of("Ann Lee"), ExportedPapers.texts(chapter.path("authors")));
        assertEquals(List.of("Jane Doe", "Richard P. Roe"), ExportedPapers.texts(chapter.path("editors")));
        assertTrue(chapter.path("extra").path("editors").isMissingNode(), chapter.toString());
        assertEquals("2020", chapter.path("extra").path("year").asText(), "the other metadata stays in extra");
        JsonNode proceedings = ExportedPapers.paper(papers, "proceedings-of-the-workshop-on-things");
        assertEquals(List.of("IEEE Computer Society", "John Smith"), ExportedPapers.texts(proceedings.path("editors")));
        assertTrue(proceedings.path("extra").path("editors").isMissingNode(), proceedings.toString());
    }

    /**
     * A rebuild that recalls the digests' readings from the last build's memo cites the editors as a full build does,
     * byte for byte: they are kept with the rest of a paper's metadata, not only while a digest is read.
     */
    @Test
    void aRebuildRecallingTheReadingsCitesTheEditorsAsAFullBuild() throws IOException {
        Path incremental = work.resolve("incremental");
        build(incremental);
        Path later = Files.createDirectories(work.resolve("later"));
        for (Path digest : List.of("library.bib", "books.ris", "zotero.csv").stream().map(digests::resolve).toList()) {
            Files.copy(digest, later.resolve(digest.getFileName()));
        }
        Files.writeString(later.resolve("2024-05-01-reading.md"), """
                ## Layer Normalization

                - arxiv: 1607.06450

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);
        BuildResult rebuilt = build(later, incremental);
        Path full = work.resolve("full");
        build(later, full);

        assertEquals(3, rebuilt.recalledReadings(), "the three libraries were not read again");
        Map<String, byte[]> want = SiteFiles.all(full);
        Map<String, byte[]> got = SiteFiles.all(incremental);
        assertEquals(want.keySet(), got.keySet());
        want.forEach((file, bytes) -> assertTrue(Arrays.equals(bytes, got.get(file)), file + " differs"));
        assertEntry(page(incremental, "dropout-as-regularisation"), "@incollection{lee2020dropout,",
                "editor = {Jane Doe and Richard P. Roe},");
        assertEntry(page(incremental, "handbook-of-deep-learning"), "@book{doe2020handbook,",
                "editor = {Jane Doe and Richard P. Roe},");
    }

    private static BuildResult build(Path out) {
        return build(digests, out);
    }

    private static BuildResult build(Path from, Path out) {
        return new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(from, out).similarity(BuildConfig.LEXICAL)
                .baseUrl("https://example.org/library/").timestamp(Instant.parse("2026-11-25T00:00:00Z")).build());
    }

    private static Document page(Path site, String slug) throws IOException {
        return Jsoup.parse(site.resolve("paper/" + slug + ".html").toFile(), "UTF-8");
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
    }
}
