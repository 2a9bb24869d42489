package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who published a paper and where are part of its reference: a digest that gives them (BibTeX's {@code publisher} and
 * {@code address}, RIS's {@code PB} and {@code CY}, a sheet's "Publisher" and "Place") has them in the paper's BibTeX
 * entry, its RIS record and its {@code citation_publisher} tag, not on its page alone. A sheet's "Proceedings" column is
 * a conference's name.
 */
class PublisherInCitationsTest {

    @TempDir
    Path work;

    private Path site;

    @BeforeEach
    void buildSite() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("acl.bib"), """
                @inproceedings{kumagai2016human,
                  title = {Human-like Natural Language Generation Using Monte Carlo Tree Search},
                  author = {Kumagai, Kaori and Kobayashi, Ichiro},
                  booktitle = {Proceedings of the INLG 2016 Workshop on Computational Creativity},
                  year = {2016},
                  publisher = {Association for Computational Linguistics},
                  address = {Edinburgh, UK},
                  url = {https://aclanthology.org/W16-5502},
                }
                """);
        Files.writeString(digests.resolve("gmd.ris"), """
                TY  - JOUR
                TI  - A Model of the Ocean
                AU  - Doe, Jane
                PY  - 2019
                JO  - Geoscientific Model Development
                PB  - Copernicus Publications
                CY  - Göttingen
                UR  - https://example.org/ocean
                ER  -\s
                """);
        Files.writeString(digests.resolve("security.csv"), """
                Title,Authors,Proceedings,Publisher,Address,Url
                Fuzzing the Kernel,Ann Lee,NDSS 2021,Internet Society,https://ndss.example.org,https://example.org/fuzz
                """);
        Files.writeString(digests.resolve("zotero.csv"), """
                Key,Item Type,Title,Author,Proceedings Title,Url
                ABCD1234,journalArticle,A Journal Paper,"Doe, Jane",Journal of Examples,https://example.org/journal
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .build());
    }

    @Test
    void aBibtexDigestsPublisherAndAddressAreInEveryCitation() throws IOException {
        Document page = page("human-like-natural-language-generation-using-monte-carlo-tree-search");
        assertCites(page, "publisher = {Association for Computational Linguistics},", "address = {Edinburgh, UK},",
                "PB  - Association for Computational Linguistics\r\n", "CY  - Edinburgh, UK\r\n");
        assertEquals("Association for Computational Linguistics",
                page.selectFirst("meta[name=citation_publisher]").attr("content"));
    }

    @Test
    void aRisDigestsPublisherAndPlaceAreInEveryCitation() throws IOException {
        assertCites(page("a-model-of-the-ocean"), "publisher = {Copernicus Publications},",
                "address = {G{\\\"o}ttingen},", "PB  - Copernicus Publications\r\n", "CY  - Göttingen\r\n");
    }

    /** The page's BibTeX entry holds the two BibTeX fields, and the RIS record it offers the two RIS lines. */
    private static void assertCites(Document page, String publisherField, String addressField, String publisherLine,
            String placeLine) {
        String bibtex = page.selectFirst(".cite pre.bibtex").text();
        assertTrue(bibtex.contains(publisherField) && bibtex.contains(addressField), bibtex);
        String ris = ris(page);
        assertTrue(ris.contains(publisherLine) && ris.contains(placeLine), ris);
    }

    @Test
    void aSheetsProceedingsColumnIsTheConferenceAndItsPublisherIsCitedButAWebAddressIsNoPlace() throws IOException {
        Document page = page("fuzzing-the-kernel");
        String bibtex = page.selectFirst(".cite pre.bibtex").text();
        assertTrue(bibtex.startsWith("@inproceedings{"), bibtex);
        assertTrue(bibtex.contains("booktitle = {NDSS 2021},"), bibtex);
        assertTrue(bibtex.contains("publisher = {Internet Society},"), bibtex);
        assertFalse(bibtex.contains("address"), bibtex);
        assertFalse(ris(page).contains("CY  -"), ris(page));
    }

    /** Zotero's "Item Type" says what the paper is, whichever column comes first. */
    @Test
    void anItemTypeColumnOutweighsTheProceedingsColumn() throws IOException {
        String bibtex = page("a-journal-paper").selectFirst(".cite pre.bibtex").text();
        assertTrue(bibtex.startsWith("@article{") && bibtex.contains("journal = {Journal of Examples},"), bibtex);
    }

    private Document page(String slug) throws IOException {
        return Jsoup.parse(site.resolve("paper/" + slug + ".html").toFile(), "UTF-8");
    }

    /** The RIS record the page offers to download, from its {@code data:} address. */
    private static String ris(Document page) {
        String href = page.selectFirst("a[download$=.ris]").attr("href");
        return URLDecoder.decode(href.substring(href.indexOf(',') + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
