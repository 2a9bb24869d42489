package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.TextFolding;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A wikilink in a note, from Markdown to the page: read, it is its text marked with the note it names; once the site's
 * papers are known it links to the page of the paper that note is, from wherever the note is shown, or it is text.
 */
class WikiLinksTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final MarkdownOutline outline = new MarkdownOutline(sanitizer);
    /** The site's paper notes by name, as the catalog finds them (whatever the case). */
    private final Map<String, String> papers = Map.of(TextFolding.caseAndFormFolded("BERT"), "bert", TextFolding.caseAndFormFolded("Attention"),
            "attention-is-all-you-need");
    private final Function<String, Optional<String>> slugOfNote = name -> Optional.ofNullable(papers.get(TextFolding.caseAndFormFolded(name)));

    /** The note's HTML as a paper page ({@code paper/x.html}) shows it. */
    private Document onPaperPage(String markdown) {
        return Jsoup.parseBodyFragment(NoteLinks.toPages(NoteLinks.toPapers(outline.html(markdown), slugOfNote),
                slug -> "../paper/" + slug + ".html"));
    }

    @Test
    void aWikilinkToAPaperNoteLinksToThePapersPageShowingItsText() {
        Document note = onPaperPage("Compare with [[BERT]] and [[Attention]].");
        assertEquals(2, note.select("a").size());
        Element bert = note.selectFirst("a");
        assertEquals("../paper/bert.html", bert.attr("href"));
        assertEquals("BERT", bert.text());
        assertEquals(1, bert.attributesSize(), "no mark and no 'nofollow' within the site: " + bert);
        assertEquals("Compare with BERT and Attention.", note.text());
    }

    @Test
    void theNoteNameIsComparedWhateverItsCase() {
        assertEquals("../paper/bert.html", onPaperPage("See [[bert]].").selectFirst("a").attr("href"));
    }

    @Test
    void anAliasIsTheTextAndAHeadingOrFolderOrExtensionStillNamesTheNote() {
        Document note = onPaperPage("""
                [[BERT|the BERT paper]], [[BERT#Results]], [[BERT#^quote|a quote]], [[papers/BERT]], [[BERT.md]]""");
        assertEquals(5, note.select("a[href=../paper/bert.html]").size(), note.html());
        assertEquals("the BERT paper", note.select("a").get(0).text());
        assertEquals("BERT#Results", note.select("a").get(1).text(), "shown as written, as before");
        assertEquals("a quote", note.select("a").get(2).text());
        assertEquals("papers/BERT", note.select("a").get(3).text());
    }

    @Test
    void aWikilinkToANoteThatIsNoPaperOfTheSiteIsItsText() {
        Document note = onPaperPage("Met [[Ashish Vaswani]] about [[Self-attention|attention]]; [[#Results]] below.");
        assertTrue(note.select("a").isEmpty(), note.html());
        assertEquals("Met Ashish Vaswani about attention; #Results below.", note.text());
    }

    /**
     * Brackets escaped ({@code \\[}) or written as character references ({@code &#91;}, {@code &#x5D;}, {@code &lsqb;})
     * were written so as not to be Markdown: they stay brackets, in a note's HTML and in a title's or an abstract's
     * text, and make no wikilink, inside a link too (a title linked to its paper).
     */
    @Test
    void bracketsWrittenSoAsNotToBeMarkdownAreNoWikilink() {
        Document note = onPaperPage("Not a link: \\[\\[BERT\\]\\], &#91;&#91;BERT&#93;&#93;, &lsqb;[BERT&rsqb;&#x5D;.");
        assertTrue(note.select("a").isEmpty(), note.html());
        assertEquals("Not a link: [[BERT]], [[BERT]], [[BERT]].", note.text());
        assertEquals("<![CDATA[[ x]]>AA", outline.inline("[\\<\\!&#91;CDATA&#91;&#91; x\\]\\]\\>AA](https://arxiv.org/abs/2502.00001)")
                .text());
        assertEquals("[[x]] and [12] and &amp; &", outline.inline("&#91;&#91;x\\]] and \\[12\\] and &amp;amp; &amp;").text());
        assertEquals("See the paper.", outline.inline("See [[BERT|the paper]].").text(), "a wikilink as written still is one");
    }

    @Test
    void anEmbedIsItsTextEvenOfAPaperNote() {
        Document note = onPaperPage("![[BERT]] and ![[figure.png|Figure 1]] then [[BERT]]");
        assertEquals(1, note.select("a").size(), note.html());
        assertEquals("BERT and Figure 1 then BERT", note.text());
    }

    @Test
    void codeAFormulaAndALinksOwnTextKeepTheirBrackets() {
        Document note = onPaperPage("`[[BERT]]`, $[[a, b]]$ and [see [[BERT]]](https://example.org/x)");
        assertEquals("[[BERT]]", note.selectFirst("code").text());
        assertEquals("$[[a, b]]$", note.selectFirst("span.math").text(), "TeX as written");
        Element link = note.selectFirst("a");
        assertEquals("https://example.org/x", link.attr("href"), "no link within a link: " + note.html());
        assertEquals("see BERT", link.text());
        assertEquals(1, note.select("a").size());
    }

    @Test
    void aHostileTargetOrTextIsEscapedAndTheAddressIsAlwaysTheSites() {
        Document note = onPaperPage("""
                [[BERT" onmouseover="alert(1)|x]] [[BERT|1 < 2 & "quoted" '>]] [[javascript:alert(1)|click]]""");
        assertTrue(note.select("[onmouseover]").isEmpty(), note.html());
        assertEquals(java.util.List.of("../paper/bert.html"), note.select("a").eachAttr("href"), note.html());
        assertEquals("1 < 2 & \"quoted\" '>", note.selectFirst("a").text());
        assertEquals("x 1 < 2 & \"quoted\" '> click", note.text());
    }

    @Test
    void aMarkedLinkAnyoneWritesIsResolvedLikeAWikilinkButALinkWithAnAddressIsKept() {
        String html = sanitizer.clean("<a data-note=\"BERT\">ours</a> <a data-note=\"BERT\" href=\"https://x.org\">theirs</a>"
                + " <a data-paper=\"evil\">forged</a>");
        Document note = Jsoup.parseBodyFragment(NoteLinks.toPages(NoteLinks.toPapers(html, slugOfNote),
                slug -> "../paper/" + slug + ".html"));
        assertEquals(java.util.List.of("../paper/bert.html", "https://x.org"), note.select("a[href]").eachAttr("href"));
        assertTrue(note.select("[data-paper]").isEmpty(), "the sanitiser lets no slug through: " + note.html());
    }

    @Test
    void theLinkIsRelativeToEachPageThatShowsTheNote() {
        String marked = NoteLinks.toPapers(outline.html("See [[BERT]]."), slugOfNote);
        assertEquals("bert.html", Jsoup.parseBodyFragment(NoteLinks.toPages(marked, slug -> slug + ".html"))
                .selectFirst("a").attr("href"));
        assertEquals("paper/bert.html", Jsoup.parseBodyFragment(NoteLinks.toPages(marked, slug -> "paper/" + slug + ".html"))
                .selectFirst("a").attr("href"));
    }

    @Test
    void htmlWithoutWikilinksIsLeftAsItIs() {
        String html = "<p>Says data-note=\"x\" &amp; <a href=\"https://x.org\" rel=\"nofollow noopener\">x</a></p>";
        assertEquals(html, NoteLinks.toPapers(html, slugOfNote));
        assertEquals(html, NoteLinks.toPages(html, slug -> slug));
    }

    @Test
    void readNotesKeepTheMarkThroughTheSanitiserAndTextHasNone() {
        String html = outline.html("See [[BERT|the paper]].");
        assertTrue(sanitizer.isClean(html), "a note kept between builds is shown again: " + html);
        assertEquals("BERT", Jsoup.parseBodyFragment(html).selectFirst("a").attr("data-note"));
        assertEquals("See the paper.", outline.inline("See [[BERT|the paper]].").text());
        assertEquals("See the paper.", outline.blocks("See [[BERT|the paper]].", 1).get(0).text());
    }
}
