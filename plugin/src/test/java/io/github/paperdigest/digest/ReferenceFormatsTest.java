package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibTeX, CSL JSON, RIS, arXiv's listing e-mail and scraped Hugging Face JSON, each read as its papers. */
class ReferenceFormatsTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void bibtexDecodesTexAndReadsMacrosCrossReferencesIdentifiersAndVenues() throws IOException {
        DigestFile bib = fixture("library.bib");
        assertEquals("bibtex", bib.format());
        PaperEntry math = entry(bib, "LLMs Cannot Spot Math Errors, Even When Allowed to Peek into the Solution");
        assertEquals(List.of("KV Aditya Srivatsa", "Kaushal Kumar Maurya", "Ekaterina Kochmar"), math.authors());
        assertEquals(Optional.of("2509.01395"), math.arxivId());
        assertEquals(Optional.of("Proceedings of the 2025 Conference on Empirical Methods in Natural Language Processing"),
                math.venue(), "the @string macro is resolved");
        assertEquals(List.of("math reasoning", "error detection"), math.tags());
        assertEquals("2025-11", math.extra().get("year"));
        assertEquals("cs.CL", math.extra().get("arxiv categories"), "primaryclass, which the site's entry writes back");
        assertTrue(math.abstractText().startsWith("Large language models (LLMs) demonstrate"), math.abstractText());

        PaperEntry brush = entry(bib, "Quantum Brush: A Quantum Computing-Based Tool for Digital Painting");
        assertEquals("João S. Ferreira", brush.authors().get(0), "TeX accents decoded");
        assertEquals(Optional.of("10.1234/jcqc.2025.042"), brush.doi());
        assertEquals(Optional.of("2509.01442"), brush.arxivId(), "from the arXiv url");
        assertEquals("", brush.abstractText(), "no abstract: a paper by its identifiers");
        assertTrue(brush.links().contains(new Link(LinkKind.CODE, "https://github.com/example/quantum-brush")));

        PaperEntry vgk = entry(bib, "Virtual Group Knowledge and Group Belief in Topological Evidence Models");
        assertEquals(Optional.of("Workshop on Neuro-Symbolic Reasoning"), vgk.venue(), "from the cross-reference");
        assertEquals(Optional.of("2509.00184"), vgk.arxivId(), "from arXiv's DOI");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFormulaInsideBracesLeavesTheTexAroundItDecoded() throws IOException {
        String bib = """
                @article{m,
                  title = {{LLMs} for Jo{\\~a}o's \\& M{\\"u}ller's Lab: 100\\% {$\\alpha$}-Fair},
                  abstract = {About it.}
                }
                """;
        Path file = Files.writeString(dir.resolve("braced-math.bib"), bib);
        DigestSource source = new DigestSource("braced-math.bib", file);
        PaperEntry paper = FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);
        // TeX's ' is printed as a typographic apostrophe, as everywhere in a field with TeX in it
        assertEquals("LLMs for João’s & Müller’s Lab: 100% α-Fair", paper.title());
    }

    /**
     * An al-folio publication list: its html button is the paper's page at the publisher, its website the project's,
     * and the marks it puts on names for equal contribution (*, ∗) are no part of the names.
     */
    @Test
    void anAlFolioEntryGivesItsHtmlAsThePapersPageAndNamesWithoutTheirMarks() throws IOException {
        String bib = """
                @article{pang2020,
                  title = {Mobile Edge Computing for Connected Vehicles},
                  author = {*Pang, Ce and Yadav∗, Sourabh and Li†, Wei},
                  journal = {IEEE Transactions on Mobile Computing},
                  year = {2020},
                  html = {https://ieeexplore.ieee.org/document/9000000},
                  website = {https://example.org/mec}
                }
                """;
        Path file = Files.writeString(dir.resolve("papers.bib"), bib);
        DigestSource source = new DigestSource("papers.bib", file);
        PaperEntry paper = FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);

        assertEquals(List.of("Ce Pang", "Sourabh Yadav", "Wei Li"), paper.authors());
        assertTrue(paper.links().contains(new Link(LinkKind.PAPER, "https://ieeexplore.ieee.org/document/9000000")),
                paper.links().toString());
        assertTrue(paper.links().contains(new Link(LinkKind.PROJECT, "https://example.org/mec")), paper.links().toString());
    }

    @Test
    void anAtStringNeverDefinedIsLeftEmptyAsItsWarningSaysAtTheLineThatUsesIt() throws IOException {
        String bib = """
                @string{emnlp = {Proceedings of EMNLP}}

                @inproceedings{k3,
                  title = {A Paper With a Venue Macro},
                  abstract = {What the paper is about.},
                  publisher = zzfoo,
                  booktitle = emnlp # { 2025}
                }
                """;
        Path file = Files.writeString(dir.resolve("macros.bib"), bib);
        DigestSource source = new DigestSource("macros.bib", file);
        PaperEntry paper = FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);
        assertEquals(Optional.of("Proceedings of EMNLP 2025"), paper.venue(), "the defined macro, joined with its text");
        assertFalse(paper.extra().containsValue("zzfoo"), paper.extra().toString());
        assertEquals(List.of("macros.bib:6: @string 'zzfoo' is used but never defined; left empty"), warnings);
    }

    @Test
    void aBibtexAccentOverNothingIsTheTildeOrCaretItSets() throws IOException {
        String bib = """
                @misc{m,
                  title = {Data in \\~{}user and the \\^{} Operator},
                  abstract = {Copy it to \\~{}/data, tie~words, and raise x\\^{}2; a na\\~{n}a stays a letter.}
                }
                """;
        Path file = Files.writeString(dir.resolve("marks.bib"), bib);
        DigestSource source = new DigestSource("marks.bib", file);
        PaperEntry paper = FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);
        assertEquals("Data in ~user and the ^ Operator", paper.title());
        assertEquals("Copy it to ~/data, tie words, and raise x^2; a naña stays a letter.", paper.abstractText());
    }

    @Test
    void bibtexAccentsAndLetterCommandsAreDecodedWhereverTheyAreAsDblpAndTheSitesOwnEntriesSpellThem()
            throws IOException {
        // jbibtex's printer alone reads "{\L}ukasz" as "ukasz" and "Garc{\'{\i}}a" as "Garca"
        String bib = """
                @article{m,
                  title = {Erd{\\H{o}}s Numbers of Fran{\\c{c}}ais and {\\v{S}}koda Teams in Vi{\\^{\\d{e}}}t Nam},
                  author = {{\\L}ukasz Kaiser and Garc{\\'{\\i}}a, Jos{\\'e} and Na{\\\"\\i}ve, {\\O}ystein and \\k{A}gata Stra{\\ss}e
                    and Ma{\\l}gorzata {\\.Z}ak and Bj{\\o}rn {\\AA}berg},
                  journal = {Gda{\\'n}sk J. of {\\r{A}}ngstr{\\"o}m Studies},
                  doi = {10.1000/accents}
                }
                """;
        Path file = Files.writeString(dir.resolve("accents.bib"), bib);
        DigestSource source = new DigestSource("accents.bib", file);
        PaperEntry paper = FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);

        assertEquals("Erdős Numbers of Français and Škoda Teams in Việt Nam", paper.title());
        assertEquals(List.of("Łukasz Kaiser", "José García", "Øystein Naïve", "Ągata Straße", "Małgorzata Żak",
                "Bjørn Åberg"), paper.authors());
        assertEquals(Optional.of("Gdańsk J. of Ångström Studies"), paper.venue());
        assertEquals(List.of(), warnings);
    }

    @Test
    void bibtexFormulasKeepTheirDollarsSoTheSiteCanSayOrRenderThem() throws IOException {
        String bib = """
                @article{m,
                  title = {Sorting in $O(n \\log n)$ with {GPUs} and $\\alpha$-nets},
                  abstract = {We show $\\sum_{i<n} \\frac{1}{i}$ bounds with \\emph{care}, in $\\mathcal{O}(1)$ memory.}
                }
                """;
        Path file = Files.writeString(dir.resolve("math.bib"), bib);
        DigestSource source = new DigestSource("math.bib", file);
        PaperEntry paper = FORMATS.readerFor(source).orElseThrow()
                .read(source, DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries().get(0);
        assertEquals("Sorting in O(n log n) with GPUs and α-nets", paper.title(), "formulas text can say, said as text");
        assertTrue(paper.abstractText().startsWith("We show $\\sum_{i<n} \\frac{1}{i}$ bounds with care,"),
                "a formula text cannot say stays TeX, for KaTeX; the prose around it is printed: " + paper.abstractText());
    }

    @Test
    void aBibtexEntryWithAnUnbalancedBraceIsReportedAtTheBraceLeftOpenAndTheOthersAreReadLeniently() throws IOException {
        String bib = """
                @article{good,
                  title = {A Good Entry},
                  doi = {10.1000/good}
                }

                @article{broken,
                  title = {An {Unbalanced Entry},
                  doi = {10.1000/broken}
                }

                @article{after,
                  title = {Read After the Broken One},
                  url = {https://arxiv.org/abs/2509.01016}
                }
                """;
        Path file = Files.writeString(dir.resolve("broken.bib"), bib);
        DigestSource source = new DigestSource("broken.bib", file);
        DigestException e = assertThrows(DigestException.class, () -> new BibTexDigestReader(new LinkFinder(),
                new LinkClassifier()).read(source, DigestProblems.strict(w -> { })));
        assertEquals("broken.bib:7: the entry 'broken' has a '{' at column 11 that is never closed: the field on line 8 is read as"
                + " part of it; add the '}' it lacks (a brace meant as text is written '\\{')", e.getMessage());
        DigestFile lenient = new BibTexDigestReader(new LinkFinder(), new LinkClassifier()).read(source,
                DigestProblems.lenient(w -> warnings.add(w.getMessage())));
        assertEquals(List.of("A Good Entry", "Read After the Broken One"), lenient.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of("broken.bib:7: the entry 'broken' has a '{' at column 11 that is never closed: the field on line 8 is read as"
                + " part of it; add the '}' it lacks (a brace meant as text is written '\\{')" + "; skipped (strict=false)"), warnings);
        assertEquals(List.of(1, 11), lenient.entries().stream().map(PaperEntry::line).toList(), "entries keep their lines");
    }

    @Test
    void anUnbalancedBibtexBraceIsReportedWhereItIsWithTheFix() throws IOException {
        assertEquals("last.bib:4: the entry 'last' has a '{' at column 10 that is never closed: the entry's closing '}'"
                + " on line 5 is read as part of it; add the '}' it lacks (a brace meant as text is written '\\{')",
                braceProblem("last.bib", """
                        @article{last,
                          title = {Fine},
                          doi = {10.1000/last},
                          year = {2024
                        }
                        """), "the last field's brace, which the entry's closing brace closes");
        assertEquals("open.bib:2: the entry 'open' has a '{' at column 9 that is never closed; end the entry with '}'",
                braceProblem("open.bib", """
                        % a comment before the entry
                        @article{open,
                          title = {Never Ended},
                          doi = {10.1000/open}
                        """), "the entry's own brace");
        assertEquals("extra.bib:3: the entry 'extra' has a '}' at column 24 that ends the entry before what follows it;"
                + " remove it, or add the '{' it closes (a brace meant as text is written '\\}')",
                braceProblem("extra.bib", """
                        @article{extra,
                          title = {Fine},
                          doi = {10.1000/extra}},
                          year = {2024}
                        }
                        """), "the closing brace too many");
    }

    private String braceProblem(String name, String bib) throws IOException {
        Path file = Files.writeString(dir.resolve(name), bib);
        DigestSource source = new DigestSource(name, file);
        return assertThrows(DigestException.class, () -> new BibTexDigestReader(new LinkFinder(), new LinkClassifier())
                .read(source, DigestProblems.strict(w -> { }))).getMessage();
    }

    @Test
    void cslJsonFromZoteroGivesAuthorsDatesDoiVenueAndKeywords() throws IOException {
        DigestFile csl = fixture("zotero.json");
        assertEquals("csl-json", csl.format());
        PaperEntry brush = csl.entries().get(0);
        assertEquals(List.of("João S. Ferreira", "Arianna Crippa", "Astryd Park"), brush.authors());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), brush.published());
        assertEquals(Optional.of("10.1234/jcqc.2025.042"), brush.doi(), "DOIs compare in lower case");
        assertEquals(Optional.of("Journal of Creative Quantum Computing"), brush.venue());
        PaperEntry jump = csl.entries().get(1);
        assertEquals(Optional.of("2509.00483"), jump.arxivId());
        assertEquals("", jump.abstractText());
        assertEquals(List.of("Computer Vision and Pattern Recognition"), jump.tags(),
                "Zotero's keyword for cs.CV is the category's tag, as arXiv's own records give it");
    }

    @Test
    void aCslItemWithoutTitleIsAProblemWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("no-title.json"), """
                [
                  {"id": "a", "type": "article", "title": "Has a Title", "DOI": "10.1000/a"},
                  {"id": "b", "type": "article", "DOI": "10.1000/b", "issued": {"date-parts": [[2025]]}}
                ]
                """);
        DigestSource source = new DigestSource("no-title.json", file);
        DigestException e = assertThrows(DigestException.class,
                () -> FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> { })));
        assertEquals("no-title.json:3: a CSL item without a title (id b)", e.getMessage());
    }

    @Test
    void risRecordsGiveWrappedAbstractsAuthorsAndTheArxivIdOfArxivDois() throws IOException {
        DigestFile ris = fixture("endnote.ris");
        assertEquals(2, ris.entries().size());
        PaperEntry rules = ris.entries().get(0);
        assertEquals(List.of("Aishni Parab", "Hongjing Lu", "Ying Nian Wu"), rules.authors());
        assertTrue(rules.abstractText().endsWith("on few-shot rule induction tasks."), rules.abstractText());
        assertEquals(Optional.of("2509.01016"), rules.arxivId());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), rules.published());
        assertEquals(Optional.empty(), rules.venue(), "'arXiv' is where it is posted, not a venue");
        assertEquals("", ris.entries().get(1).abstractText());
    }

    @Test
    void arxivsListingEmailIsToldApartFromADailyPapersCopyAndReadWithWrappedFields() throws IOException {
        DigestFile listing = fixture("cs-daily.txt");
        assertEquals("arxiv-listing", listing.format());
        assertEquals(3, listing.entries().size());
        PaperEntry brush = listing.entries().get(0);
        assertEquals(7, brush.authors().size(), brush.authors().toString());
        assertEquals("Pierre Fromholz", brush.authors().get(4), "a wrapped author line");
        assertTrue(brush.tags().contains("Graphics"), brush.tags().toString());
        assertEquals("cs.GR cs.ET quant-ph", brush.extra().get("arxiv categories"));
        assertTrue(brush.abstractText().startsWith("We present Quantum Brush"), brush.abstractText());
        assertEquals("Exploring Decision-Making Capabilities of LLM Agents: An Experimental Study on Jump-Jump Game",
                listing.entries().get(1).title());
        PaperEntry replaced = listing.entries().get(2);
        assertEquals(Optional.of("2401.09414"), replaced.arxivId());
        assertEquals("", replaced.abstractText(), "a replacement comes without its abstract");
    }

    @Test
    void aDailyPapersCopyStillNeedsAnAbstractAfterEachTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("daily.txt"), "Daily Papers\n\nA Title\n\nAnother Title\n\n"
                + "An abstract that is long enough to be one, with several words in it, and a full stop at the end.\n");
        DigestSource source = new DigestSource("daily.txt", file);
        assertEquals("text", FORMATS.readerFor(source).orElseThrow().format());
    }

    @Test
    void scrapedHuggingFaceJsonReadsTheNestedDetailsAndSaysWhichFieldsItUsed() throws IOException {
        DigestFile hf = fixture("hf-scraped.json");
        assertEquals("json", hf.format());
        PaperEntry math = hf.entries().get(0);
        assertEquals(Optional.of("2509.01395"), math.arxivId());
        assertTrue(math.abstractText().contains("Using 96 frames (6× the training number of frames)"), math.abstractText());
        assertEquals(List.of(), math.authors(), "an empty author list is no author");
        assertTrue(math.links().contains(new Link(LinkKind.CODE, "https://github.com/example/math-errors")));
        assertTrue(math.links().contains(new Link(LinkKind.PDF, "https://arxiv.org/pdf/2509.01395")));
        assertEquals("42", math.extra().get("GitHub stars"));
        assertTrue(hf.shape().contains("details.abstract") && hf.shape().contains("paper_url"), hf.shape());
    }

    private DigestFile fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ReferenceFormatsTest.class.getResourceAsStream("/digests/formats/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static PaperEntry entry(DigestFile digest, String title) {
        return digest.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + digest.entries().stream().map(PaperEntry::title).toList()));
    }
}
