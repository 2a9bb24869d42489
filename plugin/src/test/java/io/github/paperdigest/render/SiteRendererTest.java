package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import io.github.paperdigest.site.PageParts;
import io.github.paperdigest.site.PageParts.Neighbour;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PaperPage;
import io.github.paperdigest.site.PaperShards;
import io.github.paperdigest.site.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRendererTest {

    private static final String HOSTILE_TITLE = "<script>alert('x')</script> Attention & \"Quotes\"";
    private static final String ABSTRACT = "We study <b>bold</b> claims. Code: https://github.com/acme/tool. Demo "
            + "(https://acme.github.io/tool) is online.";

    private final SiteSettings settings = new SiteSettings("Lab <Papers>", Optional.empty(), "en", Optional.empty(),
            "Paper Digest test");

    @Test
    void aPaperPageEscapesEverythingTheDigestSaid() {
        Document doc = render(new Theme(Optional.empty(), getClass().getClassLoader()));
        assertEquals(HOSTILE_TITLE, doc.selectFirst("h1").text());
        assertEquals(List.of("../assets/search-engine.js", "../assets/reading-list-store.js", "../assets/cite-text.js",
                "../assets/site.js", "../assets/reading-list.js"), doc.select("script").eachAttr("src"),
                "only the theme's own scripts");
        assertTrue(doc.select(".abstract-text b").isEmpty(), "HTML in an abstract is text, not markup");
        assertEquals(ABSTRACT, doc.selectFirst(".abstract-text").text());
        assertEquals("Lab <Papers>", doc.selectFirst(".brand").text());
    }

    @Test
    void urlsInTheAbstractBecomeLinksWithoutTheSentencePunctuation() {
        Document doc = render(new Theme(Optional.empty(), getClass().getClassLoader()));
        assertEquals(List.of("https://github.com/acme/tool", "https://acme.github.io/tool"),
                doc.select(".abstract-text a").eachAttr("href"));
        assertEquals(List.of("Code", "Project page", "Search arXiv", "Google Scholar"),
                doc.select(".paper-links a").eachText(), "every link says what it leads to");
    }

    @Test
    void aPaperPageLinksToItsTagsHubsDigestsAndNeighboursRelatively() {
        Document doc = render(new Theme(Optional.empty(), getClass().getClassLoader()));
        assertEquals(List.of("../tag/video-generation.html"), doc.select(".paper-head a.tag").eachAttr("href"));
        assertEquals(List.of("../digest/2025-01-02.html"), doc.select(".paper-side a[href^=../digest/]").eachAttr("href"));
        assertEquals("../digest/2025-01-02.html", doc.selectFirst("nav.pager .pager-digest a").attr("href"),
                "the pager names the digest it goes through");
        assertEquals("other-paper.html", doc.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertEquals("other-paper.html", doc.selectFirst(".related-list a").attr("href"));
        assertEquals("../index.html", doc.selectFirst(".brand").attr("href"));
        assertEquals("../assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void aTemplateInTheProjectReplacesTheThemesTemplateOfTheSameName(@TempDir Path project) throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("paper.mustache"),
                "{{<layout}}{{$content}}{{#paper}}<h1 class=\"mine\">{{title}}</h1>{{/paper}}{{/content}}{{/layout}}");
        Document doc = render(new Theme(Optional.of(project), getClass().getClassLoader()));
        assertEquals(HOSTILE_TITLE, doc.selectFirst("h1.mine").text());
        assertEquals(1, doc.select("header.site-header").size(), "the theme's layout is still used");
    }

    @Test
    void aBrokenTemplateFailsNamingTheTemplate(@TempDir Path project) throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("tag.mustache"), "{{#tag}} never closed");
        ThemeException e = assertThrows(ThemeException.class, () -> new SiteRenderer(
                new Theme(Optional.of(project), getClass().getClassLoader()), settings, new ProseFormatter(new LinkFinder()), PaperShards.forPapers(2), new BibTex()));
        assertTrue(e.getMessage().contains("tag.mustache"), e.getMessage());
    }

    @Test
    void themePathsCannotLeaveTheThemeFolder(@TempDir Path project) {
        Theme theme = new Theme(Optional.of(project), getClass().getClassLoader());
        assertThrows(ThemeException.class, () -> theme.open("../secret.txt"));
        assertThrows(ThemeException.class, () -> theme.open("templates/../../x"));
    }

    private Document render(Theme theme) {
        Paper paper = paper("p1", "paper-one", HOSTILE_TITLE, ABSTRACT);
        Paper other = paper("p2", "other-paper", "Other paper", "Another abstract about video generation.");
        Digest digest = new Digest("2025-01-02", "Digest of 2025-01-02", Optional.of(LocalDate.of(2025, 1, 2)),
                "2025-01-02.txt", "text", Optional.empty(), "", List.of(paper.id(), other.id()));
        Tag tag = new Tag("video-generation", "Video generation", "", TagOrigin.VOCABULARY);
        Citation citation = new Citation("paper2025one", paper.title(), List.of(), LiteralAuthors.NONE, Optional.of(2025), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        PageParts.DigestRef digestRef = PageParts.DigestRef.of(digest, Optional.empty());
        PaperPage page = new PaperPage(paper, citation, Optional.empty(), List.of(tag), List.of(), List.of(digestRef),
                List.of(Neighbour.of(other, 0.42, List.of(tag))),
                List.of(new PageParts.InDigest(digestRef, 1, Optional.empty(), Optional.of(other))), Map.of());
        SiteRenderer renderer = new SiteRenderer(theme, settings, new ProseFormatter(new LinkFinder()), PaperShards.forPapers(2), new BibTex());
        return Jsoup.parse(StandardCharsets.UTF_8.decode(renderer.render(page)).toString());
    }

    private static Paper paper(String key, String slug, String title, String abstractText) {
        return new Paper(new PaperId("title:" + key), slug, title, abstractText, false, Optional.empty(), List.of(),
                Optional.empty(),
                new LinkFinder().find(abstractText).stream()
                        .map(s -> new Link(s.url().contains("github.com") ? LinkKind.CODE : LinkKind.PROJECT, s.url()))
                        .toList(),
                List.of(), Optional.empty(), new TreeMap<>(), List.of("2025-01-02"), List.of());
    }
}
