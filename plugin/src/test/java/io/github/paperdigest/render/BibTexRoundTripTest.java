package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.BibTexDigestReader;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.site.Bibliography;
import io.github.paperdigest.site.Citation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site writes as BibTeX reads back, with the parser that reads .bib digests (jbibtex) and with the digest
 * reader itself, as what was written: keys, types, titles and names, whatever characters the digests used. And what
 * it writes is TeX that pdfLaTeX reads with no package: ASCII, but for characters TeX cannot spell.
 */
class BibTexRoundTripTest {

    @TempDir
    Path dir;

    private static final List<String> TITLES = List.of(
            "Vlogger: Make Your Dream A Vlog",
            "Video-MME: The First-Ever Benchmark of Multi-modal LLMs",
            "50% Fewer Tokens & 2× Faster: Cost_Aware #Video {Search}",
            "Tilde ~ and caret ^ in a title",
            "Ünïcödé Ŝträngé Tïtle: Équipe Café",
            "Où est la vidéo? 视频理解");

    @Test
    void aWriterSharedByABuildsFilesGivesEachCitationItsOwnEntry() throws Exception {
        BibTex shared = new BibTex();
        Citation first = citation("key0", TITLES.get(0));
        Citation retitled = citation("key0", TITLES.get(1));

        String firstEntry = shared.entry(first);
        assertEquals(firstEntry, shared.entry(citation("key0", TITLES.get(0))));
        BibTeXEntry read = parse(shared.entry(retitled)).resolveEntry(new Key("key0"));
        assertEquals(TITLES.get(1), text(read.getField(BibTeXEntry.KEY_TITLE)));
        assertEquals(firstEntry, new BibTex().entry(first));
    }

    private static Citation citation(String key, String title) {
        return new Citation(key, title, List.of("Shaobin Zhuang"), LiteralAuthors.NONE, Optional.of(2024), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void everyEntryReadsBackWithItsKeyTypeTitleAndAuthors() throws Exception {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            citations.add(new Citation("key" + i, TITLES.get(i),
                    List.of("Shaobin Zhuang", "José García", "Smith and Sons Ltd", "O'Brien, Flann"), LiteralAuthors.NONE,
                    Optional.of(2024), Optional.of(LocalDate.of(2024, 1, 17)),
                    i % 2 == 0 ? Optional.of("2401.0941" + i) : Optional.empty(), Optional.of("10.1000/xyz" + i),
                    i % 3 == 0 ? Optional.of("CVPR 2024") : i % 3 == 1 ? Optional.of("Journal of Video & Vision")
                            : Optional.empty(),
                    Optional.of("https://arxiv.org/abs/2401.0941" + i), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        String bib = write(citations);
        BibTeXDatabase database = parse(bib);
        Map<String, PaperEntry> read = readAsDigest(bib);

        assertEquals(citations.size(), database.getEntries().size());
        for (Citation c : citations) {
            BibTeXEntry entry = database.resolveEntry(new Key(c.key()));
            assertEquals(c.title(), read.get(c.doi().orElseThrow()).title(), c.key());
            // an accented letter is TeX's, which BibTeX sorts and abbreviates as one letter
            assertEquals("Shaobin Zhuang and Jos{\\'e} Garc{\\'\\i}a and {Smith and Sons Ltd} and O'Brien, Flann",
                    entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString(), c.key());
            assertEquals(List.of("Shaobin Zhuang", "José García", "Smith and Sons Ltd", "Flann O'Brien"),
                    read.get(c.doi().get()).authors(), "the braced name is one name");
            assertEquals("2024", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
            // without a venue, an arXiv paper with a publisher's DOI (10.1000/…) is an article, no preprint
            String type = c.venue().isEmpty() ? (c.arxivId().isPresent() ? "article" : "misc")
                    : c.venue().get().startsWith("CVPR") ? "inproceedings" : "article";
            assertEquals(type, entry.getType().getValue(), c.key());
            c.venue().ifPresent(v -> assertEquals(v, text(entry.getField(new Key(type.equals("article") ? "journal"
                    : "booktitle"))), c.key()));
            c.arxivId().ifPresent(id -> {
                assertEquals(id, entry.getField(new Key("eprint")).toUserString());
                assertEquals("arXiv", entry.getField(new Key("archivePrefix")).toUserString());
            });
        }
    }

    @Test
    void formulasInATitleStayTeX() throws Exception {
        Citation c = new Citation("a", "Scaling $O(n^2)$ attention with \\(k\\)-means", List.of(), LiteralAuthors.NONE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        BibTeXEntry entry = parse(write(List.of(c))).resolveEntry(new Key("a"));
        assertEquals("Scaling $O(n^2)$ attention with \\(k\\)-means", entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
    }

    @Test
    void aDollarTheTitleEscapesIsTeXsDollarAndReadsBackTheSame() throws Exception {
        // the text "Tokens at $x$ a call" with a formula after it; written with bare dollars, x would be a formula
        String title = "Tokens at \\$x\\$ a call for $\\frac{a}{b}$ of them";
        Citation c = new Citation("a", title, List.of(), LiteralAuthors.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("10.1000/dollar"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        String bib = write(List.of(c));
        assertEquals(title, parse(bib).resolveEntry(new Key("a")).getField(BibTeXEntry.KEY_TITLE).toUserString(),
                "one backslash, TeX's escape, not \\textbackslash{}: " + bib);
        assertEquals(title, readAsDigest(bib).get("10.1000/dollar").title());
    }

    private static Citation cited(String title, List<String> authors, Optional<String> venue, Optional<String> entryType,
            Optional<String> doi) {
        return new Citation("k", title, authors, LiteralAuthors.NONE, Optional.of(2024), Optional.of(LocalDate.of(2024, 1, 17)),
                Optional.empty(), doi, venue, Optional.empty(), Optional.empty(), entryType, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** BibTeX pairs every brace of a field, whether a backslash comes before it or not. */
    private static void assertBracesPairAsBibTexCountsThem(String entry) {
        int depth = 0;
        for (char c : entry.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, entry);
        }
        assertEquals(0, depth, entry);
    }

    @Test
    void aBraceWithoutItsPartnerCannotEndTheFieldEarly() throws Exception {
        for (String title : List.of("Closing } Brace Only and an Opening { One Elsewhere {", "A formula $a{b$ unpaired",
                "Balanced {Braces} stay readable")) {
            String entry = new BibTex().entry(cited(title, List.of(), Optional.empty(), Optional.empty(), Optional.empty()));

            assertBracesPairAsBibTexCountsThem(entry);
            BibTeXEntry read = parse(entry).resolveEntry(new Key("k"));
            assertEquals("2024", read.getField(BibTeXEntry.KEY_YEAR).toUserString(), "the fields after the title: " + entry);
        }
        assertTrue(new BibTex().entry(cited("One { brace", List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .contains("title = {One \\textbraceleft{} brace}"));
    }

    @Test
    void theTypesReadersSayInWordsChooseTheEntryTypeAsTheFormatsOwnNamesDid() {
        String pnas = "Proceedings of the National Academy of Sciences";
        String workshop = "Journal of Vision Workshops";
        for (String journal : List.of("Journal article", "Journal issue")) {
            assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of(journal), Optional.empty()))
                    .startsWith("@article{k,"), journal + ", as BibTeX's article and RIS's JOUR and JFULL were");
        }
        // a preprint is cited as its venue's name says (CitationKindTest)
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of("arXiv"), Optional.of("Preprint"), Optional.empty()))
                .startsWith("@article{k,"), "as CSL's article was");
        for (String conference : List.of("Conference paper", "Conference proceedings")) {
            assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(workshop), Optional.of(conference),
                    Optional.empty())).startsWith("@inproceedings{k,"), conference + ", as CPAPER and CONF were");
        }
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of("Magazine article"),
                Optional.empty())).startsWith("@inproceedings{k,"), "a type of neither kind leaves it to the venue's name");
        // a chapter's venue is its book (CitedWorksTest)
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of("Book chapter"), Optional.empty()))
                .startsWith("@incollection{k,"));
    }

    @Test
    void aJournalArticleIsAnArticleWhateverItsVenueIsCalled() {
        String pnas = "Proceedings of the National Academy of Sciences";
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of("article"), Optional.empty()))
                .startsWith("@article{k,"));
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of("JOUR"), Optional.empty()))
                .contains("journal = {" + pnas + "}"));
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.empty(), Optional.empty()))
                .startsWith("@inproceedings{k,"), "without a type, the venue's name decides");
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of("Journal of Vision Workshops"),
                Optional.of("paper-conference"), Optional.empty())).contains("booktitle = {Journal of Vision Workshops}"));
    }

    @Test
    void aDoiIsWrittenAsItIsAndTheMonthAsAMacro() {
        String entry = new BibTex().entry(cited("A", List.of(), Optional.empty(), Optional.empty(),
                Optional.of("10.1162/coli_a_00001")));

        assertTrue(entry.contains("  doi = {10.1162/coli_a_00001},\n"), entry);
        assertTrue(entry.contains("  month = jan,\n"), entry);
    }

    @Test
    void anArxivPaperCarriesItsPrimaryClassAndAJournalArticleItsVolumeAndPages() throws Exception {
        Citation c = new Citation("k", "A", List.of(), LiteralAuthors.NONE, Optional.of(2024), Optional.empty(), Optional.of("2401.09414"),
                Optional.empty(), Optional.of("IEEE TPAMI"), Optional.empty(), Optional.empty(), Optional.of("article"),
                Optional.of("cs.CV"), Optional.of("46"), Optional.of("1--10"), Optional.empty());
        String entry = new BibTex().entry(c);

        assertTrue(entry.contains("  archivePrefix = {arXiv},\n  primaryClass = {cs.CV},\n"), entry);
        assertTrue(entry.contains("  journal = {IEEE TPAMI},\n  volume = {46},\n  pages = {1--10},\n"), entry);
        BibTeXEntry read = parse(entry).resolveEntry(new Key("k"));
        assertEquals("46", read.getField(BibTeXEntry.KEY_VOLUME).toUserString());
    }

    @Test
    void aJournalArticleCarriesItsIssueNumberAndAConferencePaperItsPagesButNoSeriesNumber() throws Exception {
        Citation article = new Citation("k", "A", List.of(), LiteralAuthors.NONE, Optional.of(2023), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Journal of Tests"), Optional.empty(), Optional.empty(),
                Optional.of("JOUR"), Optional.empty(), Optional.of("7"), Optional.of("100\u2013115"), Optional.of("2"));
        String entry = new BibTex().entry(article);

        assertTrue(entry.contains("  journal = {Journal of Tests},\n  volume = {7},\n  number = {2},\n  pages = {100--115},\n"),
                entry);
        assertEquals("2", parse(entry).resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_NUMBER).toUserString());

        Citation paper = new Citation("k", "A", List.of(), LiteralAuthors.NONE, Optional.of(2016), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Proceedings of the IEEE conference on computer vision"),
                Optional.empty(), Optional.empty(), Optional.of("inproceedings"), Optional.empty(), Optional.empty(),
                Optional.of("770\u2013778"), Optional.of("4"));
        String inproceedings = new BibTex().entry(paper);

        assertTrue(inproceedings.startsWith("@inproceedings{"), inproceedings);
        assertTrue(inproceedings.contains("  pages = {770--778},\n"), inproceedings);
        assertTrue(!inproceedings.contains("number"), "a proceedings' number is its place in a series: " + inproceedings);
    }

    @Test
    void aNameThatEndsWithASuffixIsWrittenFamilyNameFirst() throws Exception {
        String entry = new BibTex().entry(cited("A", List.of("Martin Luther King Jr.", "Henry Ford III", "Ada Lovelace",
                "Sammy Davis, Jr."), Optional.empty(), Optional.empty(), Optional.empty()));

        assertTrue(entry.contains("author = {King, Jr., Martin Luther and Ford, III, Henry and Ada Lovelace and Sammy"
                + " Davis, Jr.}"), entry);
        assertEquals(4, parse(entry).resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_AUTHOR).toUserString()
                .split(" and ").length);
    }

    /**
     * BibTeX reads "Luc Van Gool" as the given names "Luc Van" and the family name "Gool": IEEEtran prints "L. V. Gool"
     * and every style sorts the paper under G. Written "Van Gool, Luc", the family name is "Van Gool". The digests give
     * such names in reading order (a .bib digest's "Van den Broeck, Guy" too), so the writer finds the particles.
     */
    @Test
    void aFamilyNameThatStartsWithACapitalParticleIsWrittenFirstSoThatBibtexKeepsItWhole() throws Exception {
        String entry = new BibTex().entry(cited("A", List.of("Luc Van Gool", "Guy Van den Broeck", "Fernando De la Torre",
                "Theo van Gogh", "Anh Van Nguyen", "Di Wu"), Optional.empty(), Optional.empty(), Optional.empty()));

        assertEquals("Van Gool, Luc and Van den Broeck, Guy and De la Torre, Fernando and Theo van Gogh"
                + " and Anh Van Nguyen and Di Wu",
                parse(entry).resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_AUTHOR).toUserString());
    }

    @Test
    void aFamilyNameWithParticlesReadFromABibDigestIsWrittenBackWhole() throws Exception {
        PaperEntry read = readAsDigest("""
                @inproceedings{vandenbroeck2021tractability,
                  title = {On the Tractability of {SHAP} Explanations},
                  author = {Van den Broeck, Guy and Van~Gool, Luc and de la Fontaine, Jean},
                  year = {2021},
                  doi = {10.1609/aaai.v35i7.16806},
                }
                """).get("10.1609/aaai.v35i7.16806");
        String entry = new BibTex().entry(cited("A", read.authors(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertEquals("Van den Broeck, Guy and Van Gool, Luc and Jean de la Fontaine",
                parse(entry).resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_AUTHOR).toUserString());
    }

    @Test
    void aNameWordThatStartsWithACapitalBibtexCannotSeeStartsWithItAsASpecialCharacter() throws Exception {
        // BibTeX takes a word that starts with a byte beyond ASCII for a "von" particle: Þórður would be no given name
        List<String> names = List.of("Þórður Sigurðsson", "Ħasan Ġużeppi", "Jean-Þór Ðoe", "Émile Zola", "李 雷",
                "Ελένη Ðoe-Þór", "Ελένη");
        String entry = new BibTex().entry(cited("A", names, Optional.empty(), Optional.empty(), Optional.of("10.1000/names")));

        assertEquals("{\\relax Þ}{\\'o}rður Sigurðsson and {\\relax Ħ}asan {\\.G}u{\\.z}eppi"
                + " and Jean-{\\relax Þ}{\\'o}r Ðoe and {\\'E}mile Zola and 李 雷 and {\\relax Ε}λένη Ðoe-Þ{\\'o}r and Ελένη",
                parse(entry).resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_AUTHOR).toUserString(),
                "a letter TeX spells is a special character already; a letter without case, and the family name, are left"
                        + " as they are");
        assertEquals(names, readAsDigest(entry).get("10.1000/names").authors(), "the reader drops the \\relax");
    }

    @Test
    void symbolsAreFormulasAndTypographyIsTexsSoThatPdfLatexReadsTheTitle() {
        Map<String, String> tex = Map.ofEntries(
                Map.entry("β-nets", "{$\\beta$}-nets"),
                Map.entry("β-VAE", "{{$\\beta$}-VAE}"),
                Map.entry("αβ-CROWN", "{{$\\alpha\\beta$}-CROWN}"),
                Map.entry("Γ ϵ ε ϑ ϕ φ ς Α", "{$\\Gamma$} {$\\epsilon$} {$\\varepsilon$} {$\\vartheta$} {$\\phi$}"
                        + " {$\\varphi$} {$\\varsigma$} {$\\mathrm{A}$}"),
                Map.entry("x → y ⇒ z ≤ 5 ≠ 6 ≈ 7 ∼ 8", "x {$\\rightarrow$} y {$\\Rightarrow$} z {$\\leq$} 5 {$\\neq$} 6"
                        + " {$\\approx$} 7 {$\\sim$} 8"),
                Map.entry("O(n²) in ℝ² and H₂O", "O(n{$^{2}$}) in {$\\mathbf{R}^{2}$} and {H{$_{2}$}O}"),
                Map.entry("x²₁³ and f′ at 25°C", "x{$^{2}_{1}$}{$^{3}$} and f{$^{\\prime}$} at {25{$^{\\circ}$}C}"),
                Map.entry("ε–δ: “Quoted” … — ‘done’", "{$\\varepsilon$}--{$\\delta$}: {``Quoted''} {\\ldots} ---"
                        + " `done'"),
                Map.entry("A\u00A0B ﬁne", "{A~B} fine"),
                Map.entry("Café Über Straße Łódź", "Caf{\\'e} {\\\"U}ber Stra{\\ss}e {\\L}{\\'o}d{\\'z}"),
                Map.entry("50% & $5 {x}", "50\\% \\& \\$5 \\textbraceleft{}x\\textbraceright{}"));
        tex.forEach((title, expected) -> assertEquals(expected, BibTex.title(title), title));
    }

    /**
     * pdfLaTeX's default font encoding, OT1, has "¡", "¿" and "—" where ASCII has "<", ">" and "|": written as they
     * are, "Latency < 10 ms" was cited as "Latency ¡ 10 ms". Their text commands need no package, and read back.
     */
    @Test
    void lessThanGreaterThanAndABarAreTheirTextCommandsAndReadBack() throws Exception {
        String title = "Latency < 10 ms | Fast > Slow and <Tags>";
        assertEquals("Latency \\textless{} 10 ms \\textbar{} Fast \\textgreater{} Slow and"
                + " \\textless{}{Tags\\textgreater{}}", BibTex.title(title));
        Citation c = new Citation("a", title, List.of(), LiteralAuthors.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("10.1000/less"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(title, readAsDigest(write(List.of(c))).get("10.1000/less").title());
    }

    /**
     * A word that starts with "<" and has capitals after it ("<EOS>", as language-model papers write a token) is braced
     * from its first letter, as "(Tags)" is braced whole: a group that starts with a command is a "special character"
     * whose letters a style lowers, and left unbraced the word was cited as "<eos>".
     */
    @Test
    void aWordThatStartsWithAnAngleBracketKeepsItsCapitalsInAGroupThatStartsWithALetter() throws Exception {
        String title = "Stop at <EOS>: Length Control with <|endoftext|> and LoRA|QLoRA";
        assertEquals("Stop at \\textless{}{EOS\\textgreater{}:} Length Control with"
                + " \\textless{}\\textbar{}endoftext\\textbar{}\\textgreater{} and {LoRA\\textbar{}QLoRA}",
                BibTex.title(title));
        Citation c = new Citation("a", title, List.of(), LiteralAuthors.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("10.1000/eos"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(title, readAsDigest(write(List.of(c))).get("10.1000/eos").title());
    }

    /** The characters a digest's formulas become, and others that titles, names and venues carry. */
    private static final String SYMBOLS = "α β γ δ ε ϵ ζ η θ ϑ ι κ λ μ ν ξ ο π ϖ ρ ϱ σ ς τ υ φ ϕ χ ψ ω"
            + " Α Β Γ Δ Ε Ζ Η Θ Ι Κ Λ Μ Ν Ξ Ο Π Ρ Σ Τ Υ Φ Χ Ψ Ω αβ ΓΔ"
            + " → ← ↔ ⇒ ⇐ ⇔ ↦ ≤ ≥ ≠ ≈ ∼ ≃ ≡ ∝ ≪ ≫ × · ⋅ ± ∓ ÷ − ∗ ∘ ⊕ ⊗ ∞ ∈ ∉ ⊂ ⊆ ⊃ ⊇ ∪ ∩ ∅ ∀ ∃ ∑ ∏ ∫ ∂ ∇ √ ′ ″ °"
            + " ℓ ℏ ℝ ℕ ℤ ℚ ℂ 𝔼 ⟨x⟩ ‖x‖ ⋯ ¬ ∧ ∨ ⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿᵀ ₀₁₂₃₄₅₆₇₈₉ – — ‘ ’ “ ” … \u00A0 ﬁ ﬂ © ™ § † •"
            + " é è ê ë à á â ä ã å ç ñ ö ø ő ú ü ű ý ÿ í ï ł ś ź ż č š ž ř ğ ş ș ț ā ū ß æ œ Æ Ø Å É Ł Š Ž";

    @Test
    void everyFieldWithSymbolsIsAsciiAndReadsBackAsTheSiteShowedIt() throws Exception {
        List<Citation> citations = new ArrayList<>();
        String[] titles = {"Title " + SYMBOLS, "$\\beta$-VAE, $\\frac{a}{b}$ and β-VAE", "Ωmega–Point: 1–10 ≥ ½?"};
        for (int i = 0; i < titles.length; i++) {
            citations.add(new Citation("k" + i, titles[i], List.of("Łukasz Kaiser", "Zoë Ø. Ångström", "Ελένη"), LiteralAuthors.NONE,
                    Optional.of(2024), Optional.empty(), Optional.of("2401.0000" + i), Optional.of("10.1000/β" + i),
                    Optional.of("Proc. of ICML – Workshop on αβ " + SYMBOLS), Optional.of("https://example.org/café/" + i),
                    Optional.empty(), Optional.of("article"), Optional.of("cs.LG"), Optional.of("4²"),
                    Optional.of("1–10"), Optional.empty()));
        }
        String bib = write(citations);
        for (String line : bib.split("\n")) {
            if (line.startsWith("  doi = ") || line.startsWith("  url = ") || line.startsWith("  author = ")
                    || line.startsWith("%")) {
                continue;
            }
            assertTrue(line.chars().allMatch(c -> c < 128) || line.contains("½"), "not ASCII: " + line);
        }
        BibTeXEntry first = parse(bib).resolveEntry(new Key("k0"));
        assertEquals("1--10", first.getField(BibTeXEntry.KEY_PAGES).toUserString(), "an en dash is TeX's");
        assertEquals("10.1000/β0", first.getField(BibTeXEntry.KEY_DOI).toUserString(), "a DOI is kept as it is");
        assertEquals("https://example.org/café/0", first.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals("{\\L}ukasz Kaiser and Zo{\\\"e} {\\O}. {\\AA}ngstr{\\\"o}m and Ελένη",
                first.getField(BibTeXEntry.KEY_AUTHOR).toUserString(), "a Greek word is kept: it is no formula");
        assertTrue(bib.contains("title = {$\\beta${-VAE,} $\\frac{a}{b}$ and {{$\\beta$}-VAE}}"),
                "the digest's TeX is kept as TeX, and the Unicode it became is TeX again: " + bib);

        Map<String, PaperEntry> read = readAsDigest(bib);
        assertEquals(List.of("Łukasz Kaiser", "Zoë Ø. Ångström", "Ελένη"), read.get("10.1000/β0").authors());
        assertEquals("β-VAE, $\\frac{a}{b}$ and β-VAE", read.get("10.1000/β1").title());
        assertEquals("Ωmega–Point: 1–10 ≥ ½?", read.get("10.1000/β2").title());
    }

    /**
     * The writer and the readers spell symbols from one table: what is written as a command reads back as the character
     * the site showed, or, for a variant, as the plainer character digests write in Unicode.
     */
    @Test
    void aSymbolWrittenAsACommandReadsBackAsTheSiteShowedIt() throws Exception {
        Map<String, String> titles = Map.of(
                "α ι υ ϑ ϖ Ξ Υ → ↔ ⇐ ↦ ⟶ ≤ ≡ ≪ ⊥ ∣ ⊕ ⊗ ÷ ¬ ∧ ∅ ∋ ⊇ ⋃ ∮ ℏ ℜ ⟨x⟩ ⌈x⌉ ♯ … † § ©",
                "α ι υ ϑ ϖ Ξ Υ → ↔ ⇐ ↦ ⟶ ≤ ≡ ≪ ⊥ ∣ ⊕ ⊗ ÷ ¬ ∧ ∅ ∋ ⊇ ⋃ ∮ ℏ ℜ ⟨x⟩ ⌈x⌉ ♯ … † § ©",
                // \epsilon, \phi and \sim as digests mean them; \mu and \cdot as the letter and the dot listed first
                "Variants ϵ ϕ ∼ µ ⋅", "Variants ε φ ~ μ ·",
                // no command of their own: upright and bold Latin letters, read as the letters
                "Latin-looking Α Ο ℝ 𝔼", "Latin-looking A O R E");
        List<Citation> citations = new ArrayList<>();
        List<String> written = new ArrayList<>(titles.keySet());
        for (int i = 0; i < written.size(); i++) {
            citations.add(new Citation("k" + i, written.get(i), List.of("A. Author"), LiteralAuthors.NONE,
                    Optional.of(2024), Optional.empty(), Optional.empty(), Optional.of("10.1000/s" + i), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of("article"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        Map<String, PaperEntry> read = readAsDigest(write(citations));
        for (int i = 0; i < written.size(); i++) {
            assertEquals(titles.get(written.get(i)), read.get("10.1000/s" + i).title(), written.get(i));
        }
    }

    @Test
    void aCharacterTexCannotSpellIsKeptAndTheEntryStaysWhole() throws Exception {
        // kept as UTF-8: a document set with XeLaTeX or LuaLaTeX, or pdfLaTeX with the packages for it, cites it as it is
        Citation c = cited("视频理解 ð 🙂 ½ « » with {Braces}", List.of("李 雷"), Optional.of("ACL – 视频"),
                Optional.empty(), Optional.empty());
        String entry = new BibTex().entry(c);

        assertTrue(entry.contains("title = {视频理解 ð 🙂 ½ « » with \\textbraceleft{}Braces\\textbraceright{}},"), entry);
        assertTrue(entry.contains("booktitle = {ACL -- 视频},"), entry);
        BibTeXEntry read = parse(entry).resolveEntry(new Key("k"));
        assertEquals("2024", read.getField(BibTeXEntry.KEY_YEAR).toUserString(), "the fields after the title: " + entry);
        assertEquals("李 雷", read.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
    }

    /**
     * pdfLaTeX sets a straight double quote as a closing one, ”, and has no {@code \textquotedbl} in OT1, its default
     * encoding, where that command stops the document ("Command \textquotedbl unavailable in encoding OT1"): a
     * straight double quote is a quotation's mark, {@code ``} or {@code ''}, which every encoding sets and which reads
     * back as “ and ”.
     */
    @Test
    void aStraightDoubleQuoteIsAQuotationMarkThatEveryEncodingSets() throws Exception {
        String title = "The \"Curse\" of 12\" (\"LLMs\")";
        // a group that starts with a command is one of BibTeX's special characters, whose letters a style lowers
        assertEquals("The ``Curse'' of 12'' {(``LLMs'')}", BibTex.title(title));
        Citation c = cited(title, List.of(), Optional.empty(), Optional.empty(), Optional.of("10.1000/quote"));
        String bib = write(List.of(c));
        String written = bib.substring(bib.indexOf("title")).split("\n")[0];
        assertFalse(written.contains("\"") || written.contains("textquotedbl"), bib);
        assertEquals("The \u201cCurse\u201d of 12\u201d (\u201cLLMs\u201d)", readAsDigest(bib).get("10.1000/quote").title());
    }

    /**
     * Zotero and the site escape a backslash and a straight double quote as text commands, which showed on the page as
     * the commands ("C:\\textbackslash{}data"): they are read as any other symbol is.
     */
    @Test
    void theEscapesOfABackslashAndAQuoteReadAsTheirCharacters() throws IOException {
        String bib = """
                @article{a, title = {Escapes \\textbackslash{} and \\textquotedbl{}}, year = {2024},
                  doi = {10.1000/escapes},
                  abstract = {Paths like C:\\textbackslash{}data and {\\textbackslash}n, a \\textquotedbl{}quoted\\textquotedbl{} word.}}
                """;
        PaperEntry read = readAsDigest(bib).get("10.1000/escapes");
        assertEquals("Paths like C:\\data and \\n, a \"quoted\" word.", read.abstractText());
        assertEquals("Escapes \\ and \"", read.title());
    }

    /** The papers of a .bib file as the site reads a BibTeX digest, by DOI. */
    private Map<String, PaperEntry> readAsDigest(String bib) throws IOException {
        Path file = Files.writeString(dir.resolve("written.bib"), bib);
        List<String> warnings = new ArrayList<>();
        Map<String, PaperEntry> read = new java.util.HashMap<>();
        new BibTexDigestReader(new LinkFinder(), new LinkClassifier())
                .read(new DigestSource("written.bib", file), DigestProblems.strict(w -> warnings.add(w.getMessage())))
                .entries().forEach(e -> read.put(e.doi().orElseThrow(), e));
        assertEquals(List.of(), warnings);
        return read;
    }

    private static String write(List<Citation> citations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BibTex().write(new Bibliography("test.bib", "test", citations), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BibTeXDatabase parse(String bib) throws Exception {
        return new BibTeXParser().parse(new StringReader(bib));
    }

    /** A field as a reader sees it: TeX commands and protective braces turned into the text they stand for. */
    private static String text(Value value) {
        String tex = value.toUserString();
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(tex));
        } catch (Exception | Error e) {
            // jbibtex's TeX reader knows ASCII text only; text without TeX in it is read as it is
            assertEquals(-1, tex.indexOf('\\'), "TeX in " + tex);
            return tex.replace("{", "").replace("}", "");
        }
    }
}
