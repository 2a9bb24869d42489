package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's arXiv id from a link to arXiv in the digest's free text: the link must be the paper's own (on its title,
 * labelled as its paper or PDF, alone on its item's line, in a link field), never one its text cites another paper
 * by ("builds on https://arxiv.org/abs/1706.03762"). Two links that name two papers give none, and a link that
 * contradicts the paper's stated id leaves it as stated; both are said, naming the file and line.
 */
class ArxivIdFromLinksTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    // ---------------------------------------------------------------------------------------------
    // Markdown

    @Test
    void aListItemOfATitleAndABareArxivAddressIsThatPaper() throws IOException {
        DigestFile digest = read("list.md", """
                # Reading

                - Folding Towels with Diffusion Policies — https://arxiv.org/abs/2401.01234
                - Pairing Socks End to End: https://arxiv.org/pdf/2401.05678v2
                - **Ironing Shirts** <https://arxiv.org/abs/2401.07777>
                """);

        assertEquals(List.of("Folding Towels with Diffusion Policies", "Pairing Socks End to End", "Ironing Shirts"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(Optional.of("2401.01234"), digest.entries().get(0).arxivId());
        assertEquals(Optional.of("2401.05678"), digest.entries().get(1).arxivId());
        assertEquals(Optional.of("2401.07777"), digest.entries().get(2).arxivId());
        assertEquals(List.of(), warnings);
    }

    /**
     * The way a reading group writes a paper down: its heading, its address on the next line, the abstract. The
     * address is the paper's link and gives its id; it is no sentence of the abstract.
     */
    @Test
    void anAddressAloneUnderAPapersHeadingIsItsLinkNotItsAbstract() throws IOException {
        DigestFile digest = read("reading.md", """
                # Reading group, 1 May 2024

                ## Attention Is All You Need
                https://arxiv.org/abs/1706.03762

                The dominant sequence transduction models are based on complex recurrent networks.

                ## BERT: Pre-training of Deep Bidirectional Transformers

                We introduce a new language representation model called BERT.

                https://arxiv.org/abs/1810.04805 https://github.com/google-research/bert

                > Read for next week.
                """);
        PaperEntry attention = digest.entries().get(0);
        assertEquals(Optional.of("1706.03762"), attention.arxivId());
        assertEquals("The dominant sequence transduction models are based on complex recurrent networks.",
                attention.abstractText());
        PaperEntry bert = digest.entries().get(1);
        assertEquals(Optional.of("1810.04805"), bert.arxivId());
        assertEquals("We introduce a new language representation model called BERT.", bert.abstractText());
        assertTrue(bert.links().contains(new Link(LinkKind.CODE, "https://github.com/google-research/bert")),
                bert.links().toString());
        assertEquals(List.of(), warnings);
    }

    /** A section whose only text is an address keeps it as its abstract, as it always did: nothing else could be. */
    @Test
    void anAddressThatIsASectionsOnlyTextStaysItsAbstract() throws IOException {
        DigestFile digest = read("only.md", "## A Paper\n\n\\<https://example.org/a\\>\n");
        assertEquals("<https://example.org/a>", digest.entries().get(0).abstractText());
    }

    @Test
    void aMetadataListOfKeysAndAddressesIsThePapersMetadataNotAListOfPapersTitledByItsKeys() throws IOException {
        PaperEntry paper = only(read("metadata.md", """
                ## Folding Towels with Diffusion Policies

                - url: https://arxiv.org/abs/2401.01234
                - code: https://github.com/example/towels

                We fold towels with diffusion policies, one corner at a time.
                """));

        assertEquals("Folding Towels with Diffusion Policies", paper.title());
        assertEquals(Optional.of("2401.01234"), paper.arxivId());
    }

    @Test
    void aLinkLabelledPaperInAParagraphUnderAPaperHeadingIsThePapersAndNotPartOfItsAbstract() throws IOException {
        PaperEntry paper = only(read("heading.md", """
                ## Folding Towels with Diffusion Policies

                [paper](https://arxiv.org/pdf/2401.01234v2) · [code](https://github.com/example/towels)

                We fold towels with diffusion policies, one corner at a time.
                """));

        assertEquals(Optional.of("2401.01234"), paper.arxivId());
        assertEquals("We fold towels with diffusion policies, one corner at a time.", paper.abstractText());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLabelledAddressAtTheEndOfAnAbstractIsThePapers() throws IOException {
        PaperEntry paper = only(read("labelled.md", """
                ## Folding Towels with Diffusion Policies

                We fold towels with diffusion policies, one corner at a time. arXiv: https://arxiv.org/abs/2401.01234
                """));

        assertEquals(Optional.of("2401.01234"), paper.arxivId());
    }

    @Test
    void aPaperTheAbstractOrTheNoteCitesIsNotThisPaperButItsLinkIsKept() throws IOException {
        PaperEntry paper = only(read("cites.md", """
                ## Folding Towels with Diffusion Policies

                We extend [the Transformer](https://arxiv.org/abs/1706.03762) to towels, as https://arxiv.org/abs/2106.09685 did to weights.

                > Builds on https://arxiv.org/abs/2006.11239 too.
                """));

        assertEquals(Optional.empty(), paper.arxivId());
        assertTrue(paper.links().stream().map(Link::url).toList().contains("https://arxiv.org/abs/1706.03762"),
                paper.links().toString());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anAddressInASentenceOfAListItemIsAnotherPaper() throws IOException {
        PaperEntry paper = only(read("sentence.md", """
                - [Folding Towels with Diffusion Policies](https://towels.github.io) — builds on https://arxiv.org/abs/1706.03762
                """));

        assertEquals("Folding Towels with Diffusion Policies", paper.title());
        assertEquals(Optional.empty(), paper.arxivId());
        assertEquals("builds on https://arxiv.org/abs/1706.03762", paper.extra().get("note"), "the note keeps its address");
        assertEquals(List.of(new Link(LinkKind.PROJECT, "https://towels.github.io"),
                new Link(LinkKind.OTHER, "https://arxiv.org/abs/1706.03762")), paper.links(),
                "the paper it builds on is a link, never its paper page: the citation's address is the paper's own");
        assertEquals(List.of(), warnings);
    }

    @Test
    void twoArxivPapersLinkedAsTheItemsOwnGiveNoIdAndAWarningNamingTheLine() throws IOException {
        PaperEntry paper = only(read("two.md", """
                # Reading

                - **Folding Towels with Diffusion Policies** [[paper](https://arxiv.org/abs/2401.01234)] [[pdf](https://arxiv.org/pdf/2401.05678)]
                """));

        assertEquals(Optional.empty(), paper.arxivId());
        assertEquals(List.of("two.md:3: \"Folding Towels with Diffusion Policies\" links to two arXiv papers as its own,"
                + " 2401.01234 (https://arxiv.org/abs/2401.01234) and 2401.05678 (https://arxiv.org/pdf/2401.05678):"
                + " neither is taken as its arXiv id; give it an 'arxiv:' line, or link the other paper under its name"),
                warnings);
    }

    @Test
    void aLinkThatContradictsTheStatedIdLeavesTheStatedIdWithAWarning() throws IOException {
        PaperEntry paper = only(read("stated.md", """
                ## Folding Towels with Diffusion Policies

                - arxiv: 2401.01234

                We fold towels with diffusion policies. [paper](https://arxiv.org/abs/2401.05678)
                """));

        assertEquals(Optional.of("2401.01234"), paper.arxivId());
        assertEquals(List.of("stated.md:5: \"Folding Towels with Diffusion Policies\" has the arXiv id 2401.01234, but its"
                + " link https://arxiv.org/abs/2401.05678 names 2401.05678; 2401.01234 is used: correct the one that is"
                + " wrong"), warnings);
    }

    @Test
    void aLinkedHeadingsBodyGivesTheIdOfALinkLabelledAsItsPaper() throws IOException {
        PaperEntry paper = only(read("linked.md", """
                ### [Folding Towels with Diffusion Policies](https://towels.github.io)
                *Ada Quill, Bo Lin*

                [[Paper](https://arxiv.org/abs/2401.01234)] [[Code](https://github.com/example/towels)]

                Abstract: We fold towels with diffusion policies, one corner at a time, and we fold them well.
                """));

        assertEquals(Optional.of("2401.01234"), paper.arxivId());
        assertEquals(List.of(), warnings);
    }

    // ---------------------------------------------------------------------------------------------
    // the link fields of other formats

    @Test
    void aBibtexHowpublishedAddressIsTheEntrysLinkAndGivesItsId() throws IOException {
        PaperEntry paper = only(read("howpublished.bib", """
                @misc{quill2024towels,
                  title = {Folding Towels with Diffusion Policies},
                  author = {Quill, Ada},
                  year = {2024},
                  howpublished = {\\url{https://arxiv.org/abs/2401.01234}}
                }
                """));

        assertEquals(Optional.of("2401.01234"), paper.arxivId());
        assertEquals(List.of("https://arxiv.org/abs/2401.01234"), paper.links().stream().map(Link::url).toList());
        assertFalse(paper.extra().containsKey("howpublished"), "the address is the link, not metadata too");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBibtexUrlThatContradictsTheEprintIsSaid() throws IOException {
        PaperEntry paper = only(read("eprint.bib", """
                @misc{quill2024towels,
                  title = {Folding Towels with Diffusion Policies},
                  author = {Quill, Ada},
                  year = {2024},
                  eprint = {2401.05555},
                  archiveprefix = {arXiv},
                  url = {https://arxiv.org/abs/2401.01234}
                }
                """));

        assertEquals(Optional.of("2401.05555"), paper.arxivId(), "the id the entry states");
        assertEquals(List.of("eprint.bib:1: \"Folding Towels with Diffusion Policies\" has the arXiv id 2401.05555, but"
                + " its link https://arxiv.org/abs/2401.01234 names 2401.01234; 2401.05555 is used: correct the one that"
                + " is wrong"), warnings);
    }

    @Test
    void aSpreadsheetsLinkColumnGivesTheIdAndAnotherColumnsAddressDoesNot() throws IOException {
        DigestFile sheet = read("sheet.csv", """
                Title,Link,Builds on
                Folding Towels,https://arxiv.org/abs/2401.01234,https://arxiv.org/abs/1706.03762
                Pairing Socks,,https://arxiv.org/abs/1706.03762
                """);

        assertEquals(Optional.of("2401.01234"), sheet.entries().get(0).arxivId());
        assertEquals(Optional.empty(), sheet.entries().get(1).arxivId(), "the paper it builds on is another");
        assertEquals(List.of(), warnings);
    }

    @Test
    void risLinksToTwoArxivPapersGiveNoIdAndAWarning() throws IOException {
        PaperEntry paper = only(read("two.ris", """
                TY  - JOUR
                TI  - Folding Towels with Diffusion Policies
                AU  - Quill, Ada
                PY  - 2024
                UR  - https://arxiv.org/abs/2401.01234
                L1  - https://arxiv.org/pdf/2401.05678
                ER  -\s
                """));

        assertEquals(Optional.empty(), paper.arxivId());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("two.ris:6: \"Folding Towels with Diffusion Policies\" links to two arXiv"
                + " papers as its own"), warnings.get(0));
    }

    @Test
    void aCslUrlToArxivGivesTheIdAndOneThatContradictsItsNoteIsSaid() throws IOException {
        DigestFile csl = read("items.json", """
                [{"id": "a", "type": "article", "title": "Folding Towels", "URL": "https://arxiv.org/abs/2401.01234",
                  "issued": {"date-parts": [[2024]]}},
                 {"id": "b", "type": "article", "title": "Pairing Socks", "URL": "https://arxiv.org/abs/2401.05678",
                  "note": "arXiv: 2401.05555", "issued": {"date-parts": [[2024]]}}]
                """);

        assertEquals(Optional.of("2401.01234"), csl.entries().get(0).arxivId());
        assertEquals(Optional.of("2401.05555"), csl.entries().get(1).arxivId());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("\"Pairing Socks\" has the arXiv id 2401.05555, but its link"
                + " https://arxiv.org/abs/2401.05678 names 2401.05678"), warnings.get(0));
    }

    // ---------------------------------------------------------------------------------------------
    // An arXiv id a venue names ("arXiv:1810.04805 [cs]", Zotero's) or a citation field gives

    /**
     * A venue that cites an arXiv paper other than the one the entry's id names was dropped without a word, whichever
     * came first (a field read after it took its place silently). Either way the field's id is used, and a warning
     * names both, with what gave each.
     */
    @Test
    void aVenueThatNamesAnotherArxivPaperThanTheEntrysIdIsSaid() throws IOException {
        PaperEntry idFirst = only(read("id-first.md", """
                ## Attention Is All You Need

                - arxiv: 1706.03762
                - venue: arXiv:1810.04805 [cs]

                The dominant sequence transduction models are based on complex recurrent networks.
                """));
        assertEquals(Optional.of("1706.03762"), idFirst.arxivId());
        assertEquals(Optional.empty(), idFirst.venue());
        assertEquals(List.of("id-first.md:4: two arXiv ids for one paper, 1706.03762 (line 3) and 1810.04805 (the venue"
                + " 'arXiv:1810.04805 [cs]', line 4); 1706.03762 is used: correct the one that is wrong"), warnings);

        warnings.clear();
        PaperEntry venueFirst = only(read("venue-first.md", """
                ## Attention Is All You Need

                - venue: arXiv:1810.04805 [cs]
                - arxiv: 1706.03762v5

                The dominant sequence transduction models are based on complex recurrent networks.
                """));
        assertEquals(Optional.of("1706.03762"), venueFirst.arxivId());
        assertEquals(List.of("venue-first.md:4: two arXiv ids for one paper, 1810.04805 (the venue 'arXiv:1810.04805"
                + " [cs]', line 3) and 1706.03762 ('1706.03762v5', line 4); 1706.03762 is used: correct the one that is"
                + " wrong"), warnings);
    }

    /** The same id, with or without its version, in both places is no disagreement. */
    @Test
    void aVenueThatNamesThePapersOwnIdSaysNothing() throws IOException {
        PaperEntry paper = only(read("same.md", """
                ## Attention Is All You Need

                - arxiv: 1706.03762
                - venue: arXiv:1706.03762v5 [cs]

                The dominant sequence transduction models are based on complex recurrent networks.
                """));
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
        assertEquals(List.of(), warnings);
    }

    /** Google Scholar's journal citing one paper and an eprint field naming another: the eprint's is used, and said. */
    @Test
    void aBibTexJournalThatCitesAnotherArxivPaperThanItsEprintIsSaid() throws IOException {
        PaperEntry paper = only(read("scholar.bib", """
                @article{vaswani2017attention,
                  title = {Attention Is All You Need},
                  author = {Vaswani, Ashish and Shazeer, Noam},
                  journal = {arXiv preprint arXiv:1810.04805},
                  eprint = {1706.03762},
                  archiveprefix = {arXiv},
                  year = {2017}
                }
                """));
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("scholar.bib:1: two arXiv ids for one paper, 1810.04805"), warnings.get(0));
        assertTrue(warnings.get(0).contains("1706.03762 is used"), warnings.get(0));
    }

    /**
     * Google Scholar cites a paper of an old-style id without "arXiv:" ("arXiv preprint math/0211159"), Semantic
     * Scholar as an article in "ArXiv" of volume "abs/1810.04805": each is that preprint, where the first was cited as
     * an article in the journal "arXiv preprint math/0211159" and the second had no id and a volume "abs/1810.04805".
     */
    @Test
    void googleScholarsOldStyleIdAndSemanticScholarsVolumeAreThePapersArxivId() throws IOException {
        DigestFile digest = read("scholar.bib", """
                @article{perelman2002entropy,
                  title={The entropy formula for the Ricci flow and its geometric applications},
                  author={Perelman, Grisha},
                  journal={arXiv preprint math/0211159},
                  year={2002}
                }
                @article{Devlin2019BERTPO,
                  title={BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding},
                  author={Jacob Devlin and Ming-Wei Chang},
                  journal={ArXiv},
                  year={2019},
                  volume={abs/1810.04805}
                }
                """);
        PaperEntry perelman = digest.entries().get(0);
        assertEquals(Optional.of("math/0211159"), perelman.arxivId());
        assertEquals(Optional.empty(), perelman.venue());
        PaperEntry bert = digest.entries().get(1);
        assertEquals(Optional.of("1810.04805"), bert.arxivId());
        assertEquals(Optional.empty(), bert.venue());
        assertEquals(null, bert.extra().get("volume"), "the id is no volume");
        assertEquals(List.of(), warnings);
    }

    private DigestFile read(String name, String text) throws IOException {
        return ReadOneDigest.digest(dir, name, text, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static PaperEntry only(DigestFile digest) {
        assertEquals(1, digest.entries().size(), () -> digest.entries().stream().map(PaperEntry::title).toList().toString());
        return digest.entries().get(0);
    }
}
