package io.github.paperdigest.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block between two "---" lines at the top of a Markdown digest.
 *
 * @param bodyFirstLine the file's line number of the first line after the front matter
 */
record FrontMatter(JsonNode fields, String body, int bodyFirstLine) {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().build());

    /** Splits a Markdown file into front matter and body; a file without front matter is all body. */
    static FrontMatter split(String sourceName, List<String> lines, DigestProblems problems) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new FrontMatter(YAML.createObjectNode(), String.join("\n", lines), 1);
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
            if (MISTYPED_CLOSING.matcher(l).matches()) {
                break; // "----": no line of YAML, and a later "---" (a thematic break between papers) closes nothing
            }
        }
        if (end < 0) {
            return unclosed(sourceName, lines, problems);
        }
        String yaml = String.join("\n", lines.subList(1, end));
        JsonNode fields;
        try {
            fields = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : 1 + e.getLocation().getLineNr();
            boolean wikilinks = line >= 1 && line <= lines.size() && UNQUOTED_WIKILINK.matcher(lines.get(line - 1)).find();
            problems.report(sourceName, line, "front matter is not valid YAML: " + inFileLines(e.getOriginalMessage())
                    + (wikilinks ? " (a value that starts with '[[' is a list to YAML: put it in double quotes, as"
                            + " Obsidian writes a link in a property, authors: \"[[Ada Lovelace]], [[Alan Turing]]\")"
                            : " (write each field as 'key: value', and a list as [a, b] or as lines '- item')"));
            fields = YAML.createObjectNode();
        }
        if (fields == null || !fields.isObject()) {
            problems.report(sourceName, 2, "front matter must be 'key: value' lines (title, date, source, tags, notes)");
            fields = YAML.createObjectNode();
        }
        return new FrontMatter(fields, String.join("\n", lines.subList(end + 1, lines.size())), end + 2);
    }

    /**
     * A front matter whose closing line is missing or mistyped ("----"): its lines are left out all the same, up to the
     * mistyped closing line (after lines of YAML, blank lines among them), else up to its last line of YAML before a
     * blank line or a line that is no key, list item, continuation or comment, so that none of them is read as the body, where a "----" under "date: …" would make
     * the keys a paper's heading, and the report says which lines those are.
     */
    private static FrontMatter unclosed(String sourceName, List<String> lines, DigestProblems problems) {
        int last = 0; // the index of the front matter's last line, the opening '---' when no line of YAML follows it
        boolean blank = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (MISTYPED_CLOSING.matcher(line.strip()).matches()) {
                problems.report(sourceName, i + 1, "front matter opened by '---' on line 1 is closed by '" + line.strip()
                        + "', not by a line '---': write '---' there (lines 1 to " + (i + 1) + " are left out of the"
                        + " digest until it is)");
                return new FrontMatter(YAML.createObjectNode(), String.join("\n", lines.subList(i + 1, lines.size())),
                        i + 2);
            }
            if (line.isBlank()) {
                blank = true; // the body starts here, unless a mistyped closing line follows the YAML under it
            } else if (!YAML_LINE.matcher(line).find()) {
                break;
            } else if (!blank) {
                last = i;
            }
        }
        problems.report(sourceName, 1, "front matter opened by '---' is never closed by a line '---'"
                + (last == 0 ? ": remove the '---' if it is no front matter, or close it with a line '---'"
                        : ": add a line '---' after line " + (last + 1) + " (lines 1 to " + (last + 1)
                                + " are left out of the digest until it is there)"));
        return new FrontMatter(YAML.createObjectNode(), String.join("\n", lines.subList(last + 1, lines.size())),
                last + 2);
    }

    /** A line meant to close a front matter, mistyped: "----", "--", "—", "___", "===" . */
    private static final Pattern MISTYPED_CLOSING = Pattern.compile("-{2}|-{4,}|[—–]+|_{3,}|={3,}|\\*{3,}|\\+{3}");

    /**
     * A line of YAML in a front matter: "key: value", "- item", a continuation indented under its key, a "# comment"
     * (a "## heading" is Markdown's).
     */
    private static final Pattern YAML_LINE = Pattern.compile("^(?:[\"']?\\w[\\w .-]{0,40}?[\"']?:(?:\\s|$)|-(?:\\s|$)|\\s+\\S|#(?!#{1,5}\\s))");

    /**
     * The YAML parser's message with its positions counted in the file's lines, not the front matter's (which starts
     * on the file's second line), and without the quoted source lines and carets, on one line.
     */
    static String inFileLines(String message) {
        StringBuilder out = new StringBuilder();
        for (String part : message.split("\n")) {
            if (part.isBlank() || part.startsWith("    ")) {
                continue; // the parser quotes the line and points at the column: the file's line number says where
            }
            Matcher at = PARSER_POSITION.matcher(part);
            String shown = at.matches() ? " at line " + (Integer.parseInt(at.group(1)) + 1) + ", column " + at.group(2)
                    : (out.length() > 0 ? "; " : "") + part.strip();
            out.append(shown);
        }
        return out.toString();
    }

    /** A key whose value starts with a wikilink, unquoted ("authors: [[Peize Sun]], [[Yi Jiang]]"). */
    private static final Pattern UNQUOTED_WIKILINK = Pattern.compile("^\\s*[^\\s:#][^:]*:\\s+\\[\\[");

    private static final Pattern PARSER_POSITION = Pattern.compile("\\s*in '[^']*', line (\\d+), column (\\d+):?\\s*");

    /**
     * The file's line a top-level key is written on, from the file's {@code lines} (YAML keeps no lines); the front
     * matter's first line when the key is not found there.
     */
    int lineOf(String key, List<String> lines) {
        Pattern written = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        for (int i = 1; i < bodyFirstLine - 1 && i < lines.size(); i++) {
            if (written.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 2;
    }

    String text(String key) {
        JsonNode v = fields.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    List<String> list(String key) {
        JsonNode v = fields.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(item -> out.add(Whitespace.collapse(item.asText())));
        } else {
            out.addAll(Whitespace.parts(v.asText(), Whitespace.COMMA));
        }
        return out;
    }
}
