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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference manager's library holds books, chapters, theses and reports beside papers. Each is cited on its page as
 * what it is, whichever format the curator exported (BibTeX, RIS, CSL JSON, Zotero's CSV): its BibTeX entry, the RIS
 * record the page offers and the whole site's papers.bib name its kind and what that kind is cited with (a book's
 * publisher, edition and ISBN, a chapter's book and pages, a thesis's university and degree, a report's institution
 * and number); its page lists its ISBN among the paper's other metadata. Before, every one was a {@code @misc}.
 */
class CitedWorksOnPagesTest {

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void buildSite() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("library.bib"), """
                @book{goodfellow2016deep,
                  title = {Deep Learning},
                  shorttitle = {DL book},
                  author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron},
                  publisher = {MIT Press},
                  address = {Cambridge, MA},
                  year = {2016},
                  isbn = {978-0262035613},
                  url = {https://www.deeplearningbook.org},
                }
                @phdthesis{salakhutdinov2009learning,
                  title = {Learning Deep Generative Models},
                  author = {Salakhutdinov, Ruslan},
                  school = {University of Toronto},
                  type = {Doctoral dissertation},
                  year = {2009},
                }
                @techreport{krizhevsky2009learning,
                  title = {Learning Multiple Layers of Features from Tiny Images},
                  author = {Krizhevsky, Alex},
                  institution = {University of Toronto},
                  type = {Technical report},
                  number = {TR-2009},
                  year = {2009},
                }
                @article{devlin2018bert,
                  title = {BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding},
                  author = {Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
                  journal = {arXiv preprint arXiv:1810.04805},
                  year = {2018},
                }
                @article{Radford2019LanguageMA,
                  title = {Language Models are Unsupervised Multitask Learners},
                  author = {Alec Radford and Jeff Wu and Rewon Child},
                  journal = {ArXiv},
                  year = {2019},
                  url = {https://example.org/language-models.pdf},
                }
                """);
        Files.writeString(digests.resolve("chapters.ris"), """
                TY  - CHAP
                TI  - Gradient-Based Learning for Recognition
                AU  - LeCun, Yann
                PY  - 1998
                T2  - Intelligent Signal Processing
                ET  - 2nd
                SP  - 306
                EP  - 351
                PB  - IEEE Press
                CY  - New York
                SN  - 978-0780360105
                ER  -\s
                TY  - THES
                TI  - Sequence Models for Speech
                AU  - Quill, Ada
                PY  - 2020
                PB  - ETH Zürich
                M3  - Master's thesis
                ER  -\s
                """);
        Files.writeString(digests.resolve("zotero.json"), """
                [{"id": "bishop2006", "type": "book", "title": "Pattern Recognition and Machine Learning",
                  "author": [{"family": "Bishop", "given": "Christopher M."}], "issued": {"date-parts": [[2006]]},
                  "publisher": "Springer", "publisher-place": "New York", "ISBN": "978-0-387-31073-2",
                  "edition": "2", "DOI": "10.1007/978-0-387-45528-0"},
                 {"id": "lee2019", "type": "report", "title": "Benchmarks for Robot Grasping",
                  "author": [{"family": "Lee", "given": "Ann"}], "issued": {"date-parts": [[2019]]},
                  "publisher": "Carnegie Mellon University", "genre": "Technical report", "number": "CMU-RI-TR-19-01"},
                 {"id": "he2015", "type": "article-journal", "title": "Deep Residual Learning for Image Recognition",
                  "container-title": "arXiv:1512.03385 [cs]", "URL": "http://arxiv.org/abs/1512.03385",
                  "author": [{"family": "He", "given": "Kaiming"}], "issued": {"date-parts": [["2015", 12, 10]]}}]
                """);
        Files.writeString(digests.resolve("zotero.csv"), """
                Key,Item Type,Publication Year,Author,Title,Publication Title,ISBN,Publisher,Place,Type,Edition,Short Title
                AB12CD34,thesis,2014,"Sutskever, Ilya",Training Recurrent Neural Networks,,,University of Toronto,Toronto,Doctoral dissertation,,
                EF56GH78,book,2018,"Sutton, Richard S.; Barto, Andrew G.",Reinforcement Learning: An Introduction,,978-0262039246,MIT Press,"Cambridge, MA",,2nd,RL book
                """);
        Files.writeString(digests.resolve("2024-05-01-code.md"), """
                ## A Preprint With Its Code on Zenodo

                - arxiv: 2405.00001
                - doi: 10.5281/zenodo.11000000

                The DOI is the deposit of the paper's code.
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .baseUrl("https://example.org/library/").build());
    }

    @Test
    void aBibtexBookIsABookWithItsPublisherAndIsbnAndItsPageShowsTheIsbn() throws IOException {
        Document page = page("deep-learning");
        assertEntry(page, "@book{goodfellow2016deep,", "publisher = {MIT Press},", "address = {Cambridge, MA},",
                "isbn = {978-0262035613},");
        assertRis(page, "TY  - BOOK", "PB  - MIT Press", "CY  - Cambridge, MA", "SN  - 978-0262035613");
        assertEquals("978-0262035613", field(page, "ISBN"));
        assertEquals("978-0262035613", meta(page, "citation_isbn"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Book", ld.path("@type").asText());
        assertEquals("978-0262035613", ld.path("isbn").asText());
        assertEquals("MIT Press", ld.path("publisher").path("name").asText());
    }

    @Test
    void aBibtexThesisNamesItsSchoolAndItsTypeFieldDoesNotHideItsKind() throws IOException {
        Document page = page("learning-deep-generative-models");
        assertEntry(page, "@phdthesis{salakhutdinov2009learning,", "type = {Doctoral dissertation},",
                "school = {University of Toronto},");
        assertRis(page, "TY  - THES", "PB  - University of Toronto", "M3  - Doctoral dissertation");
        assertEquals("PhD thesis", field(page, "Type"));
        assertEquals("Doctoral dissertation", field(page, "Thesis type"));
        assertEquals("University of Toronto", meta(page, "citation_dissertation_institution"));
        assertEquals(null, meta(page, "citation_publisher"));
    }

    @Test
    void aBibtexReportNamesItsInstitutionAndNumber() throws IOException {
        Document page = page("learning-multiple-layers-of-features-from-tiny-images");
        assertEntry(page, "@techreport{krizhevsky2009learning,", "type = {Technical report},", "number = {TR-2009},",
                "institution = {University of Toronto},");
        assertRis(page, "TY  - RPRT", "PB  - University of Toronto", "M3  - Technical report", "SN  - TR-2009");
        assertEquals("University of Toronto", meta(page, "citation_technical_report_institution"));
        assertEquals("TR-2009", meta(page, "citation_technical_report_number"));
    }

    @Test
    void aRisChapterIsInItsBookAndARisThesisIsAMasters() throws IOException {
        Document chapter = page("gradient-based-learning-for-recognition");
        assertEntry(chapter, "@incollection{", "booktitle = {Intelligent Signal Processing},", "pages = {306--351},",
                "publisher = {IEEE Press},", "edition = {2nd},", "isbn = {978-0780360105},");
        assertRis(chapter, "TY  - CHAP", "T2  - Intelligent Signal Processing", "SP  - 306", "EP  - 351", "ET  - 2nd",
                "SN  - 978-0780360105");
        assertEquals("Intelligent Signal Processing", meta(chapter, "citation_inbook_title"),
                "a chapter's book, which Zotero took for a conference's name");
        assertEquals(null, meta(chapter, "citation_conference_title"));
        Document thesis = page("sequence-models-for-speech");
        assertEntry(thesis, "@mastersthesis{", "type = {Master's thesis},", "school = {ETH Z{\\\"u}rich},");
        assertRis(thesis, "TY  - THES", "PB  - ETH Zürich", "M3  - Master's thesis");
    }

    @Test
    void cslJsonBooksAndReportsKeepTheirIsbnEditionKindAndNumber() throws IOException {
        Document book = page("pattern-recognition-and-machine-learning");
        assertEntry(book, "@book{", "publisher = {Springer},", "address = {New York},", "edition = {2},",
                "isbn = {978-0-387-31073-2},");
        assertRis(book, "TY  - BOOK", "ET  - 2", "SN  - 978-0-387-31073-2");
        Document report = page("benchmarks-for-robot-grasping");
        assertEntry(report, "@techreport{", "type = {Technical report},", "number = {CMU-RI-TR-19-01},",
                "institution = {Carnegie Mellon University},");
        assertRis(report, "TY  - RPRT", "M3  - Technical report", "SN  - CMU-RI-TR-19-01");
    }

    @Test
    void zoteroCsvThesesAndBooksAreCitedByTheirItemTypeNotTheirTypeColumn() throws IOException {
        Document thesis = page("training-recurrent-neural-networks");
        assertEntry(thesis, "@phdthesis{", "type = {Doctoral dissertation},", "school = {University of Toronto},",
                "address = {Toronto},");
        Document book = page("reinforcement-learning-an-introduction");
        assertEntry(book, "@book{", "publisher = {MIT Press},", "edition = {2nd},", "isbn = {978-0262039246},");
        assertEquals("978-0262039246", field(book, "ISBN"));
    }

    @Test
    void theSitesBibliographyCitesEachWorkAsItsPageDoes() throws IOException {
        String bib = Files.readString(site.resolve("papers.bib"));
        for (String start : List.of("@book{goodfellow2016deep,", "@phdthesis{salakhutdinov2009learning,",
                "@techreport{krizhevsky2009learning,")) {
            assertTrue(bib.contains(start), start);
        }
        assertFalse(bib.contains("@misc{goodfellow2016deep"), bib);
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile()).path("papers");
        for (JsonNode p : papers) {
            if (p.path("title").asText().equals("Deep Learning")) {
                assertEquals("978-0262035613", p.path("extra").path("isbn").asText());
            }
        }
    }

    /**
     * Zenodo's DOI of an arXiv paper names the deposit of its code, not a version of the paper: the paper is cited as
     * the arXiv preprint it is, without that DOI (which would send a reader and a reference manager to the code), and
     * its page still shows the DOI.
     */
    @Test
    void anArxivPapersZenodoDoiLeavesItAPreprintCitedWithoutThatDoi() throws IOException {
        Document page = page("a-preprint-with-its-code-on-zenodo");
        String bibtex = bibtex(page);
        assertTrue(bibtex.startsWith("@misc{"), bibtex);
        assertTrue(bibtex.contains("eprint = {2405.00001},"), bibtex);
        assertFalse(bibtex.contains("doi"), bibtex);
        assertRis(page, "TY  - JOUR", "T2  - arXiv preprint arXiv:2405.00001");
        assertFalse(ris(page).contains("DO  -"), ris(page));
        assertEquals(null, page.selectFirst("meta[name=citation_doi]"));
        assertEquals("10.5281/zenodo.11000000", field(page, "DOI"));
        String ld = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(ld.contains("10.5281"), "the deposit is neither the article's identifier nor the same work: " + ld);
    }

    /**
     * Zotero files a paper it saved from arXiv as a journal article "in" "arXiv:1512.03385 [cs]": the site cites it as
     * the preprint it is, and its page said "Type: Journal article" beside an {@code @misc} entry.
     */
    @Test
    void zoterosArxivRecordShowsTheKindItIsCitedAs() throws IOException {
        Document page = page("deep-residual-learning-for-image-recognition");
        assertEntry(page, "@misc{", "eprint = {1512.03385},");
        assertEquals("Preprint", field(page, "Type"));
        assertNull(meta(page, "citation_journal_title"), "no journal of that name");
        int found = 0;
        for (JsonNode p : new ObjectMapper().readTree(site.resolve("papers.json").toFile()).path("papers")) {
            if (p.path("slug").asText().equals("deep-residual-learning-for-image-recognition")) {
                found++;
                assertEquals("Preprint", p.path("citation").path("type").asText(), p.toString());
                assertEquals("Journal article", p.path("extra").path("type").asText(), "the record's own word");
            }
        }
        assertEquals(1, found, "papers.json lists the paper");
    }

    /**
     * Google Scholar's BibTeX (and Better BibTeX's) files an arXiv paper as an {@code @article} whose journal is
     * "arXiv preprint arXiv:1810.04805": the site cites it as the preprint it is, and its page says so.
     */
    @Test
    void aBibtexArticleInAnArxivJournalShowsTheKindItIsCitedAs() throws IOException {
        Document page = page("bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding");
        assertEntry(page, "@misc{", "eprint = {1810.04805},");
        assertEquals("Preprint", field(page, "Type"));
    }

    /**
     * Semantic Scholar's BibTeX files a preprint as an {@code @article} in the journal "ArXiv", which names no journal,
     * and gives no id: it is cited as no kind in particular ({@code @misc}), and its page said "Type: Journal article".
     */
    @Test
    void anArticleCitedAsNoKindInParticularShowsNoKindOfArticle() throws IOException {
        Document page = page("language-models-are-unsupervised-multitask-learners");
        assertEntry(page, "@misc{");
        assertNull(field(page, "Type"));
    }

    /** A field is labelled once, whichever format names it: Better BibTeX's shorttitle is Zotero CSV's "Short Title". */
    @Test
    void aShortTitleHasOneLabelWhicheverFormatGaveIt() throws IOException {
        assertEquals("DL book", field(page("deep-learning"), "Short title"));
        assertEquals("RL book", field(page("reinforcement-learning-an-introduction"), "Short title"));
        assertNull(field(page("deep-learning"), "Shorttitle"));
    }

    /** The export keeps the DOI the digest gives, and says which DOI a tool should cite the paper by: none here. */
    @Test
    void theExportTellsAPapersDoiFromTheDoiItIsCitedBy() throws IOException {
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile()).path("papers");
        JsonNode preprint = null;
        JsonNode book = null;
        for (JsonNode p : papers) {
            preprint = p.path("slug").asText().equals("a-preprint-with-its-code-on-zenodo") ? p : preprint;
            book = p.path("title").asText().equals("Pattern Recognition and Machine Learning") ? p : book;
        }
        assertEquals("10.5281/zenodo.11000000", preprint.path("doi").asText());
        assertTrue(preprint.path("citation").path("doi").isMissingNode(), preprint.toString());
        assertEquals("10.1007/978-0-387-45528-0", book.path("doi").asText(), book.toString());
        assertEquals("10.1007/978-0-387-45528-0", book.path("citation").path("doi").asText(), book.toString());
    }

    private static Document page(String slug) throws IOException {
        return Jsoup.parse(site.resolve("paper/" + slug + ".html").toFile(), "UTF-8");
    }

    /** The content of the page's Highwire tag of that name, or null. */
    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("meta[name=" + name + "]");
        return tag == null ? null : tag.attr("content");
    }
}
