package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.UrlSpan;
import io.github.paperdigest.model.TexMath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Org mode's inline markup read as what it means: as Markdown for the project's one path to safe HTML
 * ({@code MarkdownOutline}), where every character of plain text is escaped so that nothing the curator wrote as text
 * becomes markup or HTML; or as plain text, for a title or an abstract. Emphasis follows Org's rules for where a
 * marker may open and close (so "a/b/c" and "2*3*4" stay text); formulas ({@code $x$}, {@code \(x\)}) are kept as
 * written, for the pages' KaTeX; a link leads somewhere only when its address is http(s): "file:", "id:", "cite:"
 * and the rest are their words, never an address a reader's browser would follow.
 */
final class OrgMarkup {

    /**
     * "[[target][words]]" or "[[target]]": Org's bracket link. Target and words are bounded, so that a line of many
     * "[[a][" that never close is read in linear time, not tried to its end from each bracket.
     */
    private static final Pattern LINK = Pattern.compile("\\[\\[((?:[^\\[\\]\\\\]|\\\\.){1,2000})](?:\\[(.{1,500}?)])?]");
    /** Org 9.5's citation: "[cite:@vaswani2017]", "[cite/t:@a;@b]". */
    private static final Pattern CITE = Pattern.compile("\\[cite(?:/[\\w/]{1,20})?:([^\\]]{0,500})]");
    private static final String PRE = " \t-({'\"";
    private static final String POST = " \t-.,;:!?'\")}[\\";
    private static final String MARKERS = "*/_+=~";
    /** How far a marker's closing one is looked for: Org's emphasis spans two lines at most. */
    private static final int EMPHASIS_REACH = 1_000;
    /** Emphasis nested deeper than this is text: markers nested ten thousand deep must not exhaust the stack. */
    private static final int MAX_DEPTH = 16;
    /** The ASCII punctuation that means something in Markdown, escaped in plain text; parentheses are not: see below. */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]<>#!&|~${}";

    private final LinkFinder linkFinder;

    OrgMarkup(LinkFinder linkFinder) {
        this.linkFinder = linkFinder;
    }

    /** An Org link's parts: its target as written and its words (empty when it has none). */
    record OrgLink(String target, String words) {
        boolean isWeb() {
            String lower = target.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://");
        }
    }

    /** The text when it is one Org link and nothing else ("[[https://arxiv.org/abs/1706.03762][Attention …]]"). */
    static Optional<OrgLink> wholeLink(String text) {
        Matcher m = LINK.matcher(text.strip());
        return m.matches() ? Optional.of(new OrgLink(unescape(m.group(1)).strip(), m.group(2) == null ? ""
                : m.group(2).strip())) : Optional.empty();
    }

    /** The Org link the text starts with, and what follows it. */
    static Optional<Leading> leadingLink(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Leading(new OrgLink(unescape(m.group(1)).strip(), m.group(2) == null ? ""
                : m.group(2).strip()), text.substring(m.end())));
    }

    record Leading(OrgLink link, String rest) {
    }

    /** Every Org link of the text, in order. */
    static List<OrgLink> links(String text) {
        List<OrgLink> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(new OrgLink(unescape(m.group(1)).strip(), m.group(2) == null ? "" : m.group(2).strip()));
        }
        return links;
    }

    /** The text with each Org link replaced by its words (or by nothing, when {@code keepWords} is false). */
    static String withoutLinks(String text, boolean keepWords) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(keepWords && m.group(2) != null ? m.group(2) : " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text without the links whose words only say they are links ("[[https://…][arXiv]]", "[[https://…]]"). */
    static String withoutLinkWords(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean linkWord = m.group(2) == null || LinkWords.isLinkWord(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(linkWord ? "" : m.group()));
        }
        m.appendTail(out);
        int end = out.length();
        while (end > 0 && " \t·|,;:—–-".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(0, end).strip();
    }

    private static String unescape(String target) {
        return target.replaceAll("\\\\([\\[\\]\\\\])", "$1");
    }

    /** One line or paragraph of Org as inline Markdown, its plain text escaped. */
    String markdown(String org) {
        StringBuilder out = new StringBuilder(org.length() + 16);
        convert(org, out, true, 0);
        return out.toString();
    }

    /** Org text as plain text: markup dropped, a link its words, formulas as written. */
    String plain(String org) {
        StringBuilder out = new StringBuilder(org.length());
        convert(org, out, false, 0);
        return out.toString();
    }

    private void convert(String text, StringBuilder out, boolean markdown, int depth) {
        List<UrlSpan> urls = linkFinder.find(text);
        int nextUrl = 0;
        TexMath.Formulas formulas = TexMath.in(text);
        int i = 0;
        while (i < text.length()) {
            while (nextUrl < urls.size() && urls.get(nextUrl).start() < i) {
                nextUrl++;
            }
            char c = text.charAt(i);
            if (c == '[') {
                Matcher link = LINK.matcher(text).region(i, text.length());
                if (link.lookingAt()) {
                    link(new OrgLink(unescape(link.group(1)).strip(), link.group(2) == null ? "" : link.group(2).strip()),
                            out, markdown, depth);
                    i = link.end();
                    continue;
                }
                Matcher cite = CITE.matcher(text).region(i, text.length());
                if (cite.lookingAt()) {
                    plainText(cite.group(1).strip(), out, markdown);
                    i = cite.end();
                    continue;
                }
            }
            if (nextUrl < urls.size() && urls.get(nextUrl).start() == i) {
                UrlSpan url = urls.get(nextUrl);
                out.append(markdown ? "<" + url.url() + ">" : url.url());
                i = url.end();
                continue;
            }
            if (c == '$' || c == '\\') {
                TexMath.Piece formula = formulas.at(i).orElse(null);
                if (formula != null) {
                    out.append(formula.text());
                    i += formula.text().length();
                    continue;
                }
            }
            int close = MARKERS.indexOf(c) >= 0 && depth < MAX_DEPTH ? closing(text, i) : -1;
            if (close > 0) {
                String inner = text.substring(i + 1, close);
                if (c == '=' || c == '~') {
                    if (markdown) {
                        String fence = "`".repeat(longestRun(inner, '`') + 1);
                        String pad = inner.startsWith("`") || inner.endsWith("`") ? " " : "";
                        out.append(fence).append(pad).append(inner).append(pad).append(fence);
                    } else {
                        out.append(inner);
                    }
                } else if (!markdown) {
                    convert(inner, out, false, depth + 1);
                } else {
                    String[] wrap = switch (c) {
                        case '*' -> new String[] {"**", "**"};
                        case '/' -> new String[] {"*", "*"};
                        case '_' -> new String[] {"<u>", "</u>"};
                        default -> new String[] {"<del>", "</del>"};
                    };
                    out.append(wrap[0]);
                    convert(inner, out, true, depth + 1);
                    out.append(wrap[1]);
                }
                i = close + 1;
                continue;
            }
            plainChar(c, out, markdown);
            i++;
        }
    }

    private void link(OrgLink link, StringBuilder out, boolean markdown, int depth) {
        String words = link.words().isEmpty() ? "" : link.words();
        if (link.isWeb() && !link.target().chars().anyMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>')) {
            if (!markdown) {
                if (words.isEmpty()) {
                    out.append(link.target());
                } else {
                    convert(words, out, false, depth + 1);
                }
            } else if (words.isEmpty()) {
                out.append('<').append(link.target()).append('>');
            } else {
                out.append('[');
                convert(words, out, true, depth + 1);
                out.append("](<").append(link.target()).append(">)");
            }
            return;
        }
        // "file:paper.pdf", "id:…", "cite:key", "*Heading": words for the reader, never an address to follow
        String shown = !words.isEmpty() ? words : link.target().replaceFirst("^(?i)(?:file|cite|id|roam|attachment):", "");
        if (markdown && !words.isEmpty()) {
            convert(words, out, true, depth + 1);
        } else {
            plainText(shown, out, markdown);
        }
    }

    private static void plainText(String text, StringBuilder out, boolean markdown) {
        for (int k = 0; k < text.length(); k++) {
            plainChar(text.charAt(k), out, markdown);
        }
    }

    /**
     * A character of text. Parentheses and the other ASCII punctuation that Markdown leaves alone are not escaped:
     * "\(" would open a formula for {@code TexMathSpans}.
     */
    private static void plainChar(char c, StringBuilder out, boolean markdown) {
        if (markdown && MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
            out.append('\\');
        }
        out.append(c);
    }

    /**
     * Where the emphasis that a marker at {@code open} opens closes, or -1 when it opens none: by Org's rules the
     * marker follows a blank, the start or an opening bracket or quote, and is followed by no blank; the closing one
     * follows no blank and is followed by a blank, punctuation or the end.
     */
    private static int closing(String text, int open) {
        char marker = text.charAt(open);
        if (open > 0 && PRE.indexOf(text.charAt(open - 1)) < 0) {
            return -1;
        }
        if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 1, reach = Math.min(text.length(), open + EMPHASIS_REACH); j < reach; j++) {
            if (text.charAt(j) == marker && j > open + 1 && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 == text.length() || POST.indexOf(text.charAt(j + 1)) >= 0)) {
                return j;
            }
            if (text.charAt(j) == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return -1; // emphasis never spans paragraphs
            }
        }
        return -1;
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int k = 0; k < text.length(); k++) {
            run = text.charAt(k) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
