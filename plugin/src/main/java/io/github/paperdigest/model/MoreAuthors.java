package io.github.paperdigest.model;

import java.util.Map;

/**
 * Whether a paper has authors its digest did not name: BibTeX's "and others" (Google Scholar's export cuts a list of
 * more than ten so), a table's "Zhuang et al.". The names themselves are dropped, as they name nobody; this mark,
 * kept in the paper's extra metadata beside the list, lets a citation say "and others" instead of presenting the
 * first names as all of them. It belongs to the list it came with: a longer list from another digest replaces both.
 */
public final class MoreAuthors {

    /** The key of the mark in a paper's extra metadata; its page shows it as a field. */
    public static final String KEY = "more authors";
    /** Its value. */
    public static final String VALUE = "yes, the digest names only these";

    private MoreAuthors() {
    }

    /** True when the extra metadata carries the mark. */
    public static boolean marked(Map<String, String> extra) {
        return extra.containsKey(KEY);
    }
}
