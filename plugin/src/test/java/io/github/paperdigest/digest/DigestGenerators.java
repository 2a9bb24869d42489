package io.github.paperdigest.digest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.markup.HtmlText;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.model.TitleKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random digests for property tests: valid digests of every format whose titles, abstracts and metadata
 * are arbitrary text (markup, links that run code, TeX, control characters, emoji, right-to-left text,
 * noncharacters, lone surrogates where the format can carry them), each with the title and abstract the
 * plugin must show; and garbage: random bytes, token soup, mutated and truncated digests, pathological
 * repetition and nesting.
 */
final class DigestGenerators {

    enum Format {
        TEXT("txt"), MARKDOWN("md"), JSON("json"), JSON_LINES("jsonl"), ATOM("atom"), MARKDOWN_TABLE("md"),
        LINKED_HEADINGS("md"), BIBTEX("bib"), CSL_JSON("json"), RIS("ris"), ARXIV_LISTING("eml"),
        SPREADSHEET("csv");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** A paper as a digest gives it, and the title and abstract the site must show for it. */
    record Paper(String title, String abstractText, String expectedTitle, String expectedAbstract) {
    }

    /** A digest file and the papers it holds. */
    record Digest(String fileName, Format format, byte[] content, List<Paper> papers) {
        @Override
        public String toString() {
            String text = new String(content, StandardCharsets.UTF_8);
            return fileName + " (" + papers.size() + " papers):\n" + visible(text);
        }

        /** The text with what a terminal hides or shows otherwise (controls, invisible and odd spaces) as \\u{…}. */
        private static String visible(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                boolean hidden = (type == Character.CONTROL && cp != '\n') || type == Character.FORMAT
                        || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                        || (type == Character.SPACE_SEPARATOR && cp != ' ') || cp == '\\';
                out.append(hidden ? String.format(java.util.Locale.ROOT, "\\u{%X}", cp) : Character.toString(cp));
            });
            return out.toString();
        }
    }

    /** Pieces of text that have broken, or could break, a reader, a renderer or a browser. */
    static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "</h1><script>", "<iframe src=javascript:alert(1)>", "javascript:alert(1)",
            "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox(1)", "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='", "<a href=\"javascript:alert(1)\">x</a>", "<base href=//evil.example/>",
            "<meta http-equiv=refresh content=0;url=javascript:alert(1)>", "<style>*{}</style>", "&amp;", "&lt;b&gt;",
            "&#x3C;", "&#60;script&#62;", "&nbsp;", "]]>", "<![CDATA[", "<!--", "-->", "<?php ?>", "{{title}}",
            "{{{abstractHtml}}}", "{{> partials/header}}", "${jndi:x}", "#{7*7}", "`", "``quoted''", "`single'",
            "$\\alpha \\le 0.5$", "$5 and $10", "\\textbf{bold}", "\\emph{", "44\\%", "\\unknowncommand", "---", "--",
            "-->", "...", "…", "https://github.com/org/repo", "http://example.org/path_(x)", "https://example.org/?q=<x>&y=\"z\"",
            "(see https://a.example/b).", "https://x.example/" + ")".repeat(5), "www.example.org", "mailto:a@b.example",
            "../../etc/passwd", "..\\..\\x", "C:\\Windows", "%2e%2e%2f", "CON", "nul", "\u202E", "\u202Ctxt.exe",
            "\u200F", "\u200B", "\u200D", "\uFEFF", "\u00AD", "🚀", "👩‍👩‍👧‍👦", "𝔼[x]", "مرحبا بالعالم", "שלום", "视频生成",
            "Ωmega", "e\u0301", "Å", "ﬁ", "\u0000", "\u0007", "\u001B[31m", "\t", "\u00A0", "\u3000", "\u2028",
            "\u2029", "\u0085", "\uFFFD", "\uFFFE", "\uFFFF", "\uFDD0", "#", "##", "*", "**", "_", "[", "]", "(", ")",
            "[x](javascript:alert(1))", "![i](data:image/png;base64,AA)", "<https://example.org>", "{", "}", "|", "\\",
            ">", "- ", "+", "1.", ":", "!", "?", "'", "\"", "~", "^", "=", "==", "   ", "  \n", "\r\n", "\r");

    static final List<String> URLS = List.of("https://github.com/org/repo", "https://org.github.io/project/",
            "https://huggingface.co/datasets/org/set", "https://www.youtube.com/watch?v=x", "http://example.org/a_(b)",
            "https://example.org/?q=<script>&r=\"x\"", "https://example.org/\"onmouseover=\"alert(1)", "javascript:alert(1)",
            " javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "//evil.example/x", "/etc/passwd", "../../x", "file:///etc/passwd", "mailto:a@b.example",
            "https://", "http://[::1]/x", "https://exa mple.org/", "http://\u0000x.example/", "https://例え.テスト/パス", "");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private DigestGenerators() {
    }

    // ---------------------------------------------------------------------------------------------
    // text

    /** Arbitrary text: words, hostile pieces and random code points; lone surrogates only if allowed. */
    static String text(Random r, int maxPieces, boolean loneSurrogates) {
        int pieces = 1 + r.nextInt(maxPieces);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int kind = r.nextInt(10);
            if (kind < 4) {
                out.append(word(r));
            } else if (kind < 7) {
                out.append(HOSTILE.get(r.nextInt(HOSTILE.size())));
            } else if (kind < 9) {
                out.appendCodePoint(codePoint(r, loneSurrogates));
            } else {
                out.append(' ');
            }
            if (r.nextInt(3) > 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    static String word(Random r) {
        String letters = r.nextInt(4) == 0 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-" : "abcdefghijklmnopqrstuvwxyz";
        int length = 1 + r.nextInt(r.nextInt(10) == 0 ? 30 : 9);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append(letters.charAt(r.nextInt(letters.length())));
        }
        return w.toString();
    }

    static int codePoint(Random r, boolean loneSurrogates) {
        while (true) {
            int cp = switch (r.nextInt(9)) {
                case 0 -> 0x20 + r.nextInt(0x5F);
                case 1 -> r.nextInt(0x20);
                case 2 -> 0x7F + r.nextInt(0x81);
                case 3 -> 0x100 + r.nextInt(0x2000);
                case 4 -> 0x2000 + r.nextInt(0x70);
                case 5 -> 0xFFF0 + r.nextInt(0x10);
                case 6 -> 0x10000 + r.nextInt(0x10FFFF - 0x10000);
                case 7 -> 0x0590 + r.nextInt(0x2C0);
                default -> 0xD800 + r.nextInt(0x800);
            };
            if (cp >= 0xD800 && cp <= 0xDFFF && !loneSurrogates) {
                continue;
            }
            return cp;
        }
    }

    /** The text with what XML 1.0 cannot hold replaced by a space. */
    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (surrogatePair) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    static String xmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r", "&#13;");
    }

    /**
     * The text as a Markdown digest writes it, so that CommonMark reads back the text: every ASCII punctuation character
     * escaped (an opening bracket or parenthesis as a character reference) but its dollars, and its formulas between
     * dollars written as they are. A Markdown digest reads such a
     * formula as written, before any escape; a dollar that delimits none is left bare, where it delimits none either,
     * and TeX's escaped dollar ("\\$") is Markdown's too. {@code inTable}: a pipe in a formula is escaped, which a table
     * gives its inline text unescaped.
     */
    static String markdownEscape(String text, boolean inTable) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (TexMath.Piece piece : TexMath.split(text)) {
            if (piece.math() && piece.text().startsWith("$")) {
                out.append(inTable ? piece.text().replace("|", "\\|") : piece.text());
                continue;
            }
            String t = piece.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '$') {
                    out.append("\\$");
                    i++;
                    continue;
                }
                if (c == '(' || c == '[') {
                    // as a character reference: "\\(" and "\\[" open a formula a digest's TeX may close
                    out.append("&#").append((int) c).append(';');
                    continue;
                }
                if (c < 128 && "!\"#%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String markdownEscape(String text) {
        return markdownEscape(text, false);
    }

    // ---------------------------------------------------------------------------------------------
    // valid digests

    /** Titles and ids already given in one build, so that no two generated papers are the same paper. */
    static final class Uniques {
        private final Set<String> titleKeys = new java.util.HashSet<>();
        private int nextId = 1;

        boolean claim(String cleanTitle) {
            return titleKeys.add(TitleKey.of(cleanTitle));
        }

        String arxivId() {
            int n = nextId++;
            return String.format(Locale.ROOT, "25%02d.%05d", 1 + n % 12, n);
        }
    }

    /** A valid digest of the format with 1 to {@code maxPapers} papers of arbitrary text. */
    static Digest digest(Random r, Format format, String stem, int maxPapers, Uniques uniques) {
        boolean escapedJson = format == Format.JSON ? r.nextBoolean() : format == Format.JSON_LINES && r.nextInt(3) == 0;
        boolean loneSurrogates = escapedJson;
        List<Paper> papers = new ArrayList<>();
        int count = 1 + r.nextInt(maxPapers);
        for (int attempts = 0; papers.size() < count && attempts < count * 20; attempts++) {
            String title = text(r, 12, loneSurrogates);
            String abstractText = text(r, 60, loneSurrogates);
            if (format == Format.ATOM) {
                title = xmlChars(title);
                abstractText = xmlChars(abstractText);
            }
            if (format != Format.JSON && format != Format.JSON_LINES && format != Format.ATOM && format != Format.CSL_JSON) {
                // a NUL byte in a text digest marks it as UTF-16, and the file is refused (see LineReader)
                title = Whitespace.collapse(title.replace("\u0000", ""));
                abstractText = Whitespace.collapse(abstractText.replace("\u0000", ""));
            }
            if (format == Format.BIBTEX) {
                // braces, backslashes and @ are BibTeX's own syntax: arbitrary text without them
                title = Whitespace.collapse(title.replaceAll("[{}\\\\@%~#\"]", " "));
                abstractText = Whitespace.collapse(abstractText.replaceAll("[{}\\\\@%~#\"]", " "));
            }
            if (format == Format.LINKED_HEADINGS && Scripts.differ(title, abstractText)) {
                continue; // an abstract in another script than its title is a note, by design
            }
            if (format == Format.TEXT) {
                // what the reader takes for a title and an abstract is its rule to say, not a copy of it here: a copy
                // drifted (a word over an address, "视频生成\nhttp://…", is a title over its byline, refused)
                if (!readsAsTextTitle(title)) {
                    title = title + " x"; // page furniture, or an abstract's whole sentence
                }
                if (!readsAsTextAbstract(abstractText)) {
                    abstractText = abstractText + ".";
                }
                if (!readsAsTextTitle(title) || !readsAsTextAbstract(abstractText)) {
                    continue; // a line too long for a title; a word over an address, a title over its byline
                }
            }
            if (format == Format.SPREADSHEET && (PaperColumns.isNothing(title) || PaperColumns.isNothing(abstractText))) {
                continue; // "-", "null" and "N/A" are empty cells in a table
            }
            // CSL's strings may hold rich text (<b>, <i>, <sup>) and Zotero's abstracts HTML (in CSL JSON and in its CSV
            // export): the reader shows its text
            boolean html = format == Format.CSL_JSON || format == Format.SPREADSHEET;
            // as written, but for the full stop an export ends a title with (DBLP's), which is no part of it
            String expectedTitle = TitlePeriod.strip(FaithfulText.clean(html ? HtmlText.plain(title) : title));
            String expectedAbstract = FaithfulText.clean(html ? HtmlText.plain(abstractText) : abstractText);
            if (expectedTitle.isEmpty() || expectedAbstract.isEmpty() || !uniques.claim(expectedTitle)) {
                continue;
            }
            papers.add(new Paper(title, abstractText, expectedTitle, expectedAbstract));
        }
        String fileName = stem + "." + format.extension;
        byte[] content = switch (format) {
            case TEXT -> text(r, papers);
            case MARKDOWN -> markdown(r, papers, uniques);
            case JSON -> json(r, papers, uniques, escapedJson);
            case JSON_LINES -> jsonLines(r, papers, uniques, escapedJson);
            case ATOM -> atom(r, papers, uniques);
            case MARKDOWN_TABLE -> markdownTable(r, papers, uniques);
            case LINKED_HEADINGS -> linkedHeadings(r, papers, uniques);
            case BIBTEX -> bibtex(r, papers, uniques);
            case CSL_JSON -> cslJson(r, papers, uniques);
            case RIS -> ris(r, papers, uniques);
            case ARXIV_LISTING -> listing(r, papers, uniques);
            case SPREADSHEET -> spreadsheet(r, papers, uniques);
        };
        // nor in its links, names or introduction: a NUL byte makes any digest read line by line a refused UTF-16 file
        return new Digest(fileName, format, withoutNulBytes(content), papers);
    }

    private static boolean readsAsTextTitle(String title) {
        return PlainTextDigestReader.readsAsTitle(new Paragraph(1, List.of(title)));
    }

    /** Whether the reader takes the abstract, as {@link #text} writes it, for the abstract of the title before it. */
    private static boolean readsAsTextAbstract(String abstractText) {
        return PlainTextDigestReader.readsAsAbstract(new Paragraph(1, textAbstractLines(abstractText)));
    }

    /** The lines a text digest's abstract is written on: two when it can be, a paragraph of several lines being usual. */
    private static List<String> textAbstractLines(String abstractText) {
        int space = abstractText.indexOf(' ', abstractText.length() / 2);
        if (space < 0) {
            space = abstractText.indexOf(' ');
        }
        // split where both lines have text: a blank one would end the paragraph there
        boolean twoLines = space > 0 && !abstractText.substring(space + 1).isBlank();
        return twoLines ? List.of(abstractText.substring(0, space), abstractText.substring(space + 1))
                : List.of(abstractText);
    }

    private static byte[] text(Random r, List<Paper> papers) {
        StringBuilder out = new StringBuilder();
        if (r.nextBoolean()) {
            out.append("Daily Papers\n\nby AK and the research community\n\n");
        }
        for (Paper p : papers) {
            out.append(p.title()).append("\n\n");
            List<String> lines = textAbstractLines(p.abstractText());
            out.append(lines.size() == 2 ? lines.get(0) + (r.nextBoolean() ? "\r\n" : "\n") + lines.get(1) : lines.get(0))
                    .append("\n\n");
        }
        return bytes((r.nextInt(4) == 0 ? "\uFEFF" : "") + out);
    }

    private static byte[] markdown(Random r, List<Paper> papers, Uniques uniques) {
        StringBuilder out = new StringBuilder();
        if (r.nextBoolean()) {
            out.append("---\n");
            out.append("title: ").append(quoted(asciiHostile(r))).append('\n');
            if (r.nextBoolean()) {
                out.append("notes: ").append(quoted(hostileMarkdown(r))).append('\n');
            }
            out.append("tags: [").append(quoted(asciiHostile(r))).append(", ").append(quoted(asciiHostile(r))).append("]\n");
            if (r.nextBoolean()) {
                out.append("source: ").append(quoted(URLS.get(r.nextInt(URLS.size())))).append('\n');
            }
            out.append("---\n");
        }
        if (r.nextBoolean()) {
            out.append("Introduction: ").append(hostileMarkdown(r)).append("\n\n");
        }
        for (Paper p : papers) {
            out.append("## ").append(markdownEscape(p.title())).append("\n\n");
            if (r.nextBoolean()) {
                out.append("- arxiv: ").append(uniques.arxivId()).append('\n');
                out.append("- authors: ").append(oneLine(text(r, 4, false))).append('\n');
                out.append("- tags: ").append(oneLine(text(r, 4, false))).append('\n');
                out.append("- code: ").append(URLS.get(r.nextInt(URLS.size()))).append('\n');
                out.append("- venue: ").append(oneLine(text(r, 4, false))).append("\n\n");
            }
            out.append(markdownEscape(p.abstractText())).append("\n\n");
            if (r.nextBoolean()) {
                out.append("> ").append(hostileMarkdown(r)).append("\n\n");
                if (r.nextBoolean()) {
                    // after the note, a paragraph is part of the note (before it, of the abstract)
                    out.append("Also: ").append(hostileMarkdown(r)).append("\n\n");
                }
            }
        }
        return bytes(out.toString());
    }

    private static byte[] json(Random r, List<Paper> papers, Uniques uniques, boolean escapeNonAscii) {
        List<Object> items = new ArrayList<>();
        boolean daily = r.nextBoolean();
        for (Paper p : papers) {
            Map<String, Object> paper = new LinkedHashMap<>();
            if (r.nextInt(4) > 0) {
                paper.put("id", uniques.arxivId());
            }
            paper.put("title", p.title());
            paper.put(daily || r.nextBoolean() ? "summary" : "abstract", p.abstractText());
            paper.put("authors", List.of(Map.of("name", text(r, 3, escapeNonAscii)), Map.of("name", text(r, 3, escapeNonAscii))));
            paper.put("githubRepo", URLS.get(r.nextInt(URLS.size())));
            paper.put("projectPage", URLS.get(r.nextInt(URLS.size())));
            paper.put("ai_keywords", List.of(text(r, 3, escapeNonAscii), text(r, 3, escapeNonAscii)));
            paper.put("upvotes", r.nextBoolean() ? (Object) r.nextInt(1000) : text(r, 2, escapeNonAscii));
            paper.put("publishedAt", r.nextBoolean() ? "2025-01-2" + r.nextInt(10) + "T00:00:00.000Z" : text(r, 2, escapeNonAscii));
            paper.put("x_" + word(r), text(r, 5, escapeNonAscii));
            items.add(daily ? Map.of("paper", paper) : paper);
        }
        Object root = r.nextInt(4) == 0 ? Map.of("papers", items) : items;
        return write(root, escapeNonAscii, r.nextBoolean());
    }

    private static byte[] jsonLines(Random r, List<Paper> papers, Uniques uniques, boolean escapeNonAscii) {
        StringBuilder out = new StringBuilder();
        for (Paper p : papers) {
            Map<String, Object> record = new LinkedHashMap<>();
            if (r.nextInt(4) > 0) {
                record.put("id", uniques.arxivId());
            }
            record.put("title", p.title());
            record.put(r.nextBoolean() ? "abstract" : "summary", p.abstractText());
            record.put("authors", r.nextBoolean() ? text(r, 6, escapeNonAscii) : List.of(text(r, 3, escapeNonAscii)));
            record.put("categories", (r.nextBoolean() ? "cs.CV cs.AI " : "math.ST I.2.7 ") + text(r, 3, escapeNonAscii));
            record.put("comments", text(r, 5, escapeNonAscii));
            record.put("doi", text(r, 2, escapeNonAscii));
            record.put("journal-ref", text(r, 3, escapeNonAscii));
            out.append(new String(write(record, escapeNonAscii, false), StandardCharsets.UTF_8)).append(r.nextBoolean() ? "\n" : "\r\n");
            if (r.nextInt(5) == 0) {
                out.append("\n");
            }
        }
        return bytes(out.toString());
    }

    private static byte[] atom(Random r, List<Paper> papers, Uniques uniques) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
                + " xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n");
        out.append("<title>").append(xmlEscape(xmlChars(text(r, 6, false)))).append("</title>\n");
        for (Paper p : papers) {
            out.append("<entry>\n");
            if (r.nextInt(4) > 0) {
                out.append("<id>http://arxiv.org/abs/").append(uniques.arxivId()).append("v").append(1 + r.nextInt(3)).append("</id>\n");
            }
            out.append("<title>").append(xmlText(r, p.title())).append("</title>\n");
            out.append("<summary>").append(xmlText(r, p.abstractText())).append("</summary>\n");
            out.append("<author><name>").append(xmlEscape(xmlChars(text(r, 3, false)))).append("</name></author>\n");
            out.append("<link href=\"").append(xmlEscape(xmlChars(URLS.get(r.nextInt(URLS.size()))))).append("\" rel=\"alternate\"/>\n");
            out.append("<category term=\"").append(xmlEscape(xmlChars(text(r, 2, false)))).append("\"/>\n");
            out.append("<category term=\"cs.CV\"/>\n");
            out.append("<arxiv:comment>").append(xmlEscape(xmlChars(text(r, 4, false)))).append("</arxiv:comment>\n");
            out.append("</entry>\n");
        }
        out.append("</feed>\n");
        return bytes(out.toString());
    }

    /** Papers as the rows of tables under keyword headings, the abstract folded into {@code <details>}. */
    private static byte[] markdownTable(Random r, List<Paper> papers, Uniques uniques) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < papers.size(); i++) {
            if (i == 0 || r.nextInt(3) == 0) {
                out.append("\n## ").append(markdownEscape(oneLine(text(r, 3, false)))).append(" x\n");
                out.append("| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n");
            }
            Paper p = papers.get(i);
            out.append("| **[").append(markdownEscape(p.title(), true)).append("](https://arxiv.org/abs/").append(uniques.arxivId())
                    .append(")** | 2025-01-0").append(1 + r.nextInt(9)).append(" | <details><summary>Show</summary><p>")
                    .append(markdownEscape(p.abstractText(), true)).append("</p></details> | ")
                    .append(markdownEscape(oneLine(text(r, 3, false)), true)).append(" |\n");
        }
        return bytes(out.toString());
    }

    /** Papers as numbered linked headings with an author line, labelled lines and an "Abstract:" paragraph. */
    private static byte[] linkedHeadings(Random r, List<Paper> papers, Uniques uniques) {
        StringBuilder out = new StringBuilder("# Daily digest\n\n## Section x\n");
        int n = 1;
        for (Paper p : papers) {
            out.append("### [").append(n++).append("] [").append(markdownEscape(p.title())).append("](https://arxiv.org/abs/")
                    .append(uniques.arxivId()).append(")\n");
            out.append("*").append(markdownEscape(oneLine(text(r, 3, false)))).append(" x*\n\n");
            out.append("Main category: cs.CV\n\nTL;DR: ").append(markdownEscape(oneLine(text(r, 5, false)))).append("\n\n");
            out.append("Abstract: ").append(markdownEscape(p.abstractText())).append("\n\n");
        }
        return bytes(out.toString());
    }

    private static byte[] bibtex(Random r, List<Paper> papers, Uniques uniques) {
        StringBuilder out = new StringBuilder(r.nextBoolean() ? "@string{venue = \"Some Venue\"}\n\n" : "");
        int n = 0;
        for (Paper p : papers) {
            out.append("@article{key").append(n++).append(",\n  title = {").append(p.title()).append("},\n  abstract = {")
                    .append(p.abstractText()).append("},\n  eprint = {").append(uniques.arxivId())
                    .append("},\n  archiveprefix = {arXiv},\n  author = {").append(word(r)).append(", ").append(word(r))
                    .append(" and ").append(word(r)).append("},\n  url = {").append(URLS.get(r.nextInt(URLS.size())).replace("}", ""))
                    .append("},\n  year = {2025}\n}\n\n");
        }
        return bytes(out.toString());
    }

    private static byte[] cslJson(Random r, List<Paper> papers, Uniques uniques) {
        List<Object> items = new ArrayList<>();
        for (Paper p : papers) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "article");
            item.put("title", p.title());
            item.put("abstract", p.abstractText());
            item.put("number", "arXiv:" + uniques.arxivId());
            item.put("author", List.of(Map.of("family", text(r, 2, false), "given", text(r, 2, false)), Map.of("literal", text(r, 2, false))));
            item.put("issued", Map.of("date-parts", List.of(List.of(2025, 1 + r.nextInt(12), 1 + r.nextInt(28)))));
            item.put("URL", URLS.get(r.nextInt(URLS.size())));
            item.put("container-title", text(r, 3, false));
            items.add(item);
        }
        return write(items, false, r.nextBoolean());
    }

    private static byte[] ris(Random r, List<Paper> papers, Uniques uniques) {
        StringBuilder out = new StringBuilder();
        for (Paper p : papers) {
            out.append("TY  - JOUR\nTI  - ").append(p.title()).append("\nAU  - ").append(oneLine(text(r, 3, false)))
                    .append("\nAB  - ").append(p.abstractText()).append("\nDO  - 10.48550/arXiv.").append(uniques.arxivId())
                    .append("\nUR  - ").append(URLS.get(r.nextInt(URLS.size())).replace("\n", "")).append("\nER  - \n\n");
        }
        return bytes(out.toString());
    }

    /** A spreadsheet saved as CSV: cells quoted when they must be, or always, as different programs save them. */
    private static byte[] spreadsheet(Random r, List<Paper> papers, Uniques uniques) {
        boolean alwaysQuoted = r.nextBoolean();
        StringBuilder out = new StringBuilder(alwaysQuoted ? "\"Title\",\"Authors\",\"Abstract\",\"URL\"\n"
                : "Title,Authors,Abstract,URL\n");
        for (Paper p : papers) {
            List<String> cells = List.of(p.title(), oneLine(text(r, 3, false)), p.abstractText(),
                    "https://arxiv.org/abs/" + uniques.arxivId());
            out.append(String.join(",", cells.stream().map(c -> csvCell(c, alwaysQuoted)).toList()))
                    .append(r.nextBoolean() ? "\r\n" : "\n");
        }
        return bytes(out.toString());
    }

    private static String csvCell(String text, boolean alwaysQuoted) {
        boolean quote = alwaysQuoted
                || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** arXiv's listing e-mail: each abstract line indented, so that none starts an entry or ends the abstract. */
    private static byte[] listing(Random r, List<Paper> papers, Uniques uniques) {
        String dashes = "------------------------------------------------------------------------------\n";
        StringBuilder out = new StringBuilder("From: no-reply@arxiv.org\nSubject: cs daily Subj-class mailing\n\n");
        for (Paper p : papers) {
            String id = uniques.arxivId();
            out.append(dashes).append("\\\\\narXiv:").append(id).append("\nDate: Mon, 1 Sep 2025\n\nTitle: ").append(p.title())
                    .append("\nAuthors: ").append(oneLine(text(r, 3, false)).replace("\\", " ")).append("\nCategories: cs.CV\n\\\\\n  ")
                    .append(p.abstractText()).append("\n\\\\ ( https://arxiv.org/abs/").append(id).append(" ,  12kb)\n");
        }
        return bytes(out.append(dashes).toString());
    }

    private static String xmlText(Random r, String text) {
        return r.nextInt(3) == 0 && !text.contains("]]>") && !text.contains("\r") ? "<![CDATA[" + text + "]]>" : xmlEscape(text);
    }

    /** Markdown and raw HTML that a sanitiser must make safe; one paragraph or block, no paper heading. */
    static String hostileMarkdown(Random r) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + r.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            out.append(switch (r.nextInt(8)) {
                case 0 -> "[link](" + URLS.get(r.nextInt(URLS.size())).replace(" ", "%20") + ")";
                case 1 -> "![image](" + URLS.get(r.nextInt(URLS.size())).replace(" ", "%20") + ")";
                case 2 -> "<" + URLS.get(r.nextInt(URLS.size())).replace(" ", "") + ">";
                case 3 -> "**" + word(r) + "** _" + word(r) + "_";
                default -> oneLine(HOSTILE.get(r.nextInt(HOSTILE.size())));
            }).append(' ');
        }
        return out.toString().replace("##", "#").strip();
    }

    private static String asciiHostile(Random r) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            String piece = HOSTILE.get(r.nextInt(HOSTILE.size()));
            out.append(piece.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? piece : word(r)).append(' ');
        }
        return out.toString().strip();
    }

    private static String oneLine(String s) {
        return Whitespace.collapse(s).replace("#", "");
    }

    /** A JSON string, every non-ASCII character escaped: also a YAML double-quoted scalar. */
    private static String quoted(String s) {
        return new String(write(s, true, false), StandardCharsets.UTF_8);
    }

    private static byte[] write(Object value, boolean escapeNonAscii, boolean pretty) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonGenerator g = JSON.getFactory().createGenerator(out);
            if (escapeNonAscii) {
                g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
            }
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            JSON.writeValue(g, value);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // garbage

    private static final Map<Format, List<String>> TOKENS = tokens(
            Format.TEXT, List.of("\n", "\n\n", "\r\n", "Daily Papers", "Subscribe", "Title", ".", "...", "…",
                    "March 4, 2025", "2025-03-04", "word ", "Abstract sentence. "),
            Format.MARKDOWN, List.of("\n", "\n\n", "---\n", "...\n", "## ", "# ", "### ", "- ", "* ", "1. ", "> ",
                    "    ", "```", "~~~", "title: ", "tags: [", "]", "date: ", "notes: |", "- arxiv: ", "- authors: ",
                    "- code: ", "[", "](", ")", "<div>", "</div>", "<!--", "-->", "|", "===", "***", "&amp;", "\\", ": "),
            Format.JSON, List.of("[", "]", "{", "}", ",", ":", "\"", "\"title\"", "\"summary\"", "\"paper\"", "\"papers\"",
                    "\"id\"", "\"authors\"", "\"name\"", "null", "true", "1e999", "-0", "12345678901234567890", "\"\\u0000\"",
                    "\"\\ud800\"", "\\", "/*", "*/", "//", "\n", " ", "NaN", "Infinity", "\"2401.00001\""),
            Format.JSON_LINES, List.of("{", "}", "[", "]", ",", ":", "\"", "\"title\"", "\"abstract\"", "\"id\"",
                    "\"categories\"", "\"authors\"", "\"cs.CV cs.AI\"", "null", "1e999", "\n", "\r\n", " ", "\"x\""),
            Format.ATOM, List.of("<?xml version=\"1.0\"?>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "</feed>",
                    "<entry>", "</entry>", "<title>", "</title>", "<summary>", "</summary>", "<id>", "</id>",
                    "<author><name>", "</name></author>", "<link href=\"", "\"/>", "<category term=\"", "<![CDATA[", "]]>",
                    "&amp;", "&lt;", "&x;", "&#0;", "&#xD800;", "<!DOCTYPE feed [", "<!ENTITY x \"y\">", "]>", "<!--", "-->",
                    "<?pi?>", "<", ">", "\"", "'", "=", "\n", "<arxiv:comment>", "</arxiv:comment>", "xmlns:arxiv=\"x\""),
            Format.MARKDOWN_TABLE, List.of("\n", "|", " | ", "| --- |", "|---|", "\\|", "**", "[", "](", ")",
                    "https://arxiv.org/abs/2401.00001", "<details>", "<summary>", "</summary>", "<p>", "</details>",
                    "## ", "Title", "Abstract", "null", ":--:"),
            Format.LINKED_HEADINGS, List.of("\n", "\n\n", "### ", "# ", "[1] ", "[", "](https://arxiv.org/abs/2401.00001)",
                    "*", "Abstract: ", "TL;DR: ", "Main category: ", "<details>", "</details>", "中文", "- "),
            Format.BIBTEX, List.of("@article{", "@string{", "@comment{", "@preamble{", "{", "}", ",", "=", "\"",
                    "title", "author", " and ", "crossref", "eprint", "\\'", "\\\"", "$", "#", "\n", "%", "doi = {10.1/x}"),
            Format.CSL_JSON, List.of("[", "]", "{", "}", ",", ":", "\"title\"", "\"issued\"", "\"date-parts\"",
                    "\"author\"", "\"family\"", "\"DOI\"", "\"container-title\"", "[[2025, 1, 1]]", "null", "\"x\"", "\n"),
            Format.RIS, List.of("TY  - JOUR\n", "TI  - ", "AU  - ", "AB  - ", "ER  - \n", "DO  - 10.1/x\n", "UR  - ",
                    "KW  - ", "DA  - 2025/01/01/\n", "\n", "  - ", "x"),
            Format.ARXIV_LISTING, List.of("-----------------------------------------------------------\n", "\\\\\n",
                    "arXiv:2401.00001\n", "Title: ", "Authors: ", "Categories: cs.CV\n", "  ", "\n",
                    "%%--%%--%%\n", "Comments: ", "replaced with revised version\n"),
            Format.SPREADSHEET, List.of("Title,Abstract,URL\n", "Title;Abstract\n", ",", ";", "\t", "\"", "\"\"", "\n",
                    "\r\n", "https://arxiv.org/abs/2401.00001", "null", "-", "Authors", "x"));

    @SuppressWarnings("unchecked")
    private static Map<Format, List<String>> tokens(Object... formatsAndTokens) {
        Map<Format, List<String>> tokens = new java.util.EnumMap<>(Format.class);
        for (int i = 0; i < formatsAndTokens.length; i += 2) {
            tokens.put((Format) formatsAndTokens[i], (List<String>) formatsAndTokens[i + 1]);
        }
        return tokens;
    }

    /** Garbage in the shape of the format: bytes, token soup, a mutated valid digest, or pathological repetition. */
    static byte[] garbage(Random r, Format format) {
        return switch (r.nextInt(10)) {
            case 0 -> randomBytes(r, 1 + r.nextInt(4096));
            case 1, 2, 3 -> tokenSoup(r, format);
            case 4, 5, 6 -> mutate(r, digest(r, format, "g", 4, new Uniques()).content());
            case 7 -> invalidUtf8(r, digest(r, format, "g", 3, new Uniques()).content());
            default -> pathological(r, format);
        };
    }

    private static byte[] randomBytes(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }

    private static byte[] tokenSoup(Random r, Format format) {
        List<String> tokens = TOKENS.get(format);
        StringBuilder out = new StringBuilder();
        int n = 1 + r.nextInt(300);
        for (int i = 0; i < n; i++) {
            out.append(switch (r.nextInt(4)) {
                case 0, 1 -> tokens.get(r.nextInt(tokens.size()));
                case 2 -> HOSTILE.get(r.nextInt(HOSTILE.size()));
                default -> new String(Character.toChars(codePoint(r, false)));
            });
        }
        return bytes(out.toString());
    }

    private static byte[] mutate(Random r, byte[] valid) {
        List<Byte> b = new ArrayList<>(valid.length + 64);
        for (byte x : valid) {
            b.add(x);
        }
        int mutations = 1 + r.nextInt(8);
        for (int m = 0; m < mutations && !b.isEmpty(); m++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(6)) {
                case 0 -> b.set(at, (byte) r.nextInt(256));
                case 1 -> b.add(at, (byte) r.nextInt(256));
                case 2 -> b.remove(at);
                case 3 -> {
                    int to = Math.min(b.size(), at + r.nextInt(64));
                    b.subList(at, to).clear();
                }
                case 4 -> {
                    int to = Math.min(b.size(), at + r.nextInt(64));
                    List<Byte> copy = new ArrayList<>(b.subList(at, to));
                    b.addAll(Math.min(b.size(), to), copy);
                }
                default -> b.subList(at, b.size()).clear();
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static byte[] invalidUtf8(Random r, byte[] valid) {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE, (byte) 0xFF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = valid.length == 0 ? 0 : r.nextInt(valid.length + 1);
        out.write(valid, 0, at);
        out.writeBytes(bad[r.nextInt(bad.length)]);
        out.write(valid, at, valid.length - at);
        return out.toByteArray();
    }

    /** Repetition and nesting of the format's tokens and of hostile pieces, up to a few hundred kilobytes. */
    private static byte[] pathological(Random r, Format format) {
        List<String> units = new ArrayList<>(TOKENS.get(format));
        units.addAll(List.of("[", "(", "{", ")", "]", "}", "<x>", ">", "- ", "> - ", "`", "``", "$", "\\textbf{", "aB-",
                "#", "*", "_", " ", "a", "http://a.example/", "\\", "\"", "&", "<", "--"));
        String unit = units.get(r.nextInt(units.size()));
        int times = 1 + r.nextInt(r.nextBoolean() ? 1_000 : 200_000 / Math.max(1, unit.length()));
        String repeated = unit.repeat(times);
        String body = switch (format) {
            case TEXT -> "A Title\n\nAn abstract that goes on " + repeated + " and ends.\n";
            case MARKDOWN -> "## A " + (r.nextBoolean() ? repeated : "Title") + "\n\n- tags: " + (r.nextBoolean() ? repeated : "x")
                    + "\n\nAn abstract " + repeated + "\n\n> " + repeated + "\n";
            case JSON -> r.nextBoolean() ? repeated : "[{\"title\": \"A Title\", \"summary\": " + quoted("An abstract " + repeated)
                    + ", \"tags\": " + quoted(repeated) + "}]";
            case JSON_LINES -> r.nextBoolean() ? repeated : "{\"title\": \"A Title\", \"abstract\": " + quoted("An abstract " + repeated)
                    + ", \"categories\": " + quoted(repeated) + "}\n";
            case ATOM -> "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A Title</title><summary>"
                    + (r.nextBoolean() ? repeated : xmlEscape(repeated)) + "</summary></entry></feed>";
            case MARKDOWN_TABLE -> "## S\n| Title | Abstract |\n| --- | --- |\n| **[A " + (r.nextBoolean() ? repeated : "Title")
                    + "](https://arxiv.org/abs/2401.00001)** | " + repeated + " |\n";
            case LINKED_HEADINGS -> "### [1] [A " + (r.nextBoolean() ? repeated : "Title") + "](https://arxiv.org/abs/2401.00001)\n"
                    + "*" + repeated + "*\n\nAbstract: " + repeated + "\n";
            case BIBTEX -> r.nextBoolean() ? repeated : "@article{k,\n  title = {A " + repeated + "},\n  doi = {10.1/x}\n}\n";
            case CSL_JSON -> r.nextBoolean() ? "[" + repeated + "]" : "[{\"title\": \"A Title\", \"issued\": {\"date-parts\": [[2025]]},"
                    + " \"abstract\": " + quoted("An abstract " + repeated) + "}]";
            case RIS -> "TY  - JOUR\nTI  - A Title\nAB  - " + repeated + "\nDO  - 10.1/x\nER  - \n";
            case ARXIV_LISTING -> "arXiv:2401.00001\nTitle: A " + repeated + "\n\\\\\n  " + repeated + "\n\\\\\n";
            case SPREADSHEET -> "Title,Abstract,URL\n\"A " + (r.nextBoolean() ? repeated : "Title") + "\"," + repeated
                    + ",https://arxiv.org/abs/2401.00001\n";
        };
        return bytes(body);
    }

    /** The bytes without 0x00, which in UTF-8 is only ever the character U+0000. */
    private static byte[] withoutNulBytes(byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length);
        for (byte b : content) {
            if (b != 0) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
