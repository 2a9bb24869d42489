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
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper note of Obsidian, Foam, Logseq or Zotero Integration: one Markdown file per paper, the paper named by its
 * front matter. The file is one paper, its "Abstract" section or callout the abstract, the rest the curator's note.
 */
class PaperNoteTest {

    @TempDir
    Path dir;

    @Test
    void frontMatterWithAYamlListOfAuthorsIsOnePaperWhoseAbstractSectionIsItsAbstractAndTheRestItsNote()
            throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "Attention Is All You Need.md", """
                ---
                title: "Attention Is All You Need"
                authors:
                  - Ashish Vaswani
                  - Noam Shazeer
                year: 2017
                url: https://arxiv.org/abs/1706.03762
                tags: [transformers, nlp, "#to-read", topic/attention]
                aliases: [Transformer paper]
                cssclasses: [wide]
                publish: true
                created: 2024-03-02
                status: read
                ---

                # Attention Is All You Need

                ## Abstract
                The dominant sequence transduction models are based on complex recurrent networks.

                ## Notes
                - Self-attention replaces recurrence. See [[BERT]].
                """);
        assertEquals("Attention Is All You Need", paper.title());
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), paper.authors());
        assertEquals("The dominant sequence transduction models are based on complex recurrent networks.",
                paper.abstractText());
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
        assertEquals("2017", paper.extra().get("year"));
        assertEquals(Optional.empty(), paper.published(), "a year is no day");
        assertEquals(List.of("transformers", "nlp", "to-read", "topic/attention"), paper.tags());
        assertEquals("read", paper.extra().get("status"), "a key the plugin has no field for is shown as metadata");
        assertFalse(paper.extra().containsKey("aliases"));
        assertEquals(List.of("Attention Is All You Need", "Transformer paper"), paper.noteNames(),
                "a wikilink names the note by its file's name, or by an alias");
        assertEquals("BERT", Jsoup.parse(paper.noteHtml()).selectFirst("a").attr("data-note"),
                "the note it links to is known once every note is read");
        assertFalse(paper.extra().containsKey("cssclasses"));
        assertFalse(paper.extra().containsKey("publish"));
        assertFalse(paper.extra().containsKey("created"), "the note's own date dates the digest, not the paper");
        String note = Jsoup.parse(paper.noteHtml()).text();
        assertEquals("Self-attention replaces recurrence. See BERT.", note, "the page heads the note 'Notes' already");
        assertFalse(paper.noteHtml().contains("Attention Is All You Need"), "the leading title heading is dropped");
    }

    @Test
    void aZoteroIntegrationNoteHasItsAbstractInACalloutAndItsAuthorsFamilyNameFirst() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "@vaswani2017attention.md", """
                ---
                title: Attention Is All You Need
                authors: Vaswani, Ashish; Shazeer, Noam; Parmar, Niki
                citekey: vaswani2017attention
                date: 2017-06-12
                doi: 10.48550/arXiv.1706.03762
                journal: Advances in Neural Information Processing Systems
                tags: "#transformers #nlp/attention"
                pdf: https://arxiv.org/pdf/1706.03762
                code: https://github.com/tensorflow/tensor2tensor
                ---

                # Attention Is All You Need

                > [!Cite]
                > Vaswani, A. et al. (2017) Attention is all you need.

                > [!abstract]- Abstract
                > The dominant sequence transduction models are based on complex recurrent or
                > convolutional neural networks. See https://example.org/extra for more.

                ## Highlights
                My own reading: **multi-head** attention.
                """);
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"), paper.authors());
        assertEquals("The dominant sequence transduction models are based on complex recurrent or convolutional neural"
                + " networks. See https://example.org/extra for more.", paper.abstractText());
        assertEquals(Optional.of(LocalDate.of(2017, 6, 12)), paper.published());
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
        assertEquals(Optional.of("Advances in Neural Information Processing Systems"), paper.venue());
        assertEquals(List.of("transformers", "nlp/attention"), paper.tags());
        assertEquals("vaswani2017attention", paper.extra().get(WrittenCitationKey.KEY), "the curator's citation key");
        assertTrue(paper.links().contains(new Link(LinkKind.CODE, "https://github.com/tensorflow/tensor2tensor")),
                paper.links().toString());
        assertTrue(paper.links().stream().anyMatch(l -> l.kind() == LinkKind.PDF), paper.links().toString());
        String note = Jsoup.parse(paper.noteHtml()).text();
        assertTrue(note.contains("Vaswani, A. et al. (2017)"), note);
        assertTrue(note.contains("My own reading: multi-head attention."), note);
        assertFalse(note.contains("dominant sequence"), "the abstract is not repeated in the note: " + note);
    }

    @Test
    void aTitleAndAYearMakeAPaperWithoutAbstractWhenTheBodyHasNoAbstractSection() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "BERT.md", """
                ---
                title: "BERT: Pre-training of Deep Bidirectional Transformers"
                year: 2019
                ---

                We introduce a new language representation model called BERT.

                My notes: masked LM.
                """);
        assertEquals("BERT: Pre-training of Deep Bidirectional Transformers", paper.title());
        assertEquals("", paper.abstractText(), "the reader's own text is never taken for the abstract");
        assertEquals("2019", paper.extra().get("year"));
        assertEquals("We introduce a new language representation model called BERT. My notes: masked LM.",
                Jsoup.parse(paper.noteHtml()).text());
    }

    @Test
    void theNoteIsDatedByItsCreatedKeyAndTitledAfterItsFileUntilItsFolderGathersIt() throws IOException {
        DigestFile note = ReadOneDigest.digest(dir, "BERT.md", """
                ---
                title: BERT
                author: Jacob Devlin, Ming-Wei Chang
                created: 2024-03-05
                ---
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), note.date());
        assertEquals(PaperNote.SHAPE, note.shape());
        assertEquals(List.of("Jacob Devlin", "Ming-Wei Chang"), note.entries().get(0).authors());
    }

    @Test
    void aDigestsOwnFrontMatterKeysKeepTheirMeaning() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "week.md", """
                ---
                title: Reading group, week 4
                date: 2025-01-24
                tags: [reading group]
                ---

                ## First Paper

                An abstract of the first paper.

                ## Second Paper

                An abstract of the second paper.
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));
        assertEquals(2, digest.entries().size());
        assertEquals(Optional.of("Reading group, week 4"), digest.title());
    }

    @Test
    void aPostsTitleAndAuthorOverPaperSectionsIsTheDigestItWasNotAPaperNote() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "week.md", """
                ---
                title: Reading group, week 5
                author: Jane Doe
                year: 2025
                ---

                ## First Paper

                An abstract of the first paper.

                ## Second Paper

                An abstract of the second paper.
                """, DigestProblems.lenient(w -> { }));
        assertEquals(List.of("First Paper", "Second Paper"), digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(Optional.of("Reading group, week 5"), digest.title());
    }

    @Test
    void aFrontMatterThatNamesAPaperOverPaperSectionsWithMetadataIsAmbiguousAndNamesBothReadings()
            throws IOException {
        List<String> problems = new ArrayList<>();
        DigestProblems collect = new DigestProblems() {
            @Override
            public void report(DigestException problem) {
                problems.add(problem.getMessage());
            }

            @Override
            public void warn(DigestException notice) {
            }

            @Override
            public boolean stopsOnProblem() {
                return true;
            }
        };
        ReadOneDigest.digest(dir, "week.md", """
                ---
                title: Reading group, week 4
                doi: 10.1000/week4
                ---

                ## Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414
                - code: https://github.com/zhuangshaobin/Vlogger

                In this work, we present Vlogger.

                ## MagicVideo

                - arxiv: 2211.11018

                We present an efficient text-to-video generation framework.
                """, collect);
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0);
        assertTrue(message.startsWith("week.md:2:"), message);
        assertTrue(message.contains("one paper \"Reading group, week 4\""), message);
        assertTrue(message.contains("2 papers"), message);
        assertTrue(message.contains("\"Vlogger: Make Your Dream A Vlog\" (line 6)"), message);
        assertTrue(message.contains("\"MagicVideo\" (line 13)"), message);
    }

    @Test
    void aStrictReadingOfAnAmbiguousNoteStops() {
        assertThrows(DigestException.class, () -> ReadOneDigest.digest(dir, "x.md", """
                ---
                title: X
                doi: 10.1000/x
                ---
                ## A
                - arxiv: 2401.09414

                Abstract A.

                ## B
                - url: https://example.org/b

                Abstract B.
                """, DigestProblems.strict(w -> { })));
    }

    /**
     * A YAML list of names, each family name first ("Vaswani, Ashish"), is put in reading order name by name, as any
     * list of names is ({@link FamilyNamesFirst}): an item whose part before its comma is more than a family name
     * ("Jane Doe, MIT") was turned round into "MIT Jane Doe"; it is kept as written, and said at its key's line.
     */
    @Test
    void aYamlListOfNamesFamilyNameFirstKeepsAnItemThatIsNoFamilyNameFirstAndSaysSo() throws IOException {
        List<String> warnings = new ArrayList<>();
        DigestFile note = ReadOneDigest.digest(dir, "Attention Is All You Need.md", """
                ---
                title: "Attention Is All You Need"
                year: 2017
                authors:
                  - Vaswani, Ashish
                  - Jane Doe, MIT
                url: https://arxiv.org/abs/1706.03762
                ---

                The dominant sequence transduction models are based on complex recurrent networks.
                """, DigestProblems.strict(w -> warnings.add(w.getMessage())));

        assertEquals(List.of("Ashish Vaswani", "Jane Doe, MIT"), note.entries().get(0).authors());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Attention Is All You Need.md:4: the names mix two shapes"), warnings.get(0));
        assertTrue(warnings.get(0).contains("'Jane Doe, MIT' is kept as written"), warnings.get(0));
    }
}
