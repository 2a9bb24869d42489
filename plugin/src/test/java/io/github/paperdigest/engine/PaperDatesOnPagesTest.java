package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.testing.SiteSearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper is dated with what is known of it (its day, "Jan 2024", "2019", its arXiv id's month), in lists and on its
 * page; never with the date of the digest that listed it, presented as the paper's.
 */
class PaperDatesOnPagesTest {

    @TempDir
    Path work;

    @Test
    void aYearOrAYearAndMonthIsThePapersDateInListsAndOnItsPage() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2024-05-12-zotero.bib"), """
                @article{tpami,
                  title = {Learning Shape Priors with Deep Networks},
                  author = {Garcon, Francois},
                  journal = {IEEE Transactions on Pattern Analysis and Machine Intelligence},
                  year = {2019},
                  doi = {10.1109/tpami.2019.0001}
                }

                @article{monthly,
                  title = {A Paper of January},
                  author = {Doe, Jane},
                  journal = {Journal of Tests},
                  month = jan,
                  year = {2024},
                  doi = {10.1000/jan.2024}
                }

                @article{dated,
                  title = {A Paper With Its Day},
                  author = {Roe, Richard},
                  date = {2023-11-25},
                  doi = {10.1000/day}
                }
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Dates")
                .similarity(BuildConfig.LEXICAL).build());

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("2019 2019", "Jan 2024 2024-01", "25 Nov 2023 2023-11-25"),
                List.of(shown(index, "Learning Shape Priors"), shown(index, "A Paper of January"),
                        shown(index, "A Paper With Its Day")));

        Document tpami = page(site, index, "Learning Shape Priors");
        assertEquals("2019", tpami.selectFirst("p.meta time").text());
        Document monthly = page(site, index, "A Paper of January");
        assertEquals("Jan 2024", monthly.selectFirst("p.meta time").text());
        assertEquals("2024-01", monthly.selectFirst("p.meta time").attr("datetime"));
        assertTrue(monthly.select("dl.fields dt").eachText().stream().noneMatch("year"::equals),
                "the year is the page's date, not repeated as metadata: " + monthly.select("dl.fields").text());

        // search results and the reading list show the date their scripts are given
        SiteSearchIndex search = SiteSearchIndex.of(site);
        assertEquals("2019", search.paper("Learning Shape Priors with Deep Networks").date());
        assertEquals("2024-01", search.paper("A Paper of January").date());
        assertEquals("2023-11-25", search.paper("A Paper With Its Day").date());
        String papers = String.join("\n", Files.readAllLines(site.resolve("paper-data/0.js")));
        assertTrue(papers.contains("{\"title\":\"Learning Shape Priors with Deep Networks\",\"authors\":[\"Francois Garcon\"],\"date\":\"2019\""),
                papers);
    }

    /**
     * A list item's date is the paper's own: its publication date, else the year its digests give, else the month its
     * arXiv id was given. A paper with none of them is placed by the date of the digest that listed it, and the list
     * says so ("in digest 24 Jan 2025"); its page, search and the reading list then show no date at all.
     */
    @Test
    void aListShowsThePapersOwnDateAndLabelsADigestsDateAsSuch() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-24-reading-group.md"), """
                ---
                title: Reading group
                ---

                ## A Paper Known By Its arXiv Id

                - arxiv: 2310.20700
                - authors: Ada Lovelace

                Its digest gives no date: its arXiv id says it was first submitted in October 2023.

                ## A Paper With Its Day

                - date: 2024-01-17
                - authors: Ada Lovelace

                Its digest gives the day it was published.

                ## A Paper Known Only By Its Digest

                - authors: Bob Stone
                - keywords: alpha, beta

                Neither a date nor an arXiv id: only the digest that listed it says when it came.
                """);
        Files.writeString(digests.resolve("notes.md"), """
                # Notes

                ## A Paper Of An Undated Digest

                Nothing about it says when: no date, no arXiv id, no author, in a digest without a date. Its
                abstract is as long as a paper's, and that is all that tells it from a note.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Dates")
                .similarity(BuildConfig.LEXICAL).build());

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("A Paper Known Only By Its Digest", "A Paper With Its Day", "A Paper Known By Its arXiv Id",
                "A Paper Of An Undated Digest"), index.select("li.paper-item h3").eachText(),
                "newest first, by the date each item shows");
        assertEquals("Oct 2023 2023-10", shown(index, "A Paper Known By Its arXiv Id"));
        assertEquals("17 Jan 2024 2024-01-17", shown(index, "A Paper With Its Day"));
        Element digestOnly = item(index, "A Paper Known Only By Its Digest");
        assertEquals("in digest 24 Jan 2025", digestOnly.selectFirst(".paper-item-meta .listed").text());
        assertEquals("2025-01-24", digestOnly.selectFirst(".listed time").attr("datetime"));
        assertEquals(1, digestOnly.select("time").size(), "the digest's date is not also shown as the paper's");
        assertNull(item(index, "A Paper Of An Undated Digest").selectFirst(".paper-item-meta"),
                "an item with nothing to say under its title has no empty line for it");

        Document digestPage = Jsoup.parse(site.resolve("digest/notes.html").toFile(), "UTF-8");
        assertNull(item(digestPage, "A Paper Of An Undated Digest").selectFirst(".paper-item-meta"),
                "nor on its digest's page");

        Document arxivPage = page(site, index, "A Paper Known By Its arXiv Id");
        assertEquals("Oct 2023", arxivPage.selectFirst("p.meta time").text());
        assertEquals("2023-10", arxivPage.selectFirst("p.meta time").attr("datetime"));
        Document digestOnlyPage = page(site, index, "A Paper Known Only By Its Digest");
        assertNull(digestOnlyPage.selectFirst("p.meta"), "no date, arXiv id or venue: no empty line");
        assertEquals(List.of("Keywords"), digestOnlyPage.select("dl.fields dt").eachText());

        SiteSearchIndex search = SiteSearchIndex.of(site);
        assertEquals("2023-10", search.paper("A Paper Known By Its arXiv Id").date());
        assertEquals("", search.paper("A Paper Known Only By Its Digest").date());
        assertTrue(search.papers().stream().noneMatch(p -> p.date().equals("2025-01-24")),
                "no result shows the digest's date as the paper's: " + search.papers());

        String feed = Files.readString(site.resolve("feed.xml"));
        org.jsoup.nodes.Document atom = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        Element digestOnlyEntry = atom.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("A Paper Known Only By Its Digest")).findFirst().orElseThrow();
        assertEquals("2025-01-24T00:00:00Z", digestOnlyEntry.selectFirst("updated").text(), "it came to the site that day");
        assertNull(digestOnlyEntry.selectFirst("published"), "but was not published that day");
        Element dayEntry = atom.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("A Paper With Its Day")).findFirst().orElseThrow();
        assertEquals("2024-01-17T00:00:00Z", dayEntry.selectFirst("published").text());

        Map<String, JsonNode> exported = new HashMap<>();
        new ObjectMapper().readTree(site.resolve("papers.json").toFile()).get("papers")
                .forEach(p -> exported.put(p.get("title").asText(), p));
        assertEquals("2023-10", exported.get("A Paper Known By Its arXiv Id").get("date").asText());
        assertEquals("2024-01-17", exported.get("A Paper With Its Day").get("date").asText());
        assertNull(exported.get("A Paper Known Only By Its Digest").get("date"));
    }

    /** The date a list shows for a paper, as "text datetime". */
    /** A digest's page shows a paper's own date where it is not the digest's own, which its heading already gives. */
    @Test
    void aDigestsPageShowsThePapersOwnDatesButNotTheDigestsDateAgain() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-24-reading-group.md"), """
                # Reading group

                ## A Paper Of That Very Day

                - date: 2025-01-24

                Published the day the group read it, as every paper of a daily listing is.

                ## An Older Paper

                - date: 2024-12-01

                Published weeks before the group read it.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Dates")
                .similarity(BuildConfig.LEXICAL).build());

        Document digestPage = Jsoup.parse(site.resolve("digest/2025-01-24-reading-group.html").toFile(), "UTF-8");
        assertEquals("1 Dec 2024 2024-12-01", shown(digestPage, "An Older Paper"));
        assertNull(item(digestPage, "A Paper Of That Very Day").selectFirst("time"), "the heading gives that date");
        assertEquals("2025-01-24", digestPage.selectFirst(".page-head time").attr("datetime"));
    }

    /**
     * A feed entry needs a day it was updated on. A paper that neither gives its own date nor is listed by a dated
     * digest took the feed's newest day, which moved with every new digest, so feed readers showed it as updated
     * again each time: it now takes the day of the site's oldest dated digest, which makes it look new to nobody.
     */
    @Test
    void aPaperOfAnUndatedDigestIsDatedInFeedsByTheOldestDatedDigestAndKeepsThatDayAsDigestsAreAdded()
            throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-10-first.md"), markdownDigest("A Paper Of The First Digest"));
        Files.writeString(digests.resolve("2025-01-20-second.md"), markdownDigest("A Paper Of The Second Digest"));
        Files.writeString(digests.resolve("classics.md"), markdownDigest("A Paper Of An Undated Digest"));
        Path site = work.resolve("site");
        BuildConfig config = BuildConfig.builder(digests, site).siteTitle("Dates").similarity(BuildConfig.LEXICAL)
                .build();
        new SiteBuilder(BuildLog.silent()).build(config);

        org.jsoup.nodes.Document feed = atom(site);
        assertEquals("2025-01-20T00:00:00Z", feed.selectFirst("feed > updated").text());
        assertEquals("2025-01-10T00:00:00Z", entry(feed, "A Paper Of An Undated Digest").selectFirst("updated").text());
        assertEquals("A Paper Of An Undated Digest", feed.select("entry").last().selectFirst("title").text(),
                "last in the feed, as the oldest");

        Files.writeString(digests.resolve("2025-02-01-third.md"), markdownDigest("A Paper Of The Third Digest"));
        new SiteBuilder(BuildLog.silent()).build(config);

        org.jsoup.nodes.Document later = atom(site);
        assertEquals("2025-02-01T00:00:00Z", later.selectFirst("feed > updated").text());
        assertEquals("2025-01-10T00:00:00Z", entry(later, "A Paper Of An Undated Digest").selectFirst("updated").text(),
                "a new digest leaves the entry as it was");
    }

    /**
     * A reading group's log of many sessions, one file, each session a heading with its day: a paper without a date of
     * its own was listed on its session's day, not the file's, nor, for a file without a date, on no day at all.
     */
    @Test
    void aPaperOfADatedSessionIsListedOnItsSessionsDay() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("reading-group.md"), """
                # ML reading group

                ## Week 3 — 2024-02-09

                - **Paper:** [Toolformer: Language Models Can Teach Themselves to Use Tools](https://example.org/toolformer)
                - **Presenter:** Alice

                ## Week 4 — 16 February 2024

                - **Paper:** [ReAct: Synergizing Reasoning and Acting in Language Models](https://example.org/react)
                - **Presenter:** Bob
                """);
        Files.writeString(digests.resolve("2024-02-12-news.md"), markdownDigest("A Paper Listed Between The Sessions"));
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Dates")
                .similarity(BuildConfig.LEXICAL).build());

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("ReAct: Synergizing Reasoning and Acting in Language Models",
                "A Paper Listed Between The Sessions", "Toolformer: Language Models Can Teach Themselves to Use Tools"),
                index.select("li.paper-item .paper-item-title").eachText(), "newest first, each by the day it was listed");
        assertEquals("in digest 9 Feb 2024",
                item(index, "Toolformer: Language Models Can Teach Themselves to Use Tools").selectFirst(".listed").text());
        assertEquals("2024-02-16", item(index, "ReAct: Synergizing Reasoning and Acting in Language Models")
                .selectFirst(".listed time").attr("datetime"));
        assertEquals("2024-02-09T00:00:00Z", entry(atom(site), "Toolformer: Language Models Can Teach Themselves to Use"
                + " Tools").selectFirst("updated").text());
        assertNull(page(site, index, "Toolformer").selectFirst("p.meta time"), "a session's day is not the paper's date");
    }

    private static String markdownDigest(String paperTitle) {
        return "# Digest\n\n## " + paperTitle + "\n\n- url: https://example.org/" + paperTitle.replace(' ', '-')
                + "\n\nAn abstract of " + paperTitle + ", long enough to be one.\n";
    }

    private static org.jsoup.nodes.Document atom(Path site) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
    }

    private static Element entry(org.jsoup.nodes.Document feed, String title) {
        return feed.select("entry").stream().filter(e -> e.selectFirst("title").text().equals(title)).findFirst()
                .orElseThrow();
    }

    private static String shown(Document list, String title) {
        Element item = list.select("li.paper-item").stream().filter(li -> li.text().contains(title)).findFirst().orElseThrow();
        Element time = item.selectFirst("time");
        return time.text() + " " + time.attr("datetime");
    }

    private static Element item(Document list, String title) {
        return list.select("li.paper-item").stream().filter(li -> li.select(".paper-item-title").text().equals(title)).findFirst()
                .orElseThrow();
    }

    private static Document page(Path site, Document index, String title) throws IOException {
        Element link = index.select("li.paper-item a").stream().filter(a -> a.text().contains(title)).findFirst().orElseThrow();
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
