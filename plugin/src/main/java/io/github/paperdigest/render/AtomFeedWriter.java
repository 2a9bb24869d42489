package io.github.paperdigest.render;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.Feed;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.RelativeLinks;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SiteSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a feed as Atom (RFC 4287). Without a base URL, links are relative to the feed's own location
 * (feed readers resolve them against it) and ids are URNs made from slugs; with one, both are absolute.
 * Dates come from the papers, or from the build's fixed timestamp, never from the clock.
 */
public final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Instant NO_DATE = Instant.EPOCH;

    private final SiteSettings settings;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public AtomFeedWriter(SiteSettings settings) {
        this.settings = settings;
    }

    /** Writes the feed as UTF-8 to the stream. */
    public void write(Feed feed, OutputStream out) throws IOException {
        try {
            // given a stream, StAX writes it a byte at a time, and given an encoding writer, a few characters at a
            // time, each through a lock: it writes into a buffer of its own, handed on whole
            Utf8BufferWriter chars = new Utf8BufferWriter(1 << 14);
            XMLStreamWriter w = xml.createXMLStreamWriter(chars);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "title", feed.title());
            element(w, "id", id(feed.path(), "feed"));
            Instant updated = updated(feed);
            element(w, "updated", format(updated));
            w.writeStartElement("author");
            element(w, "name", settings.title());
            w.writeEndElement();
            link(w, "self", url(feed.path(), feed.path()), "application/atom+xml");
            link(w, "alternate", url(feed.path(), feed.pagePath()), "text/html");
            element(w, "generator", settings.generator());
            for (Feed.Entry entry : feed.entries()) {
                entry(w, feed, entry, updated);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
            w.close();
            ByteBuffer bytes = chars.bytes();
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write feed " + feed.path() + ": " + e.getMessage(), e);
        }
    }

    private void entry(XMLStreamWriter w, Feed feed, Feed.Entry entry, Instant feedUpdated) throws XMLStreamException {
        PaperItem item = entry.item();
        Paper p = item.paper();
        String page = SitePaths.paper(p.slug());
        w.writeCharacters("\n");
        w.writeStartElement("entry");
        element(w, "title", TexMath.asText(p.title()));
        element(w, "id", id(entry.idPage().orElse(page), "paper"));
        element(w, "updated", format(entry.updated().map(AtomFeedWriter::startOfDay).orElse(feedUpdated)));
        // the paper's publication date only: a digest's date is when it came to the site, not when it was published
        if (p.published().isPresent()) {
            element(w, "published", format(startOfDay(p.published().get())));
        }
        link(w, "alternate", url(feed.path(), page), "text/html");
        for (String author : p.authors()) {
            w.writeStartElement("author");
            element(w, "name", author);
            w.writeEndElement();
        }
        for (Tag t : item.tags()) {
            w.writeEmptyElement("category");
            w.writeAttribute("term", t.id());
            w.writeAttribute("label", t.label());
        }
        // a paper cited without its abstract has no summary: an empty one is a blank preview in a feed reader
        String abstractText = TexMath.asText(p.abstractText());
        if (!abstractText.isBlank()) {
            w.writeStartElement("summary");
            w.writeAttribute("type", "text");
            // the site's feed carries whole abstracts; a tag's or hub's feed, one among hundreds, the beginning
            w.writeCharacters(feed.path().equals(SitePaths.FEED) ? abstractText : PageViews.excerpt(abstractText));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** The newest entry's date, else the build's timestamp: the feed changes only when its content does. */
    private Instant updated(Feed feed) {
        Optional<LocalDate> newest = feed.entries().stream().map(Feed.Entry::updated).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        return newest.map(AtomFeedWriter::startOfDay).or(settings::timestamp).orElse(NO_DATE);
    }

    private String url(String from, String to) {
        return settings.baseUrl().map(base -> base + to).orElseGet(() -> RelativeLinks.href(from, to));
    }

    /**
     * An id for good: a feed reader knows an entry by it. Without a base URL a paper's is
     * {@code urn:paper-digest:<groupId>:<artifactId>:paper:paper:<slug>} (the site, the kind, then the path, which names
     * the folder again): the project's coordinates tell two sites' papers apart, which a reader subscribed to both
     * would otherwise take for one entry, as every site's {@code urn:paper-digest:feed:feed} was one feed. Without them
     * (the engine run outside Maven) the id names the paper alone.
     */
    private String id(String path, String kind) {
        return settings.baseUrl().map(base -> base + path)
                .orElseGet(() -> "urn:paper-digest:" + settings.siteId().map(site -> site + ":").orElse("") + kind + ":"
                        + path.replaceAll("\\.(html|xml)$", "").replace('/', ':'));
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static Instant startOfDay(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
