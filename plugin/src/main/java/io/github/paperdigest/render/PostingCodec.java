package io.github.paperdigest.render;

import io.github.paperdigest.site.SearchIndex.Occurrence;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a word's occurrences as a short run of characters, the bulk of the search index. Each
 * occurrence is one number, the gap since the previous paper times two plus one if the word is in the
 * title, written in base 32 with the most significant digit first. Digits that are followed by more
 * digits come from one half of the alphabet and the last digit from the other, so numbers need no
 * separator: most take one character. The theme's search script decodes this (function
 * {@code decodePostings} in search-engine.js); the two must change together, with {@link SearchIndexScript#VERSION}.
 */
final class PostingCodec {

    /** The last digit of a number. */
    static final String FINAL_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    /** A digit with more to follow. */
    static final String MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_";

    private static final int BASE = 32;
    private static final int BITS = 5;

    private PostingCodec() {
    }

    static String encode(List<Occurrence> occurrences) {
        StringBuilder out = new StringBuilder(occurrences.size() * 2);
        int previous = -1;
        // by position: the index's lists make each occurrence as it is asked for, and an iterator asks twice
        for (int i = 0, n = occurrences.size(); i < n; i++) {
            Occurrence o = occurrences.get(i);
            if (o.paper() <= previous) {
                throw new IllegalArgumentException("occurrences out of paper order at paper " + o.paper());
            }
            long value = 2L * (o.paper() - previous - 1) + (o.inTitle() ? 1 : 0);
            appendNumber(value, out);
            previous = o.paper();
        }
        return out.toString();
    }

    /** The inverse of {@link #encode}, for tests and for checking the script's decoder. */
    static List<Occurrence> decode(String encoded) {
        List<Occurrence> occurrences = new ArrayList<>();
        int paper = -1;
        for (long value : decodeNumbers(encoded)) {
            paper += (int) (value / 2) + 1;
            occurrences.add(new Occurrence(paper, value % 2 == 1));
        }
        return occurrences;
    }

    /** Numbers written one after another by {@link #appendNumber}, for tests and for checking the script's decoder. */
    static List<Long> decodeNumbers(String encoded) {
        List<Long> numbers = new ArrayList<>();
        long value = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            int more = MORE_DIGITS.indexOf(c);
            if (more >= 0) {
                value = value * BASE + more;
                continue;
            }
            int last = FINAL_DIGITS.indexOf(c);
            if (last < 0) {
                throw new IllegalArgumentException("not a posting digit: " + c);
            }
            numbers.add(value * BASE + last);
            value = 0;
        }
        return numbers;
    }

    /** Appends a number in the digits above: self-delimiting, so numbers follow each other without a separator. */
    static void appendNumber(long value, StringBuilder out) {
        if (value < 0) {
            throw new IllegalArgumentException("a negative number: " + value);
        }
        // the digits from the most significant, each five bits: appended in order rather than each inserted before the
        // others, which moved the digits after it (most numbers of an index of 10,000 papers take two or three)
        int shift = 0;
        while (value >>> shift >= BASE) {
            shift += BITS;
        }
        for (; shift > 0; shift -= BITS) {
            out.append(MORE_DIGITS.charAt((int) (value >>> shift & (BASE - 1))));
        }
        out.append(FINAL_DIGITS.charAt((int) (value & (BASE - 1))));
    }
}
