package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.site.PostingFiles;
import io.github.paperdigest.site.SearchIndex;
import io.github.paperdigest.site.SearchIndex.Entry;
import io.github.paperdigest.site.SearchIndex.Facet;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import io.github.paperdigest.site.TitleFiles;
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
                            Optional.of("10.1145/3600211.3604711"), Optional.of("zhuang2024vlogger")),
                    new Entry("Coded", "paper/coded.html", Optional.empty(), List.of(), List.of(), List.of(0),
                            List.of(), Optional.empty(), Optional.of("https://example.org/coded.pdf"), Optional.empty(),
                            Optional.empty(), Optional.of("DBLP:conf/x/Coded20")),
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

    private final SearchIndexScript.Scripts scripts = new SearchIndexScript().render(index, new PostingFiles(2));

    private static JsonNode assigned(byte[] script, String prefix) throws Exception {
        String text = new String(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(prefix) && text.endsWith(";\n"), text);
        return new ObjectMapper().readTree(text.substring(prefix.length(), text.length() - 2));
    }

    private JsonNode root() throws Exception {
        return assigned(scripts.root(), "window." + SearchIndexScript.GLOBAL + " = ");
    }

    /**
     * A posting file's key, postings and citation keys: {@code (window.g = window.g || {})["key/k"] = ["postings",
     * "key paper"];}.
     */
    private static List<String> postingFile(byte[] script) throws Exception {
        String global = "window." + SearchIndexScript.POSTINGS_GLOBAL;
        String prefix = "(" + global + " = " + global + " || {})[";
        String text = new String(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(prefix) && text.endsWith(";\n"), text);
        String assignment = text.substring(prefix.length(), text.length() - 2);
        int split = assignment.indexOf("] = ");
        ObjectMapper json = new ObjectMapper();
        JsonNode value = json.readTree(assignment.substring(split + 4));
        assertEquals(2, value.size(), "postings and keys");
        return List.of(json.readTree(assignment.substring(0, split)).asText(), value.get(0).asText(),
                value.get(1).asText());
    }

    /** A title file's key and its titles and paths: {@code (window.g = window.g || {})["key/k"] = ["t", "p"];}. */
    private static List<String> titleFile(byte[] script) throws Exception {
        String global = "window." + SearchIndexScript.TITLES_GLOBAL;
        String prefix = "(" + global + " = " + global + " || {})[";
        String text = new String(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(prefix) && text.endsWith(";\n"), text);
        String assignment = text.substring(prefix.length(), text.length() - 2);
        int split = assignment.indexOf("] = ");
        ObjectMapper json = new ObjectMapper();
        JsonNode value = json.readTree(assignment.substring(split + 4));
        assertEquals(2, value.size(), "titles and paths");
        return List.of(json.readTree(assignment.substring(0, split)).asText(), value.get(0).asText(),
                value.get(1).asText());
    }

    @Test
    void theRootHoldsThePapersAsColumnsOfALinePerPaper() throws Exception {
        JsonNode json = root();
        assertEquals(4, json.get("version").asInt());
        assertEquals("of the", json.get("stopwords").asText());
        assertEquals(3, json.get("count").asInt());
        assertEquals("2024-01-17\n\n", json.get("dates").asText(), "no date is an empty line");
        assertEquals("1,0;0;0;1,0\n;;0\n;;0", json.get("facets").asText(),
                "tags; hubs; digests; authors, up to the last group a paper has");
        assertEquals("2401.09414\t\thttps://github.com/x/v\t10.1145/3600211.3604711\n\thttps://example.org/coded.pdf\n",
                json.get("links").asText(), "arXiv id, PDF (only where it is not arXiv's), code, DOI, up to the last one");
        assertEquals("[[\"long-video\",\"Long video\",\"tag/long-video.html\"],"
                + "[\"video-generation\",\"Video generation\",\"tag/video-generation.html\",\"T2V I2V\"]]",
                json.get("tags").toString(), "aliases, when a facet has any, as a fourth element");
        assertEquals("[[\"Ada Lovelace\",\"author/ada-lovelace.html\"],[\"Alan Turing\",\"\"]]",
                json.get("authors").toString(), "an author without a page has an empty path");
    }

    @Test
    void titlesAndPathsAreNotInTheRootButInTitleFilesOfARunOfPapersEach() throws Exception {
        JsonNode json = root();
        assertFalse(json.has("titles") || json.has("paths"), "a search loads the titles of the results it shows only");
        String key = json.get("titlesKey").asText();
        assertTrue(key.matches("[0-9a-f]{16}"), key);
        assertEquals(TitleFiles.PAPERS_PER_FILE, json.get("papersPerTitleFile").asInt());
        assertEquals(1, scripts.titles().size(), "three papers: one file");
        assertEquals(List.of(key + "/0", "Vlogger: <script>alert(1)</script> \u2028 \"quoted\"\nCoded\nUndated",
                "paper/vlogger.html\npaper/coded.html\npaper/undated.html"), titleFile(scripts.titles().get(0)));
    }

    @Test
    void aSiteOfManyPapersHasATitleFilePerRunOfThemTheLastOneShorter() throws Exception {
        List<Entry> papers = new ArrayList<>();
        int count = 2 * TitleFiles.PAPERS_PER_FILE + 1;
        for (int i = 0; i < count; i++) {
            papers.add(new Entry("Paper " + i, "paper/p" + i + ".html", Optional.empty(), List.of(), List.of(), List.of()));
        }
        SearchIndex many = new SearchIndex(papers, List.of(), List.of(), List.of(), List.of(), List.of(), index.stopwords());
        SearchIndexScript.Scripts made = new SearchIndexScript().render(many, new PostingFiles(1));
        assertEquals(3, made.titles().size());
        List<String> second = titleFile(made.titles().get(1));
        assertTrue(second.get(0).endsWith("/1"), second.get(0));
        assertEquals("Paper " + TitleFiles.PAPERS_PER_FILE, second.get(1).split("\n")[0]);
        assertEquals(TitleFiles.PAPERS_PER_FILE, second.get(2).split("\n").length);
        assertEquals(List.of("Paper " + (count - 1), "paper/p" + (count - 1) + ".html"),
                titleFile(made.titles().get(2)).subList(1, 3));
    }

    @Test
    void anotherTitleOrPathHasAnotherTitlesKeySoThatAStaleCopyOfATitleFileIsToldApart() throws Exception {
        List<Entry> renamed = new ArrayList<>(index.papers());
        Entry coded = renamed.get(1);
        renamed.set(1, new Entry(coded.title(), "paper/coded-2.html", coded.date(), coded.tags(), coded.hubs(),
                coded.digests(), coded.authors(), coded.arxivId(), coded.pdf(), coded.code(), coded.doi(), coded.key()));
        SearchIndex changed = new SearchIndex(renamed, index.tags(), index.hubs(), index.digests(), index.authors(),
                index.words(), index.stopwords());
        JsonNode other = assigned(new SearchIndexScript().render(changed, new PostingFiles(2)).root(),
                "window." + SearchIndexScript.GLOBAL + " = ");
        assertEquals(root().get("postingsKey").asText(), other.get("postingsKey").asText(), "the same words and keys");
        assertNotEquals(root().get("titlesKey").asText(), other.get("titlesKey").asText());
    }

    /** A posting file holds keys too: one of another key is another build's, and told apart as such. */
    @Test
    void anotherCitationKeyHasAnotherPostingsKey() throws Exception {
        List<Entry> rekeyed = new ArrayList<>(index.papers());
        Entry coded = rekeyed.get(1);
        rekeyed.set(1, new Entry(coded.title(), coded.path(), coded.date(), coded.tags(), coded.hubs(),
                coded.digests(), coded.authors(), coded.arxivId(), coded.pdf(), coded.code(), coded.doi(),
                Optional.of("coded2020")));
        SearchIndex changed = new SearchIndex(rekeyed, index.tags(), index.hubs(), index.digests(), index.authors(),
                index.words(), index.stopwords());
        JsonNode other = assigned(new SearchIndexScript().render(changed, new PostingFiles(2)).root(),
                "window." + SearchIndexScript.GLOBAL + " = ");
        assertNotEquals(root().get("postingsKey").asText(), other.get("postingsKey").asText());
    }

    @Test
    void theRootHoldsEveryWordAndHowManyPapersHaveIt() throws Exception {
        JsonNode json = root();
        assertEquals("undated vlogger vlogs", json.get("words").asText());
        assertEquals(List.of(1L, 1L, 2L), PostingCodec.decodeNumbers(json.get("counts").asText()));
        assertTrue(json.get("postingsKey").asText().matches("[0-9a-f]{16}"), json.get("postingsKey").asText());
    }

    @Test
    void eachPostingFileHoldsARunOfWordsUnderTheKeyOfItsRoot() throws Exception {
        JsonNode json = root();
        String key = json.get("postingsKey").asText();
        assertEquals("[0,2]", json.get("postingStarts").toString(), "two occurrences before each file's first word");
        assertEquals(2, scripts.postings().size());

        List<String> first = postingFile(scripts.postings().get(0));
        assertEquals(key + "/0", first.get(0));
        String[] firstPostings = first.get(1).split(" ");
        assertEquals(List.of(new Occurrence(1, true)), PostingCodec.decode(firstPostings[0]), "undated");
        assertEquals(List.of(new Occurrence(0, true)), PostingCodec.decode(firstPostings[1]), "vlogger");
        List<String> second = postingFile(scripts.postings().get(1));
        assertEquals(key + "/1", second.get(0));
        assertEquals(List.of(new Occurrence(0, false), new Occurrence(1, false)), PostingCodec.decode(second.get(1)),
                "vlogs");
    }

    /**
     * A paper's citation key is in the posting file of the first word not before it, which a query of the key as a
     * word needs anyway, in lower case (BibTeX tells keys apart case aside), with the paper's position; the root, which
     * every search loads, holds no key.
     */
    @Test
    void eachCitationKeyIsInThePostingFileOfItsPlaceAmongTheWordsAndNotInTheRoot() throws Exception {
        assertEquals("0dblp:conf/x/coded20,1", postingFile(scripts.postings().get(0)).get(2), "before undated");
        assertEquals("0zhuang2024vlogger,0", postingFile(scripts.postings().get(1)).get(2), "after vlogs, the last word");
        String root = new String(scripts.root(), StandardCharsets.UTF_8);
        assertFalse(root.contains("zhuang2024vlogger") || root.toLowerCase().contains("coded20"), root);
    }

    /**
     * Keys in order share their starts (an author's name and year): each is written as how many characters it shares
     * with the key before it, the rest of it, a comma and its paper, the numbers in the postings' digits.
     */
    @Test
    void aKeyIsWrittenAsWhatItSharesWithTheKeyBeforeItAndTheRest() {
        List<Entry> papers = new ArrayList<>();
        List<String> keys = List.of("he2016identity", "He2016Deep", "lee2019");
        for (int i = 0; i < keys.size(); i++) {
            papers.add(new Entry("P" + i, "paper/p" + i + ".html", Optional.empty(), List.of(), List.of(), List.of(),
                    List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(keys.get(i))));
        }
        papers.add(new Entry("P3", "paper/p3.html", Optional.empty(), List.of(), List.of(), List.of()));
        SearchIndex keyed = new SearchIndex(papers, List.of(), List.of(), List.of(), List.of(),
                List.of(new IndexedWord("paper", List.of(new Occurrence(0, true)))), index.stopwords());
        assertEquals("0he2016deep,16identity,00lee2019,2",
                String.join("|", SearchIndexScript.citationKeys(keyed, new int[] {0})));
    }

    @Test
    void aKeyGoesToTheFileOfTheFirstWordNotBeforeItOrOfTheLastWord() {
        List<String> words = List.of("alpha", "beta", "gamma", "omega");
        int[] starts = {0, 2, 4};
        assertEquals(0, SearchIndexScript.fileOfKey("aa", words, starts));
        assertEquals(0, SearchIndexScript.fileOfKey("beta", words, starts));
        assertEquals(1, SearchIndexScript.fileOfKey("betb", words, starts), "gamma's");
        assertEquals(1, SearchIndexScript.fileOfKey("zz", words, starts), "omega's: the third file holds no word");
        assertEquals(0, SearchIndexScript.fileOfKey("x", List.of(), new int[] {0}));
    }

    @Test
    void aCitationKeyWithASpaceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Entry("T", "paper/t.html", Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("smith 2020")));
    }

    @Test
    void anotherIndexHasAnotherKeySoThatAStaleCopyOfAFileIsToldApart() throws Exception {
        SearchIndex changed = new SearchIndex(index.papers(), index.tags(), index.hubs(), index.digests(), index.authors(),
                List.of(new IndexedWord("undated", List.of(new Occurrence(2, true))),
                        new IndexedWord("vlogger", List.of(new Occurrence(0, true))),
                        new IndexedWord("vlogs", List.of(new Occurrence(0, false), new Occurrence(1, false)))),
                index.stopwords());
        String other = assigned(new SearchIndexScript().render(changed, new PostingFiles(2)).root(),
                "window." + SearchIndexScript.GLOBAL + " = ").get("postingsKey").asText();
        assertNotEquals(root().get("postingsKey").asText(), other);
    }

    @Test
    void aLineBreakInATitleOrATabInALinkCannotShiftTheColumns() throws Exception {
        SearchIndex odd = new SearchIndex(List.of(new Entry("Two\nlines\r\nof title", "paper/two.html", Optional.empty(),
                List.of(), List.of(), List.of(0), List.of(), Optional.empty(), Optional.empty(), Optional.of("https://x/\ty"),
                Optional.empty())), index.tags(), index.hubs(), index.digests(), index.authors(), List.of(), index.stopwords());
        SearchIndexScript.Scripts made = new SearchIndexScript().render(odd, new PostingFiles(1));
        JsonNode json = assigned(made.root(), "window." + SearchIndexScript.GLOBAL + " = ");
        assertEquals("Two lines  of title", titleFile(made.titles().get(0)).get(1));
        assertEquals("\t\thttps://x/ y", json.get("links").asText());
    }

    @Test
    void aSiteWithoutPapersHasAnEmptyIndexAndOneEmptyPostingFile() throws Exception {
        SearchIndex empty = new SearchIndex(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                index.stopwords());
        SearchIndexScript.Scripts none = new SearchIndexScript().render(empty, PostingFiles.forPapers(0));
        JsonNode json = assigned(none.root(), "window." + SearchIndexScript.GLOBAL + " = ");
        assertEquals(0, json.get("count").asInt());
        assertEquals("", json.get("words").asText());
        assertEquals("[0]", json.get("postingStarts").toString());
        assertEquals("", postingFile(none.postings().get(0)).get(1));
        assertEquals(List.of("", ""), titleFile(none.titles().get(0)).subList(1, 3), "one empty title file");
    }

    @Test
    void textFromDigestsCannotEndAScriptOrBreakOlderJavaScriptEngines() {
        String script = new String(scripts.titles().get(0), StandardCharsets.UTF_8);
        assertFalse(script.contains("</script"), script);
        assertFalse(script.contains("\u2028"), "a raw line separator ends a string literal before ES2019");
        assertTrue(script.contains("\\u2028"));
    }

    @Test
    void theSameIndexAlwaysGivesTheSameBytes() {
        SearchIndexScript.Scripts again = new SearchIndexScript().render(index, new PostingFiles(2));
        assertArrayEquals(scripts.root(), again.root());
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(scripts.postings().get(k), again.postings().get(k));
        }
        assertArrayEquals(scripts.titles().get(0), again.titles().get(0));
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
            StringBuilder numbers = new StringBuilder();
            occurrences.forEach(o -> PostingCodec.appendNumber(o.paper(), numbers));
            assertEquals(occurrences.stream().map(o -> (long) o.paper()).toList(), PostingCodec.decodeNumbers(numbers.toString()),
                    "numbers follow each other without a separator");
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
