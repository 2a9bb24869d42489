package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Papers of Markdown digests linked to whatever page their curator chose (a project page, GitHub, alphaXiv,
 * Hugging Face, OpenReview): every one is read, its link kept as a link of its kind, and the arXiv id taken
 * from any page that names it.
 */
class MarkdownLinkedPapersTest {

    private static final MarkdownDigestReader READER = new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()),
            new LinkFinder(), new LinkClassifier());

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aDigestMixingArxivLinkedHeadingsWithOtherLinkedHeadingsReadsThemAll() throws IOException {
        DigestFile digest = read("2025-05-09-club.md", """
                # Club 9 May

                ### [Paper With Arxiv Link Heading](https://arxiv.org/abs/2401.00021)
                *Alice A, Bob B*

                Abstract: First abstract is here and it is long enough.

                ### [Paper With Project Page Heading](https://videodepthanything.github.io)
                *Carol C*

                Abstract: Second abstract for a paper linked to its project page.

                ### [Paper With OpenReview Heading](https://openreview.net/forum?id=abc123XYZ)
                *Dan D*

                Abstract: Third abstract for a paper linked to OpenReview.

                ### [Paper With Alphaxiv Heading](https://www.alphaxiv.org/abs/2501.12375)

                Abstract: Fourth abstract for a paper linked to alphaxiv.

                ### [Paper With Only A Code Link](https://github.com/org/repo)
                """);
        assertEquals(List.of("Paper With Arxiv Link Heading", "Paper With Project Page Heading",
                "Paper With OpenReview Heading", "Paper With Alphaxiv Heading", "Paper With Only A Code Link"),
                titles(digest));
        PaperEntry project = digest.entries().get(1);
        assertEquals(List.of(new Link(LinkKind.PROJECT, "https://videodepthanything.github.io")), project.links());
        assertEquals(List.of("Carol C"), project.authors());
        assertEquals("Second abstract for a paper linked to its project page.", project.abstractText());
        assertEquals(List.of(new Link(LinkKind.PAPER, "https://openreview.net/forum?id=abc123XYZ")),
                digest.entries().get(2).links());
        assertEquals(Optional.of("2501.12375"), digest.entries().get(3).arxivId());
        assertEquals(List.of(new Link(LinkKind.CODE, "https://github.com/org/repo")), digest.entries().get(4).links(),
                "a heading of the digest's linked-heading level is a paper, whatever its link");
        assertEquals("linked headings: 5", digest.shape());
        assertEquals(List.of(), warnings);
    }

    @Test
    void headingsLinkedToProjectPagesAreReadAsPapersByTheirAuthorLineAndAbstract() throws IOException {
        DigestFile digest = read("club.md", """
                ## [Video Depth Anything](https://videodepthanything.github.io)
                *Sili Chen, Hengkai Guo*

                Abstract: Depth Anything has achieved remarkable success in monocular depth estimation.

                ## [Vlogger](https://github.com/zhuangshaobin/Vlogger)

                Authors: Shaobin Zhuang, Kunchang Li

                Abstract: In this work, we present Vlogger, a generic AI system.
                """);
        assertEquals(List.of("Video Depth Anything", "Vlogger"), titles(digest));
        assertEquals(List.of(new Link(LinkKind.CODE, "https://github.com/zhuangshaobin/Vlogger")),
                digest.entries().get(1).links());
        assertEquals(List.of("Shaobin Zhuang", "Kunchang Li"), digest.entries().get(1).authors());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLinkedHeadingThatCannotBeReadAsAPaperStopsTheStrictBuildNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.md"), """
                ### [Vlogger: Make Your Dream A Vlog](https://arxiv.org/abs/2401.09414)
                *Shaobin Zhuang*

                Abstract: In this work, we present Vlogger, a generic AI system.

                ## [Video Depth Anything](https://videodepthanything.github.io)

                Depth Anything has achieved remarkable success.
                """);
        DigestException e = assertThrows(DigestException.class, () -> READER.read(new DigestSource("mixed.md", file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))));
        assertTrue(e.getMessage().startsWith("mixed.md:6: the heading \"Video Depth Anything\" links to"
                + " https://videodepthanything.github.io but is not read as a paper"), e.getMessage());
    }

    @Test
    void aPaperHeadingOfTheRecommendedLayoutKeepsItsLink() throws IOException {
        DigestFile digest = read("week.md", """
                ## [Video Depth Anything](https://videodepthanything.github.io)

                - authors: Sili Chen

                Depth Anything has achieved remarkable success in monocular depth estimation.
                """);
        assertEquals(List.of(new Link(LinkKind.PROJECT, "https://videodepthanything.github.io")),
                digest.entries().get(0).links());
    }

    @Test
    void huggingFaceAndAlphaxivLinksGiveTheArxivIdInEveryLayout() throws IOException {
        DigestFile digest = read("2025-05-02-club.md", """
                ## Video Depth Anything: Consistent Depth Estimation for Super-Long Videos

                - url: https://www.alphaxiv.org/abs/2501.12375

                Depth Anything has achieved remarkable success in monocular depth estimation.

                ## CG-Bench: Clue-grounded Question Answering Benchmark for Long Video Understanding

                - url: https://huggingface.co/papers/2412.12075

                Most existing video understanding benchmarks focus only on short videos.

                ## Also mentioned

                - [Gen-L-Video: Multi-Text to Long Video Generation](https://arxiv.org/html/2305.18264v1)
                - **ExVideo: Extending Video Diffusion Models** [[paper](https://huggingface.co/papers/2406.14130)]
                - [Vript](https://www.alphaxiv.org/overview/2406.06040) — a video is worth thousands of words
                """);
        assertEquals(List.of(Optional.of("2501.12375"), Optional.of("2412.12075"), Optional.of("2305.18264"),
                Optional.of("2406.14130"), Optional.of("2406.06040")),
                digest.entries().stream().map(PaperEntry::arxivId).toList());
    }

    @Test
    void aBareUrlInATableCellIsALinkAndAnArxivOneGivesTheId() throws IOException {
        DigestFile digest = read("2025-02-12-table.md", """
                # Papers we want to read

                | Title | Authors | Link | Year | Notes |
                |-------|---------|------|------|-------|
                | Imagen Video: High Definition Video Generation with Diffusion Models | Ho, Chan | https://arxiv.org/pdf/2210.02303 | 2022 | |
                | Emu Video: Factorizing Text-to-Video Generation | Girdhar et al. | https://arxiv.org/abs/2311.10709v2. | 2023 | |
                | Phenaki: Variable Length Video Generation | Villegas et al. | <https://arxiv.org/abs/2210.02399> | 2022 | |
                """);
        assertEquals(List.of(Optional.of("2210.02303"), Optional.of("2311.10709"), Optional.of("2210.02399")),
                digest.entries().stream().map(PaperEntry::arxivId).toList());
        assertEquals(List.of(new Link(LinkKind.PDF, "https://arxiv.org/pdf/2210.02303")), digest.entries().get(0).links());
        assertEquals(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2311.10709v2")),
                digest.entries().get(1).links(), "the full stop after the URL is not part of it");
        assertEquals(List.of(), warnings);
    }

    /** cv-arxiv-daily writes the authors plainly under the heading, and the abstract folded in {@code <details>}. */
    @Test
    void aPlainLineOfNamesUnderALinkedHeadingIsItsAuthors() throws IOException {
        DigestFile digest = read("2024-01-23-nerf.md", """
                ## NeRF

                ### [NeRF-AD: Neural Radiance Field with Attention-based Disentanglement](http://arxiv.org/abs/2401.12568)
                Chongke Bi, Xiaoxing Liu, Zhilei Liu
                <details>
                  <summary>Abstract</summary>
                  <ol>
                    Talking face synthesis driven by audio is one of the current research hotspots in the fields of signal processing.
                  </ol>
                </details>

                ### [Exploration of Nerf-based 3D Scene Editing Techniques](http://arxiv.org/abs/2401.12456)
                Shun Fang et al.
                <details>
                  <summary>Abstract</summary>
                  <ol>
                    NeRF's high-quality scene synthesis capability was quickly accepted by scholars after it was proposed.
                  </ol>
                </details>

                ### [Methods for Improving Novel View Synthesis](http://arxiv.org/abs/2401.12451)
                Code and Data, Project Page
                <details>
                  <summary>Abstract</summary>
                  <ol>
                    Neural Radiation Field technology can learn a 3D implicit model of a scene from 2D images.
                  </ol>
                </details>
                """);
        assertEquals(List.of("Chongke Bi", "Xiaoxing Liu", "Zhilei Liu"), digest.entries().get(0).authors());
        assertEquals(List.of("Shun Fang"), digest.entries().get(1).authors(), "et al. names nobody");
        assertEquals(List.of(), digest.entries().get(2).authors(), "words that are no names are no authors");
        assertTrue(digest.entries().get(0).abstractText().startsWith("Talking face synthesis"));
    }

    /** A layout tools generate: headings that link nowhere, each over labelled authors, link and abstract. */
    @Test
    void aHeadingOverLabelledAuthorsAndAbstractIsAPaper() throws IOException {
        DigestFile digest = read("2025-04-01-rag.md", """
                # GRASP: Municipal Budget AI Chatbots for Enhancing Civic Engagement

                **Authors**: Jerry Xu, Justin Wang, Joley Leung

                **Link**: [PDF](https://arxiv.org/pdf/2503.23299)

                **Abstract**: There are a growing number of AI applications, but none tailored to municipal budgets.

                ---
                # DAT: Dynamic Alpha Tuning for Hybrid Retrieval in Retrieval-Augmented Generation

                **Authors**: Hsin-Ling Hsu, Jengnan Tzeng

                **Link**: [PDF](https://arxiv.org/pdf/2503.23013)

                **Abstract**: Hybrid retrieval techniques in Retrieval-Augmented Generation systems enhance performance.

                ---
                """);
        assertEquals(List.of("GRASP: Municipal Budget AI Chatbots for Enhancing Civic Engagement",
                "DAT: Dynamic Alpha Tuning for Hybrid Retrieval in Retrieval-Augmented Generation"), titles(digest));
        PaperEntry grasp = digest.entries().get(0);
        assertEquals(List.of("Jerry Xu", "Justin Wang", "Joley Leung"), grasp.authors());
        assertEquals(Optional.of("2503.23299"), grasp.arxivId(), "the labelled link is the paper's");
        assertTrue(grasp.links().contains(new Link(LinkKind.PDF, "https://arxiv.org/pdf/2503.23299")), grasp.links().toString());
        assertTrue(grasp.abstractText().startsWith("There are a growing number"));
        assertEquals("", grasp.noteHtml(), "the rule between papers is no note");
    }

    /** A survey's README: its title linked to arXiv, the Awesome badge beside it, its authors in an HTML block. */
    @Test
    void aSurveysHeadingTakesItsAuthorsFromTheHtmlBlockAndNoCodeLinkFromTheAwesomeBadge() throws IOException {
        DigestFile digest = read("survey.md", """
                # [A Survey on Video Diffusion Models](https://arxiv.org/abs/2310.10647) [![Awesome](https://cdn.rawgit.com/sindresorhus/awesome/d7305f3/media/badge.svg)](https://github.com/sindresorhus/awesome)

                <div style="text-align:center; font-size: 18px;">
                    <p>
                    <a href="https://chenhsing.github.io">Zhen Xing</a>,
                    Qijun Feng,
                    <a href="https://scholar.google.com/citations?user=NSJY12IAAAAJ" >Qi Dai,</a>
                    <a href="https://scholar.google.com/citations?user=f3_FP8AAAAAJ" >Yu-Gang Jiang </a>
                     </p>
                </div>

                <p align="center">
                <img src="asset/fish.webp" width="160px"/>
                </p>
                """);
        PaperEntry survey = digest.entries().get(0);
        assertEquals("A Survey on Video Diffusion Models", survey.title());
        assertEquals(List.of("Zhen Xing", "Qijun Feng", "Qi Dai", "Yu-Gang Jiang"), survey.authors());
        assertEquals(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2310.10647")), survey.links());
        assertEquals("", survey.abstractText(), "names are no abstract");
    }

    /** One paper written in labels among documented ones: every paper is read, none dropped for a short abstract. */
    @Test
    void aLabelledPaperAmongDocumentedOnesLeavesTheOthersRead() throws IOException {
        DigestFile digest = read("2025-01-10-club.md", """
                ## Vlogger: Make Your Dream A Vlog

                Authors: Shaobin Zhuang, Kunchang Li

                Abstract: In this work, we present Vlogger, a generic AI system for generating a minute-level video blog.

                ## MiraData: A Large-Scale Video Dataset

                A high-quality video dataset with long clips and detailed captions.

                ## Open-Sora Plan

                An open-source project for large video generation models.
                """);
        assertEquals(List.of("Vlogger: Make Your Dream A Vlog", "MiraData: A Large-Scale Video Dataset", "Open-Sora Plan"),
                titles(digest));
    }

    /** A Title-Case line of keywords where authors would be is kept in the note, never taken for names. */
    @Test
    void aLineOfTitleCaseKeywordsUnderALinkedHeadingIsNoAuthors() throws IOException {
        DigestFile digest = read("2025-01-10-club.md", """
                ### [Vlogger: Make Your Dream A Vlog](https://arxiv.org/abs/2401.09414)

                Text To Video, Video Generation

                Abstract: In this work, we present Vlogger, a generic AI system for generating a minute-level video blog.

                ### [MiraData: A Large-Scale Video Dataset](https://arxiv.org/abs/2407.06358)

                Oral Presentation, Best Paper Candidate

                Abstract: We propose MiraData, a high-quality video dataset that surpasses previous ones.
                """);
        assertEquals(List.of(), digest.entries().get(0).authors());
        assertEquals(List.of(), digest.entries().get(1).authors());
    }

    /** "#### Links" heads the curator's prose about other pages: no field of the paper's own links. */
    @Test
    void aLinksSubheadingKeepsItsParagraphInTheNoteAndTheArxivIdAsItWas() throws IOException {
        DigestFile digest = read("2025-01-10-club.md", """
                ### [Vlogger: Make Your Dream A Vlog](https://arxiv.org/abs/2401.09414)

                *Shaobin Zhuang, Kunchang Li*

                Abstract: In this work, we present Vlogger, a generic AI system for generating a minute-level video blog.

                #### Links

                See also the follow-up [MiraData](https://arxiv.org/abs/2407.06358) and our [code](https://github.com/zhuangshaobin/Vlogger).
                """);
        PaperEntry vlogger = digest.entries().get(0);
        assertEquals(Optional.of("2401.09414"), vlogger.arxivId());
        assertTrue(vlogger.noteHtml().contains("See also the follow-up"), vlogger.noteHtml());
    }

    private DigestFile read(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return READER.read(new DigestSource(name, file), DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static List<String> titles(DigestFile digest) {
        return digest.entries().stream().map(PaperEntry::title).toList();
    }
}
