package io.github.paperdigest.digest;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A digest file's outcome ({@link DigestOutcome}) as bytes for the memo, and back: every field of the digest and
 * of each of its entries, and what was told while it was read. A field added to {@link DigestFile} or
 * {@link PaperEntry} must be added here; {@code DigestOutcomeBytesTest} fails until it is.
 *
 * <p>The memo is a file anyone could have written, so what the site shows as it is, HTML and links, is taken from
 * it only if a reader could have given it: HTML the sanitiser keeps whole, links to http(s) addresses.
 */
final class DigestOutcomeBytes {

    private final HtmlSanitizer sanitizer;

    DigestOutcomeBytes(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** The outcome's bytes, or null when it is not to be kept (see {@link DigestOutcome#canBeKept}). */
    byte[] encode(DigestOutcome outcome) {
        if (!outcome.canBeKept()) {
            return null;
        }
        MemoBytes.Writer out = new MemoBytes.Writer();
        optional(out, Optional.ofNullable(outcome.debug));
        out.number(outcome.readerDebug.size());
        outcome.readerDebug.forEach(out::longText);
        out.number(outcome.readerDebugLeftOut);
        out.number(outcome.told.size());
        for (DigestOutcome.Told t : outcome.told) {
            out.flag(t.problem()).longText(t.what().sourceName()).number(t.what().line()).longText(t.what().problem());
        }
        out.number(outcome.notes.size());
        outcome.notes.forEach(out::longText);
        optional(out, Optional.ofNullable(outcome.noteWithoutPapers));
        out.flag(outcome.digest != null);
        if (outcome.digest != null) {
            digest(out, outcome.digest);
        }
        return out.bytes();
    }

    /** The outcome the bytes hold, told as in {@code strict} mode; null when they hold no outcome a reader gives. */
    DigestOutcome decode(byte[] bytes, boolean strict) {
        try {
            MemoBytes.Reader in = new MemoBytes.Reader(bytes);
            DigestOutcome outcome = new DigestOutcome(strict);
            outcome.debug = optional(in).orElse(null);
            int debugLines = in.size();
            for (int i = 0; i < debugLines; i++) {
                outcome.readerDebug.add(in.longText());
            }
            outcome.readerDebugLeftOut = in.number();
            int told = in.size();
            for (int i = 0; i < told; i++) {
                boolean problem = in.flag();
                outcome.told.add(new DigestOutcome.Told(new DigestException(in.longText(), in.number(), in.longText()),
                        problem));
            }
            int notes = in.size();
            for (int i = 0; i < notes; i++) {
                outcome.notes.add(in.longText());
            }
            outcome.noteWithoutPapers = optional(in).orElse(null);
            if (in.flag()) {
                outcome.digest = digest(in);
            }
            return in.atEnd() && (outcome.digest == null || couldBeRead(outcome.digest)) ? outcome : null;
        } catch (IOException | RuntimeException e) {
            return null; // not an outcome this code wrote: the file is read again
        }
    }

    // loops, not streams, and no sanitiser for no HTML: this is asked of every paper of every digest in every build
    private boolean couldBeRead(DigestFile digest) {
        if (!isClean(digest.introHtml())) {
            return false;
        }
        for (PaperEntry e : digest.entries()) {
            if (!isClean(e.noteHtml())) {
                return false;
            }
            for (Link link : e.links()) {
                if (!isWebAddress(link.url())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isClean(String html) {
        return html.isEmpty() || sanitizer.isClean(html);
    }

    private static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static void digest(MemoBytes.Writer out, DigestFile d) {
        out.longText(d.sourceName()).longText(d.format());
        optional(out, d.title());
        optional(out, d.date().map(LocalDate::toString));
        optional(out, d.sourceUrl());
        out.longText(d.introHtml());
        texts(out, d.tags());
        out.number(d.entries().size());
        d.entries().forEach(e -> entry(out, e));
        out.longText(d.shape());
        texts(out, d.entryFiles());
    }

    private static DigestFile digest(MemoBytes.Reader in) throws IOException {
        String sourceName = in.longText();
        String format = in.longText();
        Optional<String> title = optional(in);
        Optional<LocalDate> date = date(in);
        Optional<String> sourceUrl = optional(in);
        String introHtml = in.longText();
        List<String> tags = texts(in);
        int count = in.size();
        List<PaperEntry> entries = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            entries.add(entry(in));
        }
        String shape = in.longText();
        return new DigestFile(sourceName, format, title, date, sourceUrl, introHtml, tags, entries, shape, texts(in));
    }

    private static void entry(MemoBytes.Writer out, PaperEntry e) {
        out.longText(e.title()).longText(e.abstractText()).flag(e.abstractTruncated());
        optional(out, e.arxivId());
        optional(out, e.doi());
        texts(out, e.authors());
        texts(out, List.copyOf(e.literalAuthors()));
        optional(out, e.published().map(LocalDate::toString));
        optional(out, e.venue());
        out.number(e.links().size());
        e.links().forEach(link -> out.longText(link.kind().name()).longText(link.url()).flag(link.cited()));
        texts(out, e.tags());
        out.flag(e.upvotes().isPresent()).number(e.upvotes().orElse(0));
        out.number(e.extra().size());
        e.extra().forEach((k, v) -> out.longText(k).longText(v));
        out.longText(e.noteHtml()).longText(e.section()).number(e.line());
        texts(out, e.noteNames());
        texts(out, List.copyOf(e.keptCase()));
    }

    private static PaperEntry entry(MemoBytes.Reader in) throws IOException {
        String title = in.longText();
        String abstractText = in.longText();
        boolean truncated = in.flag();
        Optional<String> arxivId = optional(in);
        Optional<String> doi = optional(in);
        List<String> authors = texts(in);
        List<String> literalAuthors = texts(in);
        Optional<LocalDate> published = date(in);
        Optional<String> venue = optional(in);
        int linkCount = in.size();
        List<Link> links = new ArrayList<>(Math.min(linkCount, 1 << 10));
        for (int i = 0; i < linkCount; i++) {
            links.add(new Link(LinkKind.valueOf(in.longText()), in.longText(), in.flag()));
        }
        List<String> tags = texts(in);
        boolean voted = in.flag();
        int votes = in.number();
        TreeMap<String, String> extra = new TreeMap<>();
        int extraCount = in.size();
        for (int i = 0; i < extraCount; i++) {
            extra.put(in.longText(), in.longText());
        }
        return new PaperEntry(title, abstractText, truncated, arxivId, doi, authors,
                LiteralAuthors.of(authors, literalAuthors), published, venue, links, tags,
                voted ? Optional.of(votes) : Optional.empty(), extra, in.longText(), in.longText(), in.number(), texts(in),
                KeptCase.of(texts(in)));
    }

    private static void texts(MemoBytes.Writer out, List<String> values) {
        out.number(values.size());
        values.forEach(out::longText);
    }

    private static List<String> texts(MemoBytes.Reader in) throws IOException {
        int n = in.size();
        List<String> values = new ArrayList<>(Math.min(n, 1 << 10));
        for (int i = 0; i < n; i++) {
            values.add(in.longText());
        }
        return values;
    }

    private static void optional(MemoBytes.Writer out, Optional<String> value) {
        out.flag(value.isPresent());
        value.ifPresent(out::longText);
    }

    private static Optional<String> optional(MemoBytes.Reader in) throws IOException {
        return in.flag() ? Optional.of(in.longText()) : Optional.empty();
    }

    private static Optional<LocalDate> date(MemoBytes.Reader in) throws IOException {
        try {
            return optional(in).map(LocalDate::parse);
        } catch (DateTimeException e) {
            throw new IOException("not a date", e);
        }
    }
}
