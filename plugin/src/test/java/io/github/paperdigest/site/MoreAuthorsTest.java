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
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.render.BibTex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest that names only the first authors ("and others", as Google Scholar's BibTeX cuts every list of more than
 * ten, or a table's "Zhuang et al.") does not make them all the authors: the paper's entry ends "and others", which
 * BibTeX styles print as "et al.". A digest that names them all wins over one that does not.
 */
class MoreAuthorsTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    /** Google Scholar's entry of GPT-3, cut to its first authors. */
    private static final String SCHOLAR = """
            @article{brown2020language,
              title={Language models are few-shot learners},
              author={Brown, Tom and Mann, Benjamin and Ryder, Nick and others},
              journal={arXiv preprint arXiv:2005.14165},
              year={2020}
            }
            """;
    /** The same paper with all the authors a digest gives (fewer than GPT-3 has, enough here). */
    private static final String ALL_NAMED = """
            ## Language Models are Few-Shot Learners

            - arxiv: 2005.14165
            - authors: Tom B. Brown, Benjamin Mann, Nick Ryder, Melanie Subbiah, Jared Kaplan

            Recent work has demonstrated substantial gains on many NLP tasks.
            """;

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private DigestFile read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source,
                DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static String authorField(DigestFile... digests) {
        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(digests));
        assertEquals(1, corpus.papers().size());
        SiteIndex site = new SiteIndex(corpus, new Classification(List.of(), Map.of(), List.of(), Map.of()));
        String entry = new BibTex().entry(site.citation(corpus.papers().get(0)));
        return entry.lines().filter(l -> l.startsWith("  author = ")).findFirst().orElseThrow();
    }

    @Test
    void aListEndingWithAndOthersIsCitedWithAndOthers() throws IOException {
        assertEquals("  author = {Tom Brown and Benjamin Mann and Nick Ryder and others},",
                authorField(read("2020-06-01.bib", SCHOLAR)));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aTablesEtAlIsCitedWithAndOthers() throws IOException {
        assertEquals("  author = {Zhuang and others},", authorField(read("2024-01-24.md", """
                | Title | Authors |
                |---|---|
                | [Vlogger: Make Your Dream A Vlog](https://arxiv.org/abs/2401.09414) | Zhuang et al. |
                """)));
    }

    @Test
    void aDigestThatNamesEveryAuthorWinsWhicheverComesFirst() throws IOException {
        String all = "  author = {Tom B. Brown and Benjamin Mann and Nick Ryder and Melanie Subbiah and Jared Kaplan},";
        assertEquals(all, authorField(read("2020-06-01.bib", SCHOLAR), read("2020-06-02.md", ALL_NAMED)));
        assertEquals(all, authorField(read("2020-06-02.md", ALL_NAMED), read("2020-06-01.bib", SCHOLAR)));
    }

    @Test
    void aListWithoutEtAlIsAllTheAuthors() throws IOException {
        assertFalse(authorField(read("2020-06-02.md", ALL_NAMED)).contains("others"));
    }

    @Test
    void theSitesOwnBibtexReadsBackWithItsAndOthers() throws IOException {
        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(read("2020-06-01.bib", SCHOLAR)));
        Paper paper = corpus.papers().get(0);
        SiteIndex site = new SiteIndex(corpus, new Classification(List.of(), Map.of(), List.of(), Map.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BibTex().write(new Bibliography("papers.bib", "All papers", List.of(site.citation(paper))), out);

        DigestFile back = read("papers.bib", out.toString(StandardCharsets.UTF_8));
        assertEquals(paper.authors(), back.entries().get(0).authors());
        assertTrue(authorField(back).endsWith(" and others},"));
    }
}
