package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PublicationDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A book, a book's chapter, a thesis and a report are cited as what they are, in BibTeX as its standard styles ask
 * (a {@code @book}'s publisher, a chapter's {@code booktitle}, a thesis's {@code school}, a report's
 * {@code institution} and {@code number}) and in RIS as Zotero writes them ({@code BOOK}, {@code CHAP},
 * {@code THES}, {@code RPRT}); before, each was a {@code @misc} and a {@code GEN} without its ISBN or publisher.
 */
class CitedWorksTest {

    private final BibTex bibTex = new BibTex();

    @Test
    void aBookIsABookWithItsPublisherPlaceEditionAndIsbn() {
        Citation book = work("goodfellow2016deep", "Deep Learning",
                List.of("Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"), "Book", Optional.empty(),
                Optional.of("MIT Press"), new PublicationDetails(Optional.of("978-0262035613"), Optional.of("1"),
                        Optional.empty(), Optional.empty()));

        assertEquals("""
                @book{goodfellow2016deep,
                  title = {Deep Learning},
                  author = {Ian Goodfellow and Yoshua Bengio and Aaron Courville},
                  year = {2016},
                  publisher = {MIT Press},
                  address = {Cambridge, MA},
                  edition = {1},
                  isbn = {978-0262035613},
                  url = {https://www.deeplearningbook.org},
                }
                """, bibTex.entry(book));
        assertEquals(String.join("\r\n",
                "TY  - BOOK",
                "TI  - Deep Learning",
                "AU  - Goodfellow, Ian",
                "AU  - Bengio, Yoshua",
                "AU  - Courville, Aaron",
                "PY  - 2016",
                "PB  - MIT Press",
                "CY  - Cambridge, MA",
                "ET  - 1",
                "SN  - 978-0262035613",
                "UR  - https://www.deeplearningbook.org",
                "ER  - ", ""), Ris.entry(book));
    }

    @Test
    void aChapterIsInItsBookWithItsPages() {
        Citation chapter = work("k", "Dropout Training", List.of("Ann Lee"), "Book chapter",
                Optional.of("Handbook of Deep Learning"), Optional.of("Springer"),
                new PublicationDetails(Optional.of("978-3-030-00000-0"), Optional.of("2nd"), Optional.empty(),
                        Optional.empty()));

        String entry = bibTex.entry(chapter);
        assertTrue(entry.startsWith("@incollection{k,\n"), entry);
        assertTrue(entry.contains("  booktitle = {Handbook of Deep Learning},\n  pages = {101--120},\n"), entry);
        assertTrue(entry.contains("  publisher = {Springer},\n"), entry);
        assertTrue(entry.contains("  edition = {2nd},\n  isbn = {978-3-030-00000-0},\n"), entry);
        assertFalse(entry.contains("journal"), entry);
        String ris = Ris.entry(chapter);
        assertTrue(ris.startsWith("TY  - CHAP\r\n"), ris);
        assertTrue(ris.contains("T2  - Handbook of Deep Learning\r\nSP  - 101\r\nEP  - 120\r\nPB  - Springer\r\n"), ris);
        assertTrue(ris.contains("ET  - 2nd\r\nSN  - 978-3-030-00000-0\r\n"), ris);
    }

    @Test
    void aThesisNamesItsSchoolAndItsDegree() {
        Citation phd = work("k", "Learning Deep Generative Models", List.of("Ruslan Salakhutdinov"), "PhD thesis",
                Optional.empty(), Optional.empty(), new PublicationDetails(Optional.empty(), Optional.empty(),
                        Optional.of("Doctoral dissertation"), Optional.of("University of Toronto")));
        String entry = bibTex.entry(phd);
        assertTrue(entry.startsWith("@phdthesis{k,\n"), entry);
        assertTrue(entry.contains("  type = {Doctoral dissertation},\n  school = {University of Toronto},\n"), entry);
        assertFalse(entry.contains("publisher"), entry);
        String ris = Ris.entry(phd);
        assertTrue(ris.startsWith("TY  - THES\r\n"), ris);
        assertTrue(ris.contains("PB  - University of Toronto\r\n"), ris);
        assertTrue(ris.contains("M3  - Doctoral dissertation\r\n"), ris);

        Citation masters = work("m", "T", List.of("Ann Lee"), "Thesis", Optional.empty(), Optional.of("ETH Zürich"),
                new PublicationDetails(Optional.empty(), Optional.empty(), Optional.of("MSc thesis"), Optional.empty()));
        assertTrue(bibTex.entry(masters).startsWith("@mastersthesis{m,\n"), bibTex.entry(masters));
        assertTrue(bibTex.entry(masters).contains("  school = {ETH Z{\\\"u}rich},\n"), bibTex.entry(masters));
        Citation unsaid = work("u", "T", List.of("Ann Lee"), "Thesis", Optional.empty(), Optional.empty(),
                PublicationDetails.NONE);
        assertTrue(bibTex.entry(unsaid).startsWith("@phdthesis{u,\n"), "a thesis of no stated degree, as Zotero cites it");
        assertTrue(Ris.entry(unsaid).contains("M3  - Doctoral dissertation\r\n"), Ris.entry(unsaid));
    }

    @Test
    void aReportNamesItsInstitutionKindAndNumber() {
        Citation report = new Citation("k", "Learning Multiple Layers of Features from Tiny Images",
                List.of("Alex Krizhevsky"), LiteralAuthors.NONE, Optional.of(2009), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Report"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("TR-2009"), Optional.empty(), false,
                KeptCase.NONE, Optional.empty(), Optional.empty(), new PublicationDetails(Optional.empty(),
                        Optional.empty(), Optional.of("Technical report"), Optional.of("University of Toronto")));
        assertEquals("""
                @techreport{k,
                  title = {Learning Multiple Layers of Features from Tiny Images},
                  author = {Alex Krizhevsky},
                  year = {2009},
                  type = {Technical report},
                  number = {TR-2009},
                  institution = {University of Toronto},
                }
                """, bibTex.entry(report));
        assertEquals(String.join("\r\n",
                "TY  - RPRT",
                "TI  - Learning Multiple Layers of Features from Tiny Images",
                "AU  - Krizhevsky, Alex",
                "PY  - 2009",
                "PB  - University of Toronto",
                "M3  - Technical report",
                "SN  - TR-2009",
                "ER  - ", ""), Ris.entry(report));
    }

    /** A thesis posted on arXiv is a thesis, with its eprint, not an arXiv preprint. */
    @Test
    void aThesisOnArxivIsAThesisWithItsEprint() {
        Citation thesis = new Citation("k", "T", List.of("Ann Lee"), LiteralAuthors.NONE, Optional.of(2020),
                Optional.empty(), Optional.of("2001.00001"), Optional.empty(), Optional.empty(),
                Optional.of("https://arxiv.org/abs/2001.00001"), Optional.empty(), Optional.of("PhD thesis"),
                Optional.of("cs.LG"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                KeptCase.NONE, Optional.of("MIT"), Optional.empty(), PublicationDetails.NONE);
        String entry = bibTex.entry(thesis);
        assertTrue(entry.startsWith("@phdthesis{k,\n"), entry);
        assertTrue(entry.contains("  school = {MIT},\n"), entry);
        assertTrue(entry.contains("  eprint = {2001.00001},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.LG},\n"),
                entry);
        assertFalse(Ris.entry(thesis).contains("arXiv preprint"), Ris.entry(thesis));
    }

    /**
     * Zenodo's DOI of an arXiv paper's code is not the paper's version of record: the paper stays an arXiv preprint,
     * cited without that DOI, which would send a reader and a reference manager to the code.
     */
    @Test
    void anArxivPapersDataRepositoryDoiIsNotCited() {
        for (String doi : List.of("10.5281/zenodo.1234567", "10.6084/m9.figshare.123", "10.5061/dryad.abc12")) {
            Citation c = new Citation("k", "T", List.of("Ann Lee"), LiteralAuthors.NONE, Optional.of(2020),
                    Optional.empty(), Optional.of("2001.00001"), Optional.of(doi), Optional.empty(),
                    Optional.of("https://arxiv.org/abs/2001.00001"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            assertEquals(Citation.Kind.ARXIV_PREPRINT, c.kind(), doi);
            String entry = bibTex.entry(c);
            assertTrue(entry.startsWith("@misc{k,\n"), entry);
            assertFalse(entry.contains("doi"), entry);
            assertFalse(Ris.entry(c).contains("DO  -"), Ris.entry(c));
            assertTrue(Ris.entry(c).contains("T2  - arXiv preprint arXiv:2001.00001\r\n"), Ris.entry(c));
        }
    }

    private static Citation work(String key, String title, List<String> authors, String type, Optional<String> venue,
            Optional<String> publisher, PublicationDetails details) {
        boolean book = type.equals("Book");
        return new Citation(key, title, authors, LiteralAuthors.NONE, Optional.of(2016), Optional.empty(),
                Optional.empty(), Optional.empty(), venue,
                book ? Optional.of("https://www.deeplearningbook.org") : Optional.empty(), Optional.empty(),
                Optional.of(type), Optional.empty(), Optional.empty(),
                type.equals("Book chapter") ? Optional.of("101--120") : Optional.empty(), Optional.empty(),
                Optional.empty(), false, KeptCase.NONE, publisher,
                book ? Optional.of("Cambridge, MA") : Optional.empty(), details);
    }
}
