package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.WrittenCitationKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading notes kept in Emacs Org mode: a heading per paper (its TODO keyword, priority and statistics cookie no part
 * of its title, its tags the paper's, its property drawer its fields), a heading that is a link, a list of linked
 * papers, the file's title, date and tags, org-roam-bibtex's one-paper note; Org markup in notes shown as what it
 * means; and each malformed thing said with its file and line.
 */
class OrgDigestReaderTest {

    @TempDir
    Path dir;

    @Test
    void theSampleDigestReadsAsItsCuratorMeantIt() throws IOException {
        DigestFile digest = strict("reading-notes.org", resource("reading-notes.org"));

        assertEquals("org", digest.format());
        assertEquals(Optional.of("Reading notes: sequence models"), digest.title());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), digest.date());
        assertEquals(List.of("reading-group"), digest.tags());
        assertEquals(List.of("Attention Is All You Need", "Language Models are Few-Shot Learners",
                "Denoising Diffusion Probabilistic Models", "High-Resolution Image Synthesis with Latent Diffusion Models"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of("Transformers", "Transformers", "Diffusion", "Diffusion"),
                digest.entries().stream().map(PaperEntry::section).toList());
        assertTrue(Jsoup.parse(digest.introHtml()).text().startsWith("Papers for the spring reading group"),
                digest.introHtml());
    }

    /** "** READ [#A] Title [2/2] :attention:seq2seq:" under "* Transformers :nlp:", with its drawer and its notes. */
    @Test
    void aHeadingIsAPaperWithItsPropertiesTagsAbstractAndNote() throws IOException {
        PaperEntry attention = strict("reading-notes.org", resource("reading-notes.org")).entries().get(0);

        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"), attention.authors());
        assertEquals("2017", attention.extra().get("year"));
        assertEquals(Optional.of("1706.03762"), attention.arxivId());
        assertEquals("vaswani2017", attention.extra().get(WrittenCitationKey.KEY));
        assertEquals(List.of("nlp", "attention", "seq2seq"), attention.tags(), "a section's tags are inherited, as Org's");
        assertEquals("The dominant sequence transduction models are based on complex recurrent or convolutional"
                + " neural networks.", attention.abstractText());
        assertFalse(attention.extra().containsKey("noter_page"), "org-noter's bookkeeping is no field of the paper's");
        assertTrue(attention.links().contains(new Link(LinkKind.CODE, "https://github.com/tensorflow/tensor2tensor")),
                attention.links().toString());
        Element note = Jsoup.parseBodyFragment(attention.noteHtml()).body();
        assertFalse(note.text().contains("State \"READ\""), "the LOGBOOK drawer is no text: " + note.text());
        assertEquals("replaces", note.selectFirst("em").text());
        assertEquals("no", note.selectFirst("strong").text());
        assertEquals(List.of("tensor2tensor", "fairseq"), note.select("code").eachText());
        assertTrue(note.text().contains("$O(n^2 \\cdot d)$"), "the formula kept for KaTeX: " + note.text());
        assertEquals(List.of("☑ read the paper", "☐ reimplement the encoder"), note.select("li").eachText());
    }

    /** "** [[https://arxiv.org/abs/2005.14165][Title]]": the link is the paper's; "Abstract" sub-heading its abstract. */
    @Test
    void aLinkedHeadingIsAPaperAndItsAbstractSubHeadingItsAbstract() throws IOException {
        PaperEntry gpt3 = strict("reading-notes.org", resource("reading-notes.org")).entries().get(1);

        assertEquals(Optional.of("2005.14165"), gpt3.arxivId());
        assertEquals(List.of("nlp", "gpt"), gpt3.tags());
        assertEquals("We show that scaling up language models greatly improves few-shot performance.", gpt3.abstractText());
        Element note = Jsoup.parseBodyFragment(gpt3.noteHtml()).body();
        assertTrue(note.text().startsWith("Scale alone brings in-context learning."), note.text());
        assertEquals("Questions", note.selectFirst("h4, h5, h6").text());
        assertTrue(note.text().contains("<script>alert(1)</script>"), "HTML in the note is text: " + note.html());
        assertTrue(note.select("script").isEmpty());
    }

    /** "- [[https://arxiv.org/abs/…][Title]] — note": a paper, the words after the link its note. */
    @Test
    void aListItemThatStartsWithALinkIsAPaperAndWhatFollowsItsNote() throws IOException {
        List<PaperEntry> entries = strict("reading-notes.org", resource("reading-notes.org")).entries();
        PaperEntry ddpm = entries.get(2);

        assertEquals(Optional.of("2006.11239"), ddpm.arxivId());
        Element note = Jsoup.parseBodyFragment(ddpm.noteHtml()).body();
        assertEquals("the paper that started it; see project page", note.text());
        assertEquals("https://hojonathanho.github.io/diffusion", note.selectFirst("a").attr("href"));
        assertTrue(ddpm.links().stream().anyMatch(l -> l.url().equals("https://hojonathanho.github.io/diffusion")));
        assertEquals("", entries.get(3).noteHtml());
    }

    /** Names copied from BibTeX are split as BibTeX splits them: at "and" in any case, never inside braces. */
    @Test
    void authorsCopiedFromBibTexAreSplitAsBibTexSplitsThem() throws IOException {
        DigestFile digest = strict("notes.org", """
                * Deep Residual Learning for Image Recognition
                  :PROPERTIES:
                  :AUTHOR: He, Kaiming AND Zhang, Xiangyu and {Research and Development Team}
                  :DOI: 10.1109/CVPR.2016.90
                  :END:
                """);

        assertEquals(List.of("Kaiming He", "Xiangyu Zhang", "Research and Development Team"),
                digest.entries().get(0).authors());
    }

    /**
     * Names in reading order between commas, with "and" before the last, are read as every reader reads them: the
     * BibTeX split at "and" would turn "Ashish Vaswani, Noam Shazeer" round into one name, "Noam Shazeer Ashish Vaswani".
     */
    @Test
    void namesInReadingOrderBetweenCommasAreNotTurnedRound() throws IOException {
        DigestFile digest = strict("notes.org", """
                * Attention Is All You Need
                  :PROPERTIES:
                  :ARXIV: 1706.03762
                  :AUTHOR: Ashish Vaswani, Noam Shazeer and Niki Parmar
                  :EDITOR: Isabelle Guyon, Ulrike von Luxburg and Samy Bengio
                  :END:
                """);

        PaperEntry paper = digest.entries().get(0);
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"), paper.authors());
        assertEquals("Isabelle Guyon; Ulrike von Luxburg; Samy Bengio", paper.extra().get("editors"));
    }

    /**
     * One author family name first, as org-roam-bibtex copies a one-author paper's BibTeX field, is one name as BibTeX
     * reads it, given names written out or not; names in reading order between commas stay several.
     */
    @Test
    void oneNameCopiedFromBibTexIsOneNameInReadingOrder() throws IOException {
        DigestFile digest = strict("notes.org", """
                * Deep Residual Learning for Image Recognition
                  :PROPERTIES:
                  :AUTHOR: He, Kaiming
                  :EDITOR: van der Berg, Jan
                  :ARXIV: 1512.03385
                  :END:
                * Attention Is All You Need
                  :PROPERTIES:
                  :AUTHOR: Ashish Vaswani, Noam Shazeer
                  :ARXIV: 1706.03762
                  :END:
                """);

        assertEquals(List.of("Kaiming He"), digest.entries().get(0).authors());
        assertEquals("Jan van der Berg", digest.entries().get(0).extra().get("editors"));
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), digest.entries().get(1).authors());
    }

    /** A name in one brace group beside names written as "Ashish Vaswani, Noam Shazeer" is no licence to turn it. */
    @Test
    void aBraceGroupBesideANameThatIsNoFamilyNameFirstKeepsItAndSaysSo() throws IOException {
        List<DigestException> warnings = new ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "notes.org", """
                * Attention Is All You Need
                  :PROPERTIES:
                  :AUTHOR: {Google Brain} and Ashish Vaswani, Noam Shazeer and Parmar, Niki
                  :ARXIV: 1706.03762
                  :END:
                """, DigestProblems.strict(warnings::add));

        assertEquals(List.of("Google Brain", "Ashish Vaswani, Noam Shazeer", "Niki Parmar"),
                digest.entries().get(0).authors());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 3 && w.problem().contains("kept as written")),
                warnings.toString());
    }

    /** org-ref's notes: ":DOI:", ":URL:", ":JOURNAL:" and the key in ":CUSTOM_ID:"; "@key" in ":ROAM_REFS:". */
    @Test
    void referenceManagersPropertiesAreThePapersFields() throws IOException {
        DigestFile digest = strict("notes.org", """
                * 2016 - Deep Residual Learning for Image Recognition
                  :PROPERTIES:
                  :Custom_ID: he2016deep
                  :AUTHOR: He, Kaiming and Zhang, Xiangyu
                  :JOURNAL: CVPR
                  :YEAR: 2016
                  :DOI: 10.1109/CVPR.2016.90
                  :URL: [[https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_CVPR_2016_paper.pdf][pdf]]
                  :PAGES: 770--778
                  :END:
                * Denoising Diffusion Probabilistic Models
                  :PROPERTIES:
                  :ROAM_REFS: @ho2020denoising https://arxiv.org/abs/2006.11239
                  :DATE: [2020-06-19 Fri]
                  :CODE: https://github.com/hojonathanho/diffusion
                  :END:
                """);

        PaperEntry resnet = digest.entries().get(0);
        assertEquals("Deep Residual Learning for Image Recognition", resnet.title(), "org-ref's \"YEAR - \" is no part of it");
        assertEquals(List.of("Kaiming He", "Xiangyu Zhang"), resnet.authors());
        assertEquals(Optional.of("CVPR"), resnet.venue());
        assertEquals(Optional.of("10.1109/cvpr.2016.90"), resnet.doi());
        assertEquals("he2016deep", resnet.extra().get(WrittenCitationKey.KEY));
        assertEquals("770--778", resnet.extra().get("pages"));
        PaperEntry ddpm = digest.entries().get(1);
        assertEquals("ho2020denoising", ddpm.extra().get(WrittenCitationKey.KEY));
        assertEquals(Optional.of("2006.11239"), ddpm.arxivId());
        assertEquals(Optional.of(LocalDate.of(2020, 6, 19)), ddpm.published());
        assertTrue(ddpm.links().contains(new Link(LinkKind.CODE, "https://github.com/hojonathanho/diffusion")));
    }

    /** org-roam-bibtex's note of one paper: "#+title: key: Title", the file's drawer's ROAM_REFS, a "Notes" heading. */
    @Test
    void anOrgRoamNoteIsOnePaperTitledByTheFile() throws IOException {
        DigestFile digest = strict("vaswani2017.org", """
                :PROPERTIES:
                :ID:       8f5a3c1e-1d2b-4c5e-9f00-1a2b3c4d5e6f
                :ROAM_REFS: cite:vaswani2017
                :END:
                #+title: vaswani2017: Attention Is All You Need
                #+filetags: :transformers:

                - keywords :: attention, translation

                * Notes
                  :PROPERTIES:
                  :URL: https://arxiv.org/abs/1706.03762
                  :AUTHOR: Vaswani, Ashish and Shazeer, Noam
                  :NOTER_DOCUMENT: /home/me/papers/vaswani2017.pdf
                  :END:
                Multi-head attention is the key.
                """);

        assertEquals(1, digest.entries().size());
        PaperEntry paper = digest.entries().get(0);
        assertEquals("Attention Is All You Need", paper.title());
        assertEquals("vaswani2017", paper.extra().get(WrittenCitationKey.KEY));
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), paper.authors());
        assertEquals(List.of("attention", "translation"), paper.tags());
        assertEquals(List.of("transformers"), digest.tags());
        assertEquals(List.of(), paper.links().stream().filter(l -> l.url().startsWith("/")).toList(),
                "a local PDF is the curator's, no link");
        Element note = Jsoup.parseBodyFragment(paper.noteHtml()).body();
        assertEquals("Notes", note.selectFirst("h4, h5, h6").text());
        assertTrue(note.text().contains("Multi-head attention is the key."), note.text());
    }

    @Test
    void orgMarkupBecomesHtmlAndNothingOfItIsShownRawOrUnsafe() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "markup.org", """
                * [[https://arxiv.org/abs/1706.03762][Attention Is /All/ You Need]]
                *bold*, /italic/, _under_, +gone+, =a*b=, ~x_1~, $\\alpha_1 * \\beta$, \\(x^2\\), a/b/c, 2*3*4, snake_case_name.
                [[javascript:alert(1)][click]] [[file:paper.pdf]] [[https://example.org/x?a=1&b=2][an <em>example</em>]]
                #+begin_src python
                print("*not bold*")
                #+end_src
                | Model | BLEU |
                |-------+------|
                | big   | 28.4 |
                # a comment no reader sees
                """);

        assertEquals("Attention Is All You Need", paper.title());
        Element note = Jsoup.parseBodyFragment(paper.noteHtml()).body();
        assertEquals("bold", note.selectFirst("p strong").text());
        assertEquals("italic", note.selectFirst("p em").text());
        assertEquals("under", note.selectFirst("u").text());
        assertEquals("gone", note.selectFirst("del").text());
        assertEquals(List.of("a*b", "x_1"), note.select("p code").eachText());
        String text = note.text();
        assertTrue(text.contains("$\\alpha_1 * \\beta$"), text);
        assertTrue(text.contains("\\(x^2\\)"), text);
        assertTrue(text.contains("a/b/c, 2*3*4, snake_case_name."), text);
        assertEquals(List.of("https://example.org/x?a=1&b=2"), note.select("a").eachAttr("href"),
                "only an http(s) link leads somewhere");
        assertTrue(text.contains("click paper.pdf an <em>example</em>"), text);
        assertEquals("print(\"*not bold*\")", note.selectFirst("pre code").text());
        assertEquals(List.of("Model", "BLEU"), note.select("th").eachText());
        assertEquals(List.of("big", "28.4"), note.select("td").eachText());
        assertFalse(text.contains("comment"), text);
        assertFalse(text.contains("#+begin"), text);
    }

    @Test
    void aHeadingWithNoTitleIsAnErrorNamingItsLine() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> strict("empty.org", """
                #+TITLE: Week 3

                ** TODO :nlp:
                   :PROPERTIES:
                   :ARXIV: 1706.03762
                   :END:
                """));
        assertEquals("empty.org", e.sourceName());
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("a heading with no title") && e.problem().contains("give it"), e.problem());
    }

    @Test
    void anUnclosedPropertyDrawerIsAnErrorThatSaysHowToCloseIt() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> ReadOneDigest.digest(dir, "open.org", """
                * Attention Is All You Need
                  :PROPERTIES:
                  :ARXIV: 1706.03762
                  The abstract, meant after the drawer.
                * Language Models are Few-Shot Learners
                  :PROPERTIES:
                  :ARXIV: 2005.14165
                  :END:
                """, DigestProblems.strict(w -> { })));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("not closed before the next heading (line 5)")
                && e.problem().contains(":END:"), e.problem());

        List<DigestException> warnings = new ArrayList<>();
        DigestFile lenient = ReadOneDigest.digest(dir, "open.org", """
                * Attention Is All You Need
                  :PROPERTIES:
                  :ARXIV: 1706.03762
                  The abstract, meant after the drawer.
                * Language Models are Few-Shot Learners
                  :PROPERTIES:
                  :ARXIV: 2005.14165
                  :END:
                """, DigestProblems.lenient(warnings::add));
        assertEquals(List.of("Language Models are Few-Shot Learners"),
                lenient.entries().stream().map(PaperEntry::title).toList(), "the broken paper is skipped, the next read");
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 4 && w.problem().contains("is not a property")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 2 && w.problem().contains("skipped")), warnings.toString());
    }

    @Test
    void otherMistakesAreWarningsWithTheirLines() throws IOException {
        List<DigestException> warnings = new ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "mistakes.org", """
                #+DATE: next tuesday
                * Attention Is All You Need
                  :PROPERTIES:
                  :ARXIV: 1706.03762
                  :AUTOR: Ashish Vaswani
                  :YEAR: soon
                  :SLIDES: [[https://example.org/slides.pdf][slides]]
                  :END:
                  #+begin_quote
                  An abstract never closed.
                """, DigestProblems.strict(warnings::add));

        PaperEntry paper = digest.entries().get(0);
        assertEquals(Optional.empty(), digest.date());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 1 && w.problem().contains("is not a date")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 5 && w.problem().contains("did you mean 'author'")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 6 && w.problem().contains("is not a year")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 9 && w.problem().contains("#+end_quote")),
                warnings.toString());
        assertEquals("https://example.org/slides.pdf", paper.extra().get("slides"));
        assertEquals("An abstract never closed.", paper.abstractText());
        assertTrue(warnings.stream().allMatch(w -> w.sourceName().equals("mistakes.org")));
    }

    /** A heading that says nothing of a paper is a section; a commented one ("COMMENT") is left out, as Org's export. */
    @Test
    void sectionsAndCommentedHeadingsAreNoPapers() throws IOException {
        DigestFile digest = strict("week.org", """
                * Logistics
                  Room 4.12, bring snacks.
                * COMMENT Drafts
                ** [[https://arxiv.org/abs/2401.00001][Not ready]]
                * Papers
                ** TODO Attention Is All You Need
                   https://arxiv.org/abs/1706.03762
                """);

        assertEquals(List.of("Attention Is All You Need"), digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(Optional.of("1706.03762"), digest.entries().get(0).arxivId());
        assertTrue(Jsoup.parse(digest.introHtml()).text().contains("Room 4.12, bring snacks."), digest.introHtml());
    }

    /**
     * org-ref's notes title a heading "YEAR - Title" ({@code org-ref-note-title-format}): the year is the :YEAR:'s, no
     * part of the title; a link after a title whose words say only that it is a link is the paper's, no word of it.
     */
    @Test
    void orgRefsYearBeforeTheTitleAndALinkAfterItAreNoPartOfIt() throws IOException {
        DigestFile digest = strict("notes.org", """
                ** TODO 2016 - Deep Residual Learning for Image Recognition
                   :PROPERTIES:
                   :YEAR: 2016
                   :DOI: 10.1109/CVPR.2016.90
                   :END:
                * Attention Is All You Need [[https://arxiv.org/abs/1706.03762][arXiv]]
                """);

        assertEquals(List.of("Deep Residual Learning for Image Recognition", "Attention Is All You Need"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(Optional.of("1706.03762"), digest.entries().get(1).arxivId());
    }

    /** "* TODO Read these" over a list of linked papers is a section of them, not a paper of their links. */
    @Test
    void aTodoHeadingOverALinkedListIsASection() throws IOException {
        DigestFile digest = strict("todo.org", """
                * TODO Read these                               :backlog:
                  - [ ] [[https://arxiv.org/abs/1706.03762][Attention Is All You Need]]
                  - [X] [[https://arxiv.org/abs/1810.04805][BERT]] :: the encoder
                    half of it, \\\\
                    pre-trained
                """);

        assertEquals(List.of("Attention Is All You Need", "BERT"), digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of("Read these", "Read these"), digest.entries().stream().map(PaperEntry::section).toList());
        assertEquals(List.of("backlog"), digest.entries().get(0).tags());
        Element note = Jsoup.parseBodyFragment(digest.entries().get(1).noteHtml()).body();
        assertEquals(1, note.select("br").size(), "Org's \\\\ breaks the line: " + note.html());
        assertEquals("the encoder half of it, pre-trained", note.text(), "the description's \"::\" no word of the note");
    }

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OrgDigestReaderTest.class.getResourceAsStream("/digests/formats/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
