package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper page cites one date wherever it gives one: the BibTeX entry's year and month, the Highwire
 * {@code citation_publication_date} and the JSON-LD {@code datePublished} (schema.org: the date of the
 * ScholarlyArticle's publication, here the one its {@code isPartOf} venue names). A preprint's day, as the Hugging Face
 * and arXiv formats give it, is not the day of the venue the paper later appeared at: with a venue it is not cited, in
 * the venue's year or another; without one the preprint is the publication, and its day is cited. A day after the month
 * its arXiv id was given is a later version's or a listing's (cv-arxiv-daily's "Publish Date" is arXiv's last-updated
 * day): the preprint is cited as of its id's year, with no day.
 */
class CitedDateOnPagesTest {

    @TempDir
    Path work;

    @Test
    void everyCitationOnThePageGivesTheSameDateAndAPreprintsDayIsNotAVenuesDay() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-24-dates.md"), """
                ## Posted in December, Published the Next Year

                - arxiv: 2312.14125
                - date: 2023-12-21
                - venue: ICML 2024

                A preprint of December 2023 at ICML 2024.

                ## Posted in February, Published the Same Year

                - arxiv: 2402.12345
                - date: 2024-02-10
                - venue: ICML 2024

                A preprint of February 2024 at ICML 2024.

                ## Published on the Venue's Own Day

                - arxiv: 2312.10001
                - date: 2024-07-21
                - venue: ICML 2024

                A date long after the preprint's, the venue's own.

                ## Posted at a Venue That Names No Year

                - arxiv: 2402.10002
                - date: 2024-02-12
                - venue: ICML

                A preprint of February 2024 at ICML.

                ## A Preprint and Nothing Else

                - arxiv: 2402.10003
                - date: 2024-02-14

                A preprint of February 2024, published nowhere else.

                ## A Preprint Dated by Its Last Version

                - arxiv: 2412.02967
                - date: 2025-02-19

                cv-arxiv-daily's "Publish Date": the day of the last version, not of the first.

                ## Listed in the New Year

                - arxiv: 2312.10004
                - date: 2024-01-02

                A preprint of December 2023, listed by a daily digest in January.

                ## Updated in the Same Year

                - arxiv: 2401.10006
                - date: 2024-05-06

                A later version's day in the year the preprint came out: the year is the same, the day is not cited.

                ## Published in a Journal After Its Preprint

                - arxiv: 2312.10005
                - date: 2024-05-06
                - doi: 10.1038/s41586-024-00001-1

                A publisher's DOI: the date may be the journal's.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Dates")
                .baseUrl("https://example.org/papers/").similarity(BuildConfig.LEXICAL).build());

        // BibTeX's year and month; Highwire's date; JSON-LD's date
        assertEquals(List.of("2024", "", "2024", "2024"), cited(site, "Posted in December, Published the Next Year"));
        assertEquals(List.of("2024", "", "2024", "2024"), cited(site, "Posted in February, Published the Same Year"));
        assertEquals(List.of("2024", "jul", "2024/07/21", "2024-07-21"), cited(site, "Published on the Venue's Own Day"));
        assertEquals(List.of("2024", "", "2024", "2024"), cited(site, "Posted at a Venue That Names No Year"));
        assertEquals(List.of("2024", "feb", "2024/02/14", "2024-02-14"), cited(site, "A Preprint and Nothing Else"));
        // JSON-LD's date as precise as it is known: the month the id was given, as for a preprint no digest dates
        assertEquals(List.of("2024", "", "2024", "2024-12"), cited(site, "A Preprint Dated by Its Last Version"));
        assertEquals(List.of("2023", "", "2023", "2023-12"), cited(site, "Listed in the New Year"));
        assertEquals(List.of("2024", "", "2024", "2024-01"), cited(site, "Updated in the Same Year"));
        assertEquals(List.of("2024", "may", "2024/05/06", "2024-05-06"),
                cited(site, "Published in a Journal After Its Preprint"));
    }

    /**
     * Zotero's CSL {@code issued} of an arXiv item is often its latest version's day: the page showed "2 Aug 2023" for
     * "Attention Is All You Need" (1706.03762), and a day before the id's month, when no version existed, was cited as
     * the preprint's. An arXiv preprint shows, and is cited with, the month its id was given, unless its digests date it
     * in that month; a paper with a publisher's DOI keeps its date, which may be the journal's.
     */
    @Test
    void aPreprintIsShownAndCitedByItsIdsMonthWhereItsDateIsAnotherMonths() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-01-zotero.json"), """
                [{"type": "article", "title": "Dated by Its Latest Version", "number": "arXiv:1706.03762",
                  "publisher": "arXiv", "DOI": "10.48550/arXiv.1706.03762", "issued": {"date-parts": [["2023", 8, 2]]},
                  "author": [{"family": "Vaswani", "given": "Ashish"}]},
                 {"type": "article", "title": "Dated Before Its Id", "number": "arXiv:2402.01234",
                  "issued": {"date-parts": [[2023, 11, 30]]}, "author": [{"family": "Zhuang", "given": "Shaobin"}]},
                 {"type": "article", "title": "Dated in Its Ids Month", "number": "arXiv:2402.01235",
                  "issued": {"date-parts": [[2024, 2, 14]]}, "author": [{"family": "Li", "given": "Kunchang"}]},
                 {"type": "article", "title": "A Year of Another Version", "number": "arXiv:2312.01236",
                  "issued": {"date-parts": [[2024]]}, "author": [{"family": "Chen", "given": "Xinyuan"}]},
                 {"type": "article-journal", "title": "Published Later in a Journal", "number": "arXiv:2312.01237",
                  "DOI": "10.1038/s41586-024-00002-2", "issued": {"date-parts": [[2024, 5, 6]]},
                  "author": [{"family": "Wang", "given": "Yaohui"}]}]
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Dates")
                .baseUrl("https://example.org/papers/").similarity(BuildConfig.LEXICAL).build());

        assertEquals("2017-06", shown(site, "Dated by Its Latest Version"));
        assertEquals(List.of("2017", "", "2017", "2017-06"), cited(site, "Dated by Its Latest Version"));
        assertEquals("2024-02", shown(site, "Dated Before Its Id"));
        assertEquals(List.of("2024", "", "2024", "2024-02"), cited(site, "Dated Before Its Id"));
        assertEquals("2024-02-14", shown(site, "Dated in Its Ids Month"));
        assertEquals(List.of("2024", "feb", "2024/02/14", "2024-02-14"), cited(site, "Dated in Its Ids Month"));
        assertEquals("2023-12", shown(site, "A Year of Another Version"));
        assertEquals(List.of("2023", "", "2023", "2023-12"), cited(site, "A Year of Another Version"));
        assertEquals("2024-05-06", shown(site, "Published Later in a Journal"));
    }

    /** The date the paper's page shows under its title, as its {@code datetime} writes it. */
    private static String shown(Path site, String title) throws IOException {
        return paperPage(site, title).selectFirst(".paper-head .meta time").attr("datetime");
    }

    private static List<String> cited(Path site, String title) throws IOException {
        Document page = paperPage(site, title);
        String bibtex = page.selectFirst(".cite pre.bibtex").text();
        return List.of(field(bibtex, "year = \\{(\\d+)\\}"), field(bibtex, "month = (\\w+),"),
                page.select("head meta[name=citation_publication_date]").attr("content"),
                new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                        .path("datePublished").asText());
    }

    private static String field(String bibtex, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(bibtex);
        return m.find() ? m.group(1) : "";
    }

    private static Document paperPage(Path site, String title) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.select(".paper-item-title a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title + " in " + index.select(".paper-item-title")));
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
