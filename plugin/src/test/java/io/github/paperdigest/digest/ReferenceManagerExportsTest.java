package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.WrittenCitationKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zotero, EndNote, Mendeley and Google Scholar exports as they really come: dates written every way reference managers
 * write them, journal volume, issue and pages, local attachments, citations without any link.
 */
class ReferenceManagerExportsTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void zoteroCslDatePartsWrittenAsTextAreTheDateAsMuchAsNumbersAre() throws IOException {
        DigestFile csl = read("zotero.json", """
                [
                  {"id": "a", "title": "Text Parts", "URL": "https://example.org/a",
                   "issued": {"date-parts": [["2019", "11", "02"]]}},
                  {"id": "b", "title": "Mixed Parts", "URL": "https://example.org/b",
                   "issued": {"date-parts": [["2024", 1, 17]]}},
                  {"id": "c", "title": "Year And Month As Text", "URL": "https://example.org/c",
                   "issued": {"date-parts": [["2021", "7"]]}},
                  {"id": "d", "title": "Year As Text", "URL": "https://example.org/d",
                   "issued": {"date-parts": [["2022"]]}}
                ]
                """);
        assertEquals(Optional.of(LocalDate.of(2019, 11, 2)), entry(csl, "Text Parts").published());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 17)), entry(csl, "Mixed Parts").published());
        assertEquals("2021-07", entry(csl, "Year And Month As Text").extra().get("year"));
        assertEquals("2022", entry(csl, "Year As Text").extra().get("year"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void zoterosArxivCategoryKeywordsAreTheCategoriesTagsAsArxivsOwnRecordsGiveThem() throws IOException {
        DigestFile bib = read("zotero.bib", """
                @misc{zhuang2024vlogger,
                  title = {Vlogger: Make Your Dream A Vlog},
                  author = {Zhuang, Shaobin},
                  year = {2024},
                  eprint = {2401.09414},
                  archiveprefix = {arXiv},
                  keywords = {Computer Science - Computer Vision and Pattern Recognition, Statistics - Machine Learning,
                    Electrical Engineering and Systems Science - Image and Video Processing, High Energy Physics - Theory,
                    Computer Science - Not A Category, video generation}
                }
                """);
        assertEquals(List.of("Computer Vision and Pattern Recognition", "Machine Learning (Statistics)",
                "Image and Video Processing", "High Energy Physics - Theory", "Computer Science - Not A Category",
                "video generation"), entry(bib, "Vlogger: Make Your Dream A Vlog").tags());
    }

    @Test
    void theDoiAndArxivIdZoteroWritesIntoACslNoteAreTheItemsIdentifiers() throws IOException {
        DigestFile csl = read("zotero.json", """
                [
                  {"id": "thesis", "type": "thesis", "title": "Properties of Expanding Universes",
                   "author": [{"family": "Hawking", "given": "Stephen"}], "issued": {"date-parts": [["1966"]]},
                   "note": "DOI: 10.17863/CAM.11283"},
                  {"id": "chapter", "type": "chapter", "title": "Challenges in RDF Validation",
                   "URL": "http://link.springer.com/10.1007/978-3-030-06149-4_6",
                   "note": "collection-title: Studies in Computational Intelligence\\nDOI: 10.1007/978-3-030-06149-4_6"},
                  {"id": "published", "type": "article-journal", "title": "Privacy Preferences in the Internet of Things",
                   "DOI": "10.1007/s12652-021-02959-7", "note": "arXiv: 2103.07781"},
                  {"id": "own", "type": "report", "title": "A Report With Its Own DOI", "DOI": "10.1000/own",
                   "note": "DOI: 10.1000/other\\nRead twice."}
                ]
                """);
        PaperEntry thesis = entry(csl, "Properties of Expanding Universes");
        assertEquals(Optional.of("10.17863/cam.11283"), thesis.doi());
        assertEquals(List.of("https://doi.org/10.17863/cam.11283"), thesis.links().stream().map(l -> l.url()).toList());
        assertEquals(null, thesis.extra().get("note"));
        PaperEntry chapter = entry(csl, "Challenges in RDF Validation");
        assertEquals(Optional.of("10.1007/978-3-030-06149-4_6"), chapter.doi());
        assertEquals("collection-title: Studies in Computational Intelligence", chapter.extra().get("note"));
        PaperEntry published = entry(csl, "Privacy Preferences in the Internet of Things");
        assertEquals(Optional.of("2103.07781"), published.arxivId(), "the arXiv version is the same paper");
        assertEquals(Optional.of("10.1007/s12652-021-02959-7"), published.doi());
        PaperEntry own = entry(csl, "A Report With Its Own DOI");
        assertEquals(Optional.of("10.1000/own"), own.doi());
        assertEquals("DOI: 10.1000/other Read twice.", own.extra().get("note"), "the item's own DOI field comes first");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aRawOrLiteralCslDateGivesTheFullDateElseYearAndMonthElseTheYear() throws IOException {
        DigestFile csl = read("raw.json", """
                [
                  {"id": "a", "title": "Raw Day", "URL": "https://example.org/a", "issued": {"raw": "2020-03-15"}},
                  {"id": "b", "title": "Literal Month", "URL": "https://example.org/b", "issued": {"literal": "2021-06"}},
                  {"id": "c", "title": "Raw Season", "URL": "https://example.org/c", "issued": {"raw": "Spring 2020"}},
                  {"id": "d", "title": "No Date At All", "URL": "https://example.org/d", "issued": {"raw": "forthcoming"}}
                ]
                """);
        assertEquals(Optional.of(LocalDate.of(2020, 3, 15)), entry(csl, "Raw Day").published());
        assertEquals("2021-06", entry(csl, "Literal Month").extra().get("year"));
        PaperEntry season = entry(csl, "Raw Season");
        assertEquals("2020", season.extra().get("year"));
        assertEquals("Spring 2020", season.extra().get("issued"), "the words around the year are kept");
        PaperEntry none = entry(csl, "No Date At All");
        assertEquals(Optional.empty(), none.published());
        assertEquals(null, none.extra().get("year"), "no year is made up");
        assertEquals("forthcoming", none.extra().get("issued"));
        assertEquals(List.of("raw.json:5: issued forthcoming is not a date (such as {\"date-parts\": [[2024, 1, 17]]} or"
                + " {\"raw\": \"2024-01-17\"}); kept as extra metadata"), warnings);
    }

    @Test
    void cslPagesAndIssueAreCarriedWhereBibtexCarriesThem() throws IOException {
        DigestFile csl = read("journal.json", """
                [{"id": "a", "type": "article-journal", "title": "A Journal Paper", "container-title": "Journal of Tests",
                  "volume": "12", "issue": "3", "page": "10684-10695", "DOI": "10.1000/j.3"}]
                """);
        PaperEntry paper = csl.entries().get(0);
        assertEquals("12", paper.extra().get("volume"));
        assertEquals("3", paper.extra().get("number"));
        assertEquals("10684\u201310695", paper.extra().get("pages"), "a range with BibTeX's dash, as '10684--10695' reads");
    }

    @Test
    void cslRichTextAndHtmlOrJatsAbstractsAreReadAsTheirTextWhilePlainTextKeepsItsSigns() throws IOException {
        DigestFile csl = read("zotero.json", """
                [{"id": "a", "type": "article-journal", "issued": {"date-parts": [[2024]]}, "title": "The <i>Drosophila</i> Genome of <span class=\\"nocase\\">iPSCs</span>",
                  "abstract": "<p>An abstract with <i>HTML</i> markup &amp; entities.</p><p>A second paragraph.</p>"},
                 {"id": "b", "type": "article-journal", "title": "From Crossref",
                  "abstract": "<jats:title>Abstract</jats:title><jats:p>We study x<jats:sup>2</jats:sup>.</jats:p><jats:p>It works.</jats:p>"},
                 {"id": "c", "type": "article-journal", "title": "R&D When a < b and c > d",
                  "abstract": "Plain text: R&amp;D stays as written, as do a < b and <3."}]
                """);
        assertEquals("The Drosophila Genome of iPSCs", entry(csl, "The Drosophila Genome of iPSCs").title());
        assertEquals("An abstract with HTML markup & entities. A second paragraph.",
                entry(csl, "The Drosophila Genome of iPSCs").abstractText());
        assertEquals("We study x2. It works.", entry(csl, "From Crossref").abstractText(),
                "JATS's heading 'Abstract' is the page's own section title");
        assertEquals("Plain text: R&amp;D stays as written, as do a < b and <3.",
                entry(csl, "R&D When a < b and c > d").abstractText(), "no tag, so no HTML to read");
    }

    @Test
    void aRisDateIsTheMostPreciseThatParsesAndAnUnreadableDaNeverErasesTheYear() throws IOException {
        DigestFile ris = read("endnote.ris", """
                TY  - JOUR
                TI  - Written Date
                AU  - Park, Ji-ho
                PY  - 2020
                DA  - Oct 15, 2020
                UR  - https://example.org/1
                ER  -\s

                TY  - JOUR
                TI  - Year And Month
                AU  - Kim, Min-jun
                PY  - 2021/03//
                Y1  - 2021/03//
                UR  - https://example.org/2
                ER  -\s

                TY  - JOUR
                TI  - Season
                AU  - Lee, Seo-yeon
                PY  - 2019
                DA  - Fall 2019
                UR  - https://example.org/3
                ER  -\s

                TY  - JOUR
                TI  - Year Of Zotero
                AU  - Roe, Richard
                DA  - 2023///
                PY  - 2023
                UR  - https://example.org/4
                ER  -\s
                """);
        assertEquals(Optional.of(LocalDate.of(2020, 10, 15)), entry(ris, "Written Date").published());
        assertEquals("2021-03", entry(ris, "Year And Month").extra().get("year"));
        PaperEntry season = entry(ris, "Season");
        assertEquals("2019", season.extra().get("year"), "PY's year stays");
        assertEquals("Fall 2019", season.extra().get("date (DA)"));
        assertEquals("2023", entry(ris, "Year Of Zotero").extra().get("year"));
        assertEquals(List.of("endnote.ris:21: DA 'Fall 2019' is not a date (such as 2020-10-15, 15 Oct 2020, Oct 15,"
                + " 2020, 2020/10/15, 2020-10 or 2020); kept as extra metadata; the date of PY is used"), warnings,
                "the warning names DA's own line");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020/10/15     | 2020-10-15
            2020/10/15/    | 2020-10-15
            2020/10/15/12:34:56 | 2020-10-15
            Oct 15, 2020   | 2020-10-15
            October 15 2020 | 2020-10-15
            15 Oct 2020    | 2020-10-15
            15 Sept. 2020  | 2020-09-15
            2020-10-15     | 2020-10-15
            """)
    void commonRisDateFormsAreFullDates(String written, String date) {
        PublicationDate parsed = PublicationDate.parse(written).orElseThrow();
        assertEquals(date, LocalDate.of(parsed.year(), parsed.month(), parsed.day()).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020/10//   | 2
            2020///     | 1
            2020        | 1
            Oct 2020    | 2
            2020-10     | 2
            """)
    void risYearsAndMonthsAreAsPreciseAsWritten(String written, int precision) {
        assertEquals(precision, PublicationDate.parse(written).orElseThrow().precision());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Fall 2020
            2021/02/30
            2020/13/01
            Octopus 15, 2020
            in press
            """)
    void whatIsNoDateIsNotReadAsOne(String written) {
        assertEquals(Optional.empty(), PublicationDate.parse(written));
    }

    @Test
    void risVolumeIssueAndPagesAreRead() throws IOException {
        DigestFile ris = read("zotero.ris", """
                TY  - JOUR
                TI  - A Journal Paper in RIS
                AU  - Smith, J. R.
                T2  - Journal of Tests
                PY  - 2023
                VL  - 7
                IS  - 2
                SP  - 100
                EP  - 115
                DO  - 10.1000/ris.1
                ER  -\s
                """);
        PaperEntry paper = ris.entries().get(0);
        assertEquals("7", paper.extra().get("volume"));
        assertEquals("2", paper.extra().get("number"));
        assertEquals("100\u2013115", paper.extra().get("pages"));
    }

    @Test
    void risNotesAreThePapersNoteAndZoterosHtmlNotesAreReadAsTheirText() throws IOException {
        DigestFile ris = read("notes.ris", """
                TY  - JOUR
                TI  - Work Orientations
                AU  - Kelley, Jonathan
                DO  - 10.1177/000169930104400201
                N1  - <p>see https://example.org/a and <strong>compare</strong> with the 1997 wave</p>
                N1  - Mendeley writes a note as text: R&D < 5% of it
                ER  -\u0020
                """);
        PaperEntry paper = entry(ris, "Work Orientations");
        assertEquals("<p>see <a href=\"https://example.org/a\" rel=\"nofollow noopener\">https://example.org/a</a> and"
                + " compare with the 1997 wave</p>\n<p>Mendeley writes a note as text: R&amp;D &lt; 5% of it</p>",
                paper.noteHtml());
        assertEquals(null, paper.extra().get("note"), "no longer metadata, where its tags showed as text");
        assertEquals(List.of(), warnings);
    }

    @Test
    void whatScopusWritesIntoN1AboutTheExportIsMetadataNotTheCuratorsNote() throws IOException {
        DigestFile ris = read("scopus.ris", """
                TY  - JOUR
                TI  - Energy and Policy Considerations for Deep Learning
                AU  - Strubell, E.
                PY  - 2019
                N1  - Export Date: 4 December 2026; Cited By: 1520
                N1  - Correspondence Address: Strubell, E.; University of Massachusetts Amherst
                N1  - Read for the energy session
                ER  -\u0020
                """);
        PaperEntry paper = entry(ris, "Energy and Policy Considerations for Deep Learning");
        assertEquals("<p>Read for the energy session</p>", paper.noteHtml());
        assertEquals("Export Date: 4 December 2026; Cited By: 1520; Correspondence Address: Strubell, E.; University of"
                + " Massachusetts Amherst", paper.extra().get("export note"));
    }

    @Test
    void zoterosLocalAttachmentsAreLeftOutQuietlyAndAnyRisWarningNamesItsFieldsLine() throws IOException {
        DigestFile ris = read("attachments.ris", """
                TY  - PREP
                TI  - Stable Video Diffusion
                AU  - Blattmann, Andreas
                DA  - 2023/11/25/
                UR  - http://arxiv.org/abs/2311.15127
                L1  - file:///home/me/Zotero/storage/AAAA/Blattmann.pdf
                L1  - internal-pdf://0123456789/Blattmann.pdf
                L1  - C:\\Users\\me\\Blattmann.pdf
                L1  - https://arxiv.org/pdf/2311.15127
                UR  - ftp://example.org/paper
                DO  - not a doi
                ER  -\s
                """);
        PaperEntry paper = ris.entries().get(0);
        assertEquals(List.of("http://arxiv.org/abs/2311.15127", "https://arxiv.org/pdf/2311.15127"),
                paper.links().stream().map(l -> l.url()).toList());
        assertEquals(List.of("attachments.ris:11: 'not a doi' is not a DOI (such as 10.1145/3292500.3330701); kept as"
                + " extra metadata", "attachments.ris:10: 'ftp://example.org/paper' is not an http(s) link; ignored"),
                warnings);
    }

    @Test
    void googleScholarsBibtexIsReadThoughItHasNoLinkAndItsArxivPreprintIsAnIdNotAVenue() throws IOException {
        DigestFile scholar = read("scholar.bib", """
                @article{vaswani2017attention,
                  title={Attention is all you need},
                  author={Vaswani, Ashish and Shazeer, Noam and Kaiser, {\\L}ukasz},
                  journal={Advances in neural information processing systems},
                  volume={30},
                  year={2017}
                }

                @article{zhuang2024vlogger,
                  title={Vlogger: Make your dream a vlog},
                  author={Zhuang, Shaobin and Li, Kunchang},
                  journal={arXiv preprint arXiv:2401.09414},
                  year={2024}
                }

                @misc{corr,
                  title={A CoRR Paper},
                  author={Doe, Jane},
                  howpublished={CoRR abs/2312.00001},
                  note={arXiv:2312.00001v2 [cs.CV]},
                  year={2023}
                }
                """);
        PaperEntry attention = entry(scholar, "Attention is all you need");
        assertEquals(Optional.empty(), attention.arxivId());
        assertEquals(List.of(), attention.links(), "its page searches for it");
        assertEquals(Optional.of("Advances in neural information processing systems"), attention.venue());
        PaperEntry vlogger = entry(scholar, "Vlogger: Make your dream a vlog");
        assertEquals(Optional.of("2401.09414"), vlogger.arxivId());
        assertEquals(Optional.empty(), vlogger.venue(), "a preprint has no venue");
        PaperEntry corr = entry(scholar, "A CoRR Paper");
        assertEquals(Optional.of("2312.00001"), corr.arxivId());
        assertEquals(null, corr.extra().get("howpublished"));
        assertEquals(null, corr.extra().get("note"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBiblatexDateOfAYearOrAMonthIsThePapersYearAsBibtexsYearFieldIs() throws IOException {
        DigestFile bib = read("better-biblatex.bib", """
                @article{vaswani_attention_2017,
                  title = {Attention {{Is All You Need}}},
                  author = {Vaswani, Ashish and Shazeer, Noam},
                  date = {2017},
                  journaltitle = {NeurIPS}
                }

                @online{zhuang_vlogger_2024,
                  title = {Vlogger: {{Make Your Dream A Vlog}}},
                  author = {Zhuang, Shaobin},
                  date = {2023-12},
                  url = {https://vlogger.github.io}
                }

                @online{lee_range,
                  title = {A Paper Over Two Years},
                  author = {Lee, Ana},
                  date = {2019/2020},
                  year = {2019},
                  url = {https://example.org/range}
                }
                """);
        assertEquals("2017", entry(bib, "Attention Is All You Need").extra().get("year"),
                "a citation with authors and a year is a paper, as Google Scholar's is");
        assertEquals("2023-12", entry(bib, "Vlogger: Make Your Dream A Vlog").extra().get("year"));
        PaperEntry range = entry(bib, "A Paper Over Two Years");
        assertEquals("2019", range.extra().get("year"));
        assertEquals("2019/2020", range.extra().get("date"), "what is no date is kept as written");
        assertEquals(List.of(), warnings);
    }

    @Test
    void theCuratorsNotesOfJabrefZoteroAndBiblatexAreThePapersNoteNotLost() throws IOException {
        DigestFile bib = read("library.bib", """
                @Article{jabref,
                  author  = {Doe, Jane},
                  title   = {A Paper Read in JabRef},
                  year    = {2019},
                  doi     = {10.1080/01431161.2019.1641241},
                  file    = {:papers/Doe 2019.pdf:PDF},
                  annote  = {Good calibration section, see~Fig.~3
                    and {\\em its} caption.

                    Compare with https://example.org/thermal.},
                }

                @article{zotero,
                  title = {Energy and {Policy} {Considerations} for {Deep} {Learning} in {NLP}},
                  author = {Strubell, Emma},
                  year = {2019},
                  note = {arXiv: 1906.02243},
                  annote = {Comment: In the 57th Annual Meeting of the ACL},
                }

                @online{biblatex,
                  title = {A Paper Kept with biblatex},
                  author = {Doe, Jane},
                  date = {2020-03-15},
                  url = {https://example.org/b},
                  annotation = {Our group's pick \\& 44\\% better.},
                }

                @Comment{jabref-meta: databaseType:bibtex;}
                """);
        assertEquals("<p>Good calibration section, see Fig. 3 and its caption.</p>\n<p>Compare with <a href="
                + "\"https://example.org/thermal\" rel=\"nofollow noopener\">https://example.org/thermal</a>.</p>",
                entry(bib, "A Paper Read in JabRef").noteHtml(), "TeX's paragraphs, its text, its links");
        PaperEntry zotero = entry(bib, "Energy and Policy Considerations for Deep Learning in NLP");
        assertEquals("<p>Comment: In the 57th Annual Meeting of the ACL</p>", zotero.noteHtml());
        assertEquals(Optional.of("1906.02243"), zotero.arxivId(), "Zotero's note is its Extra, read as before");
        assertEquals("<p>Our group’s pick &amp; 44% better.</p>", entry(bib, "A Paper Kept with biblatex").noteHtml());
        assertEquals(List.of(), warnings);
    }

    @Test
    void jabrefsCommentsTabSharedAndEachUsersIsThePapersNoteToo() throws IOException {
        DigestFile bib = read("jabref.bib", """
                @Article{doe2021,
                  author        = {Doe, Jane},
                  title         = {A Paper Our Group Discussed},
                  year          = {2021},
                  doi           = {10.1000/discussed},
                  comment       = {Discussed on 12 May.},
                  comment-bob   = {Check the ablation.},
                  comment-alice = {Read twice.},
                  groups        = {to read},
                }
                """);
        PaperEntry paper = entry(bib, "A Paper Our Group Discussed");
        assertEquals("<p>Discussed on 12 May.</p>\n<p>Read twice.</p>\n<p>Check the ablation.</p>", paper.noteHtml(),
                "the shared comment first, then each user's by name");
        assertEquals(null, paper.extra().get("comment-alice"), "a note, not metadata as well");
        assertEquals("to read", paper.extra().get("groups"), "JabRef's groups stay metadata");
    }

    @Test
    void formulasInANoteOfPlainTextAreMarkedForKatexAsInAbstractsAndPricesStayPrices() throws IOException {
        DigestFile bib = read("notes.bib", """
                @Article{doe2022,
                  author = {Doe, Jane},
                  title  = {A Paper With a Bound},
                  year   = {2022},
                  annote = {The bound $O(\\sqrt{T})$ holds; it cost $5 to $10 a run.},
                }
                """);
        DigestFile csv = read("notes.csv", "title,doi,notes\nA Paper in a Sheet,10.1000/sheet,Loss is $\\mathcal{L}_{KL}$ here\n");

        assertEquals("<p>The bound <span class=\"math\">$O(\\sqrt{T})$</span> holds; it cost $5 to $10 a run.</p>",
                entry(bib, "A Paper With a Bound").noteHtml());
        assertEquals("<p>Loss is <span class=\"math\">$\\mathcal{L}_{KL}$</span> here</p>",
                entry(csv, "A Paper in a Sheet").noteHtml());
    }

    @Test
    void aBareTitleOrATitleWithoutAYearIsStillNoPaper() throws IOException {
        Path file = Files.writeString(dir.resolve("bare.bib"), """
                @misc{bare, title={Just a Title}}

                @misc{undated, title={Authors But No Year}, author={Doe, Jane}}
                """);
        DigestSource source = new DigestSource("bare.bib", file);
        DigestException e = assertThrows(DigestException.class,
                () -> FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> { })));
        assertEquals("bare.bib:1: \"Just a Title\" has no abstract, identifier or link, nor authors and a year: give at"
                + " least one, so that its page can say where to read it", e.getMessage());
        FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.lenient(w -> warnings.add(w.getMessage())));
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(true, warnings.get(1).startsWith("bare.bib:3: \"Authors But No Year\" has no abstract"), warnings.get(1));
    }

    @Test
    void arxivsListingGivesThePublishedVersionsDoi() throws IOException {
        DigestFile listing = read("cs-daily.txt", """
                ------------------------------------------------------------------------------
                \\\\
                arXiv:2401.09415
                Date: Wed, 17 Jan 2024 18:58:00 GMT   (500kb)

                Title: A Study of Transformations
                Authors: Jurgen Muller
                Categories: cs.CV
                Journal-ref: CVPR 2024
                DOI: 10.1109/CVPR.2024.00001
                \\\\
                  We study transformations.
                \\\\ ( https://arxiv.org/abs/2401.09415 ,  500kb)
                ------------------------------------------------------------------------------
                """);
        PaperEntry paper = listing.entries().get(0);
        assertEquals(Optional.of("10.1109/cvpr.2024.00001"), paper.doi());
        assertEquals(Optional.of("2401.09415"), paper.arxivId());
    }

    /**
     * Zotero exports a conference paper as RIS's CONF (and reads CONF back as one), as IEEE Xplore and the README's own
     * example do: a record of one paper with its title and proceedings, shown as "Conference proceedings", the whole
     * volume, on the paper's page.
     */
    @Test
    void aRisConfRecordOfOnePaperIsAConferencePaperAsZoteroReadsAndWritesIt() throws IOException {
        DigestFile ris = read("zotero.ris", """
                TY  - CONF
                TI  - Vlogger: Make Your Dream A Vlog
                AU  - Zhuang, Shaobin
                T2  - CVPR
                DA  - 2024/01/17/
                UR  - https://arxiv.org/abs/2401.09414
                ER  -\s
                """);
        assertEquals("Conference paper", entry(ris, "Vlogger: Make Your Dream A Vlog").extra().get("type"));
    }

    @Test
    void anEntrysTypeIsSaidInWordsAReaderKnowsAndLeftOutWhereItSaysNothing() throws IOException {
        DigestFile ris = read("types.ris", """
                TY  - CPAPER
                TI  - A Conference Paper
                UR  - https://example.org/a
                ER  -\s
                TY  - JOUR
                TI  - A Journal Article
                UR  - https://example.org/b
                ER  -\s
                TY  - THES
                TI  - A Thesis
                UR  - https://example.org/c
                ER  -\s
                TY  - GEN
                TI  - A Generic Record
                UR  - https://example.org/d
                ER  -\s
                """);
        assertEquals("Conference paper", entry(ris, "A Conference Paper").extra().get("type"));
        assertEquals("Journal article", entry(ris, "A Journal Article").extra().get("type"));
        assertEquals("Thesis", entry(ris, "A Thesis").extra().get("type"));
        assertEquals(null, entry(ris, "A Generic Record").extra().get("type"), "GEN says nothing");

        DigestFile bib = read("types.bib", """
                @inproceedings{a, title = {At a Conference}, url = {https://example.org/a}}
                @incollection{b, title = {In a Book}, url = {https://example.org/b}}
                @phdthesis{c, title = {For a Doctorate}, url = {https://example.org/c}}
                @techreport{d, title = {For the Record}, url = {https://example.org/d}}
                @misc{e, title = {Of No Kind}, url = {https://example.org/e}}
                """);
        assertEquals("Conference paper", entry(bib, "At a Conference").extra().get("type"));
        assertEquals("Book chapter", entry(bib, "In a Book").extra().get("type"));
        assertEquals("PhD thesis", entry(bib, "For a Doctorate").extra().get("type"));
        assertEquals("Report", entry(bib, "For the Record").extra().get("type"));
        assertEquals(null, entry(bib, "Of No Kind").extra().get("type"), "misc says nothing");

        DigestFile csl = read("types.json", """
                [{"id": "a", "type": "paper-conference", "title": "Presented", "URL": "https://example.org/a",
                  "issued": {"date-parts": [[2024]]}},
                 {"id": "b", "type": "article-journal", "title": "Printed", "URL": "https://example.org/b"},
                 {"id": "c", "type": "article", "title": "Posted", "URL": "https://example.org/c"},
                 {"id": "d", "type": "chapter", "title": "Bound", "URL": "https://example.org/d"},
                 {"id": "e", "type": "document", "title": "Filed", "URL": "https://example.org/e"}]
                """);
        assertEquals("Conference paper", entry(csl, "Presented").extra().get("type"));
        assertEquals("Journal article", entry(csl, "Printed").extra().get("type"));
        assertEquals("Preprint", entry(csl, "Posted").extra().get("type"), "CSL's article is Zotero's preprint");
        assertEquals("Book chapter", entry(csl, "Bound").extra().get("type"));
        assertEquals(null, entry(csl, "Filed").extra().get("type"), "a document says nothing");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aTypeOutsideTheFormatsVocabularyIsKeptAsWritten() throws IOException {
        DigestFile ris = read("odd.ris", "TY  - PODCAST\nTI  - An Episode\nUR  - https://example.org/a\nER  - \n");
        assertEquals("PODCAST", entry(ris, "An Episode").extra().get("type"));
    }

    /** The key a researcher cites a paper by, as their library wrote it, is kept for the site's BibTeX entry. */
    @Test
    void aBibtexEntrysKeyIsThePapersCitationKey() throws IOException {
        DigestFile bib = read("library.bib", """
                @inproceedings{Vaswani2017_NIPS,
                  title = {Attention Is All You Need},
                  author = {Vaswani, Ashish},
                  year = {2017},
                  url = {https://example.org/attention},
                }
                """);
        assertEquals("Vaswani2017_NIPS", entry(bib, "Attention Is All You Need").extra().get(WrittenCitationKey.KEY));
        assertEquals(List.of(), warnings);
    }

    /** IEEE Xplore keys its entries by their article numbers, which BibTeX cites as any other key. */
    @Test
    void aBibtexEntrysKeyOfDigitsAloneIsThePapersCitationKey() throws IOException {
        DigestFile bib = read("xplore.bib", """
                @ARTICLE{8368309,
                  author={Shen, Jun},
                  journal={IEEE Transactions on Services Computing},
                  title={Scheduling in the Cloud},
                  year={2021},
                  doi={10.1109/TSC.2018.2841868},
                }
                """);
        assertEquals("8368309", entry(bib, "Scheduling in the Cloud").extra().get(WrittenCitationKey.KEY));
        assertEquals(List.of(), warnings);
    }

    /** DBLP keys its entries by where they are in it, with slashes: a key BibTeX cites, kept without a warning. */
    @Test
    void aDblpEntrysKeyIsThePapersCitationKey() throws IOException {
        DigestFile bib = read("dblp.bib", """
                @inproceedings{DBLP:conf/cvpr/HeZRS16,
                  author    = {Kaiming He and Xiangyu Zhang and Shaoqing Ren and Jian Sun},
                  title     = {Deep Residual Learning for Image Recognition},
                  booktitle = {{CVPR} 2016},
                  year      = {2016},
                  doi       = {10.1109/CVPR.2016.90}
                }
                """);
        assertEquals("DBLP:conf/cvpr/HeZRS16",
                entry(bib, "Deep Residual Learning for Image Recognition").extra().get(WrittenCitationKey.KEY));
        assertEquals(List.of(), warnings);
    }

    @Test
    void cslsCitationKeyElseAnIdThatIsAKeyIsThePapersCitationKeyButNotZoterosOrMendeleysItemIds() throws IOException {
        DigestFile csl = read("export.json", """
                [{"id": "http://zotero.org/users/local/x/items/ABCD1234", "citation-key": "devlin2019bert",
                  "type": "paper-conference", "title": "BERT", "URL": "https://example.org/bert"},
                 {"id": "radford2019language", "type": "article", "title": "GPT-2", "URL": "https://example.org/gpt2"},
                 {"id": "http://zotero.org/users/local/x/items/EFGH5678", "type": "article", "title": "Zotero's own",
                  "URL": "https://example.org/z"},
                 {"id": "6f1a3b2c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "type": "article", "title": "Mendeley's own",
                  "URL": "https://example.org/m"}]
                """);
        assertEquals("devlin2019bert", entry(csl, "BERT").extra().get(WrittenCitationKey.KEY));
        assertEquals("radford2019language", entry(csl, "GPT-2").extra().get(WrittenCitationKey.KEY),
                "the id, as pandoc cites it");
        assertEquals(null, entry(csl, "Zotero's own").extra().get(WrittenCitationKey.KEY));
        assertEquals(null, entry(csl, "Mendeley's own").extra().get(WrittenCitationKey.KEY));
        assertEquals(List.of(), warnings, "an id that is no key is no mistake");
    }

    @Test
    void aRisIdThatIsAKeyIsThePapersCitationKeyAndEndnotesRecordNumberIsNot() throws IOException {
        DigestFile ris = read("library.ris", """
                TY  - JOUR
                ID  - smith2023journal
                TI  - Keyed
                UR  - https://example.org/a
                ER  -\s
                TY  - JOUR
                ID  - 1234
                TI  - Numbered
                UR  - https://example.org/b
                ER  -\s
                """);
        assertEquals("smith2023journal", entry(ris, "Keyed").extra().get(WrittenCitationKey.KEY));
        assertEquals(null, entry(ris, "Numbered").extra().get(WrittenCitationKey.KEY));
        assertEquals(List.of(), warnings);
    }

    /** A key with a space or a brace would break every entry it was written into: said, and kept as metadata. */
    @Test
    void aCitationKeyBibtexCannotCiteIsSaidAndKeptAsMetadata() throws IOException {
        DigestFile csl = read("odd.json", """
                [{"id": "a", "citation-key": "smith 2023 {video}", "type": "article", "title": "Spaced",
                  "URL": "https://example.org/s"}]
                """);
        PaperEntry spaced = entry(csl, "Spaced");
        assertEquals(null, spaced.extra().get(WrittenCitationKey.KEY));
        assertEquals("smith 2023 {video}", spaced.extra().get("citation-key"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("'smith 2023 {video}' is not a citation key BibTeX can cite"),
                warnings.get(0));
    }

    @Test
    void aSpreadsheetsCitationKeyColumnIsThePapersCitationKey() throws IOException {
        DigestFile csv = read("zotero.csv", """
                Key,Item Type,Citation Key,Title,Url
                ABCD1234,journalArticle,lecun1998gradient,Gradient-Based Learning,https://example.org/lecun
                """);
        PaperEntry paper = entry(csv, "Gradient-Based Learning");
        assertEquals("lecun1998gradient", paper.extra().get(WrittenCitationKey.KEY));
        assertEquals(null, paper.extra().get("key"), "Zotero's item key is its bookkeeping, no citation key");
    }

    /**
     * A thesis's or report's own words for its kind (BibTeX's {@code type} field, RIS's {@code M3}, CSL's
     * {@code genre}, the "Type" of Zotero's CSV) are kept apart from its kind, which decides how the site cites it:
     * before, BibTeX's and the CSV's replaced "PhD thesis" by "Doctoral dissertation", and the thesis was a
     * {@code @misc}.
     */
    @Test
    void aThesisOrReportsOwnWordsForItsKindAreKeptApartFromItsKind() throws IOException {
        DigestFile bib = read("works.bib", """
                @phdthesis{a, title = {A Doctorate}, author = {Lee, Ann}, year = {2009}, type = {Doctoral dissertation},
                  school = {University of Toronto}}
                @techreport{b, title = {A Report}, author = {Lee, Ann}, year = {2009}, type = {Technical report},
                  number = {TR-1}, institution = {MIT}}
                @misc{c, title = {A Dataset}, author = {Lee, Ann}, year = {2009}, type = {Dataset}}
                """);
        PaperEntry thesis = entry(bib, "A Doctorate");
        assertEquals("PhD thesis", thesis.extra().get("type"));
        assertEquals("Doctoral dissertation", thesis.extra().get("thesis type"));
        assertEquals("University of Toronto", thesis.extra().get("school"));
        assertEquals("Report", entry(bib, "A Report").extra().get("type"));
        assertEquals("Technical report", entry(bib, "A Report").extra().get("report type"));
        assertEquals("Dataset", entry(bib, "A Dataset").extra().get("type"), "another kind's own word, as before");

        DigestFile ris = read("works.ris", """
                TY  - THES
                TI  - A Thesis
                AU  - Lee, Ann
                PY  - 2020
                M3  - Master's thesis
                PB  - ETH Zürich
                ER  -\s
                TY  - BOOK
                TI  - A Book
                AU  - Lee, Ann
                PY  - 2020
                ET  - 2
                SN  - 978-0262035613
                ER  -\s
                TY  - RPRT
                TI  - A Numbered Report
                AU  - Lee, Ann
                PY  - 2020
                SN  - TR-7
                ER  -\s
                TY  - JOUR
                TI  - An Article
                AU  - Lee, Ann
                PY  - 2020
                ET  - 2020/01/05
                SN  - 0899-7667
                ER  -\s
                """);
        assertEquals("Master's thesis", entry(ris, "A Thesis").extra().get("thesis type"));
        assertEquals("Thesis", entry(ris, "A Thesis").extra().get("type"));
        assertEquals("2", entry(ris, "A Book").extra().get("edition"));
        assertEquals("978-0262035613", entry(ris, "A Book").extra().get("isbn"));
        assertEquals("TR-7", entry(ris, "A Numbered Report").extra().get("number"));
        assertEquals(null, entry(ris, "An Article").extra().get("edition"), "a journal article's ET is a date");
        assertEquals(null, entry(ris, "An Article").extra().get("isbn"), "its SN is its journal's ISSN");

        DigestFile csl = read("works.json", """
                [{"id": "a", "type": "thesis", "title": "Written", "genre": "PhD thesis",
                  "author": [{"family": "Lee", "given": "Ann"}], "issued": {"date-parts": [[2020]]}},
                 {"id": "b", "type": "report", "title": "Filed", "genre": "Working paper", "number": "WP-3",
                  "author": [{"family": "Lee", "given": "Ann"}], "issued": {"date-parts": [[2020]]}}]
                """);
        assertEquals("PhD thesis", entry(csl, "Written").extra().get("thesis type"));
        assertEquals("Working paper", entry(csl, "Filed").extra().get("report type"));
        assertEquals("WP-3", entry(csl, "Filed").extra().get("number"));

        DigestFile csv = read("zotero.csv", """
                Key,Item Type,Publication Year,Author,Title,Type
                AB12CD34,thesis,2014,"Lee, Ann",Zotero's Thesis,Doctoral dissertation
                """);
        assertEquals("Thesis", entry(csv, "Zotero's Thesis").extra().get("type"));
        assertEquals("Doctoral dissertation", entry(csv, "Zotero's Thesis").extra().get("thesis type"));
        assertEquals(List.of(), warnings);
    }

    /**
     * Zotero files a paper it saved from arXiv as a journal article "published" in "arXiv:1412.6980 [cs]", in each of
     * its exports: the text names the preprint, no journal, as Google Scholar's "arXiv preprint arXiv:…" does in a
     * BibTeX entry. Read as a venue it made the site cite the preprint as an article of a journal of that name.
     */
    @Test
    void zoterosArxivPublicationTitleNamesThePreprintAndNoVenueInCslJsonAndRisAsInBibTex() throws IOException {
        DigestFile csl = read("zotero.json", """
                [{"id": "http://zotero.org/users/1/items/ABC", "type": "article-journal",
                  "title": "Deep Residual Learning for Image Recognition", "container-title": "arXiv:1512.03385 [cs]",
                  "URL": "http://arxiv.org/abs/1512.03385", "author": [{"family": "He", "given": "Kaiming"}],
                  "issued": {"date-parts": [["2015", 12, 10]]}},
                 {"id": "b", "type": "article-journal", "title": "Denoising Diffusion Probabilistic Models",
                  "container-title": "arXiv preprint arXiv:2006.11239", "author": [{"family": "Ho", "given": "Jonathan"}],
                  "issued": {"date-parts": [[2020]]}}]
                """);
        DigestFile ris = read("zotero.ris", """
                TY  - JOUR
                TI  - U-Net: Convolutional Networks for Biomedical Image Segmentation
                AU  - Ronneberger, Olaf
                T2  - arXiv:1505.04597 [cs]
                PY  - 2015
                UR  - http://arxiv.org/abs/1505.04597
                ER  -\s
                TY  - JOUR
                TI  - Adam: A Method for Stochastic Optimization
                AU  - Kingma, Diederik P.
                JO  - arXiv preprint
                PY  - 2014
                ER  -\s
                """);
        PaperEntry resnet = entry(csl, "Deep Residual Learning for Image Recognition");
        assertEquals(Optional.empty(), resnet.venue());
        assertEquals(Optional.of("1512.03385"), resnet.arxivId());
        PaperEntry ddpm = entry(csl, "Denoising Diffusion Probabilistic Models");
        assertEquals(Optional.empty(), ddpm.venue());
        assertEquals(Optional.of("2006.11239"), ddpm.arxivId(), "the only place that names its id");
        assertEquals(Optional.empty(), entry(ris, "U-Net: Convolutional Networks for Biomedical Image Segmentation").venue());
        assertEquals(Optional.empty(), entry(ris, "Adam: A Method for Stochastic Optimization").venue());
        assertEquals(List.of(), warnings);
    }

    private DigestFile read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static PaperEntry entry(DigestFile digest, String title) {
        return digest.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + digest.entries().stream().map(PaperEntry::title).toList()));
    }
}
