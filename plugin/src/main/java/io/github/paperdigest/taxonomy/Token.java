package io.github.paperdigest.taxonomy;

/**
 * A word of a text: as written, and normalised (lower case, no accents, singular) for comparison.
 */
public record Token(String original, String normal) {
}
