package io.github.paperdigest.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Org file as an outline: its keywords ("#+TITLE:", "#+FILETAGS:"), the property drawer of the file (org-roam's),
 * the text before the first heading, and its headings, each with its TODO keyword, priority and tags taken off its
 * title, its property drawer, and its text, with their line numbers. Drawers are Org's bookkeeping and are never text:
 * one not closed by ":END:" before the next heading is reported, for what follows it would be read as properties.
 */
final class OrgOutline {

    // no lazy group before a run of blanks at the end, here and below: a long run of blanks took quadratic time
    private static final Pattern HEADING = Pattern.compile("^(\\*+)(?:[ \\t]+(.*))?$");
    private static final Pattern KEYWORD = Pattern.compile("^[ \\t]*#\\+([A-Za-z_][\\w-]*):(.*)$");
    private static final Pattern DRAWER = Pattern.compile("^[ \\t]*:([\\w-]+):[ \\t]*$");
    private static final Pattern END = Pattern.compile("(?i)^[ \\t]*:END:[ \\t]*$");
    private static final Pattern PROPERTY = Pattern.compile("^[ \\t]*:([^\\s:]+?)\\+?:(?:[ \\t](.*))?$");
    private static final Pattern PLANNING = Pattern.compile("^[ \\t]*(?:SCHEDULED|DEADLINE|CLOSED):.*$");
    private static final Pattern PRIORITY = Pattern.compile("^\\[#[A-Za-z0-9]]\\s*");
    private static final Pattern TAGS = Pattern.compile(":(?:[\\p{L}\\p{N}_@#%]+:)+");
    private static final Pattern COOKIE = Pattern.compile("\\[(?:\\d*/\\d*|\\d*%)]");
    /**
     * The keywords Org itself knows ("TODO", "DONE") and those reading lists commonly set in their Emacs configuration,
     * which the file does not declare: a title never starts with one of these words in capitals.
     */
    private static final Set<String> COMMON_KEYWORDS = Set.of("TODO", "DONE", "NEXT", "WAITING", "WAIT", "HOLD",
            "STARTED", "READ", "READING", "TOREAD", "SKIMMED", "CANCELLED", "CANCELED");

    /** A line of the file: its number (1-based) and its text. */
    record Line(int number, String text) {
    }

    /** A property of a drawer, its key in lower case, and its line. */
    record Property(String key, String value, int line) {
    }

    /**
     * A heading.
     *
     * @param title      the title without keyword, priority, statistics cookie and tags; "" when it has none
     * @param broken     true when its property drawer was not closed: it was reported, and gives no paper
     */
    record Heading(int line, int level, String keyword, String title, List<String> tags, Map<String, Property> properties,
            List<Line> body, boolean commented, boolean broken) {
    }

    private final Map<String, Line> keywords = new LinkedHashMap<>();
    private final Map<String, Property> fileProperties = new LinkedHashMap<>();
    private final List<Line> preamble = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();

    private OrgOutline() {
    }

    Map<String, Line> keywords() {
        return keywords;
    }

    Map<String, Property> fileProperties() {
        return fileProperties;
    }

    List<Line> preamble() {
        return preamble;
    }

    List<Heading> headings() {
        return headings;
    }

    /** The value of a keyword of the file ("title" of "#+TITLE:"), or null. */
    String keyword(String name) {
        Line line = keywords.get(name);
        return line == null ? null : line.text();
    }

    static OrgOutline read(String sourceName, List<String> lines, DigestProblems problems) {
        OrgOutline outline = new OrgOutline();
        Set<String> todo = todoKeywords(lines);
        int i = 0;
        // org-roam's file drawer: a property drawer before anything but comments and blank lines
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("# "))) {
            i++;
        }
        if (i < lines.size() && lines.get(i).strip().equalsIgnoreCase(":PROPERTIES:")) {
            Drawer drawer = drawer(sourceName, lines, i, problems);
            drawer.properties().forEach(p -> outline.fileProperties.putIfAbsent(p.key(), p));
            i = drawer.next();
        }
        for (; i < lines.size() && !isHeading(lines.get(i)); i++) {
            Matcher keyword = KEYWORD.matcher(lines.get(i));
            if (keyword.matches() && !keyword.group(1).toLowerCase(Locale.ROOT).startsWith("begin_")
                    && !keyword.group(1).toLowerCase(Locale.ROOT).startsWith("end_")) {
                outline.keywords.putIfAbsent(keyword.group(1).toLowerCase(Locale.ROOT), new Line(i + 1,
                        keyword.group(2).strip()));
            }
            outline.preamble.add(new Line(i + 1, lines.get(i)));
        }
        while (i < lines.size()) {
            i = outline.heading(sourceName, lines, i, todo, problems);
        }
        return outline;
    }

    static boolean isHeading(String line) {
        return line.startsWith("*") && HEADING.matcher(line).matches();
    }

    /** Reads the heading at line index {@code at}, its drawers and text; returns the index of the next heading. */
    private int heading(String sourceName, List<String> lines, int at, Set<String> todo, DigestProblems problems) {
        Matcher m = HEADING.matcher(lines.get(at));
        m.matches();
        int level = m.group(1).length();
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        String keyword = "";
        int space = rest.indexOf(' ');
        String first = space < 0 ? rest : rest.substring(0, space);
        if (todo.contains(first)) {
            keyword = first;
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        rest = PRIORITY.matcher(rest).replaceFirst("");
        boolean commented = rest.equals("COMMENT") || rest.startsWith("COMMENT ");
        if (commented) {
            rest = rest.substring("COMMENT".length()).strip();
        }
        List<String> tags = new ArrayList<>();
        int blank = Math.max(rest.lastIndexOf(' '), rest.lastIndexOf('\t'));
        String last = rest.substring(blank + 1);
        if (TAGS.matcher(last).matches()) {
            for (String tag : last.split(":")) {
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
            rest = blank < 0 ? "" : rest.substring(0, blank).strip();
        }
        String title = COOKIE.matcher(rest).replaceAll(" ").strip();
        int i = at + 1;
        if (i < lines.size() && PLANNING.matcher(lines.get(i)).matches()) {
            i++;
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        boolean broken = false;
        if (i < lines.size() && lines.get(i).strip().equalsIgnoreCase(":PROPERTIES:")) {
            Drawer drawer = drawer(sourceName, lines, i, problems);
            drawer.properties().forEach(p -> properties.putIfAbsent(p.key(), p));
            broken = !drawer.closed();
            i = drawer.next();
        }
        List<Line> body = new ArrayList<>();
        // once a drawer is found open to the next heading, no ":END:" comes before it: the lines after are not searched
        // again for each line that looks like a drawer, which took quadratic time
        boolean noEndAhead = false;
        while (i < lines.size() && !isHeading(lines.get(i))) {
            Matcher drawer = DRAWER.matcher(lines.get(i));
            if (!noEndAhead && drawer.matches() && !drawer.group(1).equalsIgnoreCase("END")) {
                // ":LOGBOOK:" and the like: Org's bookkeeping, never text
                Drawer skipped = drawer(sourceName, lines, i, problems);
                if (skipped.closed()) {
                    i = skipped.next();
                    continue;
                }
                noEndAhead = true;
            }
            body.add(new Line(i + 1, lines.get(i)));
            i++;
        }
        headings.add(new Heading(at + 1, level, keyword, title, List.copyOf(tags), properties, body, commented, broken));
        return i;
    }

    private record Drawer(List<Property> properties, boolean closed, int next) {
    }

    /**
     * The drawer opened at line index {@code at}: its properties, and the index after its ":END:". One not closed before
     * the next heading or the end of the file is reported: a property drawer so, as a problem (what follows it was meant
     * as the paper's text or the next paper); another, as a warning, and its lines are then read as text.
     */
    private static Drawer drawer(String sourceName, List<String> lines, int at, DigestProblems problems) {
        String name = lines.get(at).strip();
        boolean properties = name.equalsIgnoreCase(":PROPERTIES:");
        List<Property> read = new ArrayList<>();
        int i = at + 1;
        for (; i < lines.size() && !isHeading(lines.get(i)); i++) {
            String line = lines.get(i);
            if (END.matcher(line).matches()) {
                return new Drawer(read, true, i + 1);
            }
            if (!properties) {
                continue;
            }
            Matcher p = PROPERTY.matcher(line);
            if (p.matches()) {
                read.add(new Property(p.group(1).toLowerCase(Locale.ROOT), p.group(2) == null ? "" : p.group(2).strip(),
                        i + 1));
            } else if (!line.isBlank()) {
                problems.warn(sourceName, i + 1, "'" + PlainTextDigestReader.abbreviate(line.strip()) + "' in the"
                        + " property drawer is not a property (':KEY: value'); ignored");
            }
        }
        String where = i < lines.size() ? "the next heading (line " + (i + 1) + ")" : "the end of the file";
        if (properties) {
            problems.report(sourceName, at + 1, "the property drawer :PROPERTIES: opened here is not closed before " + where
                    + ": close it with a line ':END:' after its last property");
            return new Drawer(read, false, i);
        }
        problems.warn(sourceName, at + 1, "the drawer " + name + " opened here is not closed before " + where
                + ", so its lines are read as text: close it with a line ':END:'");
        return new Drawer(List.of(), false, at + 1);
    }

    /** The TODO keywords: Org's and common ones, and those the file declares ("#+TODO: TOREAD READING | READ"). */
    private static Set<String> todoKeywords(List<String> lines) {
        Set<String> keywords = new LinkedHashSet<>(COMMON_KEYWORDS);
        for (String line : lines) {
            Matcher m = KEYWORD.matcher(line);
            if (m.matches() && m.group(1).toUpperCase(Locale.ROOT).matches("(?:SEQ_|TYP_)?TODO")) {
                for (String word : m.group(2).split("\\s+")) {
                    String keyword = word.replaceFirst("\\(.*\\)$", "");
                    if (!keyword.isEmpty() && !keyword.equals("|")) {
                        keywords.add(keyword);
                    }
                }
            }
        }
        return keywords;
    }
}
