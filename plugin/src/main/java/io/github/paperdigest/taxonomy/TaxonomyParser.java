package io.github.paperdigest.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.paperdigest.model.Slugs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a taxonomy file (YAML): the vocabulary's tags and the hubs. Every mistake is reported with
 * the file, the line of the entry and what to change; unknown keys are mistakes too, since a
 * misspelt "aliases" would otherwise be ignored without a word.
 */
public final class TaxonomyParser {

    private static final Set<String> ROOT_KEYS = Set.of("vocabulary", "groups", "tags", "hubs");
    private static final Set<String> TAG_KEYS = Set.of("id", "label", "aliases", "patterns", "group", "description");
    private static final Set<String> HUB_KEYS = Set.of("id", "name", "description", "tags", "parent");

    /**
     * A taxonomy is read into memory and its terms matched against every paper: 16 MB holds a vocabulary of
     * a hundred thousand tags with their aliases. The YAML reader is given the same limit, so that the
     * message is always this one.
     */
    public static final int MAX_CHARACTERS = 16 << 20;

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(loaderOptions()).build());

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS + 1);
        return options;
    }

    /** What is wrong with a taxonomy of this size, and what to do. */
    public static String tooLarge(String size) {
        return "is " + size + ", more than the " + (MAX_CHARACTERS >> 20) + " MB a taxonomy may have: keep in it only"
                + " the tags and hubs the site shows (a file that large is usually generated, or not a taxonomy)";
    }

    public TaxonomyDefinition parse(String sourceName, String content) {
        if (content.length() > MAX_CHARACTERS) {
            throw new TaxonomyException(sourceName, 0, tooLarge(String.format(java.util.Locale.ROOT, "%,d characters",
                    content.length())));
        }
        List<TermDefinition> tags = new ArrayList<>();
        List<HubDefinition> hubs = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        boolean replace = false;
        try (JsonParser parser = yaml.getFactory().createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new TaxonomyDefinition(sourceName, false, List.of(), List.of(), Map.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new TaxonomyException(sourceName, line(parser), "expected keys such as 'tags:' and 'hubs:'");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                parser.nextToken();
                switch (key) {
                    case "vocabulary" -> {
                        String mode = parser.getValueAsString("");
                        if (!mode.equals("extend") && !mode.equals("replace")) {
                            throw new TaxonomyException(sourceName, keyLine,
                                    "'vocabulary' must be 'extend' (add to the built-in tags) or 'replace'");
                        }
                        replace = mode.equals("replace");
                    }
                    case "groups" -> {
                        JsonNode node = yaml.readTree(parser);
                        if (!node.isObject()) {
                            throw new TaxonomyException(sourceName, keyLine, "'groups' must map group ids to names");
                        }
                        node.fields().forEachRemaining(e -> groups.put(e.getKey(), e.getValue().asText()));
                    }
                    case "tags" -> readList(parser, sourceName, keyLine, "tags",
                            (node, line) -> tags.add(tag(sourceName, node, line)));
                    case "hubs" -> readList(parser, sourceName, keyLine, "hubs",
                            (node, line) -> hubs.add(hub(sourceName, node, line)));
                    default -> throw new TaxonomyException(sourceName, keyLine,
                            "unknown key '" + key + "' (expected one of " + sorted(ROOT_KEYS) + ")");
                }
            }
        } catch (JsonProcessingException e) {
            throw new TaxonomyException(sourceName, yamlErrorLine(e), "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TaxonomyException(sourceName, 0, "cannot be read: " + e.getMessage(), e);
        }
        checkUnique(sourceName, tags.stream().map(t -> new Named(t.id(), t.line())).toList(), "tag");
        checkUnique(sourceName, hubs.stream().map(h -> new Named(h.id(), h.line())).toList(), "hub");
        return new TaxonomyDefinition(sourceName, replace, tags, hubs, groups);
    }

    private interface EntryHandler {
        void accept(JsonNode node, int line);
    }

    private void readList(JsonParser parser, String sourceName, int keyLine, String key, EntryHandler handler)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new TaxonomyException(sourceName, keyLine, "'" + key + "' must be a list of entries ('- id: ...')");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            JsonNode node = yaml.readTree(parser);
            if (!node.isObject()) {
                throw new TaxonomyException(sourceName, line, "each of '" + key + "' must have keys such as 'id:'");
            }
            handler.accept(node, line);
        }
    }

    private static TermDefinition tag(String sourceName, JsonNode node, int line) {
        checkKeys(sourceName, node, line, TAG_KEYS, "tag");
        String id = slugId(sourceName, node, line, "tag");
        String label = text(node, "label").orElse(id.replace('-', ' '));
        List<String> patterns = strings(sourceName, node, line, "patterns");
        for (String p : patterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new TaxonomyException(sourceName, line,
                        "tag '" + id + "': pattern /" + p + "/ is not a valid regular expression: " + e.getDescription());
            }
        }
        return new TermDefinition(id, label, strings(sourceName, node, line, "aliases"), patterns,
                text(node, "group").orElse(""), text(node, "description").orElse(""), line);
    }

    private static HubDefinition hub(String sourceName, JsonNode node, int line) {
        checkKeys(sourceName, node, line, HUB_KEYS, "hub");
        String id = slugId(sourceName, node, line, "hub");
        String name = text(node, "name").orElseThrow(
                () -> new TaxonomyException(sourceName, line, "hub '" + id + "' needs a 'name'"));
        List<String> tags = strings(sourceName, node, line, "tags");
        if (tags.isEmpty()) {
            throw new TaxonomyException(sourceName, line, "hub '" + id + "' needs 'tags': the tags it gathers");
        }
        return new HubDefinition(id, name, text(node, "description").orElse(""), tags, text(node, "parent"), line);
    }

    private static String slugId(String sourceName, JsonNode node, int line, String what) {
        String id = text(node, "id").orElseThrow(() -> new TaxonomyException(sourceName, line, what + " needs an 'id'"));
        if (!Slugs.isSlug(id)) {
            throw new TaxonomyException(sourceName, line, what + " id '" + id
                    + "' must be lower-case letters and digits joined by '-', e.g. '" + Slugs.of(id, what) + "'");
        }
        return id;
    }

    private static void checkKeys(String sourceName, JsonNode node, int line, Set<String> allowed, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new TaxonomyException(sourceName, line,
                        "unknown key '" + name + "' in a " + what + " (expected one of " + sorted(allowed) + ")");
            }
        }
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    private static List<String> strings(String sourceName, JsonNode node, int line, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new TaxonomyException(sourceName, line, "'" + key + "' must be a list, e.g. " + key + ": [a, b]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new TaxonomyException(sourceName, line, "'" + key + "' must list plain values");
            }
            out.add(item.asText());
        }
        return out;
    }

    private record Named(String id, int line) {
    }

    private static void checkUnique(String sourceName, List<Named> entries, String what) {
        Set<String> seen = new HashSet<>();
        for (Named e : entries) {
            if (!seen.add(e.id())) {
                throw new TaxonomyException(sourceName, e.line(), what + " '" + e.id() + "' is declared twice");
            }
        }
    }

    /**
     * The line of a YAML syntax error: where the YAML scanner found it. Jackson's own location is that of
     * the last token it read, which can be lines before the mistake.
     */
    private static int yamlErrorLine(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked.getProblemMark().getLine() + 1;
            }
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }
}
