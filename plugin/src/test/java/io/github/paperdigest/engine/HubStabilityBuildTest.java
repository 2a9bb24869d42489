package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import io.github.paperdigest.testing.SyntheticDigests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reading group sees when the next day's digest arrives, built as a user's build is (semantic similarity, the
 * model loaded): the hubs keep their pages, every earlier paper's page links the hubs it linked, and the new papers
 * join them. A hub's name may change its wording with its tag's label ("Context model" became "Context models" here
 * before hub addresses followed tag ids); its address may not, but for one known exception: a hub is named by a tag of
 * its settled papers' text as the whole archive tags it, and the grown archive can stop giving that tag at all (a
 * two-paper keyphrase "Video models" did, on a machine whose ONNX Runtime clustered these papers a little otherwise);
 * the hub is then named anew. Naming hubs by the settled papers tagged alone, as lexical hubs are formed, would close it.
 */
class HubStabilityBuildTest {

    /** Ten daily digests of 30 papers: 270 papers are past the step of 256, so all nine days are settled. */
    @Test
    void theNextDaysDigestLeavesTheHubsAndEveryEarlierPapersHubLinksAsTheyWere(@TempDir Path work) throws IOException {
        Path all = SyntheticDigests.write(work.resolve("digests"), 300, 10);
        Path nineDays = SyntheticDigests.copyFirst(all, work.resolve("nine-days"), 9);
        Path cache = work.resolve("cache");
        Logged log = new Logged();
        build(nineDays, work.resolve("before/papers"), cache, new Logged());
        build(all, work.resolve("after/papers"), cache, log);
        Path before = work.resolve("before/papers");
        Path after = work.resolve("after/papers");

        assertTrue(log.has("derived from the 270 papers that arrived first, formed anew at 320 papers"), log.toString());
        List<String> hubs = hubAddresses(SiteFiles.parse(before, "hubs.html"));
        assertTrue(hubs.size() >= 2, "hubs " + hubs);
        List<String> hubsAfter = hubAddresses(SiteFiles.parse(after, "hubs.html"));
        assertEquals(hubs.size(), hubsAfter.size(), hubsAfter.toString());
        Map<String, String> renamed = new HashMap<>();
        Set<String> tagsAfter = new HashSet<>(SiteFiles.parse(after, "tags.html").select("main a.tag").eachAttr("href"));
        for (int i = 0; i < hubs.size(); i++) {
            if (!hubs.get(i).equals(hubsAfter.get(i))) {
                String namedBy = "tag/" + hubs.get(i).substring("hub/".length());
                assertTrue(Files.isRegularFile(before.resolve(namedBy)) && !tagsAfter.contains(namedBy),
                        hubs.get(i) + " became " + hubsAfter.get(i) + " though the tag that named it is still a tag");
                renamed.put(hubs.get(i), hubsAfter.get(i));
            }
        }
        assertTrue(renamed.size() <= 1, "renamed " + renamed);
        List<String> earlier = papers(before);
        List<String> added = papers(after).stream().filter(p -> !earlier.contains(p)).toList();
        assertEquals(30, added.size());
        for (String paper : earlier) {
            assertEquals(paperHubs(SiteFiles.parse(before, paper)).stream().map(h -> renamed.getOrDefault(h, h)).toList(),
                    paperHubs(SiteFiles.parse(after, paper)), paper);
        }
        for (String paper : added) {
            assertFalse(paperHubs(SiteFiles.parse(after, paper)).isEmpty(), paper + " joined no hub");
        }
    }

    private static void build(Path digests, Path out, Path cache, BuildLog log) {
        new SiteBuilder(log, new ProjectFiles(), 2, null).build(BuildConfig.builder(digests, out).embeddingCache(cache).build());
    }

    /** Each hub card's address, in the page's order. */
    private static List<String> hubAddresses(Document hubsPage) {
        return hubsPage.select("main a[href^=hub/]").stream().map(a -> a.attr("href")).toList();
    }

    /** The addresses of the hubs a paper's page links. */
    private static List<String> paperHubs(Document paperPage) {
        return paperPage.select("section[aria-labelledby=hubs-heading] a").stream().map(a -> a.attr("href").replace("../", ""))
                .toList();
    }

    private static List<String> papers(Path site) throws IOException {
        try (Stream<Path> list = Files.list(site.resolve("paper"))) {
            return list.map(p -> "paper/" + p.getFileName()).filter(p -> p.endsWith(".html")).sorted().toList();
        }
    }
}
