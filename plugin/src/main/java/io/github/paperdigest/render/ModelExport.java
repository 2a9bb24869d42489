package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Editors;
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

    /** {@code citations}: what each paper is cited with, as its page's BibTeX entry says. */
    public void write(Corpus corpus, Classification classification, Function<Paper, Citation> citations, OutputStream out)
            throws IOException {
        Map<PaperId, String> slugs = new HashMap<>();
        corpus.papers().forEach(p -> slugs.put(p.id(), p.slug()));
        Map<String, Integer> tagCounts = new HashMap<>();
        classification.paperTags().values().forEach(l -> l.forEach(t -> tagCounts.merge(t, 1, Integer::sum)));
        Map<PaperId, List<String>> hubsByPaper = classification.hubsByPaper();
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("title", settings.title());
            g.writeStringField("generator", settings.generator());
            g.writeArrayFieldStart("papers");
            for (Paper p : corpus.papers()) {
                paper(g, p, classification, slugs, hubsByPaper.getOrDefault(p.id(), List.of()), citations.apply(p));
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
    }

    private void paper(JsonGenerator g, Paper p, Classification c, Map<PaperId, String> slugs, List<String> hubs,
            Citation citation) throws IOException {
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
        // kept in extra as one text between semicolons (Editors.written), a form of the model's own: listed as the
        // authors are, a name a string
        Editors editors = Editors.of(p.extra());
        if (!editors.isEmpty()) {
            strings(g, "editors", editors.names());
        }
        // a series' editors and a chapter's book's authors alike, each under its own name: none is the work's editor
        Editors seriesEditors = Editors.of(p.extra(), Editors.SERIES_KEY);
        if (!seriesEditors.isEmpty()) {
            strings(g, "seriesEditors", seriesEditors.names());
        }
        Editors bookAuthors = Editors.of(p.extra(), Editors.BOOK_AUTHORS_KEY);
        if (!bookAuthors.isEmpty()) {
            strings(g, "bookAuthors", bookAuthors.names());
        }
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
        // the kind its page shows, as cited: a Zotero record's "Journal article" of arXiv is cited as a preprint
        if (citation.shownType().isPresent()) {
            g.writeStringField("type", citation.shownType().get());
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
        strings(g, "tags", c.tagsOf(p.id()));
        strings(g, "hubs", hubs);
        strings(g, "digests", p.digests());
        g.writeArrayFieldStart("related");
        for (RelatedPaper r : c.relatedTo(p.id())) {
            g.writeStartObject();
            g.writeStringField("slug", slugs.get(r.id()));
            g.writeNumberField("similarity", Math.round(r.score() * 1000) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.upvotes().isPresent()) {
            g.writeNumberField("upvotes", p.upvotes().get());
        }
        if (p.extra().keySet().stream().anyMatch(k -> !Editors.KEYS.contains(k))) {
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, String> e : p.extra().entrySet()) {
                if (!Editors.KEYS.contains(e.getKey())) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
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
