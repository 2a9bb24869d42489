package io.github.paperdigest.model;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises arXiv identifiers (new style 2401.01234 and old style hep-th/9901001), without version. */
public final class ArxivIds {

    private static final Pattern NEW_STYLE = Pattern.compile("(?<!\\d)(\\d{4}\\.\\d{4,5})(v\\d+)?(?!\\d)");
    private static final Pattern OLD_STYLE =
            Pattern.compile("(?<![A-Za-z.-])([a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?(?!\\d)");
    private static final Pattern WHOLE =
            Pattern.compile("(?i)(?:arxiv:)?(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[a-z]{2})?/\\d{7})(v\\d+)?");
    /** The host and path of a page that names a paper by its arXiv id ("export.arxiv.org" is arXiv too). */
    private static final Pattern PAPER_PAGE = Pattern.compile(
            "(?i)(?<![\\w-])(arxiv\\.org/(?:abs|pdf|html)|huggingface\\.co/papers|alphaxiv\\.org/(?:abs|overview|pdf))/");

    private ArxivIds() {
    }

    /** The id without prefix or version, when the whole text is an arXiv id (with optional "arXiv:" and version). */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(1);
        int slash = id.indexOf('/');
        // old-style archive names are lower case, the subject class upper case ("math.AG/0309136")
        if (slash > 0) {
            String archive = id.substring(0, slash);
            int dot = archive.indexOf('.');
            archive = dot < 0 ? archive.toLowerCase(Locale.ROOT)
                    : archive.substring(0, dot).toLowerCase(Locale.ROOT) + archive.substring(dot).toUpperCase(Locale.ROOT);
            id = archive + id.substring(slash);
        }
        return Optional.of(id);
    }

    /**
     * The year an arXiv id was given, which is the year its paper's first version was submitted: {@code 2310.20700}
     * is of October 2023, {@code hep-th/9901001} of January 1999. Old-style ids ran from 1991 to March 2007, new-style
     * ones from April 2007; empty for a text that is no arXiv id.
     */
    public static Optional<Integer> year(String id) {
        return yearMonth(id).map(YearMonth::getYear);
    }

    /**
     * The month an arXiv id was given, which is the month its paper's first version was submitted: {@code 2310.20700}
     * is of October 2023, {@code hep-th/9901001} of January 1999; empty for a text that is no arXiv id, or whose
     * digits name no month.
     */
    public static Optional<YearMonth> yearMonth(String id) {
        return parse(id).flatMap(canonical -> {
            int slash = canonical.indexOf('/');
            int twoDigits = Integer.parseInt(canonical.substring(slash + 1, slash + 3));
            int month = Integer.parseInt(canonical.substring(slash + 3, slash + 5));
            int year = slash >= 0 && twoDigits >= 91 ? 1900 + twoDigits : 2000 + twoDigits;
            return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
        });
    }

    /**
     * The id found in the URL of a paper's page that names its arXiv id: arXiv's own pages
     * ({@code https://arxiv.org/abs/2401.01234v2}, {@code /pdf/}, {@code /html/}), Hugging Face's paper pages
     * ({@code https://huggingface.co/papers/2401.01234}) and alphaXiv's ({@code https://www.alphaxiv.org/abs/...},
     * {@code /overview/...}). Other hosts (Papers with Code names its papers by slug) give none: every reader
     * that takes ids from links asks here, so that they all know the same pages.
     */
    public static Optional<String> fromUrl(String url) {
        return fromPage(url, false);
    }

    /**
     * The id found in the URL of one of arXiv's own pages of a paper: its abstract, PDF or HTML, of any version, at
     * arxiv.org or export.arxiv.org ({@code http://export.arxiv.org/abs/2401.01234v2}); empty for any other page,
     * Hugging Face's and alphaXiv's too.
     */
    public static Optional<String> fromArxivUrl(String url) {
        return fromPage(url, true);
    }

    private static Optional<String> fromPage(String url, boolean arxivOnly) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher page = PAPER_PAGE.matcher(url);
        while (page.find()) {
            String host = page.group(1).toLowerCase(Locale.ROOT);
            if (arxivOnly && !host.startsWith("arxiv.org")) {
                continue;
            }
            boolean huggingFace = host.startsWith("huggingface");
            String candidate = url.substring(page.end());
            if (candidate.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                candidate = candidate.substring(0, candidate.length() - 4);
            }
            Matcher m = NEW_STYLE.matcher(candidate);
            if (m.lookingAt()) {
                return Optional.of(m.group(1));
            }
            // Hugging Face has pages for new-style ids only
            m = OLD_STYLE.matcher(candidate);
            if (!huggingFace && m.lookingAt()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The paper's page on Hugging Face, which exists for new-style ids only: "huggingface.co/papers/hep-th/9901001"
     * is a dead link.
     */
    public static Optional<String> huggingFacePage(String id) {
        return parse(id).filter(canonical -> canonical.indexOf('/') < 0)
                .map(canonical -> "https://huggingface.co/papers/" + canonical);
    }

    static String canonical(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("not an arXiv id: " + id));
    }
}
