package io.github.paperdigest.markup;

/** A URL found in a text, between {@code start} (inclusive) and {@code end} (exclusive). */
public record UrlSpan(int start, int end, String url) {
}
