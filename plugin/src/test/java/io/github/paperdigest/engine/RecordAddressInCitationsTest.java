package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference manager's record names the item's own address (BibTeX's {@code url}, a web page's {@code howpublished},
 * RIS's {@code UR}, CSL's {@code URL}): a paper with no arXiv id or DOI is cited with it, wherever it is. Taken for a
 * mere link because the classifier did not know its site, it was left out of the paper's BibTeX entry and RIS record,
 * and a web page's citation lost the one thing that finds it.
 */
class RecordAddressInCitationsTest {

    @TempDir
    Path work;

    private Path site;

    @BeforeEach
    void buildSite() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("library.bib"), """
                @misc{lee2021blog,
                  title = {Notes on Diffusion Sampling},
                  author = {Lee, Ann},
                  year = {2021},
                  howpublished = {\\url{https://blog.example.org/diffusion?part=1}},
                }
                @article{roe2019ocean,
                  title = {A Model of the Ocean},
                  author = {Roe, Richard},
                  journal = {Ocean Letters},
                  year = {2019},
                  url = {https://journal.example.org/articles/ocean},
                }
                """);
        Files.writeString(digests.resolve("zotero.ris"), """
                TY  - RPRT
                TI  - A Technical Report on Rivers
                AU  - Doe, Jane
                PY  - 2020
                UR  - https://reports.example.edu/rivers
                ER  -\s
                """);
        Files.writeString(digests.resolve("zotero.json"), """
                [{"type": "article-journal", "title": "Lakes Revisited", "author": [{"family": "Poe", "given": "Ed"}],
                  "container-title": "Lake Science", "issued": {"date-parts": [[2018]]},
                  "URL": "https://lakes.example.net/revisited"}]
                """);
        Files.writeString(digests.resolve("zotero.csv"), """
                Key,Item Type,Publication Year,Author,Title,Publication Title,Url
                ABCD1234,journalArticle,2017,"Doe, Jane",Glaciers Explained,Ice Review,https://ice.example.com/glaciers
                """);
        Files.writeString(digests.resolve("sheet.csv"), """
                Title,Authors,Year,URL
                Deserts Explained,Sam Sand,2016,https://blog.example.com/deserts
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .build());
    }

    @Test
    void aWebPagesAddressInHowpublishedIsInItsCitations() throws IOException {
        Document page = page("notes-on-diffusion-sampling");
        CitationOnPage.assertEntry(page, "@misc{lee2021blog,", "url = {https://blog.example.org/diffusion?part=1},");
        CitationOnPage.assertRis(page, "TY  - GEN", "UR  - https://blog.example.org/diffusion?part=1");
    }

    @Test
    void aBibtexRecordsUrlOnASiteNotKnownForPapersIsInItsCitations() throws IOException {
        Document page = page("a-model-of-the-ocean");
        CitationOnPage.assertEntry(page, "@article{roe2019ocean,", "url = {https://journal.example.org/articles/ocean},");
        CitationOnPage.assertRis(page, "TY  - JOUR", "UR  - https://journal.example.org/articles/ocean");
    }

    @Test
    void aRisRecordsUrAndACslItemsUrlAreInTheirCitations() throws IOException {
        CitationOnPage.assertRis(page("a-technical-report-on-rivers"), "TY  - RPRT", "UR  - https://reports.example.edu/rivers");
        CitationOnPage.assertEntry(page("lakes-revisited"), "@article{", "url = {https://lakes.example.net/revisited},");
    }

    /** Zotero's CSV names the item's address in "Url"; a sheet of the curator's own may put any link under "URL". */
    @Test
    void zoterosUrlColumnIsCitedAndASheetsOwnUrlColumnStaysALink() throws IOException {
        CitationOnPage.assertRis(page("glaciers-explained"), "TY  - JOUR", "UR  - https://ice.example.com/glaciers");
        Document sheet = page("deserts-explained");
        assertEquals("Link", sheet.selectFirst(".paper-links a[href=https://blog.example.com/deserts]").text());
    }

    @Test
    void theRecordsAddressIsThePapersOwnButton() throws IOException {
        assertEquals("Paper", page("a-model-of-the-ocean").selectFirst(
                ".paper-links a[href=https://journal.example.org/articles/ocean]").text());
    }

    private Document page(String slug) {
        return SiteFiles.parse(site, "paper/" + slug + ".html");
    }
}
