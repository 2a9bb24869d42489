package io.github.paperdigest.markup;

import io.github.paperdigest.model.ControlCharacters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans untrusted HTML down to what a note or description needs: text formatting, lists, quotes,
 * code, tables, links, marked formulas and the marks of wikilinks ({@link NoteLinks}). Scripts, styles, event
 * handlers and non-http(s) links go. Images from elsewhere become links, since the site loads nothing from outside
 * itself (as text, inside a link). Headings are moved below the page's own so that every page keeps one {@code <h1>}.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "del", "s", "sup",
                    "sub")
            .addTags("span")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("span", "class")
            .addAttributes("a", NoteLinks.NOTE)
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /**
     * A bound, not a need: two reads settled every case found. HTML still unsettled after it is clean all the same;
     * the memo only refuses to keep it, and the digest is read again.
     */
    private static final int READ_BACK_ROUNDS = 8;

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

    private final Cleaner cleaner = new Cleaner(SAFELIST);

    /**
     * Whether the HTML holds nothing {@link #clean} would remove: HTML kept between builds is checked with this
     * before it is shown, since the file it was kept in may have been written by anyone.
     */
    public boolean isClean(String html) {
        return cleaner.isValidBodyHtml(html) && Jsoup.parseBodyFragment(html).select("span").stream()
                .allMatch(HtmlSanitizer::isFormula);
    }

    public String clean(String untrustedHtml) {
        Document dirty = Jsoup.parseBodyFragment(untrustedHtml);
        for (Element img : dirty.select("img")) {
            String src = img.attr("src");
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt");
            // within a link it becomes that link's text: a link in a link is no HTML, and a browser (like the memo's
            // check, isClean) would end the outer link where the inner one starts
            boolean inLink = img.closest("a") != null;
            if (!inLink && (src.startsWith("http://") || src.startsWith("https://"))) {
                img.replaceWith(new Element("a").attr("href", src).text(alt));
            } else {
                img.replaceWith(new TextNode(alt));
            }
        }
        boolean headingInHeading = false;
        for (Element heading : dirty.select(HEADINGS)) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
            headingInHeading |= heading.parents().stream().anyMatch(parent -> parent.is(HEADINGS));
        }
        int elements = dirty.body().getAllElements().size();
        Document clean = cleaner.clean(dirty);
        boolean dropped = clean.body().getAllElements().size() < elements;
        for (Element span : clean.select("span")) {
            if (!isFormula(span)) {
                span.unwrap();
            }
        }
        withoutControlCharacters(clean);
        clean.outputSettings().prettyPrint(false);
        String html = clean.body().html();
        boolean table = !clean.body().getElementsByTag("table").isEmpty();
        return dropped || headingInHeading || table ? asReadBack(html) : html;
    }

    /**
     * The HTML as a parser reads it back. An element the cleaner dropped while keeping its content (an
     * {@code <object>}, a {@code <caption>}) may have kept apart what now meets: a link in a link, text directly in
     * a table. And a tree the parser built itself may not survive being written out: a link closed across a heading
     * inside a heading ({@code <h6><a><h1>x</a></h6>}) leaves the inner heading a child of the outer one, which a
     * parser reading {@code <h6>…<h3>} ends at the inner one's start; an item written in a table is put before it
     * ({@code <li><table><li>x}), inside the item the table is in, which a parser reading {@code <li><li>} ends. These
     * two, and what was dropped, are the trees found to change when read back (a text emptied of its controls, which
     * hid a {@code <pre>}'s first line end, is removed rather than read back); any other is read back as it is.
     * A browser would build another tree from such HTML, and {@link #isClean} refuses it, so the memo would never keep
     * it. Read back, it is what a browser shows; only what was already kept can be in it. A read can
     * itself leave such a tree (a link moved out of a table lands inside the link before it), so it is read back
     * until it stays as it is, which takes two reads in the worst case found.
     */
    private String asReadBack(String html) {
        String read = html;
        for (int round = 0; round < READ_BACK_ROUNDS; round++) {
            Document again = cleaner.clean(Jsoup.parseBodyFragment(read));
            again.outputSettings().prettyPrint(false);
            String next = again.body().html();
            if (next.equals(read)) {
                return read;
            }
            read = next;
        }
        return read;
    }

    /**
     * A formula Markdown marked for the theme's math.js ({@code <span class="math">}): the one span a note keeps.
     * Any other span goes, with its class, which could give text a look of the theme's own (a button, hidden text).
     */
    private static boolean isFormula(Element span) {
        String kind = span.attr("class");
        return span.attributesSize() == 1 && (kind.equals("math") || kind.equals("math display"));
    }

    /**
     * Control characters and noncharacters out of text and attributes: each is a parse error that {@link #isClean}
     * counts as unclean (a control written as {@code &#x7;}, a raw U+FFFF), so a note with one could never be taken
     * from the memo (a bell in a digest, found by the memo's property test). A reader sees nothing of them; tabs and
     * line ends stay.
     */
    private static void withoutControlCharacters(Document clean) {
        for (Element e : clean.body().getAllElements()) {
            for (TextNode text : e.textNodes()) {
                String whole = text.getWholeText();
                if (whole.codePoints().anyMatch(HtmlSanitizer::isUnwritable)) {
                    String kept = stripped(whole);
                    // an emptied text goes: left first in a <pre>, it hides a line end after it from the writer,
                    // which then writes it right after <pre>, where a parser drops it
                    if (kept.isEmpty()) {
                        text.remove();
                    } else {
                        text.text(kept);
                    }
                }
            }
            e.attributes().forEach(a -> {
                if (a.getValue().codePoints().anyMatch(HtmlSanitizer::isUnwritable)) {
                    a.setValue(stripped(a.getValue()));
                }
            });
        }
    }

    private static boolean isUnwritable(int c) {
        boolean control = ControlCharacters.is(c) && c != '\t' && c != '\n' && c != '\r';
        boolean noncharacter = c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
        return control || noncharacter;
    }

    private static String stripped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isUnwritable(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
