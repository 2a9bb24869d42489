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
        List<TaxonomyException.Problem> problems = new ArrayList<>();
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
                            problems.add(new TaxonomyException.Problem(keyLine,
                                    "'vocabulary' must be 'extend' (add to the built-in tags) or 'replace'"));
                            parser.skipChildren();
                        }
                        replace = mode.equals("replace");
                    }
                    case "groups" -> {
                        JsonNode node = yaml.readTree(parser);
                        if (node == null || !node.isObject()) {
                            problems.add(new TaxonomyException.Problem(keyLine, "'groups' must map group ids to names"));
                        } else {
                            node.fields().forEachRemaining(e -> groups.put(e.getKey(), e.getValue().asText()));
                        }
                    }
                    case "tags" -> readList(parser, keyLine, "tags", problems,
                            (node, line) -> tags.add(tag(sourceName, node, line)));
                    case "hubs" -> readList(parser, keyLine, "hubs", problems,
                            (node, line) -> hubs.add(hub(sourceName, node, line)));
                    default -> {
                        problems.add(new TaxonomyException.Problem(keyLine,
                                "unknown key '" + key + "' (expected one of " + sorted(ROOT_KEYS) + ")"));
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(new TaxonomyException.Problem(yamlErrorLine(e), "not valid YAML: " + yamlProblem(e)));
            throw new TaxonomyException(sourceName, byLine(problems));
        } catch (IOException e) {
            throw new TaxonomyException(sourceName, 0, "cannot be read: " + e.getMessage(), e);
        }
        problems.addAll(duplicates(tags.stream().map(t -> new Named(t.id(), t.line())).toList(), "tag"));
        problems.addAll(duplicates(hubs.stream().map(h -> new Named(h.id(), h.line())).toList(), "hub"));
        problems.addAll(parentProblems(hubs));
        if (!problems.isEmpty()) {
            throw new TaxonomyException(sourceName, byLine(problems));
        }
        return new TaxonomyDefinition(sourceName, replace, tags, hubs, groups);
    }

    private static List<TaxonomyException.Problem> byLine(List<TaxonomyException.Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(TaxonomyException.Problem::line)).toList();
    }

    /**
     * What the YAML scanner says is wrong, without the location Jackson appends ("[Source: (StringReader); line:
     * 4, column: 17]"): the message already names the file and line.
     */
    private static String yamlProblem(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
                String problem = marked.getProblem();
                String context = marked.getContext();
                if (problem != null && !problem.isBlank()) {
                    return (context == null || context.isBlank() ? "" : context.strip() + ": ") + problem.strip();
                }
            }
        }
        String message = e.getOriginalMessage();
        int source = message.indexOf("\n at [Source:");
        return (source >= 0 ? message.substring(0, source) : message).strip();
    }

    /** Parents that are not declared hubs, hubs that are their own parent, and cycles of parents. */
    private static List<TaxonomyException.Problem> parentProblems(List<HubDefinition> hubs) {
        Map<String, HubDefinition> byId = new LinkedHashMap<>();
        hubs.forEach(h -> byId.putIfAbsent(h.id(), h));
        List<TaxonomyException.Problem> problems = new ArrayList<>();
        Set<String> inReportedCycle = new HashSet<>();
        for (HubDefinition h : hubs) {
            if (h.parent().isEmpty()) {
                continue;
            }
            String parent = h.parent().get();
            if (parent.equals(h.id())) {
                problems.add(new TaxonomyException.Problem(h.line(), "hub '" + h.id() + "' is its own parent"));
            } else if (!byId.containsKey(parent)) {
                problems.add(new TaxonomyException.Problem(h.line(),
                        "hub '" + h.id() + "' names parent '" + parent + "', which is not a declared hub"));
            } else if (!inReportedCycle.contains(h.id())) {
                List<String> path = new ArrayList<>();
                for (Optional<String> at = Optional.of(h.id()); at.isPresent() && byId.containsKey(at.get());
                        at = byId.get(at.get()).parent()) {
                    int seen = path.indexOf(at.get());
                    if (seen >= 0) {
                        List<String> cycle = path.subList(seen, path.size());
                        if (cycle.contains(h.id())) { // reported once, at the first hub of the cycle in the file
                            inReportedCycle.addAll(cycle);
                            problems.add(new TaxonomyException.Problem(h.line(), "hub '" + h.id()
                                    + "' is its own ancestor through 'parent': " + String.join(" -> ", cycle) + " -> "
                                    + h.id()));
                        }
                        break;
                    }
                    path.add(at.get());
                }
            }
        }
        return problems;
    }

    private interface EntryHandler {
        void accept(JsonNode node, int line);
    }

    /** Reads a list of entries; a mistake in one entry is recorded and the next entry is read. */
    private void readList(JsonParser parser, int keyLine, String key, List<TaxonomyException.Problem> problems,
            EntryHandler handler) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(new TaxonomyException.Problem(keyLine, "'" + key + "' must be a list of entries ('- id: ...')"));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            JsonNode node = yaml.readTree(parser);
            if (node == null || !node.isObject()) {
                problems.add(new TaxonomyException.Problem(line, "each of '" + key + "' must have keys such as 'id:'"));
                continue;
            }
            try {
                handler.accept(node, line);
            } catch (TaxonomyException e) {
                problems.addAll(e.problems());
            }
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
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add("'" + name + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new TaxonomyException(sourceName, line, "unknown key" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " in a " + what + " (expected one of " + sorted(allowed) + ")");
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

    private static List<TaxonomyException.Problem> duplicates(List<Named> entries, String what) {
        Set<String> seen = new HashSet<>();
        List<TaxonomyException.Problem> problems = new ArrayList<>();
        for (Named e : entries) {
            if (!seen.add(e.id())) {
                problems.add(new TaxonomyException.Problem(e.line(), what + " '" + e.id() + "' is declared twice"));
            }
        }
        return problems;
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
