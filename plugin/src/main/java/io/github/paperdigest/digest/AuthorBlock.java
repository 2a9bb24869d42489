package io.github.paperdigest.digest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The authors a survey's README lists in an HTML block under its title: {@code <div><p><a href="…">Zhen Xing</a>,
 * Qijun Feng<sup>1</sup>, …</p></div>}. The names are the block's text, without its tags and without what a
 * {@code <sup>} marks (affiliations, "equal contribution" stars); the block is authors only when that text is an author
 * line ({@link NamesAndVenue#isAuthorLine}).
 */
final class AuthorBlock {

    private static final Pattern SUPERSCRIPT = Pattern.compile("(?is)<sup[^<>]{0,200}>.{0,200}?</sup>");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");
    private static final Pattern ENTITY_SPACE = Pattern.compile("(?i)&nbsp;|&#160;");

    private AuthorBlock() {
    }

    /** The names the block gives, joined by ", ", or empty when its text is no author line. */
    static Optional<String> names(String html) {
        String text = TAG.matcher(SUPERSCRIPT.matcher(html).replaceAll("")).replaceAll(" ");
        String names = Whitespace.collapse(ENTITY_SPACE.matcher(text).replaceAll(" ")).strip()
                .replaceAll("\\s+,", ",").replaceAll("[,\\s]+$", "").replaceAll(",(?=\\S)", ", ");
        return NamesAndVenue.isAuthorLine(names) ? Optional.of(names) : Optional.empty();
    }
}
