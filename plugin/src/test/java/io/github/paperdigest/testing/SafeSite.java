package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every generated site must be, whatever digests it was built from: no active content but the
 * theme's own script, no event handler, no link that runs code, well-formed feeds and export, and
 * files only where the site's layout puts them, under names that are slugs.
 */
public final class SafeSite {

    /** Elements the theme writes, and those the sanitiser lets through from notes and descriptions. */
    /** The refresh of a page at an address that moved: at once, to a page of the site by its slug. */
    private static final java.util.regex.Pattern MOVED_REFRESH = java.util.regex.Pattern
            .compile("0; url=(\\.\\./)*([a-z]+/)?[a-z0-9]+(-[a-z0-9]+)*(\\.[0-9]+)?\\.html");
    private static final Set<String> ALLOWED_ELEMENTS = Set.of("html", "head", "body", "title", "meta", "link",
            "script", "main", "header", "footer", "nav", "article", "section", "aside", "div", "span", "p", "a", "ul",
            "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption",
            "time", "code", "pre", "em", "strong", "b", "i", "u", "s", "del", "sup", "sub", "q", "small", "strike",
            "cite", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "svg", "rect", "line", "text", "g",
            "circle", "path", "polyline", "abbr", "mark", "kbd", "noscript");
    /** The search page's filters: the theme's controls; the sanitiser never lets these through from a digest. */
    private static final Set<String> SEARCH_PAGE_ELEMENTS = Set.of("form", "fieldset", "legend", "label", "select",
            "option", "input", "button", "details", "summary");
    /** The theme's search box (in the page header); the sanitiser never lets these through from a digest. */
    private static final Set<String> SEARCH_ELEMENTS = Set.of("form", "label", "input", "button");
    /** Attributes that hold a URL, in HTML and SVG. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "data", "background", "cite", "srcset", "ping", "manifest", "codebase", "lowsrc", "dynsrc",
            "longdesc", "usemap", "profile", "archive", "icon");
    private static final Set<String> LINK_RELS = Set.of("stylesheet", "canonical", "alternate");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SITE_FILE = Pattern.compile(
            "(index|tags|hubs|digests|search|authors|reading-list|404)\\.html|feed\\.xml|sitemap\\.xml|robots\\.txt"
                    + "|papers\\.json|papers\\.bib|assets/katex/(fonts/)?[A-Za-z0-9_.-]+"
                    + "|\\.paper-digest-manifest|\\.nojekyll|assets/[a-z0-9-]+\\.[a-z0-9]+|paper/[a-z0-9-]+\\.html|(digest|author)/[a-z0-9-]+\\.(html|bib)|paper-data/[0-9]+\\.js|search-(postings|titles)/[0-9]+\\.js"
                    + "|(tag|hub)/[a-z0-9-]+\\.bib"
                    + "|(tag|hub)/[a-z0-9-]+(\\.[0-9]+)?\\.html|(tag|hub)/[a-z0-9-]+\\.xml");
    /** A line of a file of papers' data: one paper's JSON assigned to the papers' global by its page's path. */
    private static final Pattern PAPER_DATA_LINE = Pattern.compile(
            "\\(window\\.paperDigestPapers = window\\.paperDigestPapers \\|\\| \\{\\}\\)\\[\"paper/[a-z0-9-]+\\.html\"\\] = (.*);");
    /**
     * A posting file: the postings of a run of the index's words, under its root's key, in PostingCodec's digits, and
     * the citation keys among those words, with their papers' positions.
     */
    private static final Pattern POSTING_FILE = Pattern.compile(
            "\\(window\\.paperDigestSearchPostings = window\\.paperDigestSearchPostings \\|\\| \\{\\}\\)"
                    + "\\[\"[0-9a-f]{16}/[0-9]+\"\\] = \\[\"[0-9A-Za-z_ -]*\",\"[0-9A-Za-z_:.+/,-]*\"\\];\n");
    /**
     * A title file: the titles and paths of a run of the index's papers, under its root's key. Possessive, so that
     * matching a file of long titles does not recurse once per character.
     */
    private static final Pattern TITLE_FILE = Pattern.compile(
            "\\(window\\.paperDigestSearchTitles = window\\.paperDigestSearchTitles \\|\\| \\{\\}\\)"
                    + "\\[\"[0-9a-f]{16}/[0-9]+\"\\] = (\\[\"(?:[^\"\\\\\\n]++|\\\\.)*+\",\"(?:[^\"\\\\\\n]++|\\\\.)*+\"\\]);\n");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_FOUND_SCRIPT = themeFile("assets/not-found.js");
    private static final String THEME_STYLE = themeFile("assets/style.css");

    private static String themeFile(String path) {
        try (java.io.InputStream in = SafeSite.class.getClassLoader().getResourceAsStream("paper-digest-theme/" + path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SafeSite() {
    }

    /** Checks every file of the site at {@code root}. */
    public static void assertSafe(Path root) {
        Map<String, byte[]> files = SiteFiles.all(root);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            assertTrue(SITE_FILE.matcher(path).matches(), "a site file outside the site's layout: " + path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.contains("/") && !path.startsWith("assets/")) {
                String stem = name.substring(0, name.lastIndexOf('.')).replaceFirst("\\.[0-9]+$", "");
                assertTrue(SLUG.matcher(stem).matches() && stem.length() <= 100, "not a slug: " + path);
            }
            if (path.endsWith(".html")) {
                assertSafePage(path, SiteFiles.parse(root, path));
            } else if (path.endsWith(".xml")) {
                assertWellFormedXml(path, file.getValue());
            } else if (path.endsWith(".json")) {
                assertValidJson(path, file.getValue());
            } else if (path.startsWith("paper-data/") && path.endsWith(".js")) {
                assertPaperData(path, file.getValue());
            } else if (path.startsWith("search-postings/")) {
                assertTrue(POSTING_FILE.matcher(new String(file.getValue(), StandardCharsets.UTF_8)).matches(),
                        path + " is a posting file and nothing else");
            } else if (path.startsWith("search-titles/")) {
                assertTitleFile(path, file.getValue());
            }
        }
    }

    /**
     * A title file of the search index holds one assignment of an array of two JSON strings (titles, paths) to the
     * titles' global, and no text that could end a script element or start markup.
     */
    private static void assertTitleFile(String path, byte[] bytes) {
        String script = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(!script.contains("<") && !script.contains("\u2028") && !script.contains("\u2029"),
                path + ": raw markup or line separators");
        Matcher m = TITLE_FILE.matcher(script);
        assertTrue(m.matches(), path + ": " + abbreviate(script));
        assertValidJson(path, m.group(1).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file of papers' data holds, a line each, one assignment of JSON to the papers' global by a paper page's path,
     * and no text that could end a script element or start markup.
     */
    private static void assertPaperData(String path, byte[] bytes) {
        String script = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(!script.contains("<") && !script.contains("\u2028") && !script.contains("\u2029"),
                path + ": raw markup or line separators");
        assertTrue(script.endsWith(";\n"), path + ": " + abbreviate(script));
        for (String assignment : script.split("\n")) {
            Matcher m = PAPER_DATA_LINE.matcher(assignment);
            assertTrue(m.matches(), path + ": " + abbreviate(assignment));
            assertValidJson(path, m.group(1).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Checks one HTML page. */
    public static void assertSafePage(String page, Document doc) {
        for (Element e : doc.getAllElements()) {
            if (e == doc) {
                continue;
            }
            String tag = e.normalName();
            boolean themeSearch = SEARCH_ELEMENTS.contains(tag) && e.closest("form[role=search]") != null
                    && e.closest("header, nav") != null;
            // the 404 page carries the theme's stylesheet inside itself, in its head, and nothing else so
            boolean themeStyle = tag.equals("style") && page.equals("404.html") && e.parent() != null
                    && e.parent().normalName().equals("head") && THEME_STYLE.strip().equals(e.data().strip());
            boolean searchPage = page.equals("search.html") && SEARCH_PAGE_ELEMENTS.contains(tag)
                    || page.equals("reading-list.html") && (tag.equals("button") || tag.equals("label")
                            || tag.equals("input") && e.attr("type").equals("file")); // the theme's import of a list
            assertTrue(ALLOWED_ELEMENTS.contains(tag) || themeSearch || themeStyle || searchPage,
                    page + ": element <" + tag + "> " + abbreviate(e.outerHtml()));
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertTrue(!key.startsWith("on"), page + ": event handler " + abbreviate(e.outerHtml()));
                // a page at an address that moved refreshes to a page of the site, named by its slug, and nowhere else
                boolean themeRefresh = key.equals("http-equiv") && a.getValue().equals("refresh")
                        && tag.equals("meta") && e.parent() != null && e.parent().normalName().equals("head")
                        && doc.body().hasClass("page-moved") && MOVED_REFRESH.matcher(e.attr("content")).matches();
                assertTrue(!key.equals("style") && !key.equals("srcdoc") && (!key.equals("http-equiv") || themeRefresh),
                        page + ": attribute " + key + " in " + abbreviate(e.outerHtml()));
                if (URL_ATTRIBUTES.contains(key)) {
                    assertHarmlessUrl(page, e, a.getValue());
                }
            }
        }
        for (Element script : doc.select("script")) {
            if (script.hasAttr("src")) {
                assertTrue(script.attr("src").matches("(\\.\\./)*assets/(katex/katex\\.min|[a-z-]+)\\.js"),
                        page + ": " + abbreviate(script.outerHtml()));
                assertEquals("", script.data(), page + ": a script with a source has no body");
            } else if (page.equals("404.html") && !script.hasAttr("type")) {
                // the 404 page's own script, which finds the site root: exactly the theme's, nothing of a digest
                assertEquals(NOT_FOUND_SCRIPT.strip(), script.data().strip(), page + ": " + abbreviate(script.outerHtml()));
            } else {
                // schema.org data on paper pages when the site has a base URL: data, never code
                assertEquals("application/ld+json", script.attr("type"), page + ": " + abbreviate(script.outerHtml()));
                assertTrue(script.parent() != null && script.parent().normalName().equals("head"), page + ": JSON-LD outside <head>");
                assertValidJson(page + " (JSON-LD)", script.data().getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Element link : doc.select("link")) {
            assertTrue(LINK_RELS.contains(link.attr("rel")), page + ": " + abbreviate(link.outerHtml()));
        }
        for (Element meta : doc.select("meta[content]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (name.equals("og:url")) {
                assertHarmlessUrl(page, meta, meta.attr("content"));
            }
        }
        assertEquals(1, doc.select("h1").size(), page + ": one <h1>");
    }

    /**
     * The temporary folder holds the digests as written and the site, and nothing else but the site's lock, stamps,
     * memos and last warnings beside it (see {@link io.github.paperdigest.output.OutputLock}).
     */
    public static void assertOnlyDigestsAndSite(Path temp, Path digests, Map<String, byte[]> written, Path site) {
        Set<String> unexpected = new TreeSet<>();
        Set<Path> beside = Stream.of("lock", "stamps", "analysis", "reading", "fragments", "warnings")
                .map(kind -> site.resolveSibling("." + site.getFileName() + "." + kind)).collect(Collectors.toSet());
        try (Stream<Path> all = Files.walk(temp)) {
            for (Path p : all.toList()) {
                assertTrue(!Files.isSymbolicLink(p), "a symbolic link: " + p);
                if (p.equals(temp) || p.startsWith(digests) || p.startsWith(site) || site.startsWith(p)
                        || beside.contains(p)) {
                    continue;
                }
                unexpected.add(temp.relativize(p).toString());
            }
            List<String> digestFiles = new ArrayList<>();
            try (Stream<Path> inDigests = Files.walk(digests)) {
                for (Path p : inDigests.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    digestFiles.add(digests.relativize(p).toString().replace('\\', '/'));
                }
            }
            assertEquals(new TreeSet<>(written.keySet()), new TreeSet<>(digestFiles), "the digest folder changed");
            for (Map.Entry<String, byte[]> d : written.entrySet()) {
                assertTrue(java.util.Arrays.equals(d.getValue(), Files.readAllBytes(digests.resolve(d.getKey()))),
                        "a digest was modified: " + d.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(Set.of(), unexpected, "files written outside the site folder");
    }

    private static void assertHarmlessUrl(String page, Element e, String value) {
        // what a browser does before it looks at the scheme: entities are already decoded by the parser;
        // leading C0 controls and spaces are dropped, tabs and newlines removed anywhere
        StringBuilder normal = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (normal.length() == 0 && (c <= ' ' || c == '\u00A0'))) {
                continue;
            }
            normal.append(c);
        }
        String url = normal.toString().toLowerCase(Locale.ROOT);
        if (isPapersOwnDownload(e, normal.toString())) {
            return;
        }
        for (String scheme : List.of("javascript:", "data:", "vbscript:", "file:", "blob:", "filesystem:")) {
            assertTrue(!url.startsWith(scheme), page + ": " + scheme + " URL in " + abbreviate(e.outerHtml()));
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash) && url.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            String scheme = url.substring(0, colon);
            assertTrue(Set.of("http", "https", "mailto").contains(scheme),
                    page + ": URL with scheme " + scheme + " in " + abbreviate(e.outerHtml()));
        }
    }

    /**
     * The data: URLs a page may have: the paper page's own BibTeX entry and RIS record, to download, percent-encoded
     * whole (no markup, no quote, nothing a browser could run) and of a type no browser shows as a page.
     */
    private static boolean isPapersOwnDownload(Element e, String url) {
        return e.normalName().equals("a") && e.hasAttr("download") && e.parent() != null
                && e.parent().hasClass("cite-actions")
                && (e.attr("download").matches("[a-z0-9-]+\\.bib")
                        && url.matches("data:application/x-bibtex;charset=utf-8,[A-Za-z0-9%._*-]*")
                    || e.attr("download").matches("[a-z0-9-]+\\.ris")
                        && url.matches("data:application/x-research-info-systems;charset=utf-8,[A-Za-z0-9%._*-]*"));
    }

    private static void assertWellFormedXml(String path, byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            org.w3c.dom.NodeList links = doc.getElementsByTagNameNS("*", "link");
            for (int i = 0; i < links.getLength(); i++) {
                String href = ((org.w3c.dom.Element) links.item(i)).getAttribute("href").toLowerCase(Locale.ROOT).strip();
                assertTrue(!href.startsWith("javascript:") && !href.startsWith("data:") && !href.startsWith("vbscript:"),
                        path + ": " + href);
            }
        } catch (Exception e) {
            fail(path + " is not well-formed XML: " + e.getMessage());
        }
    }

    private static void assertValidJson(String path, byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            assertTrue(node != null && node.isContainerNode(), path + " is not a JSON object or array");
        } catch (IOException e) {
            fail(path + " is not valid JSON: " + e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
