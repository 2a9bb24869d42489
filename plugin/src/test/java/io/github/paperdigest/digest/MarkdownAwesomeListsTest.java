package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper lists of GitHub's awesome lists: each item a paper, whatever its shape sets apart with bold, italics,
 * code or parentheses. The title is the paper's, never its short name or its venue; the venue and its year are the
 * paper's venue and year; "[[paper](url)]" and "[[code](url)]" are its links. An item whose title cannot be told is
 * said, never read with a guessed title.
 */
class MarkdownAwesomeListsTest {

    @TempDir
    Path dir;

    @Test
    void aYearFirstThenABoldTitleThenItalicAuthors() throws IOException {
        PaperEntry paper = only("""
                ## Models

                - [2024] **Folding Towels with Diffusion Policies** *Ada Quill et al.* [[paper](https://arxiv.org/abs/2401.07001)]
                """);
        assertEquals("Folding Towels with Diffusion Policies", paper.title());
        assertEquals(List.of("Ada Quill"), paper.authors());
        assertEquals("2024", paper.extra().get("year"));
        assertEquals(Optional.empty(), paper.venue());
        assertEquals(Optional.of("2401.07001"), paper.arxivId());
        assertEquals("Models", paper.section());
    }

    /**
     * A plain title before its own link in brackets, named for the paper (LLM-multiagent-papers' README): the list
     * stopped a strict build, "in no shape read as papers", and asked to rewrite every item.
     */
    @Test
    void aPlainTitleBeforeItsBracketedPaperLink() throws IOException {
        DigestFile digest = strict("agents.md", """
                ## Evaluation
                1. Theory Of Mind For Multi-agent Collaboration Via Large Language Models [[paper]](https://arxiv.org/pdf/2310.10701.pdf)
                2. Evaluating Large Language Models at Evaluating Instruction Following [[paper]](https://openreview.net/forum?id=tr0KidwPLc)
                3. AgentCF: Collaborative Learning with Autonomous Language Agents for Recommender Systems [[paper](https://arxiv.org/abs/2310.09233)] [[code](https://github.com/a/b)]
                """);

        assertEquals(List.of("Theory Of Mind For Multi-agent Collaboration Via Large Language Models",
                "Evaluating Large Language Models at Evaluating Instruction Following",
                "AgentCF: Collaborative Learning with Autonomous Language Agents for Recommender Systems"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of(Optional.of("2310.10701"), Optional.empty(), Optional.of("2310.09233")),
                digest.entries().stream().map(PaperEntry::arxivId).toList());
    }

    /** A sentence's word linked is no paper's own link, bracketed or not; a date and an affiliation are no title. */
    @Test
    void aShortSentenceBeforeALinkedWordIsNoTitle() throws IOException {
        List<String> said = new ArrayList<>();
        DigestFile digest = lenient("notes.md", """
                ## Reading
                - Read the [[paper](https://arxiv.org/abs/2310.09233)]
                - More on this in the [[paper](https://arxiv.org/abs/2310.09235)]
                - [2023/01] Blind Judgement: Agent-Based Supreme Court Modelling With GPT. (McGill University) [[paper](https://arxiv.org/abs/2301.05327)]
                - See the [paper](https://arxiv.org/abs/2310.09234) first
                - **Folding Towels with Diffusion Policies** [[paper](https://arxiv.org/abs/2401.07001)]
                """, said);

        assertEquals(List.of(), digest.entries().stream().map(PaperEntry::title).toList(), said.toString());
        DigestFile dated = lenient("dated.md", """
                ## Simulation
                1. [2023/01] Blind Judgement: Agent-Based Supreme Court Modelling With GPT. (McGill University) [[paper](https://arxiv.org/abs/2301.05327)]
                2. [2023/03] DERA: Enhancing Large Language Model Completions with Dialog-Enabled Resolving Agents. (Curai) [[paper](https://arxiv.org/abs/2303.17071)]
                """, said);
        assertEquals(List.of(), dated.entries().stream().map(PaperEntry::title).toList(), "no title with its date and"
                + " affiliation");
    }

    /** A reading list's "who and where" in parentheses or after a dash, with no full stop between the two. */
    @Test
    void namesThenAVenueAfterTheLastCommaAreTheAuthorsAndTheVenue() throws IOException {
        DigestFile digest = strict("reading.md", """
                # Our reading list

                1. **Denoising Diffusion Probabilistic Models** (Ho, Jain, Abbeel, NeurIPS 2020) [arXiv](https://arxiv.org/abs/2006.11239)
                2. **High-Resolution Image Synthesis with Latent Diffusion Models** (Rombach et al., CVPR 2022) [paper](https://arxiv.org/abs/2112.10752)
                3. **Scalable Diffusion Models with Transformers** — Peebles & Xie, ICCV 2023. https://arxiv.org/abs/2212.09748
                """);
        PaperEntry ddpm = digest.entries().get(0);
        assertEquals(List.of("Ho", "Jain", "Abbeel"), ddpm.authors());
        assertEquals(Optional.of("NeurIPS 2020"), ddpm.venue());
        PaperEntry ldm = digest.entries().get(1);
        assertEquals(List.of("Rombach"), ldm.authors(), "et al. names nobody");
        assertEquals(Optional.of("CVPR 2022"), ldm.venue());
        PaperEntry dit = digest.entries().get(2);
        assertEquals(List.of("Peebles", "Xie"), dit.authors());
        assertEquals(Optional.of("ICCV 2023"), dit.venue());
        assertEquals(Optional.of("2212.09748"), dit.arxivId());
    }

    /** An awesome list's categories, each an item over the papers nested under it: each paper in its category. */
    @Test
    void papersNestedUnderACategoryItemAreReadEachInItsCategory() throws IOException {
        DigestFile digest = strict("awesome.md", """
                # Awesome Video Generation

                - **Diffusion models**
                  - [Video Diffusion Models](https://arxiv.org/abs/2204.03458) - Jonathan Ho, Tim Salimans. NeurIPS, 2022.
                  - [Imagen Video: High Definition Video Generation with Diffusion Models](https://arxiv.org/abs/2210.02303)
                    - Jonathan Ho. arXiv, 2022.
                - Transformers:
                  - [Phenaki: Variable Length Video Generation](https://arxiv.org/abs/2210.02399) - Ruben Villegas. ICLR, 2023.
                - [Make-A-Video: Text-to-Video Generation without Text-Video Data](https://arxiv.org/abs/2209.14792)
                  - a nested note under a paper is no paper
                """);
        assertEquals(List.of("Video Diffusion Models",
                "Imagen Video: High Definition Video Generation with Diffusion Models",
                "Phenaki: Variable Length Video Generation",
                "Make-A-Video: Text-to-Video Generation without Text-Video Data"), titles(digest));
        assertEquals(List.of("Diffusion models", "Diffusion models", "Transformers", ""),
                digest.entries().stream().map(PaperEntry::section).toList());
        assertEquals(List.of("Jonathan Ho", "Tim Salimans"), digest.entries().get(0).authors());
        assertEquals(Optional.of("2210.02399"), digest.entries().get(2).arxivId());
    }

    @Test
    void aBoldShortNameThenTheQuotedTitleThenAnItalicArxivDate() throws IOException {
        PaperEntry paper = only("""
                ## Models

                * **TowelNet**: "TowelNet: A Vision-Language-Action Model for Laundry", *arXiv, Jun 2024*. [[Paper](https://arxiv.org/abs/2406.07002)] [[Code](https://github.com/example/towelnet)]
                """);
        assertEquals("TowelNet: A Vision-Language-Action Model for Laundry", paper.title(), "the quoted title, not the name");
        assertEquals("TowelNet", paper.extra().get("short name"));
        assertEquals(Optional.empty(), paper.venue(), "arXiv names no venue");
        assertEquals("2024-06", paper.extra().get("year"));
        assertTrue(paper.links().contains(new Link(LinkKind.CODE, "https://github.com/example/towelnet")), paper.links().toString());
    }

    @Test
    void aCodeShortNameThenABoldTitleWithItsLinkOnTheNextLine() throws IOException {
        PaperEntry paper = only("""
                ## Models

                - `SOCK-E` **Pairing Socks End to End**
                  [[Paper](https://arxiv.org/abs/2501.07003)]
                """);
        assertEquals("Pairing Socks End to End", paper.title());
        assertEquals("SOCK-E", paper.extra().get("short name"));
        assertEquals(Optional.of("2501.07003"), paper.arxivId());
    }

    @Test
    void aVenueInBoldThatLeadsIsTheVenueAndTheTextAfterItTheTitle() throws IOException {
        PaperEntry paper = only("""
                ## Video

                - **CVPR 2024** Ironing Shirts from Video [[paper](https://arxiv.org/abs/2401.07011)]
                """);
        assertEquals("Ironing Shirts from Video", paper.title(), "never the venue");
        assertEquals(Optional.of("CVPR 2024"), paper.venue());
        assertEquals("2024", paper.extra().get("year"));
    }

    @Test
    void aLeadingVenueInBracketsInsideOrOutsideTheBoldIsTheVenueToo() throws IOException {
        DigestFile digest = strict("list.md", """
                ## Video

                - **[ICLR 2024]**: Hanging Coats with Motion Priors [[paper](https://arxiv.org/abs/2401.07012)]
                - [**NeurIPS 2023**] Stacking Plates by Diffusion [[paper](https://arxiv.org/abs/2401.07013)]
                """);
        assertEquals(List.of("Hanging Coats with Motion Priors", "Stacking Plates by Diffusion"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of(Optional.of("ICLR 2024"), Optional.of("NeurIPS 2023")),
                digest.entries().stream().map(PaperEntry::venue).toList());
    }

    @Test
    void aPlainTitleThenTheVenueAndYearInBold() throws IOException {
        PaperEntry paper = only("""
                ## Benchmarks

                * Sorting Laundry at Scale: A Benchmark, **ICML, 2024**. [[Paper](https://arxiv.org/pdf/2406.07004)]
                """);
        assertEquals("Sorting Laundry at Scale: A Benchmark", paper.title(), "the bold venue is never the title");
        assertEquals(Optional.of("ICML, 2024"), paper.venue());
        assertEquals("2024", paper.extra().get("year"));
        assertEquals(Optional.of("2406.07004"), paper.arxivId());
    }

    @Test
    void aVenueInParenthesesFirstThenThePlainTitle() throws IOException {
        DigestFile digest = strict("chores.md", """
                ## Chores

                - (*ACL'24*) Talking Robots Through Chores [[paper](https://arxiv.org/abs/2404.07005)][[code](https://github.com/example/chores)]
                - (*arXiv 2023.08*) Ironing Shirts by Reasoning on Graphs [[paper](https://arxiv.org/abs/2308.07006)]
                """);
        PaperEntry acl = digest.entries().get(0);
        assertEquals("Talking Robots Through Chores", acl.title());
        assertEquals(Optional.of("ACL'24"), acl.venue());
        assertEquals("2024", acl.extra().get("year"));
        assertEquals(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2404.07005"),
                new Link(LinkKind.CODE, "https://github.com/example/chores")), acl.links());
        PaperEntry arxiv = digest.entries().get(1);
        assertEquals("Ironing Shirts by Reasoning on Graphs", arxiv.title());
        assertEquals(Optional.empty(), arxiv.venue());
        assertEquals("2023-08", arxiv.extra().get("year"));
    }

    @Test
    void aPlainTitleThenTheVenueInBoldParentheses() throws IOException {
        PaperEntry paper = only("""
                ## Dishes

                - Dishwashers That Learn Continually (**CVPR 2024**) [[paper](https://arxiv.org/abs/2403.07007 )] [[code](https://github.com/example/dishes)]
                """);
        assertEquals("Dishwashers That Learn Continually", paper.title());
        assertEquals(Optional.of("CVPR 2024"), paper.venue());
        assertEquals("2024", paper.extra().get("year"));
        assertTrue(paper.links().contains(new Link(LinkKind.CODE, "https://github.com/example/dishes")));
    }

    /** As showlab's Awesome Video Diffusion writes its items: the linked title, then "(Venue, Year)", badges under it. */
    @Test
    void aVenueAndYearInParenthesesAfterALinkedTitleAreReadWholeWithoutTheParentheses() throws IOException {
        PaperEntry paper = only("""
                ## Evaluation

                + [Folding Towels with Diffusion Policies](https://arxiv.org/abs/2312.07001) (CVPR, 2024)
                  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2312.07001)
                  [![Website](https://img.shields.io/badge/Website-9cf)](https://towels.example.org/)
                """);
        assertEquals("Folding Towels with Diffusion Policies", paper.title());
        assertEquals(Optional.of("CVPR, 2024"), paper.venue(), "never \"(CVPR, 2024\"");
        assertEquals("2024", paper.extra().get("year"));
        assertEquals(Optional.of("2312.07001"), paper.arxivId());
    }

    /** "(Nov., 2023)" says when the paper came out, to the month: no journal is named "Nov., 2023". */
    @Test
    void aMonthAndYearInParenthesesIsThePapersDateNeverItsVenue() throws IOException {
        DigestFile digest = strict("benchmarks.md", """
                ## Benchmarks

                + [Folding Towels with Diffusion Policies](https://arxiv.org/abs/2311.07001) (Nov., 2023)
                + [Pairing Socks End to End](https://arxiv.org/abs/2403.07002) (May., 2024)
                + [Sorting Laundry at Scale](https://arxiv.org/abs/2309.07003) (September 2023)
                + [Ironing Shirts from Video](https://arxiv.org/abs/2310.07004) (Oct 2023)
                """);
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                digest.entries().stream().map(PaperEntry::venue).toList());
        assertEquals(List.of("2023-11", "2024-05", "2023-09", "2023-10"),
                digest.entries().stream().map(p -> p.extra().getOrDefault("year", "")).toList());
    }

    /** What follows the title keeps its own brackets: the pair around a venue's note, never one of them alone. */
    @Test
    void aVenueIsNeverLeftWithAnOpenBracket() throws IOException {
        DigestFile digest = strict("venues.md", """
                ## Models

                - [Folding Towels with Diffusion Policies](https://arxiv.org/abs/2401.07001) - Ada Quill. ICLR 2024 (Oral)
                - [Pairing Socks End to End](https://arxiv.org/abs/2401.07002) - Ben Fold. NeurIPS, 2023. ([code](https://github.com/example/socks))
                """);
        assertEquals(List.of(Optional.of("ICLR 2024 (Oral)"), Optional.of("NeurIPS, 2023")),
                digest.entries().stream().map(PaperEntry::venue).toList());
        assertEquals(List.of("Ada Quill"), digest.entries().get(0).authors());
    }

    @Test
    void anItemWithAPlainAndABoldTextThatIsNoVenueIsNotGuessedAndStopsTheStrictBuild() throws IOException {
        String text = """
                ## Models

                - **Folding Towels with Diffusion Policies** [[paper](https://arxiv.org/abs/2401.07001)]
                - Pairing Socks End to End **A Survey of Laundry Robots** [[paper](https://arxiv.org/abs/2501.07003)]
                """;
        DigestException e = assertThrows(DigestException.class, () -> strict("unsure.md", text));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("is not read as a paper: it has a plain text, \"Pairing Socks End to End\","
                + " and a bold one, \"A Survey of Laundry Robots\""), e.getMessage());
    }

    @Test
    void twoQuotedTitlesAfterABoldNameAreNotGuessed() throws IOException {
        List<String> said = new ArrayList<>();
        DigestFile digest = lenient("quotes.md", """
                ## Models

                * **TowelNet**: "TowelNet: Folding", "TowelNet 2: Folding Faster", *arXiv, Jun 2024*. [[Paper](https://arxiv.org/abs/2406.07002)]
                * **SockNet**: "SockNet: Pairing Socks", *arXiv, May 2024*. [[Paper](https://arxiv.org/abs/2405.07002)]
                """, said);
        assertEquals(List.of("SockNet: Pairing Socks"), titles(digest));
        assertTrue(said.stream().anyMatch(m -> m.startsWith("quotes.md:3:") && m.contains("two quoted texts")), said.toString());
    }

    @Test
    void anItemOfAListOfPapersWhoseTitleCannotBeToldIsSaid() throws IOException {
        List<String> said = new ArrayList<>();
        DigestFile digest = lenient("plain.md", """
                ## Chores

                - (*ACL'24*) Talking Robots Through Chores [[paper](https://arxiv.org/abs/2404.07005)]
                - (*ACL'24*) Washing Up Without Breaking Plates [[paper](https://arxiv.org/abs/2404.07006)]
                - Ironing Shirts by Reasoning on Graphs, see [paper](https://arxiv.org/abs/2308.07006)
                """, said);
        assertEquals(2, digest.entries().size());
        assertTrue(said.stream().anyMatch(m -> m.startsWith("plain.md:5:") && m.contains("links to a paper")), said.toString());
    }

    @Test
    void headingsOverListsOfUnreadLinkedItemsAreNotTakenForPapersWithoutAbstracts() throws IOException {
        String text = """
                # Awesome Laundry

                ## Models

                - *Folding Towels with Diffusion Policies* [[paper](https://arxiv.org/abs/2401.07001)]
                - *Pairing Socks End to End* [[paper](https://arxiv.org/abs/2501.07003)]
                """;
        DigestException e = assertThrows(DigestException.class, () -> strict("unread.md", text));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("the list under \"Models\" links to 2 papers, but its items are in no shape"
                + " read as papers"), e.getMessage());
        assertTrue(!e.getMessage().contains("has no abstract"), "no abstract is asked for: " + e.getMessage());
    }

    @Test
    void anAwesomeListOfEveryShapeGivesItsPapersWithTitlesVenuesYearsAndLinks() throws IOException {
        DigestFile digest = fixture("awesome-list-shapes.md");
        assertEquals(Optional.of("Awesome Invented Robots"), digest.title());
        assertEquals(List.of("Folding Towels with Diffusion Policies",
                "TowelNet: A Vision-Language-Action Model for Laundry", "Pairing Socks End to End",
                "Sorting Laundry at Scale: A Benchmark", "Talking Robots Through Chores",
                "Ironing Shirts by Reasoning on Graphs", "Dishwashers That Learn Continually"), titles(digest));
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ICML, 2024"),
                Optional.of("ACL'24"), Optional.empty(), Optional.of("CVPR 2024")),
                digest.entries().stream().map(PaperEntry::venue).toList());
        assertEquals(List.of("2024", "2024-06", "", "2024", "2024", "2023-08", "2024"),
                digest.entries().stream().map(p -> p.extra().getOrDefault("year", "")).toList());
        assertEquals(List.of("2401.07001", "2406.07002", "2501.07003", "2406.07004", "2404.07005", "2308.07006",
                "2403.07007"), digest.entries().stream().map(p -> p.arxivId().orElse("")).toList());
        assertEquals(List.of("Models", "Models", "Models", "Benchmarks", "Benchmarks", "Benchmarks", "Benchmarks"),
                digest.entries().stream().map(PaperEntry::section).toList());
        assertEquals("list items: 7, 2 sections", digest.shape());
    }

    /**
     * An item written over lines that Markdown's line breaks set apart (a backslash ending a line, or {@code <br>}):
     * each line a field, the title's first, then the authors in italics, the venue with its year, the date.
     */
    @Test
    void anItemBrokenIntoLinesGivesAFieldALine() throws IOException {
        DigestFile digest = strict("awesome.md", """
                ## Surveys

                - **An Overview of Multi-Task Learning in Deep Neural Networks** \\
                *Ada Quill* \\
                arXiv 2017. [[Paper](https://arxiv.org/abs/1706.05098)] \\
                Jun 15, 2017

                - **A Brief Review on Multi-Task Learning** [[Paper](https://link.springer.com/article/10.1007/s11042-018-6463-x)] \\
                *Kim-Han Thung, Chong-Yaw Wee* \\
                Multimedia Tools and Applications 2018. \\
                Aug 08, 2018

                - **A Survey on Multi-Task Learning** \\
                *Yu Zhang and Qiang Yang*
                IEEE Transactions on Knowledge and Data Engineering 2022. [[Paper](https://ieeexplore.ieee.org/abstract/document/9392366)] \\
                March 31, 2021
                """);
        PaperEntry overview = digest.entries().get(0);
        assertEquals("An Overview of Multi-Task Learning in Deep Neural Networks", overview.title());
        assertEquals(List.of("Ada Quill"), overview.authors());
        assertEquals(Optional.empty(), overview.venue(), "arXiv names no venue");
        assertEquals(Optional.of(java.time.LocalDate.of(2017, 6, 15)), overview.published());
        assertEquals(Optional.of("1706.05098"), overview.arxivId());
        PaperEntry review = digest.entries().get(1);
        assertEquals(List.of("Kim-Han Thung", "Chong-Yaw Wee"), review.authors());
        assertEquals(Optional.of("Multimedia Tools and Applications 2018"), review.venue());
        assertEquals("2018", review.extra().get("year"));
        PaperEntry survey = digest.entries().get(2);
        assertEquals(List.of("Yu Zhang", "Qiang Yang"), survey.authors(), "a line wrapped without a break still ends the authors' italics");
        assertEquals(Optional.of("IEEE Transactions on Knowledge and Data Engineering 2022"), survey.venue());
        assertEquals("2022", survey.extra().get("year"), "the venue's year is the citation's");
        assertEquals(Optional.of(java.time.LocalDate.of(2021, 3, 31)), survey.published());
        digest.entries().forEach(p -> assertTrue(p.extra().values().stream().noneMatch(v -> v.contains("\\")),
                p.extra().toString()));
    }

    @Test
    void htmlLineBreaksWithinAnItemSetItsFieldsApartToo() throws IOException {
        PaperEntry paper = only("""
                ## Models

                - **Folding Towels with Diffusion Policies**<br>*Ada Quill, Ben Stone*<br/>CVPR 2024 [[paper](https://arxiv.org/abs/2401.07001)]<br>Trained on one robot only.
                """);
        assertEquals("Folding Towels with Diffusion Policies", paper.title());
        assertEquals(List.of("Ada Quill", "Ben Stone"), paper.authors());
        assertEquals(Optional.of("CVPR 2024"), paper.venue());
        assertEquals("Trained on one robot only", paper.extra().get("note"), "a line no field explains is kept");
    }

    @Test
    void namesWrittenPlainlyOnABrokenLineAreTheAuthorsAndProseAfterABreakStaysOneNote() throws IOException {
        DigestFile digest = strict("awesome.md", """
                ## Diffusion

                - **Denoising Diffusion Probabilistic Models** <br> Jonathan Ho, Ajay Jain, Pieter Abbeel <br> NeurIPS 2020 [[Paper](https://arxiv.org/abs/2006.11239)]
                - **Folding Towels with Diffusion Policies** <br> *Ada Quill* <br> Trained on one robot only.<br>It folds three towels a minute.
                  [[paper](https://arxiv.org/abs/2401.07001)]
                """);
        PaperEntry ddpm = digest.entries().get(0);
        assertEquals(List.of("Jonathan Ho", "Ajay Jain", "Pieter Abbeel"), ddpm.authors());
        assertEquals(Optional.of("NeurIPS 2020"), ddpm.venue());
        assertEquals("Trained on one robot only. It folds three towels a minute",
                digest.entries().get(1).extra().get("note"));
    }

    private PaperEntry only(String content) throws IOException {
        return ReadOneDigest.onlyPaper(dir, "list.md", content);
    }

    private DigestFile strict(String name, String content) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        }));
    }

    private DigestFile lenient(String name, String content, List<String> said) throws IOException {
        return ReadOneDigest.digest(dir, name, content, DigestProblems.lenient(w -> said.add(w.getMessage())));
    }

    private DigestFile fixture(String name) throws IOException {
        try (InputStream in = MarkdownAwesomeListsTest.class.getResourceAsStream("/digests/formats/" + name)) {
            return strict(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> titles(DigestFile digest) {
        return digest.entries().stream().map(PaperEntry::title).toList();
    }
}
