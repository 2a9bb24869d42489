package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.render.BibTex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation as author ("Wayne Enterprises") is one name, not a given name and a family name. The digests that
 * can say so, CSL JSON with a {@code literal} name and BibTeX with a name in one brace group, are believed; the
 * mark reaches the paper's BibTeX entry, which braces the name (else BibTeX prints "W. Enterprises"), and its key,
 * which takes the whole name. The name itself, as pages, search and exports show it, is what it was.
 */
class OrganisationAuthorTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static final String CSL = """
            [{"title": "Gemini: A Family of Highly Capable Multimodal Models", "DOI": "10.1000/gemini",
              "issued": {"date-parts": [[2023, 12, 19]]},
              "author": [{"literal": "Wayne Enterprises"}, {"family": "Doe", "given": "Jane"}]}]
            """;
    /** The same paper where nothing marks the organisation, as the Hugging Face formats give it. */
    private static final String UNMARKED = """
            [{"title": "Gemini: A Family of Highly Capable Multimodal Models", "doi": "10.1000/gemini",
              "authors": ["Wayne Enterprises", "Jane Doe"], "summary": "A family of models."}]
            """;

    private DigestFile read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source,
                DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private Paper gemini(List<DigestFile> digests) {
        Corpus corpus = new PaperCatalog(m -> { }).build(digests);
        assertEquals(1, corpus.papers().size());
        return corpus.papers().get(0);
    }

    @Test
    void cslLiteralNamesAndBibtexNamesInOneBraceGroupAreTakenWhole() throws IOException {
        PaperEntry csl = read("2024-01-02.json", CSL).entries().get(0);
        assertEquals(List.of("Wayne Enterprises", "Jane Doe"), csl.authors());
        assertEquals(Set.of("Wayne Enterprises"), csl.literalAuthors());

        PaperEntry bib = read("refs.bib", """
                @misc{g,
                  title = {Gemini},
                  author = {{Google Research} and Doe, Jane and {Barnes and Noble} and {\\'E}mile Borel
                    and {{OpenAI}} and {Meta, Inc.} and {van der Berg}, Jan},
                  doi = {10.1000/g}
                }
                """).entries().get(0);
        assertEquals(List.of("Google Research", "Jane Doe", "Barnes and Noble", "Émile Borel", "OpenAI", "Meta, Inc.",
                "Jan van der Berg"), bib.authors(), "an \"and\" inside braces does not split the name");
        assertEquals(Set.of("Google Research", "Barnes and Noble", "OpenAI", "Meta, Inc."), bib.literalAuthors());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCslNameOfSeveralWordsAllInFamilyIsTakenWholeAsCslSaysItIs() throws IOException {
        // tools that have no literal names put an institution in "family"; BibTeX would otherwise print "W. H. Organization"
        PaperEntry csl = read("2024-01-04.json", """
                [{"title": "A Report", "DOI": "10.1000/report",
                  "author": [{"family": "World Health Organization"}, {"family": "Aristotle"},
                             {"family": "Berg", "non-dropping-particle": "van der"}, {"family": "Doe", "given": "Jane"}]}]
                """).entries().get(0);
        assertEquals(List.of("World Health Organization", "Aristotle", "van der Berg", "Jane Doe"), csl.authors());
        assertEquals(Set.of("World Health Organization"), csl.literalAuthors(),
                "one word needs no braces, and a family name with its particle is a person's");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aNameIsTakenWholeWhenAnyDigestSaysSoWhicheverComesFirst() throws IOException {
        // no format can say that a name is not whole: a digest that does not mark it says nothing about it
        DigestFile marked = read("2024-01-02.json", CSL);
        DigestFile unmarked = read("2024-01-03.json", UNMARKED);
        assertEquals(Set.of(), unmarked.entries().get(0).literalAuthors());

        assertEquals(Set.of("Wayne Enterprises"), gemini(List.of(marked, unmarked)).literalAuthors());
        assertEquals(Set.of("Wayne Enterprises"), gemini(List.of(unmarked, marked)).literalAuthors());
        assertEquals(List.of("Wayne Enterprises", "Jane Doe"), gemini(List.of(unmarked, marked)).authors());
    }

    @Test
    void theEntryBracesTheOrganisationAndItsKeyTakesTheWholeName() throws IOException {
        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(read("2024-01-02.json", CSL),
                read("2024-01-03.json", UNMARKED.replace("Wayne Enterprises", "Jane Roe")
                        .replace("10.1000/gemini", "10.1000/other").replace("Gemini:", "Other:"))));
        SiteIndex site = new SiteIndex(corpus, new Classification(List.of(), Map.of(), List.of(), Map.of()));
        Paper gemini = corpus.papers().stream().filter(p -> p.title().startsWith("Gemini")).findFirst().orElseThrow();
        Paper other = corpus.papers().stream().filter(p -> p.title().startsWith("Other")).findFirst().orElseThrow();

        assertEquals("wayneenterprises2023gemini", site.citation(gemini).key(), "not enterprises2023gemini, a person's");
        assertEquals("roe2024other", site.citation(other).key(), "a person's key is as it was");
        String entry = new BibTex().entry(site.citation(gemini));
        assertTrue(entry.contains("  author = {{Wayne Enterprises} and Jane Doe},\n"), entry);
        assertTrue(new BibTex().entry(site.citation(other)).contains("  author = {Jane Roe and Jane Doe},\n"));
    }

    @Test
    void anOrganisationInTheSitesOwnBibtexReadsBackAsOneWholeName() throws IOException {
        Paper gemini = gemini(List.of(read("2024-01-02.json", CSL)));
        SiteIndex site = new SiteIndex(new PaperCatalog(m -> { }).build(List.of(read("2024-01-02.json", CSL))),
                new Classification(List.of(), Map.of(), List.of(), Map.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BibTex().write(new Bibliography("papers.bib", "All papers", List.of(site.citation(gemini))), out);

        PaperEntry back = read("papers.bib", out.toString(StandardCharsets.UTF_8)).entries().get(0);
        assertEquals(gemini.authors(), back.authors());
        assertEquals(gemini.literalAuthors(), back.literalAuthors());
    }
}
