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

    /** arXiv's own DOIs (DataCite's, 10.48550/arXiv.ID) name the preprint, not a publication of the paper. */
    public static final String ARXIV_PREFIX = "10.48550/arxiv.";

    /** "10." + registrant + "/" + suffix without white space; the suffix may hold any printable character. */
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PREFIX =
            Pattern.compile("(?i)^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/|(?:dx\\.)?doi\\.org/)");

    /**
     * A publisher's page named by its DOI: "/doi/" and the DOI, with what the page shows between them or not
     * ("dl.acm.org/doi/10.1145/…", "epubs.siam.org/doi/abs/10.1137/…", "onlinelibrary.wiley.com/doi/full/10.1002/…"),
     * or Springer's "/article/", "/chapter/" and "/content/pdf/" pages.
     */
    private static final Pattern PUBLISHER_PAGE = Pattern.compile("(?i)^https?://[^/?#\\s]{1,253}"
            + "(?:/doi(?:/(?:abs|full|pdf|epdf|pdfdirect|reader|book|chapter))?|/(?:article|chapter|book|content/pdf))"
            + "/(10\\.\\d{4,9}(?:/|%2[Ff])[^?#\\s]{1,500})");

    private static final Pattern PAGE_AFTER = Pattern.compile(
            "(?i)(?:/(?:abstract|full|pdf|epdf|meta|fulltext(?:\\.html)?|summary|references|figures))?/*$");

    private Dois() {
    }

    /** The DOI a publisher's page for the paper names in its address, or empty. */
    public static Optional<String> inPublisherUrl(String url) {
        Matcher m = PUBLISHER_PAGE.matcher(url == null ? "" : url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        // "10.1080%2F01621459…": escaped as a resolver's address is ("+" a plus, as in every path)
        Optional<String> decoded = percentDecoded(m.group(1));
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String doi = decoded.get();
        // Springer's PDF address ends with the file's extension, which no DOI of its has; Wiley's, IOP's and Springer's
        // pages name what they show after the DOI ("…/abstract", "…/pdf", "…/fulltext.html")
        String named = PAGE_AFTER.matcher(doi.toLowerCase(Locale.ROOT).endsWith(".pdf") && url.contains("/content/pdf/")
                ? doi.substring(0, doi.length() - 4) : doi).replaceFirst("");
        // ACM's 10.5555 names entries that have no DOI of their own
        return named.startsWith("10.5555/") ? Optional.empty() : parse(named);
    }

    /** The canonical DOI, when the whole text is one (with an optional prefix or doi.org link). */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher prefix = PREFIX.matcher(text.strip());
        String t = prefix.replaceFirst("");
        // a resolver's address writes the characters a URL reserves escaped ("%23" for the "#" of a DOI): the DOI is
        // the text they stand for, as doi.org reads it
        if (prefix.reset().find() && prefix.group().toLowerCase(Locale.ROOT).contains("doi.org/")) {
            Optional<String> decoded = percentDecoded(withoutFragmentOrQuery(t));
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            t = decoded.get();
        }
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

    /** Whether a text is an address of the DOI resolver ("https://doi.org/…", "dx.doi.org/…"). */
    public static boolean isResolverAddress(String text) {
        Matcher prefix = PREFIX.matcher(text == null ? "" : text.strip());
        return prefix.find() && prefix.group().toLowerCase(Locale.ROOT).contains("doi.org/");
    }

    /** Whether an address is a publisher's page named by a DOI ({@link #inPublisherUrl}), whether or not it reads. */
    public static boolean isPublisherPage(String url) {
        return url != null && PUBLISHER_PAGE.matcher(url.strip()).find();
    }

    /** Whether a canonical DOI is one of arXiv's own ({@link #ARXIV_PREFIX}). */
    public static boolean isArxivs(String doi) {
        return doi.startsWith(ARXIV_PREFIX);
    }

    /**
     * The prefixes of the data repositories whose DOIs name a deposit of a paper's data or code, never the paper's
     * version of record: Zenodo's (10.5281), figshare's (10.6084), Dryad's (10.5061), Mendeley Data's (10.17632),
     * Harvard Dataverse's (10.7910) and OSF's (10.17605).
     */
    private static final java.util.Set<String> DATA_REPOSITORIES = java.util.Set.of("10.5281/", "10.6084/", "10.5061/",
            "10.17632/", "10.7910/", "10.17605/");

    /** Whether a canonical DOI is one a data repository registered ({@link #DATA_REPOSITORIES}). */
    public static boolean isDataRepositorys(String doi) {
        return DATA_REPOSITORIES.stream().anyMatch(doi::startsWith);
    }

    /**
     * The characters of a DOI that its resolver's address must escape (the DOI Handbook's list): "#" would end the
     * address's path and "?" begin a query, so that doi.org resolved another DOI, or none ("10.1002/…;2-#", Wiley's
     * SICI DOIs end so); "%" would be read as an escape; the others are not allowed in an address.
     */
    private static final String ESCAPED_IN_URL = "%#? \"<>\\^`{|}[]";

    /** The resolver link of a canonical DOI, the characters an address reserves escaped. */
    public static String url(String doi) {
        StringBuilder url = new StringBuilder("https://doi.org/");
        for (int i = 0; i < doi.length(); i++) {
            char c = doi.charAt(i);
            if (ESCAPED_IN_URL.indexOf(c) >= 0) {
                url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                url.append(c);
            }
        }
        return url.toString();
    }

    /**
     * A resolver's address up to its fragment or query ("…/abc#sec1", "…/abc?utm_source=x"): a "#" or "?" written as
     * it is ends the path, as in every address, and the DOI is the path. One that ends the address begins nothing: it
     * is the DOI's own, as a SICI DOI pasted unescaped ends ("…;2-#").
     */
    private static String withoutFragmentOrQuery(String address) {
        for (int i = 0; i < address.length() - 1; i++) {
            char c = address.charAt(i);
            if (c == '#' || c == '?') {
                return address.substring(0, i);
            }
        }
        return address;
    }

    /**
     * The first escape of an address ("%E9", as Latin-1 writes "é") that is no UTF-8 character, or several that together
     * are none: doi.org reads escapes as UTF-8, so such an address names no DOI ({@link #parse} and
     * {@link #inPublisherUrl} give none), and a reader says which escape is wrong; empty when there is none.
     */
    public static Optional<String> escapeNotUtf8(String url) {
        return url == null ? Optional.empty() : Optional.ofNullable(decode(url).notUtf8());
    }

    /**
     * A path with its escapes ("%23") decoded as UTF-8; "+" stays "+", as in a path; a malformed escape ("%zz")
     * stays as written. Empty when escapes are bytes that are no UTF-8 ("%E9"): decoded, they would be U+FFFD, a DOI
     * that is none, where the address meant another.
     */
    private static Optional<String> percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        Decoded decoded = decode(path);
        return decoded.notUtf8() == null ? Optional.of(decoded.text()) : Optional.empty();
    }

    /** An address's text with its escapes decoded, and the first run of escapes that is no UTF-8, or null. */
    private record Decoded(String text, String notUtf8) {
    }

    private static Decoded decode(String path) {
        StringBuilder out = new StringBuilder();
        String notUtf8 = null;
        int i = 0;
        while (i < path.length()) {
            int run = i;
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            while (run + 2 < path.length() && path.charAt(run) == '%' && Character.digit(path.charAt(run + 1), 16) >= 0
                    && Character.digit(path.charAt(run + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(run + 1), 16) * 16 + Character.digit(path.charAt(run + 2), 16));
                run += 3;
            }
            if (run == i) {
                out.append(path.charAt(i++));
                continue;
            }
            try {
                out.append(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())));
            } catch (java.nio.charset.CharacterCodingException notUtf8Bytes) {
                if (notUtf8 == null) {
                    notUtf8 = path.substring(i, run);
                }
                out.append(path, i, run);
            }
            i = run;
        }
        return new Decoded(out.toString(), notUtf8);
    }
}
