package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.paperdigest.site.SearchIndex;
import io.github.paperdigest.site.SearchIndex.Entry;
import io.github.paperdigest.site.SearchIndex.Facet;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The search index as a script that assigns it to a global variable. Pages load it with a
 * {@code <script>} tag, which browsers allow on file:// pages where they refuse fetch() and XHR.
 *
 * <p>The layout is compact, for sites of ten thousand papers: arrays instead of objects, and words and
 * postings as single space-separated strings that the script splits once.
 * <pre>
 * window.paperDigestSearchIndex = {"version": 1, "stopwords": "about after ...",
 *   "papers": [[title, path, "2025-01-22" or "", [tag, ...], [hub, ...], [digest, ...], [author, ...],
 *               arXiv id, PDF, code, DOI], ...],
 *   "tags": [[id, label, path], ...], "hubs": [...], "digests": [...], "authors": [[name, path or ""], ...],
 *   "words": "word word ...", "postings": "postings postings ..."};
 * </pre>
 * Paths are from the site root; tags, hubs, digests and authors of a paper are positions in their lists; a
 * paper's array ends with its last known value (most papers have no code link); its PDF is given only where it is
 * not arXiv's, which follows from the arXiv id. The n-th postings are the n-th word's, encoded by
 * {@link PostingCodec}.
 */
public final class SearchIndexScript {

    /** The global the index is assigned to; site.js reads it. */
    public static final String GLOBAL = "paperDigestSearchIndex";
    /** Changes when the layout does, so that a theme's script can tell an index it cannot read. */
    static final int VERSION = 1;

    /** The index as UTF-8 bytes; the same index always gives the same bytes. */
    public byte[] render(SearchIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + index.papers().size() * 320);
        try {
            write(index, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Writes the index as UTF-8 to the stream. */
    public void write(SearchIndex index, OutputStream out) throws IOException {
        out.write(("window." + GLOBAL + " = ").getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = ScriptJson.generator(out)) {
            writeIndex(index, json);
        }
        out.write(";\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void writeIndex(SearchIndex index, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("version", VERSION);
        json.writeStringField("stopwords", String.join(" ", index.stopwords()));
        json.writeArrayFieldStart("papers");
        for (Entry paper : index.papers()) {
            json.writeStartArray();
            json.writeString(paper.title());
            json.writeString(paper.path());
            json.writeString(paper.date().orElse(""));
            writeNumbers(paper.tags(), json);
            writeNumbers(paper.hubs(), json);
            writeNumbers(paper.digests(), json);
            writeTail(paper, json);
            json.writeEndArray();
        }
        json.writeEndArray();
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
        StringBuilder postings = new StringBuilder();
        for (IndexedWord word : index.words()) {
            if (!words.isEmpty()) {
                words.append(' ');
                postings.append(' ');
            }
            words.append(word.word());
            postings.append(PostingCodec.encode(word.occurrences()));
        }
        json.writeStringField("words", words.toString());
        json.writeStringField("postings", postings.toString());
        json.writeEndObject();
    }

    /** A paper's authors, arXiv id, PDF, code and DOI, up to the last one it has. */
    private static void writeTail(Entry paper, JsonGenerator json) throws IOException {
        List<String> links = java.util.Arrays.asList(paper.arxivId().orElse(""), paper.pdf().orElse(""),
                paper.code().orElse(""), paper.doi().orElse(""));
        int last = links.size() - 1;
        while (last >= 0 && links.get(last).isEmpty()) {
            last--;
        }
        if (paper.authors().isEmpty() && last < 0) {
            return;
        }
        writeNumbers(paper.authors(), json);
        for (int i = 0; i <= last; i++) {
            json.writeString(links.get(i));
        }
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

    private static void writeNumbers(List<Integer> numbers, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (int n : numbers) {
            json.writeNumber(n);
        }
        json.writeEndArray();
    }
}
