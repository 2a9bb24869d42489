package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOI may hold characters an address reserves: Wiley's SICI DOIs end in "#" one time in eleven, and "?" and "%" are
 * allowed too. Its doi.org address escapes them, or the resolver reads another DOI ("#" would end it); the BibTeX entry
 * and the RIS record cite the DOI itself, and a DOI given as an escaped address is the DOI it stands for.
 */
class DoiAddressesTest {

    private static final String SICI = "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#";
    private static final String SICI_URL = "https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-%23";

    @TempDir
    Path work;

    private Path site;

    @BeforeEach
    void buildSite() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("wiley.bib"), """
                @article{doe1998sici,
                  title = {A Paper With a SICI DOI},
                  author = {Doe, Jane},
                  journal = {Journal of the American Society for Information Science},
                  year = {1998},
                  doi = {10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-#},
                }
                """);
        Files.writeString(digests.resolve("escaped.ris"), """
                TY  - JOUR
                TI  - A Paper Whose DOI Has a Question Mark
                AU  - Roe, Richard
                PY  - 2020
                JO  - Journal of Examples
                UR  - https://doi.org/10.1000/what%3Fnow%2523
                ER  -\s
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .build());
    }

    @Test
    void aDoisAddressEscapesWhatWouldEndItsPathWhileItsCitationsCiteTheDoiItself() throws IOException {
        Document page = page("a-paper-with-a-sici-doi");

        assertEquals(List.of(SICI_URL), doiButtons(page));
        CitationOnPage.assertEntry(page, "@article{doe1998sici,", "doi = {" + SICI + "},", "url = {" + SICI_URL + "},");
        CitationOnPage.assertRis(page, "TY  - JOUR", "DO  - " + SICI, "UR  - " + SICI_URL);
        assertEquals(SICI, page.selectFirst("meta[name=citation_doi]").attr("content"));
    }

    @Test
    void aDoiGivenAsAnEscapedAddressIsTheDoiItStandsForLinkedOnce() throws IOException {
        Document page = page("a-paper-whose-doi-has-a-question-mark");

        assertEquals(List.of("https://doi.org/10.1000/what%3Fnow%2523"), doiButtons(page));
        CitationOnPage.assertRis(page, "TY  - JOUR", "DO  - 10.1000/what?now%23");
        assertEquals("10.1000/what?now%23", page.selectFirst("meta[name=citation_doi]").attr("content"));
    }

    private static List<String> doiButtons(Document page) {
        return page.select(".paper-links a").stream().filter(a -> a.attr("href").contains("doi.org"))
                .map(a -> a.attr("href")).toList();
    }

    private Document page(String slug) {
        return SiteFiles.parse(site, "paper/" + slug + ".html");
    }
}
