package io.github.paperdigest.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of a paper as a digest writes them ("123-130", BibTeX's "123--130", "e101–e110", "e1001"), read as a
 * first and, for a range, a last page; the Highwire tags and the JSON-LD both tell them so.
 *
 * @param last empty for a one-page paper or an article number
 */
record PageRange(String first, Optional<String> last) {

    private static final Pattern RANGE = Pattern.compile("([^\\s,;–—-]+)\\s*(?:-+|–|—)\\s*([^\\s,;–—-]+)");
    private static final Pattern ONE_PAGE = Pattern.compile("[^\\s,;–—-]+");

    /** The first and last page; empty for a list ("1-6, 9") or prose, which have no one first page to tell. */
    static Optional<PageRange> of(String pages) {
        String p = pages.strip();
        Matcher range = RANGE.matcher(p);
        if (range.matches()) {
            return Optional.of(new PageRange(range.group(1), Optional.of(range.group(2))));
        }
        return ONE_PAGE.matcher(p).matches() ? Optional.of(new PageRange(p, Optional.empty())) : Optional.empty();
    }
}
