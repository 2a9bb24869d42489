package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed reader knows a feed and its entries by their ids, which Atom requires to be unique for good. With a
 * {@code baseUrl} they are the pages' addresses; without one, two sites' ids were one and the same
 * ({@code urn:paper-digest:feed:feed}), and a reader subscribed to two labs' feeds would take their papers for one
 * entry. The Maven project's coordinates now tell the sites apart.
 */
class FeedIdsTest {

    @TempDir
    Path work;

    private Path digests() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-07-papers.md"), """
                ## World Models

                - arxiv: 1803.10122

                We explore building generative neural network models of popular reinforcement learning environments.
                """);
        return digests;
    }

    private List<String> ids(BuildConfig.Builder config, String name) throws IOException {
        Path site = work.resolve(name);
        new SiteBuilder(BuildLog.silent()).build(config.similarity(BuildConfig.LEXICAL).build());
        Document atom = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        return List.of(atom.selectFirst("feed > id").text(), atom.selectFirst("entry > id").text());
    }

    @Test
    void withoutABaseUrlTheProjectsCoordinatesTellOneSitesIdsFromAnothers() throws IOException {
        Path digests = digests();
        List<String> lab = ids(BuildConfig.builder(digests, work.resolve("lab")).siteId("org.example:lab-papers"), "lab");
        List<String> club = ids(BuildConfig.builder(digests, work.resolve("club")).siteId("org.example:club"), "club");

        assertEquals(List.of("urn:paper-digest:org.example:lab-papers:feed:feed",
                "urn:paper-digest:org.example:lab-papers:paper:paper:world-models"), lab);
        assertNotEquals(lab.get(0), club.get(0));
        assertNotEquals(lab.get(1), club.get(1));
    }

    @Test
    void withABaseUrlTheIdsAreThePagesAddresses() throws IOException {
        List<String> ids = ids(BuildConfig.builder(digests(), work.resolve("site")).siteId("org.example:lab-papers")
                .baseUrl("https://example.org/papers/"), "site");
        assertEquals(List.of("https://example.org/papers/feed.xml", "https://example.org/papers/paper/world-models.html"),
                ids);
    }

    @Test
    void aSiteIdIsKeptToWhatAUrnMayHold() throws IOException {
        List<String> ids = ids(BuildConfig.builder(digests(), work.resolve("site")).siteId("our lab/papers"), "site");
        assertEquals("urn:paper-digest:our-lab-papers:feed:feed", ids.get(0));
    }
}
