package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * One paper as one digest tells it, before papers from several digests are merged.
 *
 * @param abstractText the abstract, or empty when the digest gives none: a structured entry (BibTeX, a table
 *                     row, a reference manager's record) is a paper by its title and its identifier or link
 * @param doi         the DOI in canonical (lower-case) form, see {@link Dois}
 * @param literalAuthors the authors whose names are to be taken whole, not as given and family names: an
 *                    organisation ("Google DeepMind"), as CSL's {@code literal} and BibTeX's braces mark it; a
 *                    subset of {@code authors}, see {@link LiteralAuthors}
 * @param venue       where the paper appeared: a journal, proceedings or "container" title as the digest names
 *                    it ("CVPR 2024", "Nature Communications"), or empty
 * @param line        the line of the digest file where the entry starts, for messages
 * @param noteHtml    the curator's note, already sanitised HTML, or empty; its wikilinks are marked with the note
 *                    they name, which the catalog resolves once every digest is read (see {@code markup.NoteLinks})
 * @param extra       metadata the digest carries that has no field of its own, in key order
 * @param section     the digest section that lists the entry (a heading above a table or list of papers, a
 *                    keyword of a generated digest), or empty when the digest has no sections
 * @param noteNames   for an entry that is a paper note, the names a wikilink may give the note: its file's name
 *                    (without folder or extension), then its aliases; empty for an entry of a digest
 * @param keptCase    the words of the title and venue whose case the digest protects ({@code {Bayesian}}), as
 *                    written; see {@link KeptCase}
 */
public record PaperEntry(
        String title,
        String abstractText,
        boolean abstractTruncated,
        Optional<String> arxivId,
        Optional<String> doi,
        List<String> authors,
        SortedSet<String> literalAuthors,
        Optional<LocalDate> published,
        Optional<String> venue,
        List<Link> links,
        List<String> tags,
        Optional<Integer> upvotes,
        SortedMap<String, String> extra,
        String noteHtml,
        String section,
        int line,
        List<String> noteNames,
        SortedSet<String> keptCase) {

    public PaperEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        arxivId = Objects.requireNonNull(arxivId, "arxivId");
        doi = Objects.requireNonNull(doi, "doi");
        venue = Objects.requireNonNull(venue, "venue");
        section = section == null ? "" : section;
        authors = List.copyOf(authors);
        literalAuthors = LiteralAuthors.of(authors, literalAuthors);
        published = Objects.requireNonNull(published, "published");
        links = List.copyOf(links);
        tags = WrittenTags.of(tags);
        upvotes = Objects.requireNonNull(upvotes, "upvotes");
        extra = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extra));
        noteHtml = noteHtml == null ? "" : noteHtml;
        noteNames = List.copyOf(noteNames);
        keptCase = KeptCase.of(keptCase);
    }

    /** An entry whose digest protects the case of no word, see {@link KeptCase}. */
    public PaperEntry(String title, String abstractText, boolean abstractTruncated, Optional<String> arxivId,
            Optional<String> doi, List<String> authors, SortedSet<String> literalAuthors, Optional<LocalDate> published,
            Optional<String> venue, List<Link> links, List<String> tags, Optional<Integer> upvotes,
            SortedMap<String, String> extra, String noteHtml, String section, int line, List<String> noteNames) {
        this(title, abstractText, abstractTruncated, arxivId, doi, authors, literalAuthors, published, venue, links, tags,
                upvotes, extra, noteHtml, section, line, noteNames, KeptCase.NONE);
    }

    /** An entry of a digest, which is no paper note. */
    public PaperEntry(String title, String abstractText, boolean abstractTruncated, Optional<String> arxivId,
            Optional<String> doi, List<String> authors, SortedSet<String> literalAuthors, Optional<LocalDate> published,
            Optional<String> venue, List<Link> links, List<String> tags, Optional<Integer> upvotes,
            SortedMap<String, String> extra, String noteHtml, String section, int line) {
        this(title, abstractText, abstractTruncated, arxivId, doi, authors, literalAuthors, published, venue, links, tags,
                upvotes, extra, noteHtml, section, line, List.of());
    }

    /** An entry without DOI, venue or section, as the formats that have none give it. */
    public PaperEntry(String title, String abstractText, boolean abstractTruncated, Optional<String> arxivId,
            List<String> authors, Optional<LocalDate> published, List<Link> links, List<String> tags,
            Optional<Integer> upvotes, SortedMap<String, String> extra, String noteHtml, int line) {
        this(title, abstractText, abstractTruncated, arxivId, Optional.empty(), authors, LiteralAuthors.NONE, published,
                Optional.empty(), links, tags, upvotes, extra, noteHtml, "", line);
    }

    /** An entry with just a title and an abstract, as the plain-text digest gives it. */
    public static PaperEntry of(String title, String abstractText, List<Link> links, int line) {
        return new PaperEntry(title, abstractText, false, Optional.empty(), List.of(), Optional.empty(), links,
                List.of(), Optional.empty(), new TreeMap<>(), "", line);
    }

    public PaperEntry withTruncated(boolean truncated) {
        return new PaperEntry(title, abstractText, truncated, arxivId, doi, authors, literalAuthors, published, venue,
                links, tags, upvotes, extra, noteHtml, section, line, noteNames, keptCase);
    }

    /** This entry with other written tags. */
    public PaperEntry withTags(List<String> writtenTags) {
        return new PaperEntry(title, abstractText, abstractTruncated, arxivId, doi, authors, literalAuthors, published,
                venue, links, writtenTags, upvotes, extra, noteHtml, section, line, noteNames, keptCase);
    }

    /** True when the digest gave an abstract; see {@link #abstractText()}. */
    public boolean hasAbstract() {
        return !abstractText.isEmpty();
    }

    /** The arXiv id when known, else the DOI, else the title: see {@link PaperId}. */
    public PaperId id() {
        return PaperId.of(arxivId, doi, title);
    }
}
