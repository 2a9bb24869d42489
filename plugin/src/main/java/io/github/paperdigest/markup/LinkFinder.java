package io.github.paperdigest.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds http(s) URLs in prose. The punctuation that ends the sentence around a URL ("see
 * https://x.org/a." or "(code: https://x.org/a)") is not part of it; brackets that open inside the
 * URL are kept ("https://en.wikipedia.org/wiki/Foo_(bar)").
 */
public final class LinkFinder {

    private static final Pattern CANDIDATE = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`{}|\\\\^]+");
    /** Also the one-character ellipsis that ends a truncated abstract, as "..." does. */
    private static final String TRAILING = ".,;:!?*'\"…";

    public List<UrlSpan> find(String text) {
        List<UrlSpan> spans = new ArrayList<>();
        // the pattern is tried only where a URL can start, four or five characters before a "://": scanning a whole
        // abstract for one ignoring case was a fifth of reading a digest whose abstracts hold links
        Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true);
        int from = 0;
        for (int sep = text.indexOf("://"); sep >= 0; sep = text.indexOf("://", sep + 1)) {
            boolean secure = sep > 0 && (text.charAt(sep - 1) == 's' || text.charAt(sep - 1) == 'S');
            int start = sep - (secure ? 5 : 4); // "https://" or "http://", in any case
            if (start < from || !m.region(start, text.length()).lookingAt()) {
                continue;
            }
            int end = trimmedEnd(text, m.start(), m.end());
            String url = text.substring(m.start(), end);
            if (hasHost(url)) {
                spans.add(new UrlSpan(m.start(), end, url));
            }
            from = m.end();
        }
        return spans;
    }

    private static int trimmedEnd(String text, int start, int end) {
        // the balance is counted once and updated as brackets are trimmed, so that a URL followed by a
        // long run of closing brackets costs linear time, not quadratic
        int parentheses = balance(text, start, end, '(', ')');
        int brackets = balance(text, start, end, '[', ']');
        while (end > start) {
            char last = text.charAt(end - 1);
            if (TRAILING.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && parentheses < 0) {
                parentheses++;
                end--;
            } else if (last == ']' && brackets < 0) {
                brackets++;
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** Opening minus closing brackets in the range: negative when more close than open. */
    private static int balance(String text, int start, int end, char open, char close) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth;
    }

    private static boolean hasHost(String url) {
        int hostStart = url.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = url.substring(hostStart, hostEnd);
        return host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
    }
}
