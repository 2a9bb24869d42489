package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.PaperData;
import io.github.paperdigest.site.PaperDate;
import io.github.paperdigest.site.PaperFacts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Papers as other pages' scripts need them, a few to a script ({@code paper-data/<n>.js}, see
 * {@link io.github.paperdigest.site.PaperShards}): each paper's abstract, for the sentence a search result shows,
 * and its BibTeX entry and RIS record, for a reading list's exports, with what a list shows of it. Pages load such a
 * script with a {@code <script>} tag, which works from file:// where fetch() does not, and only for the few papers
 * they show: the search index stays small. A line per paper:
 * <pre>
 * (window.paperDigestPapers = window.paperDigestPapers || {})["paper/slug.html"] = {"title": ..., "authors": [...],
 *   "date": "2024-01-17", "arxiv": ..., "pdf": ..., "code": ..., "abstract": ..., "venue": ..., "doi": ...,
 *   "key": "zhuang2024vlogger", "bib": "@misc{...}", "ris": "TY  - JOUR\r\n..."};
 * </pre>
 * Keys without a value are left out.
 */
public final class PaperScript {

    /** The global that holds the papers loaded so far, by the path of their page. */
    public static final String GLOBAL = "paperDigestPapers";

    private final BibTex bibTex;

    /** @param bibTex the writer of the papers' entries, shared with the build's other files */
    public PaperScript(BibTex bibTex) {
        this.bibTex = bibTex;
    }

    /** Writes the script of these papers as UTF-8, a line each, in the order given. */
    public void write(List<PaperData> papers, OutputStream out) throws IOException {
        for (PaperData data : papers) {
            write(data, out);
        }
    }

    /** Writes the line of one paper as UTF-8. */
    public void write(PaperData data, OutputStream out) throws IOException {
        out.write(("(window." + GLOBAL + " = window." + GLOBAL + " || {})").getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = ScriptJson.generator(out)) {
            // two JSON values, a member access and the paper, with " = " between them and nothing else
            json.setRootValueSeparator(null);
            json.writeStartArray();
            json.writeString(data.pagePath());
            json.writeEndArray();
            json.flush();
            out.write(" = ".getBytes(StandardCharsets.UTF_8));
            json.writeStartObject();
            if (data.movedTo().isPresent()) {
                // an address the paper's page moved from: where it is now, and the title a list shows meanwhile
                json.writeStringField("movedTo", data.movedTo().get());
                json.writeStringField("title", TexMath.asText(data.paper().title()));
                json.writeEndObject();
            } else {
                writePaper(json, data);
            }
        }
        out.write(";\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A paper's details, its object open and closed here. */
    private void writePaper(JsonGenerator json, PaperData data) throws IOException {
        Paper paper = data.paper();
        json.writeStringField("title", TexMath.asText(paper.title()));
        if (!paper.authors().isEmpty()) {
            json.writeArrayFieldStart("authors");
            for (String author : paper.authors()) {
                json.writeString(author);
            }
            json.writeEndArray();
        }
        // the paper's own date as far as it is known, as on its page; never that of a digest that listed it
        optional(json, "date", data.date().map(PaperDate::iso));
        optional(json, "arxiv", paper.arxivId());
        optional(json, "pdf", PaperFacts.pdfUrl(paper));
        optional(json, "code", PaperFacts.codeUrl(paper));
        optional(json, "abstract", Optional.of(TexMath.asText(paper.abstractText())).filter(a -> !a.isEmpty()));
        // search finds a paper by its venue's words too, and says so with the venue
        optional(json, "venue", paper.venue().map(TexMath::asText));
        // what a reading list's JSON export gives a reference manager besides the entry: the DOI the paper is cited by
        // (not a deposit of an arXiv paper's code or data) and the key its entry cites it by
        optional(json, "doi", data.citation().doi());
        json.writeStringField("key", data.citation().key());
        json.writeStringField("bib", bibTex.entry(data.citation()));
        json.writeStringField("ris", Ris.entry(data.citation()));
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }
}
