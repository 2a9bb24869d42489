package io.github.paperdigest.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Digital Object Identifiers ("10.1145/3292500.3330701"), bare or written as a link
 * (https://doi.org/..., dx.doi.org) or with a "doi:" prefix. DOIs are case-insensitive: the canonical
 * form is lower case, so that the same paper from two reference managers is one paper.
 */
public final class Dois {

    /** "10." + registrant + "/" + suffix without white space; the suffix may hold any printable character. */
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PREFIX =
            Pattern.compile("(?i)^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/|(?:dx\\.)?doi\\.org/)");

    private Dois() {
    }

    /** The canonical DOI, when the whole text is one (with an optional prefix or doi.org link). */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = PREFIX.matcher(text.strip()).replaceFirst("");
        Matcher m = DOI.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String doi = m.group(1);
        // trailing sentence punctuation is not part of a DOI written in prose
        while (!doi.isEmpty() && ".,;)".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi.indexOf('/') < doi.length() - 1 ? Optional.of(doi.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The resolver link of a canonical DOI. */
    public static String url(String doi) {
        return "https://doi.org/" + doi;
    }
}
