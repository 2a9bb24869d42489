package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A built site's search index read back as the theme's script reads it: its root, and its posting files. */
public record SiteSearchIndex(JsonNode root, List<Paper> papers, List<String> words) {

    private static final String ROOT_PREFIX = "window.paperDigestSearchIndex = ";

    /** A paper as a search result shows it. */
    public record Paper(String title, String path, String date) {
    }

    public static SiteSearchIndex of(Path site) {
        String script = read(site.resolve("assets/search-index.js"));
        assertTrue(script.startsWith(ROOT_PREFIX), "assigned to a global, so that a <script> tag loads it from file://");
        JsonNode root = json(script.substring(ROOT_PREFIX.length(), script.lastIndexOf(';')));
        int count = root.get("count").asInt();
        List<String> titles = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int k = 0; k * root.get("papersPerTitleFile").asInt() < Math.max(1, count); k++) {
            JsonNode file = titleFile(site, root.get("titlesKey").asText(), k);
            int run = Math.min(count - titles.size(), root.get("papersPerTitleFile").asInt());
            titles.addAll(lines(file.get(0).asText(), run));
            paths.addAll(lines(file.get(1).asText(), run));
        }
        List<String> dates = lines(root.get("dates").asText(), count);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(new Paper(titles.get(i), paths.get(i), dates.get(i)));
        }
        String words = root.get("words").asText();
        return new SiteSearchIndex(root, List.copyOf(papers), words.isEmpty() ? List.of() : List.of(words.split(" ")));
    }

    /** The paper of this title, which the index must hold. */
    public Paper paper(String title) {
        return papers.stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled " + title + " in the search index"));
    }

    /** The number of posting files the root names. */
    public int postingFiles() {
        return root.get("postingStarts").size();
    }

    /**
     * A posting file's key, its postings, space-separated, and its citation keys (see {@link #keys}), as it assigns
     * them; empty when it has no such file.
     */
    public Optional<String[]> postingFile(Path site, int file) {
        Path path = site.resolve("search-postings/" + file + ".js");
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String script = read(path);
        int open = script.indexOf(")[");
        int assign = script.indexOf("] = ");
        JsonNode value = json(script.substring(assign + 4, script.lastIndexOf(';')));
        assertTrue(value.isArray() && value.size() == 2, "postings and keys");
        return Optional.of(new String[] {json(script.substring(open + 2, assign)).asText(), value.get(0).asText(),
                value.get(1).asText()});
    }

    /**
     * The citation keys of a posting file's third part, as search-engine.js reads them: each the characters it shares
     * with the key before it, the rest of it, a comma and its paper, the numbers in the postings' digits; by key, in
     * order, the paper's position.
     */
    public static Map<String, Integer> keys(String written) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        String previous = "";
        int at = 0;
        while (at < written.length()) {
            int shared = 0;
            for (int digit = digit(written.charAt(at++)); ; digit = digit(written.charAt(at++))) {
                shared = shared * 32 + digit % 32;
                if (digit < 32) {
                    break;
                }
            }
            int comma = written.indexOf(',', at);
            String key = previous.substring(0, shared) + written.substring(at, comma);
            at = comma + 1;
            int paper = 0;
            for (int digit = digit(written.charAt(at++)); ; digit = digit(written.charAt(at++))) {
                paper = paper * 32 + digit % 32;
                if (digit < 32) {
                    break;
                }
            }
            assertTrue(key.compareTo(previous) > 0, "keys in order: " + previous + ", " + key);
            keys.put(key, paper);
            previous = key;
        }
        return keys;
    }

    private static int digit(char c) {
        int finalDigit = "0123456789ABCDEFGHIJKLMNOPQRSTUV".indexOf(c);
        int more = "WXYZabcdefghijklmnopqrstuvwxyz-_".indexOf(c);
        assertTrue(finalDigit >= 0 || more >= 0, "a digit: " + c);
        return finalDigit >= 0 ? finalDigit : 32 + more;
    }

    /** The titles and paths a title file assigns, [titles, paths], under its root's key. */
    private static JsonNode titleFile(Path site, String key, int file) {
        String script = read(site.resolve("search-titles/" + file + ".js"));
        int open = script.indexOf(")[");
        int assign = script.indexOf("] = ");
        String assigned = json(script.substring(open + 2, assign)).asText();
        if (!assigned.equals(key + "/" + file)) {
            throw new AssertionError("search-titles/" + file + ".js is under " + assigned + ", not its root's key " + key);
        }
        return json(script.substring(assign + 4, script.lastIndexOf(';')));
    }

        private static List<String> lines(String column, int count) {
        return count == 0 ? List.of() : List.of(column.split("\n", -1));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
