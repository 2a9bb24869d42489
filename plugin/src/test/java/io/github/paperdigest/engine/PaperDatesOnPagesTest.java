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
 * A paper whose digest gives only its year, or year and month, is dated with what is known ("2019", "Jan 2024"), in
 * lists and on its page; never with the date of the digest that listed it, presented as the paper's.
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
        String search = Files.readString(site.resolve("assets/search-index.js"));
        assertTrue(search.contains("\"Learning Shape Priors with Deep Networks\",\"paper/learning-shape-priors-with-deep-networks.html\",\"2019\""), search);
        assertTrue(search.contains("\"A Paper of January\",\"paper/a-paper-of-january.html\",\"2024-01\""), search);
        assertTrue(search.contains("\"A Paper With Its Day\",\"paper/a-paper-with-its-day.html\",\"2023-11-25\""), search);
        String papers = String.join("\n", Files.readAllLines(site.resolve("paper-data/0.js")));
        assertTrue(papers.contains("{\"title\":\"Learning Shape Priors with Deep Networks\",\"authors\":[\"Francois Garcon\"],\"date\":\"2019\""),
                papers);
    }

    /** The date a list shows for a paper, as "text datetime". */
    private static String shown(Document list, String title) {
        Element item = list.select("li.paper-item").stream().filter(li -> li.text().contains(title)).findFirst().orElseThrow();
        Element time = item.selectFirst("time");
        return time.text() + " " + time.attr("datetime");
    }

    private static Document page(Path site, Document index, String title) throws IOException {
        Element link = index.select("li.paper-item a").stream().filter(a -> a.text().contains(title)).findFirst().orElseThrow();
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
