package io.github.paperdigest.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words search works on: lower case, without accents, split at anything that is not a letter or a
 * digit, at least two characters long, without the commonest English words. The theme's search script
 * splits a query the same way (function {@code words} in site.js), so that a word typed is found as it
 * was indexed; the stopwords travel in the index so that both sides use one list.
 */
public final class SearchWords {

    /** Words too common to find anything with; the index leaves them out and queries drop them. */
    public static final SortedSet<String> STOPWORDS = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
            "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "both",
            "but", "by", "can", "could", "do", "does", "each", "for", "from", "had", "has", "have", "how", "however",
            "if", "in", "into", "is", "it", "its", "may", "more", "most", "not", "of", "on", "or", "other", "our",
            "over", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "thus", "to", "under", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your")));

    /** The same words, for fast lookups. */
    private static final Set<String> STOPWORD_LOOKUP = Set.copyOf(STOPWORDS);

    static final int MIN_LENGTH = 2;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The searchable words of a text, in order, repeats included. */
    public static List<String> of(String text) {
        return isAscii(text) ? ofAscii(text) : ofUnicode(text);
    }

    /**
     * The same words as {@link #ofUnicode} for text with nothing but ASCII, where decomposition and marks
     * cannot change anything: one pass over the characters instead of normalising and splitting by pattern.
     * Most abstracts are ASCII, and search indexes every word of every paper.
     */
    private static List<String> ofAscii(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= MIN_LENGTH) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOPWORD_LOOKUP.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static List<String> ofUnicode(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(plain)) {
            if (word.length() >= MIN_LENGTH && !STOPWORD_LOOKUP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
