package io.github.paperdigest.digest;

import java.util.Locale;
import java.util.Set;

/**
 * A title without the full stop a bibliography's export ends it with: DBLP's BibTeX, XML and API write "Deep Residual
 * Learning for Image Recognition.", which a page showed under its heading and a citation printed before its own
 * full stop. A full stop that belongs to the title stays: an abbreviation's ("et al.", "etc.", "Inc.", "sp. nov."),
 * one of a word with other full stops in it ("U.S.", "e.g."), an initial ("Vitamin C."), and an ellipsis; a question
 * or exclamation mark is the title's own, and a full stop after one ("Is Attention All You Need?.") is dropped.
 */
final class TitlePeriod {

    /** Abbreviations a title may end with, lower case, without their full stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("al", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "vs",
            "st", "no", "vol", "vols", "ed", "eds", "dept", "univ", "approx", "fig", "figs", "eq", "eqs", "cf", "resp",
            "dr", "prof", "mr", "mrs", "ms", "ca", "var", "sp", "spp", "nov", "gen", "subsp", "pt", "ch", "sec");

    private TitlePeriod() {
    }

    /** The title without an export's full stop at its end, or as it is. */
    static String strip(String title) {
        if (!title.endsWith(".") || title.endsWith("..")) {
            return title;
        }
        String before = title.substring(0, title.length() - 1);
        int start = before.length();
        while (start > 0 && !Character.isWhitespace(before.charAt(start - 1))) {
            start--;
        }
        String word = before.substring(start);
        if (word.isEmpty()) {
            return title;
        }
        if (word.endsWith("?") || word.endsWith("!")) {
            return before;
        }
        String letters = word.replaceAll("^\\p{Punct}+", "");
        boolean abbreviation = letters.contains(".") || letters.codePointCount(0, letters.length()) == 1
                || ABBREVIATIONS.contains(letters.toLowerCase(Locale.ROOT));
        return abbreviation ? title : before.stripTrailing();
    }
}
