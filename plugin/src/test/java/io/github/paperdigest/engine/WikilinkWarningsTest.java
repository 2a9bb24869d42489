package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wikilink in a curator's note that links to no paper's page shows as its text. Where it names no note of the
 * vault at all (a typo, a note not yet written, a renamed one), or a name that several papers' notes share, the
 * curator meant a link and gets text: a warning says so, once per note and name, with the fix. A wikilink to a note of
 * the vault that is no paper (a person, a concept) is what the curator meant, and is not spoken of.
 */
class WikilinkWarningsTest {

    @TempDir
    Path work;

    private Path vault() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Path papers = Files.createDirectories(digests.resolve("papers"));
        Files.writeString(papers.resolve("BERT.md"), """
                ---
                title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
                authors: [Jacob Devlin, Ming-Wei Chang]
                year: 2019
                aliases: [Encoder paper]
                ---

                ## Abstract
                We introduce a new language representation model called BERT.

                ## Notes
                Builds on [[Attention]]; ask [[Jacob Devlin]]. Compare [[GPT 2]], then [[gpt 2|the GPT-2 note]] again,
                and [[Encoders]]. See ![[Missing figure]] and [[slides.pdf]].
                """);
        Files.writeString(papers.resolve("Attention.md"), """
                ---
                title: Attention Is All You Need
                authors: [Ashish Vaswani]
                year: 2017
                aliases: [Encoders]
                ---

                ## Abstract
                The dominant sequence transduction models are based on complex recurrent networks.
                """);
        Files.writeString(papers.resolve("T5.md"), """
                ---
                title: Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer
                authors: [Colin Raffel]
                year: 2020
                aliases: [encoders]
                ---

                ## Abstract
                Transfer learning has emerged as a powerful technique in natural language processing.
                """);
        Path people = Files.createDirectories(digests.resolve("people"));
        Files.writeString(people.resolve("Jacob Devlin.md"), """
                # Jacob Devlin

                Works on language models.
                """);
        return digests;
    }

    private List<String> wikilinkWarnings(Path digests) {
        Logged log = new Logged();
        new SiteBuilder(log).build(BuildConfig.builder(digests, work.resolve("site")).similarity(BuildConfig.LEXICAL)
                .build());
        return log.warnings.stream().filter(w -> w.contains("wikilink")).toList();
    }

    @Test
    void aWikilinkToNoNoteOfTheVaultIsNamedOnceWithItsNoteAndTheFix() throws IOException {
        List<String> warnings = wikilinkWarnings(vault());
        List<String> missing = warnings.stream().filter(w -> w.contains("[[GPT 2]]")).toList();
        assertEquals(1, missing.size(), "once per note and name, whatever the case: " + warnings);
        String warning = missing.get(0);
        assertTrue(warning.startsWith("papers/BERT.md"), warning);
        assertTrue(warning.contains("names no note in the digest folder, nor a paper's title"), warning);
        assertTrue(warning.contains("shows as its text"), warning);
        assertTrue(warning.contains("its file's name"), "the fix: " + warning);
    }

    @Test
    void aNameSeveralPapersNotesShareIsNamedWithThoseNotes() throws IOException {
        List<String> warnings = wikilinkWarnings(vault());
        List<String> shared = warnings.stream().filter(w -> w.contains("[[Encoders]]")).toList();
        assertEquals(1, shared.size(), warnings.toString());
        String warning = shared.get(0);
        assertTrue(warning.startsWith("papers/BERT.md"), warning);
        assertTrue(warning.contains("papers/Attention.md") && warning.contains("papers/T5.md"), warning);
    }

    @Test
    void aWikilinkToAPaperANoteThatIsNoPaperAnEmbedOrAnAttachmentIsNotSpokenOf() throws IOException {
        List<String> warnings = wikilinkWarnings(vault());
        assertEquals(2, warnings.size(), "only [[GPT 2]] and [[Encoders]]: " + warnings);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("Jacob Devlin") || w.contains("[[Attention]]")
                || w.contains("Missing figure") || w.contains("slides.pdf")), warnings.toString());
    }

    @Test
    void aVaultOfManyBrokenWikilinksGetsFiftyWarningsAndTheirNumber() throws IOException {
        Path digests = vault();
        String links = IntStream.range(0, 60).mapToObj(i -> "[[Missing " + i + "]]").collect(Collectors.joining(", "));
        Files.writeString(digests.resolve("papers/Attention.md"), Files.readString(digests.resolve("papers/Attention.md"))
                + "\n## Notes\n" + links + "\n");
        List<String> warnings = wikilinkWarnings(digests);
        assertEquals(51, warnings.size(), warnings.toString());
        assertTrue(warnings.get(50).startsWith("and 12 more wikilinks"), warnings.get(50));
    }

    /**
     * A lab keeps its papers in a library's .bib and its notes in a vault: "[[Deep Residual Learning for Image
     * Recognition]]" names the paper the .bib lists, which has no note to be named by, and was warned of as naming no
     * note. A paper's whole title links to its page; a note of that name goes first, and a title two papers share
     * links to neither.
     */
    @Test
    void aWikilinkThatIsAPapersWholeTitleLinksToItsPage() throws IOException {
        Path digests = vault();
        Files.writeString(digests.resolve("library.bib"), """
                @inproceedings{he2016deep,
                  title = {Deep Residual Learning for Image Recognition},
                  author = {He, Kaiming and Zhang, Xiangyu},
                  booktitle = {CVPR},
                  year = {2016},
                  doi = {10.1109/CVPR.2016.90}
                }
                """);
        Files.writeString(digests.resolve("papers/ViT.md"), """
                ---
                title: An Image is Worth 16x16 Words
                authors: [Alexey Dosovitskiy]
                year: 2021
                ---

                ## Abstract
                While the Transformer architecture has become the de-facto standard for natural language processing.

                ## Notes
                Residual blocks as in [[deep residual learning for image recognition|ResNet]].
                """);
        List<String> warnings = wikilinkWarnings(digests);

        assertTrue(warnings.stream().noneMatch(w -> w.contains("Residual")), warnings.toString());
        org.jsoup.nodes.Document page = io.github.paperdigest.testing.SiteFiles.parse(work.resolve("site"),
                "paper/an-image-is-worth-16x16-words.html");
        org.jsoup.nodes.Element link = page.selectFirst("section.notes a:contains(ResNet)");
        assertTrue(link != null && link.attr("href").endsWith("deep-residual-learning-for-image-recognition.html"),
                page.select("section.notes").outerHtml());
    }

    /**
     * A title two papers share links to neither, and the warning says so: it said the wikilink named no paper's title,
     * when two papers have it.
     */
    @Test
    void aWikilinkThatIsTheTitleOfTwoPapersLinksToNeitherAndSaysSo() throws IOException {
        Path digests = vault();
        Files.writeString(digests.resolve("library.bib"), """
                @article{smith2019survey,
                  title = {A Survey of Deep Learning},
                  author = {Smith, John},
                  journal = {Journal of Surveys},
                  year = {2019}
                }

                @article{roe2021survey,
                  title = {A Survey of Deep Learning},
                  author = {Roe, Jane},
                  journal = {Another Journal},
                  year = {2021}
                }
                """);
        Files.writeString(digests.resolve("papers/ViT.md"), """
                ---
                title: An Image is Worth 16x16 Words
                authors: [Alexey Dosovitskiy]
                year: 2021
                ---

                ## Notes
                As surveyed in [[A Survey of Deep Learning]].
                """);
        List<String> warnings = wikilinkWarnings(digests).stream().filter(w -> w.contains("Survey")).toList();

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("is the title of several papers"), warnings.get(0));
        org.jsoup.nodes.Document page = io.github.paperdigest.testing.SiteFiles.parse(work.resolve("site"),
                "paper/an-image-is-worth-16x16-words.html");
        assertEquals(0, page.select("section.notes a:contains(Survey)").size(), page.select("section.notes").outerHtml());
    }
}
