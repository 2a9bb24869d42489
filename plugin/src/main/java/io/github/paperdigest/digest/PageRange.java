package io.github.paperdigest.digest;

import java.util.regex.Pattern;

/**
 * A paper's pages as every reader keeps them: a range with the en dash, "100–115", which the site's citation shows
 * and its BibTeX writes back as TeX's "100--115". Reference managers write the range with a hyphen (CSL's
 * {@code page}, often RIS's {@code SP}, a .bib file's {@code pages} that BibTeX's styles would dash themselves), with
 * TeX's two, or as a first and a last page (RIS's {@code SP} and {@code EP}); the readers all give the same range.
 */
final class PageRange {

    /**
     * A hyphen or TeX's en dash between two letters or digits ("100-115", "e12 -- e19"): a page numbered with a hyphen
     * ("S-12") cannot be told from a range, and is dashed too.
     */
    private static final Pattern DASH = Pattern.compile("(\\w)\\s*-{1,2}\\s*(\\w)");

    private PageRange() {
    }

    /** The pages as written, each range's hyphen or TeX dash as the en dash: "100-115, 120--125" is "100–115, 120–125". */
    static String dashed(String pages) {
        return pages.indexOf('-') < 0 ? pages : DASH.matcher(pages).replaceAll("$1\u2013$2");
    }

    /** From the first to the last page; one of them alone, or both the same page, is that page (dashed if a range). */
    static String between(String first, String last) {
        if (first.isEmpty() || last.isEmpty() || first.equals(last)) {
            return dashed(first.isEmpty() ? last : first);
        }
        return first + "\u2013" + last;
    }
}
