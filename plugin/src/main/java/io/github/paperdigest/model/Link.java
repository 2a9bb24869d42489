package io.github.paperdigest.model;

import java.util.Objects;

/** An absolute http(s) link that belongs to a paper. */
public record Link(LinkKind kind, String url) {

    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }
}
