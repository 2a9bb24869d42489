package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.UrlSpan;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.PaperEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plain-text copy of a "daily papers" page: some lines of page furniture, then for each paper
 * its title on one line, a blank line, and its abstract. Text before the first title/abstract pair is
 * page furniture and is dropped; after it, a short line that no abstract follows is a paper without an
 * abstract, which is a problem to report, not something to drop silently.
 */
public final class PlainTextDigestReader implements DigestReader {

    /** Lines of the Hugging Face page that can appear anywhere in a copy and are never papers. */
    private static final Set<String> PAGE_FURNITURE = Set.of("new", "subscribe", "daily papers",
            "get trending papers in your email inbox!", "by ak and the research community", "submit",
            "previous", "next", "view all", "upvote", "search", "sign up", "log in");
    /** The length of the longest line of furniture: a longer one (every abstract) is not lower-cased to be looked up. */
    private static final int LONGEST_FURNITURE = PAGE_FURNITURE.stream().mapToInt(String::length).max().orElseThrow();

    /** An abstract is longer than any title line; below this a single unpunctuated line is a title. */
    static final int MIN_ABSTRACT_WORDS = 25;
    private static final int MAX_TITLE_LENGTH = 400;
    /** A title with its authors, venue, date and address, one a line; an abstract wrapped with an address is longer. */
    private static final int MAX_CITATION_LINES = 6;
    private static final Pattern ADDRESS_LINE = Pattern.compile("https?://\\S+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern MID_SENTENCE = Pattern.compile("(?:^|\\s)\\p{Ll}\\S*[\\p{L},;:]\\s*$");

    private final LinkFinder linkFinder;
    private final LinkClassifier linkClassifier;

    public PlainTextDigestReader(LinkFinder linkFinder, LinkClassifier linkClassifier) {
        this.linkFinder = linkFinder;
        this.linkClassifier = linkClassifier;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        Paragraph pendingTitle = null;
        boolean pendingIsFurniture = true;
        Optional<String> title = Optional.empty();
        Optional<LocalDate> headingDate = Optional.empty();
        // "Daily Papers — January 22, 2025", the heading of a copied page: the digest's title, more than "Daily Papers"
        Optional<String> datedHeading = Optional.empty();
        try (LineReader lines = source.lines(problems)) {
            for (Paragraph p = next(lines); p != null; p = next(lines)) {
                if (entries.isEmpty() && pendingTitle == null && headingDate.isEmpty() && p.lines().size() == 1
                        && p.text().length() <= 120) {
                    headingDate = DigestDates.inHeading(p.text());
                    datedHeading = headingDate.isPresent() ? Optional.of(p.cleaned()) : datedHeading;
                }
                if (pendingTitle != null && readsAsAbstract(p)) {
                    entries.add(entry(pendingTitle, p));
                    pendingTitle = null;
                    pendingIsFurniture = false;
                } else if (readsAsTitle(p)) {
                    if (pendingTitle != null && entries.isEmpty() && headingDate.isEmpty()) {
                        headingDate = DigestDates.inHeading(pendingTitle.text());
                        datedHeading = headingDate.isPresent() ? Optional.of(pendingTitle.cleaned()) : datedHeading;
                    }
                    if (pendingTitle != null && !pendingIsFurniture) {
                        reportMissingAbstract(source, problems, pendingTitle);
                    }
                    pendingTitle = p;
                } else if (isFurniture(p)) {
                    if (p.text().equalsIgnoreCase("daily papers")) {
                        title = Optional.of("Daily Papers");
                    }
                } else if (isCitation(p)) {
                    reportCitation(source, problems, p);
                    pendingTitle = null;
                } else if (entries.isEmpty()) {
                    pendingTitle = null; // leading prose of the page, before the first paper
                } else {
                    reportStrayParagraph(source, problems, p, pendingTitle);
                    pendingTitle = null;
                }
            }
        }
        if (pendingTitle != null && !entries.isEmpty()) {
            reportMissingAbstract(source, problems, pendingTitle);
        }
        Optional<LocalDate> finalHeadingDate = headingDate;
        Optional<LocalDate> date = DigestDates.inText(source.baseName()).or(() -> finalHeadingDate);
        return new DigestFile(source.name(), format(), datedHeading.isPresent() ? datedHeading : title, date,
                Optional.empty(), "", List.of(), entries);
    }

    private PaperEntry entry(Paragraph title, Paragraph abstractParagraph) {
        String text = abstractParagraph.cleaned();
        Map<String, Link> links = new LinkedHashMap<>();
        for (UrlSpan span : linkFinder.find(text)) {
            links.putIfAbsent(span.url(), Link.inText(linkClassifier.classify(span.url()), span.url()));
        }
        boolean truncated = text.endsWith("...") || text.endsWith("…");
        return PaperEntry.of(TitlePeriod.strip(title.cleaned()), text, List.copyOf(links.values()), title.line())
                .withTruncated(truncated);
    }

    private static void reportMissingAbstract(DigestSource source, DigestProblems problems, Paragraph title) {
        problems.report(source.name(), title.line(), "\"" + abbreviate(title.text()) + "\" has no abstract:"
                + " a title must be followed by a blank line and its abstract");
    }

    /**
     * A paragraph after the papers began that is neither a title nor an abstract. When it stands where a title's abstract
     * should, that title is a paper lost with it: one report names both, for a strict build stops at the first.
     */
    private static void reportStrayParagraph(DigestSource source, DigestProblems problems, Paragraph stray,
            Paragraph pendingTitle) {
        if (pendingTitle == null) {
            problems.report(source.name(), stray.line(), "a paragraph that is neither a title nor an abstract"
                    + " follows a paper's abstract; put each title on one line before its abstract");
            return;
        }
        problems.report(source.name(), stray.line(), "a paragraph that is neither a title nor an abstract follows the"
                + " title \"" + abbreviate(pendingTitle.text()) + "\" (line " + pendingTitle.line() + "), which therefore"
                + " has no abstract and is not read as a paper; put the paper's abstract after a blank line under its"
                + " title, or remove the title and this paragraph");
    }

    /**
     * A paper's title over its authors, venue or address, one a line, as a list of papers copied from a web page has
     * it: no abstract, and no title of the page's heading either (read as one, the paragraph was its abstract). An
     * abstract wrapped over lines with an address on one ("Code is at\nhttps://…") breaks its lines mid-sentence,
     * after a word in lower case; names, venues and years do not end so (nor does a title over its address alone).
     * Its first line must be one the reader would take for a title on its own: an abstract written on one line over
     * its address ("… on three benchmarks.\nhttps://…") is too long, or a sentence of an abstract's length.
     */
    private static boolean isCitation(Paragraph p) {
        List<String> lines = p.lines();
        return lines.size() >= 2 && lines.size() <= MAX_CITATION_LINES
                && lines.stream().skip(1).anyMatch(line -> ADDRESS_LINE.matcher(line.strip()).matches())
                && isTitleShaped(WHITE_SPACE.matcher(lines.get(0).strip()).replaceAll(" "))
                && lines.subList(lines.size() == 2 ? 0 : 1, lines.size() - 1).stream()
                        .noneMatch(line -> MID_SENTENCE.matcher(line).find());
    }

    private static void reportCitation(DigestSource source, DigestProblems problems, Paragraph citation) {
        problems.report(source.name(), citation.line(), "\"" + abbreviate(citation.lines().get(0).strip()) + "\" is a"
                + " title over " + lines(citation.lines().size() - 1) + " of authors, venue or address, with no abstract:"
                + " a .txt digest is a copy of a \"Daily Papers\" page, each title on one line, a blank line, and its"
                + " abstract; write a list of papers without abstracts in a Markdown digest (.md), one item a paper:"
                + " '- [Title](https://…) - Authors. Venue, year.'; if it is an abstract, join its address to the line"
                + " before");
    }

    private static String lines(int count) {
        return count == 1 ? "1 line" : count + " lines";
    }

    private static boolean isFurniture(Paragraph p) {
        return p.lines().size() == 1 && p.text().length() <= LONGEST_FURNITURE
                && PAGE_FURNITURE.contains(p.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a paragraph after a paper's title is read as its abstract: the whole rule, page furniture and a title
     * over its byline excluded, so that a generator of digests for tests asks the reader rather than copying it.
     */
    static boolean readsAsAbstract(Paragraph p) {
        return !isFurniture(p) && !isCitation(p) && looksLikeAbstract(p);
    }

    /** Whether a paragraph not read as an abstract is read as a paper's title (a paragraph of one line is no citation). */
    static boolean readsAsTitle(Paragraph p) {
        return !isFurniture(p) && looksLikeTitle(p);
    }

    private static boolean looksLikeTitle(Paragraph p) {
        return p.lines().size() == 1 && isTitleShaped(p.text());
    }

    /** A line as long as a title may be, and no sentence of an abstract's length. */
    private static boolean isTitleShaped(String text) {
        return text.length() <= MAX_TITLE_LENGTH && !text.isEmpty()
                && !(text.endsWith(".") && Paragraph.hasWords(text, MIN_ABSTRACT_WORDS));
    }

    /**
     * Whether a paragraph after a title is its abstract. One that cleans to nothing (invisible characters, controls) is
     * none: it would give the paper an empty abstract. One of signs alone ("— …") is what the digest wrote, and stays.
     */
    private static boolean looksLikeAbstract(Paragraph p) {
        String text = p.text();
        if (p.cleaned().isBlank()) {
            return false;
        }
        return p.lines().size() > 1 || p.hasWords(MIN_ABSTRACT_WORDS) || text.endsWith(".")
                || text.endsWith("...") || text.endsWith("…") || text.length() > MAX_TITLE_LENGTH;
    }

    private static Paragraph next(LineReader lines) {
        List<String> collected = new ArrayList<>();
        int first = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                if (!collected.isEmpty()) {
                    break;
                }
                continue;
            }
            if (collected.isEmpty()) {
                first = lines.lineNumber();
            }
            collected.add(line);
        }
        return collected.isEmpty() ? null : new Paragraph(first, collected);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
