package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.DigestFormats;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.VenueYear;
import io.github.paperdigest.render.BibTex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper posted to arXiv in December 2023 and published at ICML 2024 is cited as of 2024: a venue's year is the
 * publication's, and comes before the year of the arXiv id; a year the digest gives comes before both.
 */
class VenueYearTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    private String entry(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        DigestFile digest = FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> { }));
        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(digest));
        SiteIndex site = new SiteIndex(corpus, new Classification(List.of(), Map.of(), List.of(), Map.of()));
        return new BibTex().entry(site.citation(corpus.papers().get(0)));
    }

    private String videoPoetAt(String venue) throws IOException {
        return entry("2025-01-24.md", """
                ## VideoPoet: A Large Language Model for Zero-Shot Video Generation

                - arxiv: 2312.14125
                - authors: Dan Kondratyuk, Lijun Yu
                - venue: %s

                VideoPoet is a language model for video generation.
                """.formatted(venue));
    }

    @Test
    void aPaperIsCitedWithItsVenuesYearNotItsArxivIdsYear() throws IOException {
        String entry = videoPoetAt("ICML 2024");
        assertTrue(entry.startsWith("@inproceedings{kondratyuk2024videopoet,\n"), entry);
        assertTrue(entry.contains("  year = {2024},\n  booktitle = {ICML 2024},\n"), entry);
    }

    @Test
    void thePreprintsDateADigestGivesYieldsToTheVenuesYearAndGivesNoMonth() throws IOException {
        String entry = entry("2025-01-24.md", """
                ## VideoPoet: A Large Language Model for Zero-Shot Video Generation

                - arxiv: 2312.14125
                - date: 2023-12-21
                - authors: Dan Kondratyuk, Lijun Yu
                - venue: ICML 2024

                VideoPoet is a language model for video generation.
                """);
        assertTrue(entry.contains("  year = {2024},\n  booktitle = {ICML 2024},\n"), entry);
        assertFalse(entry.contains("month"), "December is the preprint's: " + entry);
    }

    @Test
    void aDateInTheVenuesYearKeepsItsMonth() throws IOException {
        String entry = entry("2025-01-24.md", """
                ## VideoPoet: A Large Language Model for Zero-Shot Video Generation

                - arxiv: 2312.14125
                - date: 2024-07-21
                - venue: ICML 2024

                VideoPoet is a language model for video generation.
                """);
        assertTrue(entry.contains("  year = {2024},\n  month = jul,\n"), entry);
    }

    @Test
    void withoutAYearInTheVenueTheArxivIdsYearStays() throws IOException {
        assertTrue(videoPoetAt("ICML").contains("  year = {2023},\n"));
    }

    @Test
    void aYearTheDigestGivesComesBeforeTheVenuesName() throws IOException {
        String entry = entry("refs.bib", """
                @inproceedings{p, title = {A Paper}, author = {Doe, Jane}, booktitle = {Proceedings of CVPR 2020},
                  year = {2021}, doi = {10.1000/p}}
                """);
        assertTrue(entry.contains("  year = {2021},\n"), entry);
    }

    @Test
    void aVenueGivesTheYearItNamesInFullOrAfterAnApostropheAndNoneWhenItNamesTwo() {
        assertEquals(Optional.of(2024), VenueYear.of("ICML 2024"));
        assertEquals(Optional.of(2024), VenueYear.of("CVPR'24 (Oral)"));
        assertEquals(Optional.of(1999), VenueYear.of("SIGGRAPH '99"));
        assertEquals(Optional.of(2021), VenueYear.of("Proceedings of the 2021 Conference on Empirical Methods"));
        assertEquals(Optional.empty(), VenueYear.of("ICLR 2024 Workshop on 2023 Data"));
        assertEquals(Optional.empty(), VenueYear.of("Nature 580, 12345"));
        assertEquals(Optional.empty(), VenueYear.of("IEEE TPAMI"));
    }

    /**
     * Google Scholar names a preprint's journal "arXiv preprint arXiv:2006.11239": the id's first four digits are the
     * year and month it was given (June 2020), no year of a venue. Read as one, every preprint of 2019 and 2020 was
     * cited as of 1901 to 1912 or 2001 to 2012.
     */
    @Test
    void anArxivIdInTheVenueIsNoYear() throws IOException {
        assertEquals(Optional.empty(), VenueYear.of("arXiv preprint arXiv:2006.11239"));
        assertEquals(Optional.empty(), VenueYear.of("CoRR abs/1905.11946v2"));
        assertEquals(Optional.of(2020), VenueYear.of("NeurIPS 2020, arXiv:2006.11239"));

        String entry = entry("2025-01-24.md", """
                ## Denoising Diffusion Probabilistic Models

                - arxiv: 2006.11239
                - authors: Jonathan Ho, Ajay Jain, Pieter Abbeel
                - venue: arXiv preprint arXiv:2006.11239

                We present high quality image synthesis results using diffusion probabilistic models.
                """);
        assertTrue(entry.startsWith("@article{ho2020denoising,\n") || entry.startsWith("@misc{ho2020denoising,\n"), entry);
        assertTrue(entry.contains("  year = {2020},\n"), entry);
    }
}
