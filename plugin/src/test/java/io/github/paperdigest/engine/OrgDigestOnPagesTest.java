package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site built from reading notes kept in Org mode: a page per paper with its tags, links, abstract and note. */
class OrgDigestOnPagesTest {

    @TempDir
    Path work;
    Path site;

    @BeforeEach
    void build() throws IOException {
        // ":nlp:" on the section is labelled as every tag "nlp" is, "Natural language processing"
        Path digests = Files.createDirectories(work.resolve("digests"));
        try (InputStream in = OrgDigestOnPagesTest.class.getResourceAsStream("/digests/formats/reading-notes.org")) {
            Files.copy(in, digests.resolve("reading-notes.org"));
        }
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site)
                .siteTitle("Notes").similarity(BuildConfig.LEXICAL).build());
    }

    @Test
    void aHeadingsPaperHasItsTagsLinksAbstractAndNoteWithOrgMarkupShownAsSuch() throws IOException {
        Document attention = paperPage("Attention Is All You Need");
        assertEquals("Attention Is All You Need", attention.selectFirst("h1").text());
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"),
                attention.select(".paper-head .author").eachText());
        List<String> tags = attention.select(".paper-head .tag-list a").eachText().stream()
                .map(t -> t.toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        assertTrue(tags.containsAll(List.of("attention", "natural language processing", "reading-group", "seq2seq")), tags.toString());
        assertFalse(tags.stream().anyMatch(t -> t.contains("read") && !t.equals("reading-group")),
                "the TODO keyword is no tag: " + tags);
        assertTrue(attention.select(".paper-head .meta").text().contains("arXiv:1706.03762"),
                attention.select(".paper-head .meta").text());
        assertTrue(attention.select("a[href]").eachAttr("href")
                .contains("https://github.com/tensorflow/tensor2tensor"), "its code link");
        assertTrue(attention.selectFirst(".abstract-text").text().startsWith("The dominant sequence transduction"));
        Element note = attention.selectFirst("blockquote.note");
        assertEquals("replaces", note.selectFirst("em").text());
        assertEquals(List.of("tensor2tensor", "fairseq"), note.select("code").eachText());
        assertFalse(note.text().contains("/replaces/") || note.text().contains("=tensor2tensor="), note.text());
        assertFalse(note.text().contains(":PROPERTIES:") || note.text().contains(":END:"), note.text());
        assertTrue(attention.selectFirst("pre.bibtex").text().startsWith("@"), "a citation");
        assertTrue(attention.selectFirst("pre.bibtex").text().contains("vaswani2017"),
                "the :CUSTOM_ID: is the citation key: " + attention.selectFirst("pre.bibtex").text());
    }

    @Test
    void aLinkedHeadingAndAListItemArePapersWithTheirLinksAndNotes() throws IOException {
        Document gpt3 = paperPage("Language Models are Few-Shot Learners");
        assertTrue(gpt3.select(".paper-head .meta").text().contains("arXiv:2005.14165"));
        Element note = gpt3.selectFirst("blockquote.note");
        assertTrue(note.text().contains("<script>alert(1)</script>"), "text, shown as written: " + note.text());
        assertTrue(gpt3.select("main script").stream().noneMatch(s -> s.data().contains("alert(1)")));

        Document ddpm = paperPage("Denoising Diffusion Probabilistic Models");
        assertTrue(ddpm.select(".paper-head .meta").text().contains("arXiv:2006.11239"));
        assertTrue(ddpm.selectFirst("blockquote.note").text().contains("the paper that started it"));
        assertTrue(ddpm.select("a[href]").eachAttr("href").contains("https://hojonathanho.github.io/diffusion"));
    }

    @Test
    void theDigestPageHasTheFilesTitleDateAndIntro() throws IOException {
        Document digests = Jsoup.parse(site.resolve("digests.html").toFile(), "UTF-8");
        Element link = digests.selectFirst("main a[href^=digest/]");
        assertEquals("Reading notes: sequence models", link.text());
        Document digest = Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
        assertEquals("2025-03-04", digest.selectFirst(".page-head time").attr("datetime"));
        assertTrue(digest.text().contains("Papers for the spring reading group"), "the text before the first heading");
        assertEquals(4, digest.select(".paper-item-title a").size());
    }

    private Document paperPage(String title) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.select(".paper-item-title a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title + " in " + index.select(".paper-item-title")));
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
