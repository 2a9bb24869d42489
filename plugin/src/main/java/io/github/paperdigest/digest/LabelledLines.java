package io.github.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines of generated digests ("Main category: cs.CV", "**Authors**: A, B", "- 📅 **Date**:
 * 2025-01-02", "TL;DR: ...", "Abstract: ...") read from source lines. A label is one the plugin knows; a
 * line that starts with any other word and a colon ("We ask: why?") is text. A value goes on over the lines
 * that follow it, up to a blank line or the next label, as arXiv's hard-wrapped abstracts need.
 */
final class LabelledLines {

    /** What a label means, whatever the digest calls it. */
    enum Label {
        ABSTRACT, SUMMARY, AUTHORS, CATEGORY, DATE, NOTE, COMMENTS, DOI, PDF, CODE, PROJECT, ARXIV, LINK, VENUE, TAGS, EXTRA
    }

    /** A labelled value (or unlabelled text, label null) as Markdown, with the line it starts on. */
    record Field(Label label, String name, String markdown, int line) {
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("abstract", Label.ABSTRACT), Map.entry("original", Label.ABSTRACT), Map.entry("摘要", Label.ABSTRACT),
            Map.entry("summary", Label.SUMMARY),
            Map.entry("authors", Label.AUTHORS), Map.entry("author", Label.AUTHORS), Map.entry("作者", Label.AUTHORS),
            Map.entry("main category", Label.CATEGORY), Map.entry("primary category", Label.CATEGORY),
            Map.entry("category", Label.CATEGORY), Map.entry("categories", Label.CATEGORY), Map.entry("subjects", Label.CATEGORY),
            Map.entry("date", Label.DATE), Map.entry("published", Label.DATE), Map.entry("publish date", Label.DATE),
            Map.entry("submitted", Label.DATE), Map.entry("updated", Label.DATE),
            Map.entry("tl;dr", Label.NOTE), Map.entry("tldr", Label.NOTE), Map.entry("motivation", Label.NOTE),
            Map.entry("method", Label.NOTE), Map.entry("methods", Label.NOTE), Map.entry("result", Label.NOTE),
            Map.entry("results", Label.NOTE), Map.entry("conclusion", Label.NOTE), Map.entry("conclusions", Label.NOTE),
            Map.entry("translation", Label.NOTE), Map.entry("翻译", Label.NOTE), Map.entry("llm summary", Label.NOTE),
            Map.entry("ai summary", Label.NOTE), Map.entry("key takeaways", Label.NOTE), Map.entry("why it matters", Label.NOTE),
            Map.entry("comments", Label.COMMENTS), Map.entry("comment", Label.COMMENTS),
            Map.entry("doi", Label.DOI), Map.entry("pdf", Label.PDF), Map.entry("code", Label.CODE),
            Map.entry("github", Label.CODE), Map.entry("project", Label.PROJECT), Map.entry("project page", Label.PROJECT),
            Map.entry("arxiv", Label.ARXIV), Map.entry("arxiv id", Label.ARXIV),
            Map.entry("link", Label.LINK), Map.entry("links", Label.LINK), Map.entry("url", Label.LINK),
            Map.entry("venue", Label.VENUE),
            Map.entry("journal", Label.VENUE), Map.entry("conference", Label.VENUE), Map.entry("keywords", Label.TAGS),
            Map.entry("tags", Label.TAGS), Map.entry("score", Label.EXTRA), Map.entry("type", Label.EXTRA),
            Map.entry("source", Label.EXTRA), Map.entry("upvotes", Label.EXTRA), Map.entry("stars", Label.EXTRA));

    /**
     * An optional list marker, symbols (emoji) and emphasis around a label of up to 30 characters, then ':' or
     * the full-width '：'. A value starting with "//" is a URL's rest ("https://..."), not a label's value.
     */
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?[^\\p{L}\\p{N}*_\\[]{0,8}(?:\\*\\*|__|\\*|_)?([\\p{L}][\\p{L} ;./()-]{0,29}?)\\s*"
                    + "(?:\\*\\*|__|\\*|_)?\\s*[:：]\\s*(?:\\*\\*|__)?(?!//)\\s*(.*)$");
    /** Past a list marker, 8 symbols, emphasis, a 30-character label and the blanks around them. */
    private static final int LABEL_END = 80;
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern SUMMARY_ELEMENT = Pattern.compile("(?i)<summary[^>]{0,200}>.{0,500}?</summary>");

    private LabelledLines() {
    }

    /** The label a name stands for, or null when the plugin does not know it. */
    static Label label(String name) {
        return LABELS.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The fields of some source lines. HTML tags are taken out first (generated digests fold their details
     * into {@code <details>}), with what a {@code <summary>} says.
     */
    static List<Field> of(List<String> lines, int firstLine, boolean html) {
        List<Field> fields = new ArrayList<>();
        Label label = null;
        String name = "";
        StringBuilder value = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (html) {
                line = TAG.matcher(SUMMARY_ELEMENT.matcher(line).replaceAll("")).replaceAll(" ");
            }
            if (line.isBlank()) {
                add(fields, label, name, value, start);
                value = null;
                continue;
            }
            // a label ends with its colon near the line's start: a long line without one (an abstract, a run of
            // blanks) is not tried, as the pattern's backtracking over its blanks grows with its length
            String lead = line.stripLeading();
            Matcher m = LABELLED.matcher(lead);
            Label found = colonNearStart(lead) && m.matches() ? label(m.group(1)) : null;
            if (found != null) {
                add(fields, label, name, value, start);
                label = found;
                name = m.group(1).strip();
                value = new StringBuilder(m.group(2).strip());
                start = firstLine + i;
            } else if (value == null) {
                label = null;
                name = "";
                value = new StringBuilder(line.strip());
                start = firstLine + i;
            } else {
                value.append('\n').append(line.strip());
            }
        }
        add(fields, label, name, value, start);
        return fields;
    }

    /** Whether a colon (':' or '：') is within the first characters a label, its marker and emphasis can take. */
    private static boolean colonNearStart(String line) {
        for (int i = 0, end = Math.min(line.length(), LABEL_END); i < end; i++) {
            if (line.charAt(i) == ':' || line.charAt(i) == '：') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Field> fields, Label label, String name, StringBuilder value, int line) {
        if (value != null && (label != null || !value.toString().isBlank())) {
            fields.add(new Field(label, name, value.toString(), line));
        }
    }
}
