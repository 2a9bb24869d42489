package io.github.paperdigest.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * A tag of the vocabulary: the phrases that mean it, the field it belongs to, and what it means.
 *
 * @param aliases     phrases matched on whole words, ignoring case, plural and hyphenation; a phrase
 *                    written in capitals ("T2V", "RAG") only matches in capitals
 * @param patterns    regular expressions matched on the original text, for what phrases cannot say
 * @param group       the field the tag belongs to; tags of one group form a hub when none are declared
 * @param description Markdown, or empty
 * @param line        where the definition starts in its file, for messages (0 when unknown)
 * @param formerIds   ids the tag had before it was renamed, or of tags merged into it: their addresses lead to its page
 */
public record TermDefinition(String id, String label, List<String> aliases, List<String> patterns, String group,
        String description, int line, List<String> formerIds) {

    public TermDefinition(String id, String label, List<String> aliases, List<String> patterns, String group,
            String description, int line) {
        this(id, label, aliases, patterns, group, description, line, List.of());
    }

    public TermDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        patterns = List.copyOf(patterns);
        group = group == null ? "" : group;
        description = description == null ? "" : description;
        formerIds = List.copyOf(formerIds);
    }
}
