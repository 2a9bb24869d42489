package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest file as the site shows it.
 *
 * @param papers the ids of its papers in the order the file lists them
 */
public record Digest(
        String slug,
        String title,
        Optional<LocalDate> date,
        String sourceName,
        String format,
        Optional<String> sourceUrl,
        String introHtml,
        List<PaperId> papers) {

    public Digest {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        papers = List.copyOf(papers);
    }
}
