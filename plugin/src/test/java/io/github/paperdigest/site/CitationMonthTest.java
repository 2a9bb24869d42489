package io.github.paperdigest.site;

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
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.render.BibTex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's month of publication, where a digest gives the year and month (BibTeX's {@code month}, RIS's
 * {@code PY 2019/07}), is in its BibTeX entry as it is on its page ("May 2021"); the month its arXiv id was given
 * is when the preprint came out, and is not.
 */
class CitationMonthTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    private static String entry(Paper paper, Corpus corpus) {
        SiteIndex site = new SiteIndex(corpus, new Classification(List.of(), Map.of(), List.of(), Map.of()));
        return new BibTex().entry(site.citation(paper));
    }

    private String entryOf(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        DigestFile digest = FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> { }));
        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(digest));
        return entry(corpus.papers().get(0), corpus);
    }

    @Test
    void aBibtexDigestsYearAndMonthAreTheEntrysYearAndMonth() throws IOException {
        String entry = entryOf("refs.bib", """
                @inproceedings{vandenbroeck2021tractability,
                  title = {On the Tractability of {SHAP} Explanations},
                  author = {Van den Broeck, Guy},
                  booktitle = {Proceedings of the AAAI Conference on Artificial Intelligence},
                  year = {2021},
                  month = may,
                  doi = {10.1609/aaai.v35i7.16806},
                }
                """);
        assertTrue(entry.contains("  year = {2021},\n  month = may,\n"), entry);
    }

    @Test
    void aRisDigestsYearAndMonthAreTheEntrysYearAndMonth() throws IOException {
        String entry = entryOf("refs.ris", """
                TY  - JOUR
                TI  - A paper of July
                AU  - Doe, Jane
                PY  - 2019/07//
                JO  - Nature
                DO  - 10.1038/s41586-019-0000-0
                ER  -\s
                """);
        assertTrue(entry.contains("  year = {2019},\n  month = jul,\n"), entry);
    }

    @Test
    void theMonthAnArxivIdWasGivenIsNoMonthOfPublication() throws IOException {
        String entry = entryOf("2025-01-24.md", """
                ## Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414
                - authors: Shaobin Zhuang

                In this work, we present Vlogger.
                """);
        assertTrue(entry.contains("  year = {2024},\n"), entry);
        assertFalse(entry.contains("month"), entry);
    }

    @Test
    void aYearAloneGivesNoMonth() throws IOException {
        String entry = entryOf("refs.bib", """
                @article{g, title = {A Paper}, author = {Doe, Jane}, journal = {Nature}, year = {2010},
                  doi = {10.1000/a}}
                """);
        assertFalse(entry.contains("month"), entry);
    }
}
