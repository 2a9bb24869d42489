package io.github.paperdigest.markup;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The text of a field that a reference manager stored with markup in it. CSL JSON allows a few HTML tags in its
 * strings ({@code <i>Drosophila</i>}, {@code <span class="nocase">}), and Zotero keeps the abstracts that publishers
 * send as HTML or JATS ({@code <p>…</p>}, {@code <jats:p>…</jats:p>}). Shown as written they would put tags on the
 * page as text. A field without any such tag is returned as it is: "a < b" and "R&D" in plain text stay text.
 */
public final class HtmlText {

    /** The tags CSL's rich text, HTML abstracts and JATS abstracts use; anything else is taken for plain text. */
    private static final Pattern MARKUP = Pattern.compile("</?(?:p|i|b|em|strong|sup|sub|sc|span|div|br|u|jats:[a-z-]+)"
            + "(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    /** Tags that end a block: the text on either side are separate sentences, never one run-together word. */
    private static final Pattern BLOCK = Pattern.compile("</?(?:p|div|br|jats:p|jats:sec|jats:title|jats:list-item)"
            + "(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    /** The heading "Abstract" that JATS abstracts carry, which the page already gives as the section's title. */
    private static final Pattern ABSTRACT_HEADING = Pattern.compile("<jats:title>\\s*abstract\\s*</jats:title>",
            Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** The text the markup shows, entities decoded and white space collapsed; text without markup as it is. */
    public static String plain(String text) {
        if (text == null || text.indexOf('<') < 0 || !MARKUP.matcher(text).find()) {
            return text;
        }
        String blocks = BLOCK.matcher(ABSTRACT_HEADING.matcher(text).replaceAll("")).replaceAll(" ");
        return Jsoup.parseBodyFragment(blocks).body().text();
    }
}
