package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.site.SearchIndex;
import io.github.paperdigest.site.SearchIndex.Entry;
import io.github.paperdigest.site.SearchIndex.Facet;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SearchIndexScriptTest {

    private final SearchIndex index = new SearchIndex(
            List.of(new Entry("Vlogger: <script>alert(1)</script> \u2028 \"quoted\"", "paper/vlogger.html",
                            Optional.of("2024-01-17"), List.of(1, 0), List.of(0), List.of(0),
                            List.of(1, 0), Optional.of("2401.09414"), Optional.empty(), Optional.of("https://github.com/x/v"),
                            Optional.of("10.1145/3600211.3604711")),
                    new Entry("Coded", "paper/coded.html", Optional.empty(), List.of(), List.of(), List.of(0),
                            List.of(), Optional.empty(), Optional.of("https://example.org/coded.pdf"), Optional.empty(),
                            Optional.empty()),
                    new Entry("Undated", "paper/undated.html", Optional.empty(), List.of(), List.of(), List.of(0))),
            List.of(new Facet("long-video", "Long video", "tag/long-video.html"),
                    new Facet("video-generation", "Video generation", "tag/video-generation.html", List.of("T2V", "I2V"))),
            List.of(new Facet("generation", "Video generation", "hub/generation.html")),
            List.of(new Facet("2024-01-17", "Daily papers", "digest/2024-01-17.html")),
            List.of(new Facet("", "Ada Lovelace", "author/ada-lovelace.html"), new Facet("", "Alan Turing", "")),
            List.of(new IndexedWord("undated", List.of(new Occurrence(1, true))),
                    new IndexedWord("vlogger", List.of(new Occurrence(0, true))),
                    new IndexedWord("vlogs", List.of(new Occurrence(0, false), new Occurrence(1, false)))),
            new TreeSet<>(List.of("the", "of")));

    @Test
    void theScriptAssignsTheIndexToAGlobalAsCompactJson() throws Exception {
        String script = new String(new SearchIndexScript().render(index), StandardCharsets.UTF_8);
        String prefix = "window." + SearchIndexScript.GLOBAL + " = ";
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script);

        JsonNode json = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
        assertEquals(1, json.get("version").asInt());
        assertEquals("of the", json.get("stopwords").asText());
        assertEquals("[\"Undated\",\"paper/undated.html\",\"\",[],[],[0]]", json.get("papers").get(2).toString(),
                "a paper with no authors or links ends with its digests");
        assertEquals("[1,0]", json.get("papers").get(0).get(3).toString());
        assertEquals("2024-01-17", json.get("papers").get(0).get(2).asText());
        assertEquals("[[\"long-video\",\"Long video\",\"tag/long-video.html\"],"
                + "[\"video-generation\",\"Video generation\",\"tag/video-generation.html\",\"T2V I2V\"]]",
                json.get("tags").toString(), "aliases, when a facet has any, as a fourth element");
        assertEquals("[1,0]", json.get("papers").get(0).get(6).toString(), "authors as places in the author list");
        assertEquals("2401.09414", json.get("papers").get(0).get(7).asText());
        assertEquals("", json.get("papers").get(0).get(8).asText(), "arXiv's PDF follows from the id: not repeated");
        assertEquals("https://github.com/x/v", json.get("papers").get(0).get(9).asText());
        assertEquals("10.1145/3600211.3604711", json.get("papers").get(0).get(10).asText(), "the DOI a query may name");
        assertEquals("[\"Coded\",\"paper/coded.html\",\"\",[],[],[0],[],\"\",\"https://example.org/coded.pdf\"]",
                json.get("papers").get(1).toString(), "a paper's array ends with its last known value");
        assertEquals("[[\"Ada Lovelace\",\"author/ada-lovelace.html\"],[\"Alan Turing\",\"\"]]",
                json.get("authors").toString(), "an author without a page has an empty path");
        assertEquals("undated vlogger vlogs", json.get("words").asText());
        String[] postings = json.get("postings").asText().split(" ");
        assertEquals(3, postings.length);
        assertEquals(List.of(new Occurrence(0, false), new Occurrence(1, false)), PostingCodec.decode(postings[2]));
    }

    @Test
    void textFromDigestsCannotEndAScriptOrBreakOlderJavaScriptEngines() {
        String script = new String(new SearchIndexScript().render(index), StandardCharsets.UTF_8);
        assertFalse(script.contains("</script"), script);
        assertFalse(script.contains("\u2028"), "a raw line separator ends a string literal before ES2019");
        assertTrue(script.contains("\\u2028"));
    }

    @Test
    void theSameIndexAlwaysGivesTheSameBytes() {
        assertArrayEquals(new SearchIndexScript().render(index), new SearchIndexScript().render(index));
    }

    @Test
    void mostPostingsTakeOneCharacterAndEveryListDecodesToWhatWasEncoded() {
        assertEquals("0", PostingCodec.encode(List.of(new Occurrence(0, false))));
        assertEquals("1", PostingCodec.encode(List.of(new Occurrence(0, true))));
        assertEquals("01", PostingCodec.encode(List.of(new Occurrence(0, false), new Occurrence(1, true))));
        assertEquals("X0", PostingCodec.encode(List.of(new Occurrence(16, false))), "gap 16, not in the title: 32 = 1 * 32 + 0");

        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Occurrence> occurrences = new ArrayList<>();
            int paper = -1;
            for (int i = random.nextInt(50); i > 0; i--) {
                paper += 1 + (random.nextInt(4) == 0 ? random.nextInt(100_000) : random.nextInt(20));
                occurrences.add(new Occurrence(paper, random.nextBoolean()));
            }
            String encoded = PostingCodec.encode(occurrences);
            assertEquals(occurrences, PostingCodec.decode(encoded));
            assertTrue(encoded.chars().allMatch(c -> PostingCodec.FINAL_DIGITS.indexOf(c) >= 0
                    || PostingCodec.MORE_DIGITS.indexOf(c) >= 0), "only digits that JSON keeps as they are: " + encoded);
        }
    }

    @Test
    void occurrencesMustBeInPaperOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> PostingCodec.encode(List.of(new Occurrence(3, false), new Occurrence(3, true))));
    }
}
