package io.github.paperdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * A tag of the site.
 *
 * @param id              its slug: lower-case ASCII words joined by '-'
 * @param descriptionHtml sanitised HTML, or empty
 * @param origin          where the tag comes from; person-written tags are kept even when rare
 * @param aliases         other names the tag goes by ("T2V", "text-to-video"), as written, for readers who
 *                        search by them; never the label
 */
public record Tag(String id, String label, String descriptionHtml, TagOrigin origin, List<String> aliases) {

    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        Objects.requireNonNull(origin, "origin");
        aliases = aliases.stream().filter(a -> !a.equalsIgnoreCase(label)).distinct().toList();
    }

    /** A tag known by its label alone. */
    public Tag(String id, String label, String descriptionHtml, TagOrigin origin) {
        this(id, label, descriptionHtml, origin, List.of());
    }
}
