package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest file as the site shows it.
 *
 * @param introHtml sanitised HTML shown above its papers, its wikilinks to paper notes marked as a paper's notes are
 *                 (see {@link Paper#notes})
 * @param papers   the ids of its papers in the order the file lists them
 * @param sections the digest's own grouping of its papers (the headings of a generated digest: one per
 *                 search keyword or arXiv category), in file order; empty when the digest has none
 */
public record Digest(
        String slug,
        String title,
        Optional<LocalDate> date,
        String sourceName,
        String format,
        Optional<String> sourceUrl,
        String introHtml,
        List<PaperId> papers,
        List<Section> sections) {

    public Digest {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        papers = List.copyOf(papers);
        sections = List.copyOf(sections);
    }

    /** A digest without sections. */
    public Digest(String slug, String title, Optional<LocalDate> date, String sourceName, String format,
            Optional<String> sourceUrl, String introHtml, List<PaperId> papers) {
        this(slug, title, date, sourceName, format, sourceUrl, introHtml, papers, List.of());
    }

    /**
     * A group of a digest's papers under one heading.
     *
     * @param title  the heading as the digest writes it; empty for the papers listed before the first heading
     * @param date   the day the heading names, when it names one ("Week 3 — 2024-02-09"): a reading group's session,
     *               a day of a week's digest, the day its papers were listed
     * @param papers in the order the file lists them
     */
    public record Section(String title, Optional<LocalDate> date, List<PaperId> papers) {
        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
            papers = List.copyOf(papers);
        }
    }
}
