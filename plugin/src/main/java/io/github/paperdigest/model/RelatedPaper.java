package io.github.paperdigest.model;

/** A paper similar to another one, with the similarity in [0, 1]. */
public record RelatedPaper(PaperId id, double score) {
}
