package io.github.paperdigest.model;

import java.util.Objects;

/**
 * What makes two entries the same paper: the arXiv id when one is known, otherwise the DOI, otherwise the
 * title with case, accents, punctuation and spacing ignored (with its first author and year, for one of two works of
 * one title that no identifier tells apart, see {@link #ofNamesake}).
 */
public record PaperId(String value) implements Comparable<PaperId> {

    public PaperId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a paper id cannot be blank");
        }
    }

    public static PaperId ofArxiv(String arxivId) {
        return new PaperId("arxiv:" + ArxivIds.canonical(arxivId));
    }

    /** A canonical DOI, as {@link Dois#parse} gives it. */
    public static PaperId ofDoi(String doi) {
        return new PaperId("doi:" + doi);
    }

    /** The id by the best identifier known: arXiv id, then DOI, then title. */
    public static PaperId of(java.util.Optional<String> arxivId, java.util.Optional<String> doi, String title) {
        if (arxivId.isPresent()) {
            return ofArxiv(arxivId.get());
        }
        return doi.map(PaperId::ofDoi).orElseGet(() -> ofTitle(title));
    }

    public static PaperId ofTitle(String title) {
        return new PaperId("title:" + TitleKey.of(title));
    }

    /**
     * The id of a paper without an identifier whose title another paper's shares: its title's, told apart by what
     * tells the works apart ({@code by}: its first author's family name and its year, "goodfellow 2016"), which do
     * not depend on the order the digests are read in.
     */
    public static PaperId ofNamesake(String title, String by) {
        return new PaperId("title:" + TitleKey.of(title) + " / " + by);
    }

    @Override
    public int compareTo(PaperId other) {
        return value.compareTo(other.value);
    }

    // written out rather than generated: papers are looked up by id in every step of the build
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PaperId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
