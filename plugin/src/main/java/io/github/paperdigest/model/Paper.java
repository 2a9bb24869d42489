package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A paper after every digest that lists it has been read: one per {@link PaperId}.
 *
 * @param slug       the file name of its page, without extension; unique, and the same while the papers whose
 *                   titles give the same slug are (see {@link SharedSlug})
 * @param abstractText the abstract, or empty when no digest gave one (the page says so and links out)
 * @param doi        the DOI in canonical (lower-case) form, see {@link Dois}
 * @param literalAuthors the authors whose names are to be taken whole (an organisation), as any digest that
 *                   lists the paper marks them; a subset of {@code authors}, see {@link LiteralAuthors}
 * @param venue      where the paper appeared (journal, proceedings, "CVPR 2024"), as a digest names it
 * @param tags       tags a person wrote for it in any digest, in first-seen order
 * @param digests    the slugs of the digests that list it, in digest order
 * @param notes      curators' notes (sanitised HTML), one per digest that has one, in digest order; a wikilink to
 *                   another paper's note is marked with that paper's slug, for each page to link from where it is
 *                   (see {@code markup.NoteLinks})
 * @param keptCase   the words of the title and venue whose case a digest that lists the paper protects, as written;
 *                   see {@link KeptCase}
 */
public record Paper(
        PaperId id,
        String slug,
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
        List<String> digests,
        List<Note> notes,
        SortedSet<String> keptCase) {

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        doi = Objects.requireNonNull(doi, "doi");
        venue = Objects.requireNonNull(venue, "venue");
        authors = List.copyOf(authors);
        literalAuthors = LiteralAuthors.of(authors, literalAuthors);
        links = List.copyOf(links);
        tags = WrittenTags.bounded(tags);
        digests = List.copyOf(digests);
        notes = List.copyOf(notes);
        extra = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(extra));
        keptCase = KeptCase.of(keptCase);
    }

    /** A paper whose digests protect the case of no word, see {@link KeptCase}. */
    public Paper(PaperId id, String slug, String title, String abstractText, boolean abstractTruncated,
            Optional<String> arxivId, Optional<String> doi, List<String> authors, SortedSet<String> literalAuthors,
            Optional<LocalDate> published, Optional<String> venue, List<Link> links, List<String> tags,
            Optional<Integer> upvotes, SortedMap<String, String> extra, List<String> digests, List<Note> notes) {
        this(id, slug, title, abstractText, abstractTruncated, arxivId, doi, authors, literalAuthors, published, venue,
                links, tags, upvotes, extra, digests, notes, KeptCase.NONE);
    }

    /** A paper without DOI or venue. */
    public Paper(PaperId id, String slug, String title, String abstractText, boolean abstractTruncated,
            Optional<String> arxivId, List<String> authors, Optional<LocalDate> published, List<Link> links,
            List<String> tags, Optional<Integer> upvotes, SortedMap<String, String> extra, List<String> digests,
            List<Note> notes) {
        this(id, slug, title, abstractText, abstractTruncated, arxivId, Optional.empty(), authors, LiteralAuthors.NONE,
                published, Optional.empty(), links, tags, upvotes, extra, digests, notes);
    }

    /** True when a digest gave the abstract; see {@link #abstractText()}. */
    public boolean hasAbstract() {
        return !abstractText.isEmpty();
    }

    /** A curator's note on the paper in one digest. */
    public record Note(String digestSlug, String html) {
    }
}
