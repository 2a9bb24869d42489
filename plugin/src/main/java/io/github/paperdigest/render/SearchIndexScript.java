package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
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
 *   "papers": [[title, path, "2025-01-22" or "", [tag, ...], [hub, ...], [digest, ...]], ...],
 *   "tags": [[id, label, path], ...], "hubs": [...], "digests": [...],
 *   "words": "word word ...", "postings": "postings postings ..."};
 * </pre>
 * Paths are from the site root; tags, hubs and digests of a paper are positions in their lists; the
 * n-th postings are the n-th word's, encoded by {@link PostingCodec}.
 */
public final class SearchIndexScript {

    /** The global the index is assigned to; site.js reads it. */
    public static final String GLOBAL = "paperDigestSearchIndex";
    /** Changes when the layout does, so that a theme's script can tell an index it cannot read. */
    static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();

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
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(new ScriptSafeEscapes());
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
            json.writeString(paper.date().map(LocalDate::toString).orElse(""));
            writeNumbers(paper.tags(), json);
            writeNumbers(paper.hubs(), json);
            writeNumbers(paper.digests(), json);
            json.writeEndArray();
        }
        json.writeEndArray();
        writeFacets("tags", index.tags(), json);
        writeFacets("hubs", index.hubs(), json);
        writeFacets("digests", index.digests(), json);
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

    /**
     * JSON's escapes, plus the two line separators that JavaScript engines before ES2019 do not accept
     * inside string literals, and {@code <} so that no {@code </script>} can ever appear should the index be inlined.
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> new SerializedString("\\u2028");
                case '\u2029' -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
