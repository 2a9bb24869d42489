package io.github.paperdigest.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's pages. Every reader keeps them as a range with the en dash, "100–115", which the site's citation shows
 * and its BibTeX writes back as TeX's "100--115": reference managers write the range with a hyphen (CSL's
 * {@code page}, often RIS's {@code SP}, a .bib file's {@code pages} that BibTeX's styles would dash themselves), with
 * TeX's two, or as a first and a last page (RIS's {@code SP} and {@code EP}), and the readers all give the same range.
 * Read back as a first and, for a range, a last page, the Highwire tags and the JSON-LD tell them so.
 *
 * @param last empty for a one-page paper or an article number
 */
public record PageRange(String first, Optional<String> last) {

    private static final Pattern RANGE = Pattern.compile("([^\\s,;–—-]+)\\s*(?:-+|–|—)\\s*([^\\s,;–—-]+)");
    private static final Pattern ONE_PAGE = Pattern.compile("[^\\s,;–—-]+");
    /**
     * A hyphen or TeX's en dash between two letters or digits ("100-115", "e12 -- e19"): a page numbered with a hyphen
     * ("S-12") cannot be told from a range, and is dashed too.
     */
    private static final Pattern DASH = Pattern.compile("(\\w)\\s*-{1,2}\\s*(\\w)");

    /** The first and last page; empty for a list ("1-6, 9") or prose, which have no one first page to tell. */
    public static Optional<PageRange> of(String pages) {
        String p = pages.strip();
        Matcher range = RANGE.matcher(p);
        if (range.matches()) {
            return Optional.of(new PageRange(range.group(1), Optional.of(range.group(2))));
        }
        return ONE_PAGE.matcher(p).matches() ? Optional.of(new PageRange(p, Optional.empty())) : Optional.empty();
    }

    /** The pages as written, each range's hyphen or TeX dash as the en dash: "100-115, 120--125" is "100–115, 120–125". */
    public static String dashed(String pages) {
        return pages.indexOf('-') < 0 ? pages : DASH.matcher(pages).replaceAll("$1\u2013$2");
    }

    /** From the first to the last page; one of them alone, or both the same page, is that page (dashed if a range). */
    public static String between(String first, String last) {
        if (first.isEmpty() || last.isEmpty() || first.equals(last)) {
            return dashed(first.isEmpty() ? last : first);
        }
        return first + "\u2013" + last;
    }
}
