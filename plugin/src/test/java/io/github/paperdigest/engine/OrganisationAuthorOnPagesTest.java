package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation a digest names as one ({@code {Google DeepMind}} in BibTeX) is one name in every citation of its
 * page: braced whole in the BibTeX entry, and a family name with no given name in the Highwire tags Zotero reads
 * ("Google DeepMind,"), where "Google DeepMind" was split into the given name "Google" and the family name "DeepMind".
 */
class OrganisationAuthorOnPagesTest {

    @TempDir
    Path work;

    @Test
    void aBracedOrganisationIsOneNameInTheBibtexEntryAndInTheCitationTags() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-03-library.bib"), """
                @misc{gemini,
                  title = {Gemini: A Family of Highly Capable Multimodal Models},
                  author = {{Google DeepMind} and {The Gemini Team} and Doe, Jane},
                  year = {2023},
                  doi = {10.1000/gemini}
                }
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Orgs")
                .similarity(BuildConfig.LEXICAL).build());

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.selectFirst(".paper-item-title a");
        Document page = Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
        assertEquals(List.of("Google DeepMind,", "The Gemini Team,", "Jane Doe"),
                page.select("head meta[name=citation_author]").eachAttr("content"));
        String bibtex = page.selectFirst(".cite pre.bibtex").text();
        assertTrue(bibtex.contains("author = {{Google DeepMind} and {The Gemini Team} and Jane Doe}"), bibtex);
        assertEquals(List.of("Google DeepMind", "The Gemini Team", "Jane Doe"), page.select("p.authors .author").eachText(),
                "the page shows each name as written");
    }

    @Test
    void aTeamNamedAmongPeopleInADigestThatCannotMarkOrganisationsIsOneNameToo() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-07-01-reports.md"), """
                # Technical reports

                ## Ling: Scaling Mixture of Experts

                - arxiv: 2503.05139
                - authors: Ling Team, Jane Doe

                We train a mixture-of-experts model and report how it scales.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Teams")
                .similarity(BuildConfig.LEXICAL).build());

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Document page = Jsoup.parse(site.resolve(index.selectFirst(".paper-item-title a").attr("href")).toFile(),
                "UTF-8");
        List<String> shown = page.select("p.authors .author").eachText();
        String bibtex = page.selectFirst(".cite pre.bibtex").text();
        assertTrue(bibtex.contains("@misc{lingteam2025ling,"), "the key takes the team's whole name: " + bibtex);
        assertTrue(bibtex.contains("author = {{Ling Team} and Jane Doe"), bibtex);
        assertEquals("Ling Team,", page.select("head meta[name=citation_author]").eachAttr("content").get(0));
        assertEquals("Ling Team", shown.get(0), "the page shows the name as written");
    }
}
