package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.PageRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reader gives a paper's pages as one range with the en dash, however the reference manager wrote it. */
class PageRangeTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "100-115|100–115",
        "100--115|100–115",
        "100 - 115|100–115",
        "100–115|100–115",
        "e1003-e1010|e1003–e1010",
        "100-115, 120--125|100–115, 120–125",
        "42|42",
        "xii|xii",
    })
    void aRangeIsDashedWithTheEnDash(String written, String pages) {
        assertEquals(pages, PageRange.dashed(written));
    }

    @ParameterizedTest(name = "\"{0}\" to \"{1}\" is \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "100|115|100–115",
        "100|\"\"|100",
        "\"\"|115|115",
        "100|100|100",
        // a first page that holds the whole range, as some RIS writers give SP
        "100-115|\"\"|100–115",
    })
    void aFirstAndALastPageAreOneRange(String first, String last, String pages) {
        assertEquals(pages, PageRange.between(first, last));
    }

    @Test
    void bibTexCslAndRisGiveTheSameRange() throws IOException {
        String bib = "@article{a, title = {Hyphen}, author = {A. Author}, year = {2020}, doi = {10.1000/a},"
                + " pages = {100-115}}\n@article{b, title = {Dash}, author = {A. Author}, year = {2020},"
                + " doi = {10.1000/b}, pages = {100--115}}\n";
        String csl = "[{\"id\": \"c\", \"type\": \"article-journal\", \"title\": \"Csl\", \"DOI\": \"10.1000/c\","
                + " \"author\": [{\"family\": \"Author\", \"given\": \"A.\"}], \"page\": \"100-115\","
                + " \"issued\": {\"date-parts\": [[2020]]}}]";
        String ris = "TY  - JOUR\nTI  - Ris\nAU  - Author, A.\nPY  - 2020\nSP  - 100\nEP  - 115\nDO  - 10.1000/r\nER  - \n"
                + "TY  - JOUR\nTI  - Ris whole\nAU  - Author, A.\nPY  - 2020\nSP  - 100-115\nDO  - 10.1000/s\nER  - \n";
        List<String> pages = new ArrayList<>();
        LinkFinder links = new LinkFinder();
        LinkClassifier classifier = new LinkClassifier();
        pages.addAll(pagesOf(new BibTexDigestReader(links, classifier), "p.bib", bib));
        pages.addAll(pagesOf(new CslJsonDigestReader(links, classifier), "p.json", csl));
        pages.addAll(pagesOf(new RisDigestReader(links, classifier), "p.ris", ris));
        assertEquals(List.of("100–115", "100–115", "100–115", "100–115", "100–115"), pages);
    }

    private List<String> pagesOf(DigestReader reader, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        List<String> warnings = new ArrayList<>();
        List<String> pages = reader.read(new DigestSource(name, file), DigestProblems.strict(w -> warnings.add(w.getMessage())))
                .entries().stream().map(e -> e.extra().get("pages")).toList();
        assertEquals(List.of(), warnings, name);
        return pages;
    }
}
