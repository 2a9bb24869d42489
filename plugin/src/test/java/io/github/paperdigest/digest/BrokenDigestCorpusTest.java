package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and odd digests of every format. Each gives either a correct site or an error naming the
 * file, the line and what is wrong; none hangs, fails without a message, or lets markup through.
 */
class BrokenDigestCorpusTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and we release a benchmark of long prompts for evaluation.";
    private static final String ABSTRACT_2 = "A second paper on multimodal large language models for long video"
            + " understanding, with memory tokens that summarise what the model has already watched, in one pass.";
    private static final String SCRIPT_TITLE = "<script>alert(1)</script><img src=x onerror=alert(2)> Real Title";

    /** A digest file and what must come of it: a site with this many papers, or an error at this line. */
    record Case(String name, String file, byte[] content, int papers, int errorLine, String errorText) {
        static Case site(String name, String file, String content, int papers) {
            return new Case(name, file, content.getBytes(StandardCharsets.UTF_8), papers, -1, null);
        }

        static Case site(String name, String file, byte[] content, int papers) {
            return new Case(name, file, content, papers, -1, null);
        }

        static Case error(String name, String file, String content, int line, String text) {
            return new Case(name, file, content.getBytes(StandardCharsets.UTF_8), -1, line, text);
        }

        static Case error(String name, String file, byte[] content, int line, String text) {
            return new Case(name, file, content, -1, line, text);
        }

        @Override
        public String toString() {
            return name + " (" + file + ")";
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // plain text
        String furniture = "Daily Papers\n\nby AK and the research community\n\n";
        cases.add(Case.site("empty text file", "empty.txt", "", 0));
        cases.add(Case.site("only page furniture", "furniture.txt", furniture + "Subscribe\n", 0));
        cases.add(Case.error("title without abstract", "missing.txt",
                furniture + "First Paper\n\n" + ABSTRACT + "\n\nOrphan Title\n\nSecond Paper\n\n" + ABSTRACT_2 + "\n", 9,
                "\"Orphan Title\" has no abstract"));
        cases.add(Case.site("same paper twice", "dupes.txt",
                furniture + "Same Paper\n\n" + ABSTRACT + "\n\nsame paper!\n\n" + ABSTRACT + "\n", 1));
        cases.add(Case.site("CRLF and BOM", "crlf.txt", bytes("\uFEFF" + (furniture + "A Paper\n\n" + ABSTRACT
                + "\n\nB Paper\n\n" + ABSTRACT_2 + "\n").replace("\n", "\r\n")), 2));
        cases.add(Case.error("bytes that are not UTF-8", "latin1.txt", concat(bytes(furniture + "A Paper\n\n"),
                new byte[] {'C', 'a', 'f', (byte) 0xE9, ' '}, bytes(ABSTRACT + "\n")), 7, "not valid UTF-8"));
        cases.add(Case.site("script in a title", "script.txt", furniture + SCRIPT_TITLE + "\n\n" + ABSTRACT + "\n", 1));
        // Markdown
        String md = "## A Paper\n\n" + ABSTRACT + "\n\n## B Paper\n\n" + ABSTRACT_2 + "\n";
        cases.add(Case.site("empty Markdown file", "empty.md", "", 0));
        cases.add(Case.site("only front matter", "front.md", "---\ntitle: Nothing yet\n---\n", 0));
        cases.add(Case.error("malformed front matter", "bad-front.md", "---\ntitle: ok\ndate: [2025-01-01\n---\n" + md,
                3, "front matter is not valid YAML"));
        cases.add(Case.error("unclosed front matter", "open-front.md", "---\ntitle: never closed\n\n" + md, 1,
                "never closed"));
        cases.add(Case.error("section without abstract", "no-abstract.md",
                "## A Paper\n\n" + ABSTRACT + "\n\n## Lonely Heading\n\n- arxiv: 2401.09414\n\n## C Paper\n\n" + ABSTRACT_2,
                5, "\"Lonely Heading\" has no abstract"));
        cases.add(Case.site("same section twice", "dupes.md", md + "\n## a paper\n\n" + ABSTRACT + "\n", 2));
        cases.add(Case.site("CRLF and BOM in Markdown", "crlf.md",
                bytes("\uFEFF---\r\ntitle: Windows\r\n---\r\n" + md.replace("\n", "\r\n")), 2));
        cases.add(Case.error("bytes that are not UTF-8 in Markdown", "latin1.md",
                concat(bytes("## A Paper\n\n"), new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(ABSTRACT + "\n")), 3,
                "not valid UTF-8"));
        cases.add(Case.site("script in heading, note and links", "script.md", "## " + SCRIPT_TITLE + "\n\n"
                + "- code: javascript:alert(3)\n\n" + ABSTRACT + "\n\n> <script>alert(4)</script> **fine** note"
                + " <a href=\"javascript:alert(5)\" onclick=\"x()\">link</a>\n", 1));
        // Hugging Face JSON
        String item = "{\"paper\": {\"id\": \"2401.09414\", \"title\": \"A Paper\", \"summary\": \"" + ABSTRACT + "\"}}";
        cases.add(Case.site("empty JSON file", "empty.json", "", 0));
        cases.add(Case.site("empty JSON array", "array.json", "[]", 0));
        cases.add(Case.error("invalid JSON at line 4", "invalid.json", "[\n" + item + ",\n{\"paper\": {\n  \"title\": oops\n}}]",
                4, "not valid JSON"));
        cases.add(Case.error("paper without summary", "no-summary.json",
                "[\n" + item + ",\n{\"paper\": {\"id\": \"2405.21075\", \"title\": \"No Summary\"}}\n]", 3,
                "\"No Summary\" has no abstract: give it one, as an \"abstract\" or \"summary\" field of the paper"));
        cases.add(Case.site("same paper twice in JSON", "dupes.json", "[" + item + ",\n" + item + "]", 1));
        cases.add(Case.site("BOM in JSON", "bom.json", bytes("\uFEFF[" + item + "]"), 1));
        cases.add(Case.error("bytes that are not UTF-8 in JSON", "latin1.json", concat(bytes("[\n{\"paper\": {\"title\": \"Caf"),
                new byte[] {(byte) 0xE9}, bytes("\", \"summary\": \"" + ABSTRACT + "\"}}]")), 2, "not valid JSON"));
        cases.add(Case.error("JSON that is not a list of papers", "number.json", "42", 1, "expected a JSON array"));
        cases.add(Case.site("script in a JSON title", "script.json", "[{\"title\": \""
                + SCRIPT_TITLE.replace("\"", "\\\"") + "\", \"summary\": \"" + ABSTRACT + "\"}]", 1));
        // arXiv JSON Lines
        String line = "{\"id\": \"2501.12375\", \"title\": \"A Paper\", \"abstract\": \"" + ABSTRACT
                + "\", \"categories\": \"cs.CV cs.AI\"}";
        cases.add(Case.site("empty JSON Lines file", "empty.jsonl", "", 0));
        cases.add(Case.error("invalid JSON on line 2", "invalid.jsonl", line + "\n{\"id\": \"2501.00001\", \"title\": }\n",
                2, "not valid JSON"));
        cases.add(Case.error("record without abstract", "no-abstract.jsonl",
                line + "\n\n{\"id\": \"2501.00002\", \"title\": \"Title Only\"}\n", 3,
                "\"Title Only\" has no abstract: give it one, as an \"abstract\" or \"summary\" field"));
        cases.add(Case.site("duplicate ids", "dupes.jsonl", line + "\n" + line + "\n", 1));
        cases.add(Case.site("CRLF and BOM in JSON Lines", "crlf.jsonl", bytes("\uFEFF" + line + "\r\n" + line.replace(
                "2501.12375", "2501.12376").replace("A Paper", "B Paper") + "\r\n"), 2));
        cases.add(Case.error("bytes that are not UTF-8 in JSON Lines", "latin1.jsonl",
                concat(bytes(line + "\n{\"id\": \"2501.00003\", \"title\": \"Caf"), new byte[] {(byte) 0xE9},
                        bytes("\", \"abstract\": \"" + ABSTRACT + "\"}\n")), 2, "not valid UTF-8"));
        cases.add(Case.site("script in a JSON Lines title", "script.jsonl", "{\"title\": \""
                + SCRIPT_TITLE.replace("\"", "\\\"") + "\", \"abstract\": \"" + ABSTRACT + "\"}\n", 1));
        // arXiv Atom
        String feedStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
        String entry = "<entry><id>http://arxiv.org/abs/2501.12375v1</id><title>A Paper</title><summary>" + ABSTRACT
                + "</summary></entry>\n";
        cases.add(Case.site("empty Atom file", "empty.atom", "", 0));
        cases.add(Case.error("not an Atom feed", "html.atom", "<html><body>Not a feed</body></html>", 1,
                "expected an Atom <feed>"));
        cases.add(Case.error("malformed XML at line 5", "broken.atom", feedStart + entry + "<entry><title>Open\n</feed>",
                5, "not a well-formed Atom feed"));
        cases.add(Case.error("entry without summary", "no-summary.atom",
                feedStart + entry + "<entry>\n<title>No Summary</title></entry>\n</feed>", 4,
                "\"No Summary\" has no abstract: give it one, as the entry's <summary>"));
        cases.add(Case.error("external entity", "xxe.atom", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title>"
                + "<summary>" + ABSTRACT + "</summary></entry></feed>", 3, "not a well-formed Atom feed"));
        cases.add(Case.site("script in an Atom title", "script.atom", feedStart + "<entry><title>"
                + SCRIPT_TITLE.replace("&", "&amp;").replace("<", "&lt;") + "</title><summary>" + ABSTRACT
                + "</summary></entry></feed>", 1));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesACorrectSiteOrAnErrorNamingFileAndLine(Case c, @TempDir Path temp) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.write(digests.resolve(c.file()), c.content());
        Path out = temp.resolve("site/papers");
        BuildConfig config = BuildConfig.builder(digests, out).strict(true).build();
        if (c.errorText() != null) {
            PaperDigestException e = assertThrows(PaperDigestException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> build(config)));
            assertNotNull(e.getMessage());
            assertTrue(e.getMessage().startsWith(c.file() + ":" + c.errorLine() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(c.errorText()), e.getMessage());
            assertTrue(Files.notExists(out), "a failed build writes no site");
        } else {
            BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> build(config));
            assertEquals(c.papers(), result.paperCount());
            assertNoMarkupFromTheDigest(out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void withStrictOffEveryDigestGivesASite(Case c, @TempDir Path temp) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.write(digests.resolve(c.file()), c.content());
        Path out = temp.resolve("site/papers");
        List<String> warnings = new ArrayList<>();
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new SiteBuilder(BuildLog.warningsTo(warnings::add), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).strict(false).build()));
        if (c.errorText() != null) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith(c.file() + ":" + c.errorLine() + ": ")
                    && w.contains(c.errorText())), warnings.toString());
        } else {
            assertEquals(c.papers(), result.paperCount());
        }
        assertNoMarkupFromTheDigest(out);
    }

    private static final String NOT_FOUND_TEMPLATE = themeFile("assets/not-found.js");

    private static String themeFile(String path) {
        try (InputStream in = BrokenDigestCorpusTest.class.getClassLoader().getResourceAsStream("paper-digest-theme/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuildResult build(BuildConfig config) {
        return new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(config);
    }

    private static void assertNoMarkupFromTheDigest(Path site) {
        for (String page : SiteFiles.htmlPages(site)) {
            Document doc = SiteFiles.parse(site, page);
            for (Element script : doc.select("script")) {
                // the theme's script, or on the 404 page the theme's own inline script that finds the site root
                boolean themeScript = script.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js")
                        || page.equals("404.html") && NOT_FOUND_TEMPLATE.contains(script.data().strip());
                assertTrue(themeScript, page + ": " + script.outerHtml());
            }
            assertTrue(doc.select("img").isEmpty(), page + " has an image from a digest");
            assertTrue(doc.select("[onerror], [onclick], [onload]").isEmpty(), page + " has an event handler");
            assertTrue(doc.select("a[href^=javascript:]").isEmpty(), page + " has a javascript: link");
            if (page.startsWith("paper/") && doc.selectFirst("h1").text().contains("Real Title")) {
                assertEquals(SCRIPT_TITLE, doc.selectFirst("h1").text(), "the title is shown as the text it is");
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
