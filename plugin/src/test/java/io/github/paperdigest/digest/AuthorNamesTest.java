package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Author names as every reader gives them: "et al." and BibTeX's "and others" name nobody and are dropped; name
 * particles ("van") and suffixes ("Jr.") are kept, in reading order.
 */
class AuthorNamesTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    @Test
    void bibtexAndOthersIsEtAlNotAnAuthorNamedOthers() throws IOException {
        PaperEntry paper = only(read("refs.bib", """
                @article{smith2024,
                  title = {A Paper},
                  author = {Smith, John and Doe, Jane and others},
                  eprint = {2401.01234},
                  archivePrefix = {arXiv},
                }
                """));

        assertEquals(List.of("John Smith", "Jane Doe"), paper.authors());
    }

    @Test
    void etAlAtTheEndOfAMarkdownTablesAuthorsIsDropped() throws IOException {
        DigestFile table = read("2025-06-01-table.md", """
                # Reading list

                | Paper | arXiv | Authors | Date |
                |---|---|---|---|
                | Vlogger: Make Your Dream A Vlog | 2401.09414 | Zhuang et al. | 2024-01-17 |
                | Video Diffusion Models | arXiv:2204.03458 | Ho et al | 2022-04-07 |
                | Latte: Latent Diffusion Transformer | 2401.03048 | Xin Ma, Yaohui Wang and others | 2024-01-05 |
                | Open-Sora | 2412.20404 | Zangwei Zheng and colleagues | 2024-12-29 |
                """);

        assertEquals(List.of(List.of("Zhuang"), List.of("Ho"), List.of("Xin Ma", "Yaohui Wang"), List.of("Zangwei Zheng")),
                table.entries().stream().map(PaperEntry::authors).toList());
    }

    @Test
    void etAlInALinkListIsDroppedAndTheVenueKept() throws IOException {
        DigestFile list = read("2025-05-02-club.md", """
                # Also mentioned

                - [MiraData: A Large-Scale Video Dataset with Long Durations and Structured Captions](https://arxiv.org/pdf/2407.06358v3) - Xuan Ju et al. NeurIPS 2024. [[code](https://github.com/mira-space/MiraData)]
                - [Gen-L-Video: Multi-Text to Long Video Generation via Temporal Co-Denoising](https://arxiv.org/html/2305.18264v1)
                - [Vript: A Video Is Worth Thousands of Words](https://arxiv.org/abs/2406.06040)
                """);

        PaperEntry mira = list.entries().get(0);
        assertEquals(List.of("Xuan Ju"), mira.authors());
    }

    @Test
    void aNameThatOnlyEndsLikeEtAlIsKept() {
        assertEquals("Ahmed Al-Sayed", EntryDraft.withoutEtAl("Ahmed Al-Sayed"));
        assertEquals("Jane Brothers", EntryDraft.withoutEtAl("Jane Brothers"));
        assertEquals("Metal Smith", EntryDraft.withoutEtAl("Metal Smith"));
        assertEquals("Zhuang", EntryDraft.withoutEtAl("Zhuang et al."));
        assertEquals("A, B", EntryDraft.withoutEtAl("A, B, et al."));
        assertEquals("", EntryDraft.withoutEtAl("others"));
    }

    @Test
    void aHugeFieldOfSeparatorsIsLookedAtOnlyAtItsEnd() {
        String field = ", ; ".repeat(300_000) + "Smith et al.";
        String kept = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> EntryDraft.withoutEtAl(field));
        assertEquals(field.substring(0, field.length() - " et al.".length()).strip(), kept);
    }

    @Test
    void aNameOfPunctuationAloneIsNoAuthor() throws IOException {
        // arXiv lists "Codefuse, Ling Team: Wenting Cai, ..."; a crawler split at the commas and the colon
        PaperEntry paper = only(read("2025-03-25.jsonl", """
                {"id": "2503.17793", "title": "Every Sample Matters", "authors": ["Codefuse", "Ling Team", ":", "Wenting Cai", " - ", "Yuchen Cao"], "summary": "An abstract."}
                """));

        assertEquals(List.of("Codefuse", "Ling Team", "Wenting Cai", "Yuchen Cao"), paper.authors());
    }

    @Test
    void cslParticlesAndSuffixesAreKeptInReadingOrder() throws IOException {
        PaperEntry paper = only(read("refs.json", """
                [{"id": "a", "type": "article-journal", "title": "Sunflowers", "DOI": "10.1000/sun",
                  "author": [
                    {"family": "Gogh", "given": "Theo", "non-dropping-particle": "van"},
                    {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
                    {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
                    {"family": "Plato"}
                  ]}]
                """));

        assertEquals(List.of("Theo van Gogh", "Ludwig van Beethoven", "Martin Luther King Jr.", "Plato"),
                paper.authors());
    }

    @Test
    void risLastFirstSuffixKeepsTheSuffix() throws IOException {
        PaperEntry paper = only(read("refs.ris", """
                TY  - JOUR
                TI  - I Have a Dream
                AU  - King, Martin Luther, Jr.
                AU  - Gogh, Theo van
                AU  - Smith, John
                DO  - 10.1000/dream
                ER  -\s
                """));

        assertEquals(List.of("Martin Luther King Jr.", "Theo van Gogh", "John Smith"), paper.authors());
    }

    private DigestFile read(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> { }));
    }

    private static PaperEntry only(DigestFile digest) {
        assertEquals(1, digest.entries().size(), () -> digest.entries().toString());
        return digest.entries().get(0);
    }
}
