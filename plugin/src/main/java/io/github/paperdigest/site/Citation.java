package io.github.paperdigest.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reference manager needs of a paper: the facts a BibTeX entry and the Highwire {@code citation_*} tags
 * are written from. Text is as the digests give it; escaping for TeX or HTML is the writer's.
 *
 * @param key     unique across the site and stable from build to build, see {@link CitationKeys}
 * @param authors as written, in order
 * @param year    the year of publication, else of the first digest that listed the paper
 * @param date    the publication date, when a digest gives it
 * @param url     where the paper is read: its arXiv abstract page, else its own link, if any
 * @param pdfUrl  its PDF, if known
 * @param venue   where it appeared ("CVPR 2024"), if a digest says
 */
public record Citation(String key, String title, List<String> authors, Optional<Integer> year,
        Optional<java.time.LocalDate> date, Optional<String> arxivId, Optional<String> doi, Optional<String> venue,
        Optional<String> url, Optional<String> pdfUrl) {

    public Citation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
    }
}
