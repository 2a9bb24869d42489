package io.github.paperdigest.model;

import java.util.Objects;

/**
 * What makes two entries the same paper: the arXiv id when one is known, otherwise the title with
 * case, accents, punctuation and spacing ignored.
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

    public static PaperId ofTitle(String title) {
        return new PaperId("title:" + TitleKey.of(title));
    }

    public boolean isArxiv() {
        return value.startsWith("arxiv:");
    }

    @Override
    public int compareTo(PaperId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
