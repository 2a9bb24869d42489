package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PaperDate;
import io.github.paperdigest.site.PaperPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PaperScriptTest {

    private static final String PREFIX = "(window.paperDigestPapers = window.paperDigestPapers || {})[\"paper/vlogger.html\"] = ";

    @Test
    void aPapersScriptAddsWhatOtherPagesShowOfItToOneGlobalByThePathOfItsPage() throws IOException {
        String script = script(page("Vlogger: make your dream a vlog", "We make vlogs. It works.", List.of("Ada Lovelace"),
                Optional.of("2401.09414"), List.of(new Link(LinkKind.CODE, "https://github.com/acme/vlogger"))));
        assertTrue(script.startsWith(PREFIX) && script.endsWith(";\n"), script);
        JsonNode json = new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2));
        assertEquals("Vlogger: make your dream a vlog", json.get("title").asText());
        assertEquals("[\"Ada Lovelace\"]", json.get("authors").toString());
        assertEquals("2024-01-17", json.get("date").asText());
        assertEquals("2401.09414", json.get("arxiv").asText());
        assertEquals("https://arxiv.org/pdf/2401.09414", json.get("pdf").asText());
        assertEquals("https://github.com/acme/vlogger", json.get("code").asText());
        assertEquals("We make vlogs. It works.", json.get("abstract").asText());
        assertTrue(json.get("bib").asText().startsWith("@misc{lovelace2024vlogger,"), json.get("bib").asText());
        assertEquals("lovelace2024vlogger", json.get("key").asText(), "what a reading list's export cites it by");
    }

    /**
     * A reading list's JSON export gives a reference manager the DOI the paper is cited by: a publisher's, and not the
     * DOI of a deposit of an arXiv paper's code, which would fetch the deposit.
     */
    @Test
    void aPapersScriptHoldsTheDoiItIsCitedBy() throws IOException {
        assertEquals("10.1145/3600211.3604711", json(withDoi("10.1145/3600211.3604711")).get("doi").asText());
        assertFalse(json(withDoi("10.5281/zenodo.11000000")).has("doi"), "a deposit's DOI names no version of the paper");
    }

    private static JsonNode json(PaperPage page) throws IOException {
        String script = script(page);
        return new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2));
    }

    private static PaperPage withDoi(String doi) {
        PaperPage page = page("Vlogger", "", List.of("Ada Lovelace"), Optional.of("2401.09414"), List.of());
        Citation c = page.citation();
        Citation cited = new Citation(c.key(), c.title(), c.authors(), LiteralAuthors.NONE, c.year(), c.date(),
                c.arxivId(), Optional.of(doi), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return new PaperPage(page.paper(), cited, page.date(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of());
    }

    @Test
    void whatAPaperDoesNotHaveIsLeftOut() throws IOException {
        String script = script(page("Untitled work", "", List.of(), Optional.empty(), List.of()));
        JsonNode json = new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2));
        assertEquals(List.of("title", "date", "key", "bib", "ris"), List.copyOf(iterable(json.fieldNames())));
    }

    @Test
    void textOfADigestCannotEndTheScriptElementOrBreakOlderEngines() throws IOException {
        String script = script(page("</script><script>alert(1)</script>", "A line\u2028separator.", List.of(),
                Optional.empty(), List.of()));
        assertFalse(script.contains("</script"), script);
        assertFalse(script.contains("\u2028"), script);
        assertArrayEquals(script.getBytes(StandardCharsets.UTF_8),
                script(page("</script><script>alert(1)</script>", "A line\u2028separator.", List.of(), Optional.empty(),
                        List.of())).getBytes(StandardCharsets.UTF_8), "the same paper gives the same bytes");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static String script(PaperPage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PaperScript(new BibTex()).write(page.data(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PaperPage page(String title, String abstractText, List<String> authors, Optional<String> arxiv,
            List<Link> links) {
        Paper paper = new Paper(new PaperId("title:" + title), "vlogger", title, abstractText, false, arxiv,
                Optional.empty(), authors, LiteralAuthors.NONE, Optional.empty(), Optional.empty(), links, List.of(), Optional.empty(),
                new TreeMap<>(), List.of("2024-01-17"), List.of());
        Citation citation = new Citation(authors.isEmpty() ? "untitled2024" : "lovelace2024vlogger", title, authors, LiteralAuthors.NONE,
                Optional.of(2024), Optional.empty(), arxiv, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return new PaperPage(paper, citation, Optional.of(new PaperDate(LocalDate.of(2024, 1, 17), PaperDate.Precision.DAY,
                PaperDate.Source.PUBLISHED)), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
