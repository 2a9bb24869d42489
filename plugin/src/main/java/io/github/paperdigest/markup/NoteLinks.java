package io.github.paperdigest.markup;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The wikilinks of a note's sanitised HTML ({@link WikiLinks}) made links to the site's paper pages, in two steps,
 * since each knows what the other does not. Once every digest is read, the catalog knows which notes are papers and
 * their slugs: {@link #toPapers} marks each wikilink with the slug of the paper whose note it names and makes every
 * other one (a person, a concept, a missing note) its text. Each page then knows where it is: {@link #toPages}
 * makes each marked wikilink a link from there to the paper's page. Between the two, the HTML says exactly which
 * pages it links to, so that a page is made again when, and only when, what it links to changes.
 *
 * <p>The marks are attributes of links that hold no address. A note's author may write one too, in HTML: it links
 * to a paper of the site or shows as text, as the wikilink it stands for would. The address given a link is made
 * here from a slug, never taken from the note, so the sanitiser, which lets no relative address through, need not
 * see it again.
 */
public final class NoteLinks {

    /** The attribute that holds the name of the note a wikilink names, as the digest wrote it. */
    static final String NOTE = "data-note";
    /** The attribute that holds the slug of the paper a wikilink names. */
    private static final String PAPER = "data-paper";

    private NoteLinks() {
    }

    /**
     * The HTML with each wikilink to a paper's note marked with the paper's slug, as {@code slugOfNote} gives it for the
     * note's name, and each other wikilink its text. HTML without wikilinks is returned as it is.
     */
    public static String toPapers(String html, Function<String, Optional<String>> slugOfNote) {
        return rewritten(html, NOTE, link -> {
            Optional<String> slug = slugOfNote.apply(link.attr(NOTE));
            if (slug.isEmpty()) {
                link.unwrap();
            } else {
                // a link within the site: the sanitiser's "nofollow" is for links out of it
                link.clearAttributes().attr(PAPER, slug.get());
            }
        });
    }

    /**
     * The HTML with each wikilink to a paper a link to its page, at the address {@code pageOfPaper} gives for the
     * paper's slug (relative to the page that shows the HTML). HTML without such links is returned as it is.
     */
    public static String toPages(String html, Function<String, String> pageOfPaper) {
        return rewritten(html, PAPER, link -> {
            String href = pageOfPaper.apply(link.attr(PAPER));
            link.clearAttributes().attr("href", href);
        });
    }

    private static String rewritten(String html, String mark, Consumer<Element> rewrite) {
        if (!html.contains(mark)) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        // an author's own link that carries the mark keeps its address: only a link without one is a wikilink
        Elements links = document.select("a[" + mark + "]:not([href])");
        if (links.isEmpty()) {
            return html; // the mark's name in the note's text, not a mark
        }
        links.forEach(rewrite);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
