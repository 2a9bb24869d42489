package io.github.paperdigest.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paperdigest.markup.BoundedYaml;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Typos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a taxonomy file (YAML): the vocabulary's tags and the hubs. Every mistake is reported with
 * the file, its line (the key's, where a key is wrong) and what to change, all of them at once; unknown keys are
 * mistakes too, since a misspelt "aliases" would otherwise be ignored without a word.
 */
public final class TaxonomyParser {

    private static final Set<String> ROOT_KEYS = Set.of("vocabulary", "groups", "tags", "hubs");
    private static final Set<String> TAG_KEYS = Set.of("id", "label", "aliases", "patterns", "group", "description",
            "formerIds");
    private static final Set<String> HUB_KEYS = Set.of("id", "name", "description", "tags", "parent", "formerIds");

    /**
     * A taxonomy is read into memory and its terms matched against every paper: 16 MB holds a vocabulary of
     * a hundred thousand tags with their aliases. The YAML reader is given the same limit, so that the
     * message is always this one.
     */
    public static final int MAX_CHARACTERS = 16 << 20;

    private final ObjectMapper yaml = new ObjectMapper(BoundedYaml.factory(MAX_CHARACTERS));

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
                            entry -> tag(entry, problems).ifPresent(tags::add));
                    case "hubs" -> readList(parser, keyLine, "hubs", problems,
                            entry -> hub(entry, problems).ifPresent(hubs::add));
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
        problems.addAll(formerIdProblems(tags.stream().map(t -> new Former(t.id(), t.line(), t.formerIds())).toList(),
                "tag"));
        problems.addAll(formerIdProblems(hubs.stream().map(h -> new Former(h.id(), h.line(), h.formerIds())).toList(),
                "hub"));
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
                    // the problem is found where parsing could go no further, often lines after the mistake: the line
                    // its context (an unclosed bracket or quote) starts at is where to look
                    org.yaml.snakeyaml.error.Mark start = marked.getContextMark();
                    String where = start == null || marked.getProblemMark() == null
                            || start.getLine() == marked.getProblemMark().getLine() ? ""
                            : " that starts at line " + (start.getLine() + 1);
                    return (context == null || context.isBlank() ? "" : context.strip() + where + ": ") + problem.strip();
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

    /** An entry of {@code tags:} or {@code hubs:} as written: its keys, and the line each of them is on. */
    private record Entry(ObjectNode node, int line, Map<String, Integer> keyLines) {

        /** The line of {@code key}, for a mistake in its value; the entry's when the entry has no such key. */
        int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }

    /** Reads a list of entries; every mistake of an entry is recorded, and the next entry is read. */
    private void readList(JsonParser parser, int keyLine, String key, List<TaxonomyException.Problem> problems,
            Consumer<Entry> handler) throws IOException {
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
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                problems.add(new TaxonomyException.Problem(line, "each of '" + key + "' must have keys such as 'id:'"));
                continue;
            }
            handler.accept(entry(parser, line));
        }
    }

    /** The entry whose object the parser is at, read to its end with the line of each key. */
    private Entry entry(JsonParser parser, int line) throws IOException {
        ObjectNode node = yaml.createObjectNode();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            keyLines.put(name, line(parser));
            parser.nextToken();
            JsonNode value = yaml.readTree(parser);
            node.set(name, value == null ? NullNode.getInstance() : value);
        }
        return new Entry(node, line, keyLines);
    }

    /** A pattern as a message quotes it: a long one by its start and length, not whole (one of 60,000 characters). */
    static String shownPattern(String pattern) {
        return pattern.length() <= 120 ? pattern : pattern.substring(0, 120) + "… (" + pattern.length() + " characters)";
    }

    private static Optional<TermDefinition> tag(Entry entry, List<TaxonomyException.Problem> problems) {
        int before = problems.size();
        checkKeys(entry, TAG_KEYS, "tag", problems);
        Optional<String> id = slugId(entry, "tag", problems);
        String shown = id.orElse("");
        List<String> patterns = strings(entry, "patterns", problems);
        for (String p : patterns) {
            try {
                // an empty match in a text of no letter it asks for ('', 'x*', '(robots)?'): it would match any paper;
                // '^$' matches no paper's text, and is left to the taxonomy report
                Matcher anywhere = Pattern.compile(p).matcher("\u0000");
                if (anywhere.find() && anywhere.group().isEmpty()) {
                    problems.add(new TaxonomyException.Problem(entry.lineOf("patterns"), "tag '" + shown + "': pattern /"
                            + shownPattern(p) + "/ matches an empty text, so it would put the tag on every paper: make"
                            + " it match at least one character (a word, such as 'laundry robots?')"));
                }
            } catch (PatternSyntaxException e) {
                // a pattern nested too deeply is one too: Pattern.compile says "Stack overflow during pattern compilation"
                problems.add(new TaxonomyException.Problem(entry.lineOf("patterns"), "tag '" + shown + "': pattern /"
                        + shownPattern(p) + "/ is not a valid regular expression: " + e.getDescription()));
            }
        }
        List<String> aliases = strings(entry, "aliases", problems);
        List<String> formerIds = formerIds(entry, "tag '" + shown + "'", problems);
        if (id.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        JsonNode node = entry.node();
        return Optional.of(new TermDefinition(id.get(), text(node, "label").orElse(id.get().replace('-', ' ')), aliases,
                patterns, text(node, "group").orElse(""), text(node, "description").orElse(""), entry.line(), formerIds));
    }

    private static Optional<HubDefinition> hub(Entry entry, List<TaxonomyException.Problem> problems) {
        int before = problems.size();
        checkKeys(entry, HUB_KEYS, "hub", problems);
        Optional<String> id = slugId(entry, "hub", problems);
        String shown = id.map(i -> "hub '" + i + "'").orElse("a hub");
        JsonNode node = entry.node();
        Optional<String> name = text(node, "name");
        if (name.isEmpty()) {
            problems.add(new TaxonomyException.Problem(entry.lineOf("name"), shown + " needs a 'name'"));
        }
        int beforeTags = problems.size();
        List<String> tags = strings(entry, "tags", problems);
        if (tags.isEmpty() && problems.size() == beforeTags) {
            problems.add(new TaxonomyException.Problem(entry.lineOf("tags"), shown
                    + " needs 'tags': the tags it gathers"));
        }
        List<String> formerIds = formerIds(entry, shown, problems);
        if (id.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new HubDefinition(id.get(), name.get(), text(node, "description").orElse(""), tags,
                text(node, "parent"), entry.line(), formerIds));
    }

    /** The ids an entry had before ({@code formerIds}), each a slug as ids are. */
    private static List<String> formerIds(Entry entry, String shown, List<TaxonomyException.Problem> problems) {
        List<String> ids = strings(entry, "formerIds", problems);
        for (String former : ids) {
            if (!Slugs.isSlug(former)) {
                problems.add(new TaxonomyException.Problem(entry.lineOf("formerIds"), shown + ": former id '" + former
                        + "' must be lower-case letters and digits joined by '-', as the old address has it ('"
                        + Slugs.of(former, "tag") + "' in tag/" + Slugs.of(former, "tag") + ".html)"));
            }
        }
        return ids;
    }

    /**
     * Former ids that cannot lead to the entry: an id an entry of the file has now (its address is that entry's), or a
     * former id two entries name (its address can lead to one of them only).
     */
    private static List<TaxonomyException.Problem> formerIdProblems(List<Former> entries, String what) {
        Map<String, Former> current = new LinkedHashMap<>();
        entries.forEach(e -> current.putIfAbsent(e.id(), e));
        Map<String, Former> claimed = new LinkedHashMap<>();
        List<TaxonomyException.Problem> problems = new ArrayList<>();
        for (Former e : entries) {
            for (String former : e.formerIds()) {
                Former now = current.get(former);
                Former other = claimed.putIfAbsent(former, e);
                if (now != null) {
                    problems.add(new TaxonomyException.Problem(e.line(), what + " '" + e.id() + "' names former id '"
                            + former + "', which is the id of " + (now == e ? "the " + what + " itself"
                                    : "the " + what + " at line " + now.line()) + ": remove it from 'formerIds'"));
                } else if (other != null && other != e) {
                    problems.add(new TaxonomyException.Problem(e.line(), what + " '" + e.id() + "' names former id '"
                            + former + "', which " + what + " '" + other.id() + "' (line " + other.line()
                            + ") names too: an old address can lead to one " + what + " only"));
                }
            }
        }
        return problems;
    }

    private record Former(String id, int line, List<String> formerIds) {
    }

    private static Optional<String> slugId(Entry entry, String what, List<TaxonomyException.Problem> problems) {
        Optional<String> id = text(entry.node(), "id");
        if (id.isEmpty()) {
            problems.add(new TaxonomyException.Problem(entry.line(), what + " needs an 'id'"));
        } else if (!Slugs.isSlug(id.get())) {
            problems.add(new TaxonomyException.Problem(entry.lineOf("id"), what + " id '" + id.get()
                    + "' must be lower-case letters and digits joined by '-', e.g. '" + Slugs.of(id.get(), what) + "'"));
            return Optional.empty();
        }
        return id;
    }

    /** Each key the entry's kind does not have, at its own line, with the key it most likely meant. */
    private static void checkKeys(Entry entry, Set<String> allowed, String what,
            List<TaxonomyException.Problem> problems) {
        entry.keyLines().forEach((name, line) -> {
            if (!allowed.contains(name)) {
                problems.add(new TaxonomyException.Problem(line, "unknown key '" + name + "' in a " + what
                        + " (expected one of " + sorted(allowed) + ")" + Typos.nearest(name, allowed, 2)
                                .map(meant -> "; did you mean '" + meant + "'?").orElse("")));
            }
        });
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    private static List<String> strings(Entry entry, String key, List<TaxonomyException.Problem> problems) {
        JsonNode value = entry.node().get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            problems.add(new TaxonomyException.Problem(entry.lineOf(key), "'" + key + "' must be a list, e.g. " + key
                    + ": [a, b]"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                problems.add(new TaxonomyException.Problem(entry.lineOf(key), "'" + key + "' must list plain values"));
                return List.of();
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
