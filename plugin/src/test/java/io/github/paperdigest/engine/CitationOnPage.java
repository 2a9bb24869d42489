package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a paper's page offers to cite it with, read as a reader or a reference manager would take it. */
final class CitationOnPage {

    private CitationOnPage() {
    }

    /** The BibTeX entry the page shows. */
    static String bibtex(Document page) {
        return page.selectFirst(".cite pre.bibtex").text();
    }

    /** The RIS record the page offers to download, from its {@code data:} address. */
    static String ris(Document page) {
        String href = page.selectFirst("a[download$=.ris]").attr("href");
        return URLDecoder.decode(href.substring(href.indexOf(',') + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The value the page's metadata list gives under the label, or null. */
    static String field(Document page, String label) {
        for (Element dt : page.select("dl.fields dt")) {
            if (dt.text().equals(label)) {
                return dt.nextElementSibling().text();
            }
        }
        return null;
    }

    /** The page's BibTeX entry starts with the first of {@code fields} and holds each of them. */
    static void assertEntry(Document page, String... fields) {
        String bibtex = bibtex(page);
        assertTrue(bibtex.startsWith(fields[0]), bibtex);
        for (String field : fields) {
            assertTrue(bibtex.contains(field), field + " in\n" + bibtex);
        }
    }

    /** The page's RIS record starts with the first of {@code lines} and holds each of them, as whole lines. */
    static void assertRis(Document page, String... lines) {
        String ris = ris(page);
        assertTrue(ris.startsWith(lines[0] + "\r\n"), ris);
        for (String line : lines) {
            assertTrue(ris.contains(line + "\r\n"), line + " in\n" + ris);
        }
    }
}
