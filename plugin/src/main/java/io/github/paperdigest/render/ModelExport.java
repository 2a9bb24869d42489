package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PaperDate;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SiteSettings;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * papers.json: the whole model (papers, tags, hubs, digests) for other tools, streamed so that a large
 * corpus is never held twice in memory. URLs are relative to the site root (absolute with a base URL).
 */
public final class ModelExport {

    public static final int FORMAT_VERSION = 1;

    private final SiteSettings settings;
    private final JsonFactory json = new JsonFactory();

    public ModelExport(SiteSettings settings) {
        this.settings = settings;
    }

    /**
     * The objects of papers that an earlier build wrote, and what this build writes: a build that adds a digest writes
     * every paper's object again, the same as the last build's but for the papers that changed.
     */
    public interface KeptObjects {

        /** The key of everything a paper's object is made from, or null when its object is not to be kept. */
        String keyOf(PaperObject madeFrom);

        /** The bytes of the object an earlier build wrote under this key, or null. */
        byte[] recalled(String key);

        /** This build wrote the object of this key, these bytes, at {@code offset} of the file. */
        void wrote(String key, long offset, byte[] object);

        /** This build wrote the whole file. */
        void finished();

        /** Keeps and recalls nothing. */
        KeptObjects NONE = new KeptObjects() {
            @Override
            public String keyOf(PaperObject madeFrom) {
                return null;
            }

            @Override
            public byte[] recalled(String key) {
                return null;
            }

            @Override
            public void wrote(String key, long offset, byte[] object) {
            }

            @Override
            public void finished() {
            }
        };
    }

    /** {@code citations}: what each paper is cited with, as its page's BibTeX entry says. */
    public void write(Corpus corpus, Classification classification, Function<Paper, Citation> citations, OutputStream out)
            throws IOException {
        write(corpus, classification, citations, KeptObjects.NONE, out);
    }

    /**
     * Writes the export as {@link #write(Corpus, Classification, Function, OutputStream)} does, taking the object of each
     * paper from {@code kept} where an earlier build wrote it under the same key: the bytes are the same either way.
     */
    public void write(Corpus corpus, Classification classification, Function<Paper, Citation> citations,
            KeptObjects kept, OutputStream raw) throws IOException {
        CountingStream out = new CountingStream(raw);
        Map<PaperId, String> slugs = new HashMap<>();
        corpus.papers().forEach(p -> slugs.put(p.id(), p.slug()));
        Map<String, Integer> tagCounts = new HashMap<>();
        classification.paperTags().values().forEach(l -> l.forEach(t -> tagCounts.merge(t, 1, Integer::sum)));
        Map<PaperId, List<String>> hubsByPaper = classification.hubsByPaper();
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            // the generator's flush before each paper's object hands its bytes on, not the file's to the disk
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("title", settings.title());
            g.writeStringField("generator", settings.generator());
            g.writeArrayFieldStart("papers");
            for (Paper p : corpus.papers()) {
                PaperObject madeFrom = new PaperObject(p, classification.tagsOf(p.id()),
                        hubsByPaper.getOrDefault(p.id(), List.of()), classification.relatedTo(p.id()),
                        classification.relatedTo(p.id()).stream().map(r -> slugs.get(r.id())).toList(),
                        citations.apply(p));
                String key = kept.keyOf(madeFrom);
                byte[] object = key == null ? null : kept.recalled(key);
                if (object == null) {
                    object = paperObject(madeFrom);
                }
                // the separator before the object, as the generator writes it before a value of the array, then the
                // object's own bytes, written at the depth it has here
                g.writeRawValue("");
                g.flush();
                long offset = out.count();
                out.write(object);
                if (key != null) {
                    kept.wrote(key, offset, object);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            for (Tag t : classification.tags()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("label", t.label());
                g.writeStringField("origin", t.origin().name().toLowerCase(Locale.ROOT));
                g.writeArrayFieldStart("aliases");
                for (String alias : t.aliases()) {
                    g.writeString(alias);
                }
                g.writeEndArray();
                g.writeNumberField("papers", tagCounts.getOrDefault(t.id(), 0));
                g.writeStringField("url", url(SitePaths.tag(t.id())));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("hubs");
            for (Hub h : classification.hubs()) {
                g.writeStartObject();
                g.writeStringField("id", h.id());
                g.writeStringField("name", h.name());
                g.writeStringField("descriptionHtml", h.descriptionHtml());
                strings(g, "tags", h.tagIds());
                if (h.parentId().isPresent()) {
                    g.writeStringField("parent", h.parentId().get());
                }
                g.writeBooleanField("declared", h.declared());
                g.writeStringField("url", url(SitePaths.hub(h.id())));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("digests");
            for (Digest d : corpus.digests()) {
                g.writeStartObject();
                g.writeStringField("slug", d.slug());
                g.writeStringField("title", d.title());
                if (d.date().isPresent()) {
                    g.writeStringField("date", d.date().get().toString());
                }
                g.writeStringField("source", d.sourceName());
                g.writeStringField("format", d.format());
                strings(g, "papers", d.papers().stream().map(slugs::get).toList());
                g.writeStringField("url", url(SitePaths.digest(d.slug())));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        kept.finished();
    }

    /**
     * A paper's object as the export writes it inside its list of papers: indented as deep, with nothing before its
     * opening brace, so that the same paper gives the same bytes wherever it is in the list.
     */
    private byte[] paperObject(PaperObject madeFrom) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = json.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new InPaperList());
            paper(g, madeFrom);
        }
        return bytes.toByteArray();
    }

    /**
     * Everything a paper's object is made from, the settings aside: the paper, its tags, hubs and related papers, the
     * slugs of those (in the same order), and its citation.
     */
    public record PaperObject(Paper paper, List<String> tags, List<String> hubs, List<RelatedPaper> related,
            List<String> relatedSlugs, Citation citation) {
    }

    /** The default pretty printer at the depth of the objects of the list of papers (in the root object). */
    private static final class InPaperList extends DefaultPrettyPrinter {
        InPaperList() {
            _nesting = 1;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new InPaperList();
        }
    }

    /** Counts the bytes it passes on: where each paper's object starts in the file. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    private void paper(JsonGenerator g, PaperObject madeFrom) throws IOException {
        Paper p = madeFrom.paper();
        Citation citation = madeFrom.citation();
        g.writeStartObject();
        g.writeStringField("slug", p.slug());
        g.writeStringField("title", p.title());
        g.writeStringField("abstract", p.abstractText());
        g.writeBooleanField("abstractTruncated", p.abstractTruncated());
        if (p.arxivId().isPresent()) {
            g.writeStringField("arxiv", p.arxivId().get());
        }
        if (p.doi().isPresent()) {
            g.writeStringField("doi", p.doi().get());
        }
        if (p.venue().isPresent()) {
            g.writeStringField("venue", p.venue().get());
        }
        strings(g, "authors", p.authors());
        if (p.published().isPresent()) {
            g.writeStringField("published", p.published().get().toString());
        }
        // the date the site shows as the paper's, as far as it is known: "2024-01-17", "2023-10", "2019"
        Optional<PaperDate> date = PaperDate.own(p);
        if (date.isPresent()) {
            g.writeStringField("date", date.get().iso());
        }
        // the key, year and DOI of the paper's BibTeX entry, so that a tool can cite it as the site does
        g.writeObjectFieldStart("citation");
        g.writeStringField("key", citation.key());
        if (citation.year().isPresent()) {
            g.writeNumberField("year", citation.year().get());
        }
        // the DOI it is cited by, which the paper's "doi" is not when that names its data's or code's deposit
        if (citation.doi().isPresent()) {
            g.writeStringField("doi", citation.doi().get());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("links");
        for (Link l : p.links()) {
            g.writeStartObject();
            g.writeStringField("kind", l.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("url", l.url());
            if (l.cited()) {
                // an address the abstract cites may be another paper's: a tool must not take it for this one's
                g.writeBooleanField("cited", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "tags", madeFrom.tags());
        strings(g, "hubs", madeFrom.hubs());
        strings(g, "digests", p.digests());
        g.writeArrayFieldStart("related");
        for (int i = 0; i < madeFrom.related().size(); i++) {
            RelatedPaper r = madeFrom.related().get(i);
            g.writeStartObject();
            g.writeStringField("slug", madeFrom.relatedSlugs().get(i));
            g.writeNumberField("similarity", Math.round(r.score() * 1000) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.upvotes().isPresent()) {
            g.writeNumberField("upvotes", p.upvotes().get());
        }
        if (!p.extra().isEmpty()) {
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, String> e : p.extra().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeStringField("url", url(SitePaths.paper(p.slug())));
        g.writeEndObject();
    }

    private String url(String path) {
        return settings.baseUrl().map(b -> b + path).orElse(path);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
