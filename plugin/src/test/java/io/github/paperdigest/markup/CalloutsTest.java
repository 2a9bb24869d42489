package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Obsidian's callouts and GitHub's alerts read as a quote that opens with its title in bold, not as the marker
 * "[!tip]" written out.
 */
class CalloutsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());

    private Element quote(String text) {
        Element quote = Jsoup.parseBodyFragment(markdown.toSafeHtml(text)).selectFirst("blockquote");
        assertFalse(quote.text().contains("[!"), quote.outerHtml());
        return quote;
    }

    @Test
    void anObsidianCalloutOpensWithItsTitleInBoldAndItsBodyAfter() {
        Element quote = quote("> [!tip] Key idea\n> Reverse the source sentence.");
        assertEquals("Key idea", quote.selectFirst("> p:first-child > strong").text());
        assertEquals(List.of("Key idea", "Reverse the source sentence."), quote.select("> p").eachText());
    }

    @Test
    void aCalloutWithoutTitleOpensWithItsKindAsGitHubShowsAnAlert() {
        assertEquals("Note", quote("> [!NOTE]\n> Useful information.").selectFirst("p > strong").text());
        assertEquals("Warning", quote("> [!warning]\n>\n> Old paper.").selectFirst("p > strong").text());
        assertEquals("To do", quote("> [!to-do]\n> Read section 4.").selectFirst("p > strong").text());
    }

    @Test
    void aFoldMarkIsDroppedAsThePageShowsTheWholeNote() {
        Element folded = quote("> [!faq]- Why reverse?\n> Shorter paths between words.");
        assertEquals(List.of("Why reverse?", "Shorter paths between words."), folded.select("> p").eachText());
        assertEquals("Faq", quote("> [!faq]+\n> Open.").selectFirst("strong").text());
    }

    @Test
    void aTitleKeepsItsEmphasisAndLinks() {
        Element quote = quote("> [!example] A *very* [good](https://example.org/good) idea\n> Body.");
        Element title = quote.selectFirst("> p:first-child > strong");
        assertEquals("A very good idea", title.text());
        assertEquals("very", title.selectFirst("em").text());
        assertEquals("https://example.org/good", title.selectFirst("a").attr("href"));
    }

    @Test
    void aCalloutInsideAQuoteOrACalloutIsOneToo() {
        Element outer = quote("> [!note] Outer\n> Text.\n>\n> > [!bug] Inner\n> > Crash.");
        assertEquals(List.of("Outer", "Inner"), outer.select("strong").eachText());
    }

    @Test
    void bracketsThatAreNoMarkerAreLeftAsWritten() {
        String notMarkers = "> [not a marker] text\n\n> text then [!tip]\n\n> `[!tip]` in code\n\n> [!] empty";
        Element body = Jsoup.parseBodyFragment(markdown.toSafeHtml(notMarkers)).body();
        assertEquals(List.of("[not a marker] text", "text then [!tip]", "[!tip] in code", "[!] empty"),
                body.select("blockquote").eachText());
        assertTrue(body.select("strong").isEmpty());
    }

    @Test
    void aKindIsReadAsAWord() {
        assertEquals("Tip", Callouts.kindInWords("TIP"));
        assertEquals("To do", Callouts.kindInWords("to-do"));
    }
}
