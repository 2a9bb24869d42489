package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One paper as one digest tells it, before papers from several digests are merged.
 *
 * @param line        the line of the digest file where the entry starts, for messages
 * @param noteHtml    the curator's note, already sanitised HTML, or empty
 * @param extra       metadata the digest carries that has no field of its own, in key order
 */
public record PaperEntry(
        String title,
        String abstractText,
        boolean abstractTruncated,
        Optional<String> arxivId,
        List<String> authors,
        Optional<LocalDate> published,
        List<Link> links,
        List<String> tags,
        Optional<Integer> upvotes,
        SortedMap<String, String> extra,
        String noteHtml,
        int line) {

    public PaperEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        arxivId = Objects.requireNonNull(arxivId, "arxivId");
        authors = List.copyOf(authors);
        published = Objects.requireNonNull(published, "published");
        links = List.copyOf(links);
        tags = WrittenTags.of(tags);
        upvotes = Objects.requireNonNull(upvotes, "upvotes");
        extra = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extra));
        noteHtml = noteHtml == null ? "" : noteHtml;
    }

    /** An entry with just a title and an abstract, as the plain-text digest gives it. */
    public static PaperEntry of(String title, String abstractText, List<Link> links, int line) {
        return new PaperEntry(title, abstractText, false, Optional.empty(), List.of(), Optional.empty(), links,
                List.of(), Optional.empty(), new TreeMap<>(), "", line);
    }

    public PaperEntry withTruncated(boolean truncated) {
        return new PaperEntry(title, abstractText, truncated, arxivId, authors, published, links, tags, upvotes,
                extra, noteHtml, line);
    }

    /** This entry with other written tags. */
    public PaperEntry withTags(List<String> writtenTags) {
        return new PaperEntry(title, abstractText, abstractTruncated, arxivId, authors, published, links, writtenTags,
                upvotes, extra, noteHtml, line);
    }

    public PaperId id() {
        return arxivId.map(PaperId::ofArxiv).orElseGet(() -> PaperId.ofTitle(title));
    }
}
