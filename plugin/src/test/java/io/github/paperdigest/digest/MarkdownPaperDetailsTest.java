package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a curator writes in items nested under a paper's item: its details, read as the metadata list under a
 * paper's heading is ("Code: https://…", "Presenter: Alice"), its links, and otherwise the curator's note. Nothing
 * written under a paper is dropped.
 */
class MarkdownPaperDetailsTest {

    @TempDir
    Path dir;

    @Test
    void keyedItemsUnderAPaperAreItsDetailsAsUnderAHeading() throws IOException {
        PaperEntry paper = only("""
                # Reading group, March

                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - Vaswani et al., NeurIPS 2017
                  - **Presenter:** Alice
                  - Code: https://github.com/tensorflow/tensor2tensor
                  - Authors: Ashish Vaswani, Noam Shazeer, Niki Parmar
                """);
        assertEquals("Attention Is All You Need", paper.title());
        assertEquals("Alice", paper.extra().get("presenter"));
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"), paper.authors(),
                "the longer list of a detail wins over the item's 'Vaswani et al.'");
        assertTrue(paper.links().contains(new Link(LinkKind.CODE, "https://github.com/tensorflow/tensor2tensor")),
                paper.links().toString());
        assertEquals(Optional.of("1706.03762"), paper.arxivId());
        assertEquals(Optional.of("NeurIPS 2017"), paper.venue());
    }

    @Test
    void anAddressAloneUnderAPaperIsALinkOfItsOwn() throws IOException {
        PaperEntry paper = only("""
                - [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)
                  - https://github.com/hojonathanho/diffusion
                  - [hojonathanho.github.io/diffusion](https://hojonathanho.github.io/diffusion)
                """);
        assertTrue(paper.links().contains(new Link(LinkKind.CODE, "https://github.com/hojonathanho/diffusion")),
                paper.links().toString());
        assertTrue(paper.links().stream().anyMatch(l -> l.url().equals("https://hojonathanho.github.io/diffusion")),
                paper.links().toString());
        assertEquals("", paper.noteHtml());
    }

    @Test
    void otherItemsUnderAPaperAreTheCuratorsNoteInTheirOrder() throws IOException {
        PaperEntry paper = only("""
                - [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)
                  - **Notes:** the *loss* is a weighted bound
                  - read sections 3 and 4 before the session
                  - compare with [score matching](https://arxiv.org/abs/1907.05600), which came first
                """);
        Document note = Jsoup.parseBodyFragment(paper.noteHtml());
        assertEquals("loss", note.selectFirst("p em").text(), "a notes item is Markdown, as under a heading");
        assertEquals("the loss is a weighted bound", note.selectFirst("p").text());
        assertEquals(List.of("read sections 3 and 4 before the session",
                "compare with score matching, which came first"), note.select("li").eachText());
        assertEquals("https://arxiv.org/abs/1907.05600", note.selectFirst("li a").attr("href"));
        assertEquals(Optional.of("2006.11239"), paper.arxivId(), "the paper's own id, not the one its note cites");
    }

    @Test
    void aLinkAloneToAnotherPaperIsNoLinkOfThisOnesButALineOfItsNote() throws IOException {
        PaperEntry paper = only("""
                - [Improved Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2102.09672)
                  - [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)
                """);
        assertEquals(Optional.of("2102.09672"), paper.arxivId());
        assertTrue(paper.links().stream().noneMatch(l -> l.url().contains("2006.11239")), paper.links().toString());
        assertEquals(List.of("Denoising Diffusion Probabilistic Models"),
                Jsoup.parseBodyFragment(paper.noteHtml()).select("li").eachText());
    }

    @Test
    void papersNestedUnderACategoryStayPapersAndTheirOwnDetailsAreTheirs() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "awesome.md", """
                - **Diffusion models**
                  - [Video Diffusion Models](https://arxiv.org/abs/2204.03458) - Jonathan Ho, Tim Salimans. NeurIPS, 2022.
                - [Make-A-Video: Text-to-Video Generation without Text-Video Data](https://arxiv.org/abs/2209.14792)
                  - Presenter: Carol
                """, strict());
        assertEquals(List.of("Video Diffusion Models", "Make-A-Video: Text-to-Video Generation without Text-Video Data"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals("Diffusion models", digest.entries().get(0).section());
        assertEquals("Carol", digest.entries().get(1).extra().get("presenter"));
    }

    @Test
    void aKeyOneTypingMistakeFromOneThePluginReadsIsKeptAndToldAsALikelyTypo() throws IOException {
        List<String> warnings = new java.util.ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "2024-03-01-reading.md", """
                # Reading group, March

                ## Layer Normalization

                - autors: Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton
                - Presenter: Alice
                - tgas: normalization

                Training state-of-the-art, deep neural networks is computationally expensive.
                """, DigestProblems.strict(w -> warnings.add(w.getMessage())));
        PaperEntry paper = digest.entries().get(0);
        assertEquals(List.of(), paper.authors());
        assertEquals("Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton", paper.extra().get("autors"),
                "kept as it was written, never dropped");
        assertEquals(List.of("2024-03-01-reading.md:5: 'autors' is not a key the plugin reads, so its value is shown as"
                + " it is, as more about the paper; did you mean 'authors'?", "2024-03-01-reading.md:7: 'tgas' is not a"
                + " key the plugin reads, so its value is shown as it is, as more about the paper; did you mean 'tags'?"),
                warnings, "'Presenter' is a key of the curator's own");
    }

    private PaperEntry only(String content) throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "2024-03-01-reading.md", content, strict());
        assertEquals(1, digest.entries().size(), digest.entries().toString());
        return digest.entries().get(0);
    }

    private static DigestProblems strict() {
        return DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        });
    }
}
