package io.github.paperdigest.digest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.LinkKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front matter of a paper note, the paper it names: the keys of Obsidian's properties, Foam, Logseq and the
 * Zotero Integration templates, read case-insensitively, mapped to the paper's fields.
 *
 * <p>A front matter names a paper when it has a {@code title} and at least one key only a paper has (see
 * {@link #PAPER_KEYS}). Links ({@code url}, {@code pdf}, ...) and {@code date} do not count: a digest may have them.
 * Without a title at the top, the paper's fields may be nested under one key ({@code work: {title: …}}).
 */
final class PaperNoteFront {

    /** Keys that say the front matter is a paper's, beside its title. */
    static final Set<String> PAPER_KEYS = Set.of("authors", "author", "arxiv", "eprint", "doi", "citekey",
            "citationkey", "year", "venue", "journal", "booktitle", "conference");
    /**
     * Of {@link #PAPER_KEYS}, those a digest's front matter may have too: the {@code author} of a post (as Jekyll and
     * Hugo write one) and the {@code year} a reading list covers. With only these, a file whose body has sections is
     * a paper note only when one of them is the paper's abstract ({@link PaperNote}); else it is read as the digest it
     * has always been.
     */
    static final Set<String> DIGEST_KEYS_TOO = Set.of("author", "year");
    /**
     * Keys of the note-taking tool, about the note and not the paper: left out of the paper's metadata (the aliases
     * name the note for wikilinks, see {@link #aliases}).
     */
    private static final Set<String> IGNORED = Set.of("aliases", "alias", "cssclass", "cssclasses", "publish");

    /**
     * The keys templates nest a paper's fields under ({@code work: {title: …}}); never a field of the paper's own, such
     * as {@code venue: {title: CVPR 2024}}.
     */
    private static final Set<String> WRAPPERS = Set.of("work", "paper", "item", "reference", "citation", "publication");

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    /** Each key as the file writes it ("Authors"), to find its line. */
    private final Map<String, String> written = new LinkedHashMap<>();
    private final FrontMatter front;

    PaperNoteFront(FrontMatter front) {
        this.front = front;
        add(front.fields());
        // "work: {title: …, author: …, arxiv: …}": the paper's fields nested under one key, as some literature-note
        // templates write them; read as if at the top, where a key of the top's own wins
        nestedWork().ifPresent(key -> add(fields.remove(key)));
    }

    /** Obsidian's properties are often capitalised ("Title", "Authors"); later spellings of a key do not replace it. */
    private void add(JsonNode object) {
        object.fields().forEachRemaining(f -> {
            String key = f.getKey().strip().toLowerCase(Locale.ROOT);
            if (fields.putIfAbsent(key, f.getValue()) == null) {
                written.putIfAbsent(key, f.getKey());
            }
        });
    }

    /** The one wrapper key whose value holds a title of its own, when the top has none: the paper's, nested. */
    private Optional<String> nestedWork() {
        if (fields.containsKey("title")) {
            return Optional.empty();
        }
        List<String> holding = fields.entrySet().stream()
                .filter(f -> WRAPPERS.contains(f.getKey()) && f.getValue().isObject()
                        && f.getValue().has("title") && f.getValue().get("title").isTextual())
                .map(Map.Entry::getKey).toList();
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    /** Whether this front matter may name a paper: a title and one of {@link #PAPER_KEYS}. */
    boolean namesPaper() {
        return !title().isEmpty() && PAPER_KEYS.stream().anyMatch(k -> !values(k).isEmpty());
    }

    /** Whether it names a paper whatever the body says: with a key no digest's front matter has. */
    boolean namesPaperByItself() {
        return namesPaper() && PAPER_KEYS.stream().anyMatch(k -> !DIGEST_KEYS_TOO.contains(k) && !values(k).isEmpty());
    }

    String title() {
        List<String> title = values("title");
        return title.size() == 1 ? title.get(0) : "";
    }

    /**
     * The other names of the note ({@code aliases}, or {@code alias}), by which a wikilink may name it as by its file's
     * name: a list's items, or a text as one name.
     */
    List<String> aliases() {
        List<String> aliases = new ArrayList<>(values("aliases"));
        aliases.addAll(values("alias"));
        return aliases;
    }

    /** The note's own date, when it was written ({@code created}), which dates the digest: not the paper's. */
    Optional<LocalDate> created(EntryDraft draft) {
        return values("created").stream().findFirst().flatMap(draft::date);
    }

    /**
     * Gives the paper its fields; keys the plugin has no field for are kept as metadata shown on its page. A warning
     * about a field names the line the file's {@code lines} write its key on.
     */
    void applyTo(EntryDraft draft, MarkdownOutline outline, LinkClassifier classifier, List<String> lines) {
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            String key = field.getKey();
            draft.fieldLine(front.lineOf(written.get(key), lines));
            if (field.getValue().isObject() && !IGNORED.contains(key)) {
                draft.warn("front matter key '" + key + "' holds keys of its own, which the plugin does not read; ignored");
                continue;
            }
            List<String> values = values(key).stream().map(v -> shown(v, outline)).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                continue;
            }
            switch (key) {
                case "title", "created", "tags", "tag" -> {
                    // the title is read first, the note's date dates the digest, tags are read below
                }
                case "authors", "author" -> names(field.getValue(), values, draft, draft::author, draft::authors);
                case "editors", "editor" -> names(field.getValue(), values, draft, draft::editor, draft::editors);
                case "arxiv", "eprint" -> draft.arxivId(values.get(0));
                case "doi" -> draft.doi(values.get(0));
                case "citekey", "citationkey" -> draft.citationKey(key, values.get(0));
                case "venue", "journal", "booktitle", "conference" -> draft.venue(values.get(0));
                case "date", "published" -> publicationDate(draft, key, values.get(0));
                case "year" -> {
                    if (values("date").isEmpty() && values("published").isEmpty()) {
                        publicationDate(draft, key, values.get(0));
                    }
                }
                case "url", "link" -> values.forEach(url -> draft.link(null, url, classifier));
                case "pdf" -> values.forEach(url -> draft.link(LinkKind.PDF, url, classifier));
                case "code", "github" -> values.forEach(url -> draft.link(LinkKind.CODE, url, classifier));
                default -> {
                    if (!IGNORED.contains(key)) {
                        draft.extra(key, String.join(", ", values));
                    }
                }
            }
        }
        draft.fieldLine(front.lineOf(written.getOrDefault("tags", "tags"), lines));
        List<String> tags = new ArrayList<>(values("tags"));
        tags.addAll(values("tag"));
        if (tags.size() == 1 && !fields.getOrDefault("tags", fields.get("tag")).isArray()) {
            draft.tags(shown(tags.get(0), outline)); // "#a #b", or "a, b"
        } else {
            // a list's items are tags as written, nested ones too ("topic/sub"); Obsidian's "#" before one is no part
            draft.tags(tags.stream().map(t -> shown(t, outline)).map(t -> t.startsWith("#") ? t.substring(1) : t).toList());
        }
    }

    /**
     * Authors or editors: a YAML list is a name an item, each in reading order or family name first ("Vaswani,
     * Ashish"), as {@link FamilyNamesFirst#turned} reads each ("Jane Doe, MIT" is kept, and said); a text is names as
     * any field gives them: Zotero Integration's "Last, First; Last, First", names between commas or "and" ({@link
     * EntryDraft#authors(String)}).
     */
    private static void names(JsonNode node, List<String> values, EntryDraft draft,
            java.util.function.BiConsumer<String, Boolean> name, java.util.function.Consumer<String> joined) {
        if (node.isArray()) {
            FamilyNamesFirst.Reading reading = FamilyNamesFirst.turned(values);
            if (reading.doubtful()) {
                draft.told(reading);
            }
            reading.names().forEach(n -> name.accept(n, false));
        } else {
            joined.accept(values.get(0));
        }
    }

    /** A full date is the paper's day; a year, or a year and month, its year; anything else is kept as written. */
    private static void publicationDate(EntryDraft draft, String key, String value) {
        Optional<PublicationDate> date = PublicationDate.parse(value);
        if (date.isPresent()) {
            date.get().applyTo(draft);
        } else {
            draft.warn(key + " " + PublicationDate.notADate(value) + "; kept as metadata");
            draft.extra(key, value);
        }
    }

    /** A value as the note shows it: a wikilink ("[[Ashish Vaswani]]", Logseq's and Obsidian's) as its text. */
    static String shown(String value, MarkdownOutline outline) {
        String v = value.strip();
        return v.contains("[[") ? outline.inline(v).text().strip() : v;
    }

    /** The key's values: a scalar's text, a list's items; nothing for a null, an empty text or a mapping. */
    private List<String> values(String key) {
        JsonNode v = fields.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull() || v.isObject()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(item -> {
                if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                    out.add(Whitespace.collapse(item.asText()));
                }
            });
        } else if (!v.asText().isBlank()) {
            out.add(Whitespace.collapse(v.asText()));
        }
        return out;
    }
}
