package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Zotero collection exported as CSV becomes pages that cite each paper as Zotero would, and that show nothing of
 * the curator's own library: no file on their disk, no date they filed an item.
 */
class SpreadsheetOnPagesTest {

    @TempDir
    Path work;

    @Test
    void aZoteroCsvExportIsCitedInFullAndKeepsTheCuratorsLibraryPrivate() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2024-05-12-zotero.csv"), """
                "Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Date Added","Pages","Issue","Volume","Library Catalog","File Attachments","Manual Tags"
                "ABCD1234","journalArticle","2021","Jumper, John; Evans, Richard","Highly accurate protein structure prediction with AlphaFold","Nature","10.1038/s41586-021-03819-2","https://www.nature.com/articles/s41586-021-03819-2","Proteins are essential to life.","2024-01-02 10:11:12","583-589","7873","596","www.nature.com","/home/me/Zotero/storage/ABCD1234/Jumper.pdf","protein folding"
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Sheets")
                .similarity(BuildConfig.LEXICAL).build());

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        String href = index.selectFirst("a:contains(Highly accurate protein structure)").attr("href");
        Document page = Jsoup.parse(site.resolve(href).toFile(), "UTF-8");
        assertEquals(List.of("John Jumper", "Richard Evans"), page.select("meta[name=citation_author]").eachAttr("content"));
        String bibtex = page.selectFirst("pre.bibtex code").text();
        assertTrue(bibtex.startsWith("@article{"), bibtex);
        for (String field : List.of("journal = {Nature}", "volume = {596}", "number = {7873}", "pages = {583--589}",
                "doi = {10.1038/s41586-021-03819-2}", "author = {John Jumper and Richard Evans}")) {
            assertTrue(bibtex.contains(field), field + " in " + bibtex);
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("Zotero/storage") || text.contains("2024-01-02 10:11:12")
                        || text.contains("ABCD1234"), "the curator's library shows in " + site.relativize(file));
            }
        }
    }

    @Test
    void aNotesColumnIsThePapersNoteInItsDigestAsAMarkdownDigestsQuoteIsAndACommentColumnStaysArxivsComment()
            throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2024-03-07-reading-group.csv"), """
                Paper,Link,Comment,Notes
                Vlogger Makes Vlogs,https://arxiv.org/abs/2401.09414,"16 pages, 5 figures","Long videos, *script first*.
                Slides: https://example.org/slides

                Ana presents."
                """);
        Files.writeString(digests.resolve("2024-03-14-tracker.md"), """
                | Title | Notes |
                | --- | --- |
                | [Vlogger Makes Vlogs](https://arxiv.org/abs/2401.09414) | Read **again** |
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Sheets")
                .similarity(BuildConfig.LEXICAL).build());

        Document page = SiteFiles.parse(site, "paper/vlogger-makes-vlogs.html");
        List<Element> notes = page.select("section.notes blockquote.note");
        assertEquals(2, notes.size(), notes.toString());
        Element sheetNote = notes.get(0);
        // the sheet's text as written (a cell is no Markdown), its line breaks and paragraphs kept, its URL a link
        List<Element> paragraphs = sheetNote.select("> p");
        assertEquals(List.of("Long videos, *script first*. Slides: https://example.org/slides", "Ana presents."),
                paragraphs.stream().map(Element::text).toList());
        assertEquals(1, paragraphs.get(0).select("br").size(), "the cell's line break is kept");
        assertEquals("https://example.org/slides", paragraphs.get(0).selectFirst("a").attr("href"));
        assertEquals("../digest/2024-03-07-reading-group.html", sheetNote.selectFirst("footer a").attr("href"));
        Element tableNote = notes.get(1);
        assertEquals("again", tableNote.selectFirst("> p strong").text(), "a Markdown table's note is Markdown");
        assertEquals("../digest/2024-03-14-tracker.html", tableNote.selectFirst("footer a").attr("href"));

        List<String> fieldNames = page.select("dl.fields dt").eachText();
        assertTrue(fieldNames.contains("Comment"), fieldNames.toString());
        assertEquals("16 pages, 5 figures", page.selectFirst("dl.fields dt:containsOwn(Comment) + dd").text());
        assertFalse(fieldNames.contains("Notes") || fieldNames.contains("Note"),
                "the notes are the paper's notes, not a field of its metadata: " + fieldNames);

        Document digest = SiteFiles.parse(site, "digest/2024-03-07-reading-group.html");
        assertEquals("Long videos, *script first*. Slides: https://example.org/slides Ana presents.",
                digest.selectFirst("li.paper-item blockquote.note").text());
    }
}
