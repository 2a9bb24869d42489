package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperShardsTest {

    @Test
    void aSiteHasAboutSixteenPapersToAFileAndAPowerOfTwoFiles() {
        assertEquals(1, PaperShards.forPapers(0).count());
        assertEquals(1, PaperShards.forPapers(16).count());
        assertEquals(2, PaperShards.forPapers(17).count());
        assertEquals(8, PaperShards.forPapers(89).count());
        assertEquals(1024, PaperShards.forPapers(10_000).count());
        assertEquals(8192, PaperShards.forPapers(100_000).count());
    }

    /** The same paths and answers as "a paper's data file is found as the plugin finds it" in search-engine.test.js. */
    @Test
    void aPapersFileIsTheOneTheThemesScriptLooksIn() {
        assertEquals("paper-data/5085.js", file("paper/attention-is-all-you-need.html", 8192));
        assertEquals("paper-data/5.js", file("paper/attention-is-all-you-need.html", 8));
        assertEquals("paper-data/0.js", file("paper/a.html", 1));
        assertEquals("paper-data/1610.js", file("paper/vript-a-video-is-worth-thousands-of-words.html", 4096));
        assertEquals("paper-data/28.js", file("paper/panda-70m.html", 64));
    }

    @Test
    void papersAreSpreadEvenlyOverTheFiles() {
        PaperShards shards = PaperShards.forPapers(10_000);
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            sizes.merge(shards.of(SitePaths.paper("paper-number-" + i)), 1, Integer::sum);
        }
        int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(sizes.size() > 1000 && largest <= 30, sizes.size() + " files used, the largest with " + largest);
    }

    @Test
    void aPaperAddedMovesNoOtherPaperUntilThePapersDouble() {
        assertEquals(PaperShards.forPapers(9_000), PaperShards.forPapers(16_384));
        assertThrows(IllegalArgumentException.class, () -> new PaperShards(12));
    }

    private static String file(String pagePath, int count) {
        PaperShards shards = new PaperShards(count);
        return shards.path(shards.of(pagePath));
    }
}
