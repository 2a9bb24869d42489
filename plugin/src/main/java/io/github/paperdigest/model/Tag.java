package io.github.paperdigest.model;

import java.util.Objects;

/**
 * A tag of the site.
 *
 * @param id              its slug: lower-case ASCII words joined by '-'
 * @param descriptionHtml sanitised HTML, or empty
 * @param origin          where the tag comes from; person-written tags are kept even when rare
 */
public record Tag(String id, String label, String descriptionHtml, TagOrigin origin) {

    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        Objects.requireNonNull(origin, "origin");
    }
}
