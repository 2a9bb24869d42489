package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.site.PostingFiles;
import io.github.paperdigest.site.SearchIndex;
import io.github.paperdigest.site.SearchIndex.Entry;
import io.github.paperdigest.site.SearchIndex.Facet;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.TitleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The search index as scripts that assign it to global variables. Pages load them with {@code <script>} tags,
 * which browsers allow on file:// pages where they refuse fetch() and XHR.
 *
 * <p>Three parts, so that a site of 100,000 papers answers its first query in well under a second: a root that
 * every search loads, whose papers are a few long strings (a browser parses those about twice as fast as an array
 * per paper); the postings of the words, in files ({@link PostingFiles}) loaded for the words a query needs; and the
 * papers' titles and page paths, in files ({@link TitleFiles}) loaded for the results shown. Nothing that ranks
 * reads a title: a word's postings say whether it is in a paper's title.
 * <pre>
 * window.paperDigestSearchIndex = {"version": 4, "stopwords": "about after ...", "count": 3,
 *   "dates": "2025-01-22\n\n2024-05", "facets": "3,5;;0\n;;2\n1;0;0,1;4,7",
 *   "links": "\n2401.09414\t\thttps://github.com/x\n",
 *   "tags": [[id, label, path, aliases?], ...], "hubs": [...], "digests": [...], "authors": [[name, path or ""], ...],
 *   "words": "word word ...", "counts": "...", "postingsKey": "1f3a9c0d2b4e6a7c", "postingStarts": [0, 812, ...],
 *   "titlesKey": "0c9d2e4f6a8b1c3d", "papersPerTitleFile": 64};
 *
 * (window.paperDigestSearchPostings = window.paperDigestSearchPostings || {})["1f3a9c0d2b4e6a7c/1"] =
 *   ["postings ...", "0dblp:conf/cvpr/hezrs16,30zhuang2024vlogger,0"];
 *
 * (window.paperDigestSearchTitles = window.paperDigestSearchTitles || {})["0c9d2e4f6a8b1c3d/0"] =
 *   ["title\ntitle", "paper/a.html\npaper/b.html"];
 * </pre>
 * The columns hold a line per paper, newest first. A paper's facets are its tags, hubs, digests and authors as
 * positions in their lists, each group a comma list, trailing empty groups left out; its links are its arXiv id, PDF,
 * code and DOI separated by tabs, trailing empty ones left out, its PDF only where it is not arXiv's, which follows
 * from the arXiv id. {@code counts} holds how many papers have each word, in {@link PostingCodec}'s digits. Posting
 * file k holds the postings of the words from {@code postingStarts[k]} to the next file's start, space-separated, each
 * encoded by {@link PostingCodec}, and the citation keys of papers that sort among those words ({@link #citationKeys}),
 * so that a query of a key finds its paper without the root holding a key a paper; its key names the build whose root
 * it belongs to, so that a stale copy of a file (a cache) is told apart rather than read against another build's words. Title file k holds the titles and the
 * paths of the papers from {@code k * papersPerTitleFile} on, a line each; its key is a hash of every title and path
 * in order, for the same reason.
 * The layout is site-template's search-engine.js's to read: change them together, with {@link #VERSION}.
 */
public final class SearchIndexScript {

    /** The global the index is assigned to; site.js reads it. */
    public static final String GLOBAL = "paperDigestSearchIndex";
    /** The global the posting files add themselves to. */
    public static final String POSTINGS_GLOBAL = "paperDigestSearchPostings";
    /** The global the title files add themselves to. */
    public static final String TITLES_GLOBAL = "paperDigestSearchTitles";
    /** Changes when the layout does, so that a theme's script can tell an index it cannot read. */
    static final int VERSION = 4;
    private static final int KEY_LENGTH = 16;

    /**
     * The root, each posting file and each title file of an index, as UTF-8 bytes; the same index always gives the
     * same bytes.
     */
    public record Scripts(byte[] root, List<byte[]> postings, List<byte[]> titles) {
        public Scripts {
            postings = List.copyOf(postings);
            titles = List.copyOf(titles);
        }
    }

    /** The index's scripts, its postings split into {@code files}, its titles into {@link TitleFiles}. */
    public Scripts render(SearchIndex index, PostingFiles files) {
        List<IndexedWord> words = index.words();
        String[] encoded = new String[words.size()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = PostingCodec.encode(words.get(i).occurrences());
        }
        int[] starts = files.starts(words);
        String[] keys = citationKeys(index, starts);
        String key = postingsKey(words, encoded, starts, keys);
        List<byte[]> postings = new ArrayList<>(starts.length);
        for (int file = 0; file < starts.length; file++) {
            int end = file + 1 < starts.length ? starts[file + 1] : encoded.length;
            postings.add(postingsFile(key + "/" + file, Arrays.asList(encoded).subList(starts[file], end), keys[file]));
        }
        TitleFiles titleFiles = new TitleFiles(index.papers().size());
        String titlesKey = titlesKey(index.papers());
        List<byte[]> titles = new ArrayList<>(titleFiles.count());
        for (int file = 0; file < titleFiles.count(); file++) {
            titles.add(titlesFile(titlesKey + "/" + file,
                    index.papers().subList(titleFiles.first(file), titleFiles.end(file))));
        }
        ByteArrayOutputStream root = new ByteArrayOutputStream(64 * 1024 + index.papers().size() * 240);
        try {
            root.write(("window." + GLOBAL + " = ").getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = ScriptJson.generator(root)) {
                writeRoot(index, key, starts, titlesKey, json);
            }
            root.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return new Scripts(root.toByteArray(), postings, titles);
    }

    /** Which titles these are: a hash of every paper's title and path, in order, and of how many go to a file. */
    private static String titlesKey(List<Entry> papers) {
        MessageDigest hash = ContentHash.digest();
        hash.update((TitleFiles.PAPERS_PER_FILE + "\n").getBytes(StandardCharsets.UTF_8));
        for (Entry paper : papers) {
            hash.update((oneLine(paper.title()) + '\t' + oneLine(paper.path()) + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return ContentHash.hex(hash.digest()).substring(0, KEY_LENGTH);
    }

    private static byte[] titlesFile(String key, List<Entry> papers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + papers.size() * 160);
        try {
            out.write(("(window." + TITLES_GLOBAL + " = window." + TITLES_GLOBAL + " || {})[")
                    .getBytes(StandardCharsets.UTF_8));
            writeString(key, out);
            out.write("] = ".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = ScriptJson.generator(out)) {
                json.writeStartArray();
                json.writeString(column(papers, Entry::title));
                json.writeString(column(papers, Entry::path));
                json.writeEndArray();
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The papers' citation keys that each posting file holds, in key order, each in lower case (BibTeX tells keys apart
     * case aside) with its paper's position. A key goes to the file of the first word not before it (the last word, if
     * every word is before it), which is the file a query of the key as one word mostly needs anyway: keys add nothing
     * to the root, which every search loads. Each key is written as how many characters it shares with the key before
     * it, the rest of it, a comma and its paper, the numbers in {@link PostingCodec}'s digits, which say where they end
     * ("0dblp:conf/cvpr/hezrs16,3" then "0zhuang2024vlogger,0"): keys sorted share their starts (an author's name and
     * year), and at 10,000 papers keys written out whole took 222 KB, these 140 KB.
     */
    static String[] citationKeys(SearchIndex index, int[] starts) {
        List<String> words = index.words().stream().map(IndexedWord::word).toList();
        List<TreeMap<String, Integer>> byFile = new ArrayList<>(starts.length);
        for (int file = 0; file < starts.length; file++) {
            byFile.add(new TreeMap<>());
        }
        for (int paper = 0; paper < index.papers().size(); paper++) {
            int at = paper;
            index.papers().get(paper).key().ifPresent(k -> {
                String folded = k.toLowerCase(Locale.ROOT);
                byFile.get(fileOfKey(folded, words, starts)).put(folded, at);
            });
        }
        String[] keys = new String[starts.length];
        for (int file = 0; file < starts.length; file++) {
            StringBuilder out = new StringBuilder();
            String previous = "";
            for (Map.Entry<String, Integer> keyed : byFile.get(file).entrySet()) {
                String k = keyed.getKey();
                int shared = 0;
                while (shared < Math.min(k.length(), previous.length()) && k.charAt(shared) == previous.charAt(shared)) {
                    shared++;
                }
                PostingCodec.appendNumber(shared, out);
                out.append(k, shared, k.length()).append(',');
                PostingCodec.appendNumber(keyed.getValue(), out);
                previous = k;
            }
            keys[file] = out.toString();
        }
        return keys;
    }

    /** The posting file of a key: that of the first word not before it, or of the last word (search-engine.js's keyFileOf). */
    static int fileOfKey(String key, List<String> words, int[] starts) {
        int found = Collections.binarySearch(words, key);
        int word = Math.max(0, Math.min(found >= 0 ? found : -found - 1, words.size() - 1));
        int file = 0;
        while (file + 1 < starts.length && starts[file + 1] <= word) {
            file++;
        }
        return file;
    }

    /**
     * Which postings these are: a hash of every word and its postings, of how they are split into files, and of the
     * keys each file holds.
     */
    private static String postingsKey(List<IndexedWord> words, String[] encoded, int[] starts, String[] keys) {
        MessageDigest hash = ContentHash.digest();
        for (int i = 0; i < encoded.length; i++) {
            hash.update((words.get(i).word() + ' ' + encoded[i] + '\n').getBytes(StandardCharsets.UTF_8));
        }
        hash.update(Arrays.toString(starts).getBytes(StandardCharsets.UTF_8));
        for (String k : keys) {
            hash.update((k + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return ContentHash.hex(hash.digest()).substring(0, KEY_LENGTH);
    }

    private static byte[] postingsFile(String key, List<String> postings, String keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + postings.stream().mapToInt(p -> p.length() + 1).sum());
        try {
            out.write(("(window." + POSTINGS_GLOBAL + " = window." + POSTINGS_GLOBAL + " || {})[")
                    .getBytes(StandardCharsets.UTF_8));
            writeString(key, out);
            out.write("] = ".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = ScriptJson.generator(out)) {
                json.writeStartArray();
                json.writeString(String.join(" ", postings));
                json.writeString(keys);
                json.writeEndArray();
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void writeString(String value, OutputStream out) throws IOException {
        try (JsonGenerator json = ScriptJson.generator(out)) {
            json.writeString(value);
        }
    }

    private static void writeRoot(SearchIndex index, String key, int[] starts, String titlesKey, JsonGenerator json)
            throws IOException {
        List<Entry> papers = index.papers();
        json.writeStartObject();
        json.writeNumberField("version", VERSION);
        json.writeStringField("stopwords", String.join(" ", index.stopwords()));
        json.writeNumberField("count", papers.size());
        json.writeStringField("dates", column(papers, p -> p.date().orElse("")));
        json.writeStringField("facets", column(papers, SearchIndexScript::facets));
        json.writeStringField("links", column(papers, SearchIndexScript::links));
        writeFacets("tags", index.tags(), json);
        writeFacets("hubs", index.hubs(), json);
        writeFacets("digests", index.digests(), json);
        json.writeArrayFieldStart("authors");
        for (Facet author : index.authors()) {
            json.writeStartArray();
            json.writeString(author.label());
            json.writeString(author.path());
            json.writeEndArray();
        }
        json.writeEndArray();
        StringBuilder words = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (IndexedWord word : index.words()) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(word.word());
            PostingCodec.appendNumber(word.occurrences().size(), counts);
        }
        json.writeStringField("words", words.toString());
        json.writeStringField("counts", counts.toString());
        json.writeStringField("postingsKey", key);
        json.writeArrayFieldStart("postingStarts");
        for (int start : starts) {
            json.writeNumber(start);
        }
        json.writeEndArray();
        json.writeStringField("titlesKey", titlesKey);
        json.writeNumberField("papersPerTitleFile", TitleFiles.PAPERS_PER_FILE);
        json.writeEndObject();
    }

    /** A line per paper. */
    private static String column(List<Entry> papers, Function<Entry, String> value) {
        StringBuilder out = new StringBuilder(papers.size() * 16);
        for (int i = 0; i < papers.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(oneLine(value.apply(papers.get(i))));
        }
        return out.toString();
    }

    /** A value as one line of a column: a line break inside it (which a title should not have) becomes a space. */
    private static String oneLine(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 ? value : value.replace('\r', ' ').replace('\n', ' ');
    }

    /** A paper's tags, hubs, digests and authors: "3,5;;0", up to the last group it has. */
    private static String facets(Entry paper) {
        List<List<Integer>> groups = withoutTrailingEmpty(List.of(paper.tags(), paper.hubs(), paper.digests(),
                paper.authors()), List::isEmpty);
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < groups.size(); g++) {
            if (g > 0) {
                out.append(';');
            }
            List<Integer> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(group.get(i));
            }
        }
        return out.toString();
    }

    /** A paper's arXiv id, PDF, code and DOI, tab-separated, up to the last one it has. */
    private static String links(Entry paper) {
        List<String> links = withoutTrailingEmpty(List.of(paper.arxivId().orElse(""), paper.pdf().orElse(""),
                paper.code().orElse(""), paper.doi().orElse("")), String::isEmpty);
        // a tab separates the links, so none may hold one (an address cannot; a DOI should not)
        return String.join("\t", links.stream().map(l -> l.replace('\t', ' ')).toList());
    }

    /** The values up to the last one that is not empty: a paper's line leaves out what it does not have. */
    private static <T> List<T> withoutTrailingEmpty(List<T> values, Predicate<T> empty) {
        int end = values.size();
        while (end > 0 && empty.test(values.get(end - 1))) {
            end--;
        }
        return values.subList(0, end);
    }

    private static void writeFacets(String name, List<Facet> facets, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (Facet facet : facets) {
            json.writeStartArray();
            json.writeString(facet.id());
            json.writeString(facet.label());
            json.writeString(facet.path());
            if (!facet.aliases().isEmpty()) {
                // a fourth element only when there are aliases: most facets have none
                json.writeString(String.join(" ", facet.aliases()));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }
}
