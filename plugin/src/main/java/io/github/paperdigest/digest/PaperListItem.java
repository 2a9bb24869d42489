package io.github.paperdigest.digest;

import io.github.paperdigest.markup.MarkdownBlock.Span;
import io.github.paperdigest.markup.MarkdownBlock.SpanKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an item of a list of papers says, as the markup of its shape tells it. The documented shapes lead with the
 * title, linked or bold ("[Title](url) - Authors. Venue, 2023.", "**Title** [[paper](url)]"); the awesome lists of
 * GitHub write more:
 * <ul>
 *   <li>"[2024] **Title** *A. Author et al.* [[paper](url)]": a year first, the authors in italics;</li>
 *   <li>"**OpenVLA**: \"OpenVLA: An Open ...\", *arXiv, Jun 2024*": a short name in bold, the title quoted;</li>
 *   <li>"`REPA-E` **Title**": a short name as code;</li>
 *   <li>"Title, **ICML, 2024**" and "Title (**CVPR 2024**)": the title plain, the venue in bold after it;</li>
 *   <li>"(*ACL'24*) Title": the venue in parentheses first, the title plain.</li>
 * </ul>
 * Links whose text names what they are ("[[paper](url)]", "[[code](url)]") are the paper's links, never its title.
 * An item with a plain and a bold text neither of which is a venue has two candidate titles: it is {@link #ambiguous},
 * never read with a guessed one.
 *
 * @param title      the title, or "" when the item is no paper of these shapes
 * @param documented whether the item has a documented shape, whose text after the title is authors and venue
 * @param shortName  the name the list calls the paper by, beside its title ("OpenVLA")
 * @param authors    the authors an italic text after a bold title gives
 * @param venues     the venues and years the item gives
 * @param ambiguity  why the item's title cannot be told, or empty
 */
record PaperListItem(String title, boolean documented, Optional<String> shortName, Optional<String> authors,
        List<ListedVenue> venues, Optional<String> ambiguity) {

    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*\\[((?:19|20)\\d{2})]\\s*");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\[\\s*]");
    /** ': "The title", ' after a bold short name; a second quoted text after it makes the title unsure. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("^\\s*[:：]\\s*[\"“]([^\"“”]{1,2000})[\"”]");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    /** Around a venue that leads: "(*ACL'24*) Title", "[**NeurIPS 2023**] Title". */
    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("\\s*[(\\[]\\s*");
    private static final Pattern CLOSE_PARENTHESIS = Pattern.compile("^\\s*[)\\]]");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]()]");
    /** What separates a venue that leads from the title after it: "**CVPR 2024**: Title". */
    private static final String TITLE_START = ":-–—|";
    /** What separates a plain title from a venue after it: "Title, **ICML, 2024**", "Title (**CVPR 2024**)". */
    private static final String TITLE_END = ",(-–—:";
    /** An address written out ("https://arxiv.org/abs/…"), or as a link whose text is its address. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://\\S");
    /** What separates a plain title from the address after it: "Title — https://…", "Title: https://…". */
    private static final String ADDRESS_SEPARATOR = "-–—:|,([";

    /** The text of a paper's own link after a plain title: "paper", "[paper]", "PDF", "arXiv". */
    private static final Pattern PAPER_LINK = Pattern.compile("(?i)\\[?\\s*(paper|pdf|arxiv)\\s*]?");
    /** The fewest words of a plain title before its bracketed link: "Read the [[paper](url)]" is no paper's title. */
    private static final int MIN_PLAIN_TITLE_WORDS = 3;
    /** Words a sentence leads to a link with and a title never ends with: "More papers at [[paper](url)]". */
    private static final Set<String> SENTENCE_END = Set.of("a", "an", "the", "at", "in", "on", "of",
            "to", "for", "from", "see", "our", "this", "their", "its", "here", "by", "with");

    /** Whether the item is a paper: it has a title, or two candidates for one. */
    boolean isPaper() {
        return !title.isEmpty() || ambiguity.isPresent();
    }

    /** The item as its spans (see {@code MarkdownOutline#spans}) give it. */
    static PaperListItem of(List<Span> rawSpans) {
        Optional<String> plainTitle = plainTitleBeforePaperLink(rawSpans);
        if (plainTitle.isPresent()) {
            return new PaperListItem(plainTitle.get(), false, Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty());
        }
        List<Span> spans = withoutGenericLinks(rawSpans);
        if (spans.isEmpty()) {
            return none();
        }
        Span first = spans.get(0);
        if (first.kind() == SpanKind.LINK) {
            return documented(first.text());
        }
        List<ListedVenue> venues = new ArrayList<>();
        Optional<String> shortName = Optional.empty();
        int k = 0;
        Matcher year = LEADING_YEAR.matcher(first.kind() == SpanKind.TEXT ? first.text() : "");
        if (year.lookingAt()) {
            ListedVenue.of(year.group(1)).ifPresent(venues::add);
            String after = first.text().substring(year.end());
            if (after.isBlank()) {
                k++;
            } else {
                spans.set(0, new Span(SpanKind.TEXT, after));
            }
        }
        if (k < spans.size() && spans.get(k).kind() == SpanKind.CODE) {
            shortName = Optional.of(spans.get(k).text().strip());
            k++;
        }
        // "(*ACL'24*) Title"
        if (k + 2 < spans.size() && isText(spans.get(k)) && OPEN_PARENTHESIS.matcher(spans.get(k).text()).matches()
                && isMarked(spans.get(k + 1)) && isText(spans.get(k + 2))) {
            Optional<ListedVenue> venue = ListedVenue.of(spans.get(k + 1).text());
            Matcher close = CLOSE_PARENTHESIS.matcher(spans.get(k + 2).text());
            if (venue.isPresent() && close.lookingAt()) {
                venues.add(venue.get());
                spans.set(k + 2, new Span(SpanKind.TEXT, spans.get(k + 2).text().substring(close.end())));
                k += 2;
            }
        }
        boolean prefixed = !venues.isEmpty() || shortName.isPresent();
        if (k >= spans.size()) {
            return none();
        }
        Span lead = spans.get(k);
        Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
        if (lead.kind() == SpanKind.STRONG) {
            return boldLead(lead, next, k + 1 < spans.size() ? spans.subList(k + 1, spans.size()) : List.of(), venues,
                    shortName, prefixed);
        }
        if (isText(lead)) {
            return plainLead(lead, next, venues, shortName, prefixed);
        }
        return none();
    }

    private static PaperListItem boldLead(Span bold, Span next, List<Span> after, List<ListedVenue> venues,
            Optional<String> shortName, boolean prefixed) {
        // "**CVPR 2024** Title", "**[ICLR 2024]** Title": a venue leads in bold, and the title is the text after it
        Optional<ListedVenue> leadingVenue = ListedVenue.of(BRACKETS.matcher(bold.text()).replaceAll(""));
        if (leadingVenue.isPresent()) {
            String title = next != null && isText(next) ? withoutTitleEnd(withoutTitleStart(next.text())) : "";
            if (title.codePoints().noneMatch(Character::isLetter)) {
                return none();
            }
            venues.add(leadingVenue.get());
            return new PaperListItem(title, false, shortName, Optional.empty(), List.copyOf(venues), Optional.empty());
        }
        Matcher quoted = next != null && isText(next) ? QUOTED_TITLE.matcher(next.text()) : null;
        if (quoted != null && quoted.lookingAt()) {
            if (QUOTE.matcher(next.text().substring(quoted.end())).find()) {
                return ambiguous("two quoted texts follow the bold name \"" + bold.text().strip()
                        + "\", and either may be the title");
            }
            venuesIn(after, venues);
            return new PaperListItem(quoted.group(1).strip(), false, Optional.of(bold.text().strip()), Optional.empty(),
                    List.copyOf(venues), Optional.empty());
        }
        if (next != null && next.kind() == SpanKind.EMPHASIS) {
            Optional<ListedVenue> venue = ListedVenue.of(next.text());
            venue.ifPresent(venues::add);
            return new PaperListItem(bold.text().strip(), false, shortName,
                    venue.isPresent() ? Optional.empty() : Optional.of(next.text().strip()), List.copyOf(venues),
                    Optional.empty());
        }
        if (prefixed) {
            return new PaperListItem(bold.text().strip(), false, shortName, Optional.empty(), List.copyOf(venues),
                    Optional.empty());
        }
        return documented(bold.text());
    }

    private static PaperListItem plainLead(Span text, Span next, List<ListedVenue> venues, Optional<String> shortName,
            boolean prefixed) {
        // "Title — https://arxiv.org/abs/…": the title, then the paper's address written out; "More papers at
        // https://…" is a sentence, no title
        Matcher address = ADDRESS.matcher(text.text());
        boolean written = address.find();
        if (written || next != null && next.kind() == SpanKind.LINK && ADDRESS.matcher(next.text()).lookingAt()) {
            String before = written ? text.text().substring(0, address.start()) : text.text();
            String title = withoutEnd(before, ADDRESS_SEPARATOR);
            // the sentence's last words are enough: a pattern tried from every word of a long text takes long
            String end = before.substring(Math.max(0, before.length() - 64));
            // "url: https://…" is a line of a paper's metadata list, not a paper titled "url"
            boolean key = MarkdownDigestReader.isMetadataKey(title) || LabelledLines.label(title) != null;
            return title.codePoints().anyMatch(Character::isLetter) && !key && !OwnLinks.leadsToAnAddress(end)
                    ? new PaperListItem(title, false, shortName, Optional.empty(), List.copyOf(venues), Optional.empty())
                    : none();
        }
        String candidate = withoutTitleEnd(text.text());
        if (candidate.codePoints().noneMatch(Character::isLetter)) {
            return none();
        }
        if (next != null && isMarked(next)) {
            Optional<ListedVenue> venue = ListedVenue.of(next.text());
            if (venue.isPresent()) {
                venues.add(venue.get());
                return new PaperListItem(candidate, false, shortName, Optional.empty(), List.copyOf(venues),
                        Optional.empty());
            }
            if (next.kind() == SpanKind.STRONG) {
                return ambiguous("it has a plain text, \"" + PlainTextDigestReader.abbreviate(candidate)
                        + "\", and a bold one, \"" + PlainTextDigestReader.abbreviate(next.text().strip())
                        + "\", and the bold one is no venue with its year");
            }
        }
        // a plain text alone is a title only after a venue or a short name: "- More papers at [link](url)" is none
        if (prefixed && (next == null || next.kind() != SpanKind.LINK)) {
            return new PaperListItem(candidate, false, shortName, Optional.empty(), List.copyOf(venues),
                    Optional.empty());
        }
        return none();
    }

    /**
     * "Title [[paper](url)]", "Title [[paper]](url)": a plain title before its own link, bracketed and named for the
     * paper as GitHub's awesome lists write it, read from the item's spans before its link words go; "See the
     * [paper](url)" links a sentence's word, and "Read the [[paper](url)]" is too short for a title. A text with
     * brackets or parentheses says more than a title, which this shape cannot tell from it.
     */
    private static Optional<String> plainTitleBeforePaperLink(List<Span> spans) {
        if (spans.size() < 2 || !isText(spans.get(0)) || spans.get(1).kind() != SpanKind.LINK) {
            return Optional.empty();
        }
        String text = spans.get(0).text();
        String link = spans.get(1).text().strip();
        String title = withoutEnd(text, "[");
        boolean bracketed = title.length() < text.strip().length() || link.startsWith("[");
        // "[2023/01] Title. (McGill University) [[paper](url)]": a date and an affiliation that are no title's
        if (!bracketed || !PAPER_LINK.matcher(link).matches() || ADDRESS.matcher(title).find()
                || BRACKETS.matcher(title).find()) {
            return Optional.empty();
        }
        title = withoutTitleEnd(title);
        String[] words = title.split("\\s+");
        return words.length >= MIN_PLAIN_TITLE_WORDS && !SENTENCE_END.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) ? Optional.of(title) : Optional.empty();
    }

    /** Venues in bold or italics anywhere after the title: "..., *arXiv, Jun 2024*". */
    private static void venuesIn(List<Span> spans, List<ListedVenue> venues) {
        for (Span s : spans) {
            if (isMarked(s)) {
                ListedVenue.of(s.text()).ifPresent(venues::add);
            }
        }
    }

    /**
     * The spans without the links that say what they are, and without the brackets around them ("[[paper](url)]");
     * the text they separated joined again.
     */
    private static List<Span> withoutGenericLinks(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.kind() == SpanKind.LINK && LinkWords.isLinkWord(s.text())) {
                continue;
            }
            int last = out.size() - 1;
            if (isText(s) && last >= 0 && isText(out.get(last))) {
                out.set(last, new Span(SpanKind.TEXT, out.get(last).text() + s.text()));
            } else {
                out.add(s);
            }
        }
        List<Span> cleaned = new ArrayList<>();
        for (Span s : out) {
            Span c = isText(s) ? new Span(SpanKind.TEXT, EMPTY_BRACKETS.matcher(s.text()).replaceAll(" ")) : s;
            if (!c.text().isBlank()) {
                cleaned.add(c);
            }
        }
        return cleaned;
    }

    private static String withoutTitleStart(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start))
                || TITLE_START.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return text.substring(start);
    }

    private static String withoutTitleEnd(String text) {
        return withoutEnd(text, TITLE_END);
    }

    /** Cut by hand: a pattern anchored at the end would try every blank of a long run, in quadratic time. */
    private static String withoutEnd(String text, String separators) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || separators.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static boolean isText(Span s) {
        return s.kind() == SpanKind.TEXT;
    }

    private static boolean isMarked(Span s) {
        return s.kind() == SpanKind.STRONG || s.kind() == SpanKind.EMPHASIS;
    }

    private static PaperListItem documented(String title) {
        return new PaperListItem(title.strip(), true, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    private static PaperListItem ambiguous(String why) {
        return new PaperListItem("", false, Optional.empty(), Optional.empty(), List.of(), Optional.of(why));
    }

    private static PaperListItem none() {
        return new PaperListItem("", false, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
