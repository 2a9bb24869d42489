package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper that arXiv's records say was published in a journal is cited as the journal's article: the journal's name,
 * volume, issue and pages each in its field, and the journal's year, not that of the preprint posted later.
 */
class CitedJournalReferenceTest {

    @TempDir
    Path work;

    @Test
    void theJournalReferenceIsCitedPartByPartWithTheJournalsYear() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2024-01-01.jsonl"), "{\"id\": \"1409.0473\", \"title\": \"Long Memory in"
                + " Recurrent Networks\", \"authors\": \"Sepp Hochreiter, Jurgen Schmidhuber\", \"abstract\": \"We"
                + " remember things for a long time with gated recurrent units.\", \"journal-ref\": \"Neural Computation"
                + " 9(8):1735-1780, 1997\", \"update_date\": \"2014-09-01\"}\n");
        Path site = work.resolve("site");
        List<String> warnings = new ArrayList<>();
        new SiteBuilder(BuildLog.warningsTo(warnings::add)).build(BuildConfig.builder(digests, site).siteTitle("Journals")
                .similarity(BuildConfig.LEXICAL).build());

        Document page = Jsoup.parse(site.resolve("paper/long-memory-in-recurrent-networks.html").toFile(), "UTF-8");
        List<String> bibtex = page.select("pre.bibtex").text().lines().map(String::strip).toList();
        assertEquals(List.of("@article{hochreiter1997long,", "title = {Long Memory in Recurrent Networks},",
                "author = {Sepp Hochreiter and Jurgen Schmidhuber},", "year = {1997},", "journal = {Neural Computation},",
                "volume = {9},", "number = {8},", "pages = {1735--1780},"), bibtex.subList(0, 8));
        assertEquals("1997", page.select("meta[name=citation_publication_date]").attr("content"));
        assertEquals("Neural Computation", page.select("meta[name=citation_journal_title]").attr("content"));
        assertEquals("1735", page.select("meta[name=citation_firstpage]").attr("content"));
        assertEquals("1780", page.select("meta[name=citation_lastpage]").attr("content"));
        assertEquals("2014-09-01", page.select(".paper-head .meta time").attr("datetime"), "the page dates the preprint");
        assertEquals(List.of(), warnings, "the journal's year and the preprint's date are no disagreement of digests");
    }
}
