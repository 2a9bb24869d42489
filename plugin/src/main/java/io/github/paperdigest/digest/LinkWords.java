package io.github.paperdigest.digest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a link's text uses to say what the link is ("paper", "PDF", "code", "[link]"), never what the paper is
 * called: the one list that list items, tables and headings consult, so that "[paper](…)" is a link of the paper's
 * wherever it stands and never its title. A title of one of these words is no title: two rows titled "paper" would
 * be taken for one paper.
 */
final class LinkWords {

    private static final Set<String> WORDS = Set.of("paper", "papers", "pdf", "code", "link", "links", "url",
            "project", "project page", "project website", "arxiv", "abs", "abstract", "html", "doi", "openreview",
            "github", "repo", "website", "webpage", "homepage", "demo", "video", "data", "dataset", "model", "weights",
            "here", "click here", "slides", "poster", "blog", "bibtex", "download", "paper link", "pdf link");
    /** What wraps a link word as lists write it: "[link]", "(pdf)", "**Paper**", "Code:". */
    private static final Pattern WRAPPING = Pattern.compile("^[\\s\\[\\](){}*_:`]+|[\\s\\[\\](){}*_:`]+$");

    private LinkWords() {
    }

    /** Longer than any link word with its brackets and marks: a longer text is none, and no pattern reads it. */
    private static final int MAX_LENGTH = 32;

    /** Whether the text is a link word and nothing else, in any case, brackets and marks around it aside. */
    static boolean isLinkWord(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        String word = WRAPPING.matcher(text).replaceAll("").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return WORDS.contains(word);
    }
}
