package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed entry summarises a paper with its abstract, and a paper cited without one has no summary, not an empty one. */
class FeedSummariesTest {

    @TempDir
    Path work;

    @Test
    void aPaperCitedWithoutItsAbstractHasNoSummaryInTheFeeds() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-07-zotero.bib"), """
                @misc{lecun_path_2022,
                  title = {A Path Towards Autonomous Machine Intelligence},
                  author = {LeCun, Yann},
                  year = {2022},
                  url = {https://openreview.net/forum?id=BZ5a1r-kVsf},
                  keywords = {world models}
                }

                @misc{ha_world_2018,
                  title = {World Models},
                  author = {Ha, David and Schmidhuber, J{\\"u}rgen},
                  year = {2018},
                  eprint = {1803.10122},
                  archiveprefix = {arXiv},
                  keywords = {world models},
                  abstract = {We explore building generative neural network models of popular reinforcement learning environments.}
                }
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());

        for (String feed : new String[] {"feed.xml", "tag/world-models.xml"}) {
            Document atom = Jsoup.parse(Files.readString(site.resolve(feed)), "", Parser.xmlParser());
            assertNull(entry(atom, "A Path Towards Autonomous Machine Intelligence").selectFirst("summary"), feed);
            assertEquals("We explore building generative neural network models of popular reinforcement learning"
                    + " environments.", entry(atom, "World Models").selectFirst("summary").text(), feed);
        }
    }

    private static Element entry(Document feed, String title) {
        return feed.select("entry").stream().filter(e -> e.selectFirst("title").text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title + " in " + feed));
    }
}
