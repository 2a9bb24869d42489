package io.github.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an Org heading (or of the file before its first heading) as Markdown, block by block: paragraphs, lists
 * (a description list's "term :: words" with its term in bold, a checkbox as a box), quotes, source and example blocks
 * and fixed-width lines as code, tables, rules. Comments, keywords ("#+CAPTION:") and "#+begin_comment" blocks are
 * left out, as Org's export leaves them; an export block ("#+begin_export html") is left out with a warning, for the
 * site shows no HTML it was given. A block not closed by its "#+end_" line is said, and read to the end of the text.
 */
final class OrgBlocks {

    private static final Pattern BEGIN = Pattern.compile("(?i)^[ \\t]*#\\+begin_(\\w+)(?:[ \\t]+(.*))?$");
    private static final Pattern KEYWORD_OR_COMMENT = Pattern.compile("^[ \\t]*(?:#\\+\\S*|#(?:[ \\t].*)?)$");
    /** A list item; one with the bullet '*' only when the item is indented, as in Org (at the margin it is a heading). */
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)([-+*]|\\d+[.)])[ \\t]+(.*)$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX-])][ \\t]+");
    private static final Pattern FIXED = Pattern.compile("^[ \\t]*:(?:[ \\t](.*))?$");
    private static final Pattern RULE = Pattern.compile("^[ \\t]*-{5,}[ \\t]*$");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern TABLE_RULE = Pattern.compile("^[ \\t]*\\|[-+:| \\t]*$");

    private final OrgMarkup markup;

    OrgBlocks(OrgMarkup markup) {
        this.markup = markup;
    }

    /** A block of the text: one the reader looks at apart (a quote, an abstract), or the rest, as Markdown. */
    record Block(Kind kind, int line, List<OrgOutline.Line> lines) {
    }

    enum Kind {
        TEXT, QUOTE, ABSTRACT
    }

    /**
     * The text cut where a quote or abstract block begins and ends: the reader takes a first quote, or an abstract
     * block, for the paper's abstract. An unclosed block is said, and runs to the end of the text.
     */
    List<Block> split(String sourceName, List<OrgOutline.Line> lines, DigestProblems problems) {
        List<Block> blocks = new ArrayList<>();
        List<OrgOutline.Line> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher begin = BEGIN.matcher(lines.get(i).text());
            String name = begin.matches() ? begin.group(1).toLowerCase(Locale.ROOT) : "";
            if (!name.equals("quote") && !name.equals("abstract")) {
                if (begin.matches()) {
                    // any other block is kept whole with the text around it: what it holds is not cut here
                    int end = end(lines, i, name);
                    text.addAll(lines.subList(i, Math.min(end + 1, lines.size())));
                    i = Math.min(end, lines.size() - 1);
                    continue;
                }
                text.add(lines.get(i));
                continue;
            }
            if (!text.isEmpty()) {
                blocks.add(new Block(Kind.TEXT, text.get(0).number(), List.copyOf(text)));
                text.clear();
            }
            int end = end(lines, i, name);
            if (end >= lines.size()) {
                unclosed(sourceName, lines.get(i), name, problems);
            }
            blocks.add(new Block(name.equals("quote") ? Kind.QUOTE : Kind.ABSTRACT, lines.get(i).number(),
                    List.copyOf(lines.subList(i + 1, Math.min(end, lines.size())))));
            i = end;
        }
        if (!text.isEmpty()) {
            blocks.add(new Block(Kind.TEXT, text.get(0).number(), List.copyOf(text)));
        }
        return blocks;
    }

    /** The index of the "#+end_NAME" line of the block begun at {@code begin}; the lines' size when there is none. */
    private static int end(List<OrgOutline.Line> lines, int begin, String name) {
        Pattern end = Pattern.compile("(?i)^[ \\t]*#\\+end_" + Pattern.quote(name) + "[ \\t]*$");
        for (int j = begin + 1; j < lines.size(); j++) {
            if (end.matcher(lines.get(j).text()).matches()) {
                return j;
            }
        }
        return lines.size();
    }

    private static void unclosed(String sourceName, OrgOutline.Line line, String name, DigestProblems problems) {
        problems.warn(sourceName, line.number(), "the block #+begin_" + name + " opened here is not closed, so it"
                + " runs to the end of the paper's text: close it with a line '#+end_" + name + "'");
    }

    /** The text as plain words, one paragraph after another: an abstract. */
    String plain(List<OrgOutline.Line> lines) {
        StringBuilder out = new StringBuilder();
        for (OrgOutline.Line line : lines) {
            String t = line.text().strip();
            if (t.isEmpty() || KEYWORD_OR_COMMENT.matcher(t).matches()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(markup.plain(t));
        }
        return out.toString();
    }

    /** The text as Markdown, whose every character of text is escaped (see {@link OrgMarkup}). */
    String markdown(String sourceName, List<OrgOutline.Line> lines, DigestProblems problems) {
        List<String> out = new ArrayList<>();
        int indent = commonIndent(lines);
        boolean inList = false;
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            String line = raw.length() >= indent ? raw.substring(indent) : raw.strip();
            Matcher begin = BEGIN.matcher(line);
            if (inTable && !line.strip().startsWith("|")) {
                inTable = false;
                out.add("");
            }
            if (begin.matches()) {
                String name = begin.group(1).toLowerCase(Locale.ROOT);
                int end = end(lines, i, name);
                if (end >= lines.size()) {
                    unclosed(sourceName, lines.get(i), name, problems);
                }
                List<OrgOutline.Line> inner = lines.subList(i + 1, Math.min(end, lines.size()));
                block(sourceName, name, begin.group(2), lines.get(i), inner, out, problems);
                inList = false;
                i = end;
                continue;
            }
            if (line.isBlank()) {
                out.add("");
                continue;
            }
            if (KEYWORD_OR_COMMENT.matcher(line).matches()) {
                continue;
            }
            Matcher fixed = FIXED.matcher(line);
            if (fixed.matches()) {
                List<String> code = new ArrayList<>();
                for (; i < lines.size() && FIXED.matcher(lines.get(i).text()).matches(); i++) {
                    Matcher f = FIXED.matcher(lines.get(i).text());
                    f.matches();
                    code.add(f.group(1) == null ? "" : f.group(1));
                }
                i--;
                fence(code, out);
                inList = false;
                continue;
            }
            if (line.strip().startsWith("|")) {
                table(line.strip(), out, inTable);
                inTable = true;
                inList = false;
                continue;
            }
            if (RULE.matcher(line).matches()) {
                out.add("");
                out.add("***");
                out.add("");
                inList = false;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches() && (!item.group(2).equals("*") || Character.isWhitespace(raw.charAt(0)))) {
                String marker = Character.isDigit(item.group(2).charAt(0)) ? "1." : "-";
                String words = item.group(3);
                Matcher box = CHECKBOX.matcher(words);
                String prefix = "";
                if (box.find()) {
                    prefix = box.group(1).equals(" ") || box.group(1).equals("-") ? "☐ " : "☑ ";
                    words = words.substring(box.end());
                }
                int separator = descriptionSeparator(words);
                String converted = separator > 0
                        ? "**" + markup.markdown(words.substring(0, separator).strip()) + "**:"
                                + (words.substring(separator + 2).isBlank() ? ""
                                        : " " + markup.markdown(words.substring(separator + 2).strip()))
                        : markup.markdown(words);
                out.add(item.group(1) + marker + " " + prefix + converted);
                inList = true;
                continue;
            }
            // a line of a list item's text keeps its indentation; another line is a paragraph's, at the margin (four
            // blanks after a blank line would make a code block of it)
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            String lead = inList && indented ? line.substring(0, line.length() - line.stripLeading().length()) : "";
            if (!indented) {
                inList = false;
            }
            String words = line.strip();
            // Org's "\\" at the end of a line breaks it there, as two blanks do in Markdown
            boolean lineBreak = words.endsWith("\\\\");
            out.add(lead + markup.markdown(lineBreak ? words.substring(0, words.length() - 2).stripTrailing() : words)
                    + (lineBreak ? "  " : ""));
        }
        return String.join("\n", out).strip();
    }

    /** Where the " :: " of a description item ("- term :: words") is, or -1 when the item has none. */
    private static int descriptionSeparator(String words) {
        for (int at = words.indexOf("::"); at >= 0; at = words.indexOf("::", at + 1)) {
            boolean blankBefore = at > 0 && Character.isWhitespace(words.charAt(at - 1));
            boolean blankAfter = at + 2 == words.length() || Character.isWhitespace(words.charAt(at + 2));
            if (blankBefore && blankAfter && !words.substring(0, at).isBlank()) {
                return at;
            }
        }
        return -1;
    }

    private void block(String sourceName, String name, String parameters, OrgOutline.Line begin,
            List<OrgOutline.Line> inner, List<String> out, DigestProblems problems) {
        switch (name) {
            case "src", "example" -> {
                List<String> code = new ArrayList<>();
                int indent = commonIndent(inner);
                for (OrgOutline.Line l : inner) {
                    String t = l.text().length() >= indent ? l.text().substring(indent) : l.text().strip();
                    // Org escapes a line of a block that would start a heading or a keyword with a comma
                    code.add(t.startsWith(",*") || t.startsWith(",#+") ? t.substring(1) : t);
                }
                out.add("");
                fence(code, out);
            }
            case "comment" -> {
            }
            case "export" -> problems.warn(sourceName, begin.number(), "the export block"
                    + (parameters == null || parameters.isBlank() ? "" : " (" + parameters.strip() + ")")
                    + " is not shown: the site shows no HTML or other code it is given to pass on; write what it says"
                    + " in Org");
            case "quote" -> {
                out.add("");
                for (String l : markdown(sourceName, inner, problems).split("\n", -1)) {
                    out.add(l.isEmpty() ? ">" : "> " + l);
                }
                out.add("");
            }
            default -> {
                // "#+begin_center", "#+begin_verse", a special block: its text, as text
                out.add("");
                out.add(markdown(sourceName, inner, problems));
                out.add("");
            }
        }
    }

    private static void fence(List<String> code, List<String> out) {
        int longest = 2;
        for (String line : code) {
            Matcher run = BACKTICKS.matcher(line);
            while (run.find()) {
                longest = Math.max(longest, run.group().length());
            }
        }
        String fence = "`".repeat(longest + 1);
        out.add(fence);
        out.addAll(code);
        out.add(fence);
        out.add("");
    }

    /** A row of an Org table as one of a Markdown table; the rule under the first row is Markdown's header rule. */
    private void table(String line, List<String> out, boolean continued) {
        if (TABLE_RULE.matcher(line).matches()) {
            return;
        }
        String row = line.endsWith("|") && line.length() > 1 ? line.substring(1, line.length() - 1) : line.substring(1);
        String[] cells = row.split("\\|", -1);
        StringBuilder md = new StringBuilder("|");
        for (String cell : cells) {
            md.append(' ').append(markup.markdown(cell.strip())).append(" |");
        }
        if (!continued) {
            out.add("");
        }
        out.add(md.toString());
        if (!continued) {
            out.add("|" + " --- |".repeat(cells.length));
        }
    }

    private static int commonIndent(List<OrgOutline.Line> lines) {
        int indent = Integer.MAX_VALUE;
        for (OrgOutline.Line line : lines) {
            String t = line.text();
            if (!t.isBlank()) {
                indent = Math.min(indent, t.length() - t.stripLeading().length());
            }
        }
        return indent == Integer.MAX_VALUE ? 0 : indent;
    }
}
