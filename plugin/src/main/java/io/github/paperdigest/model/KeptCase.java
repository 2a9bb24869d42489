package io.github.paperdigest.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The words of a paper's title and venue whose letter case a digest protects, as its curator wrote them: BibTeX's
 * braces ({@code {Bayesian}}, {@code {M}arkov}, a group of words {@code {von Neumann}}) and CSL's
 * {@code <span class="nocase">}. A bibliography style lowers the title's other words ("Learning markov chains"), and
 * the curator's braces are what keeps "Markov" and "Python" as they are. Kept beside the title, which is plain text
 * everywhere it is shown or indexed, as whole words: "{M}arkov" keeps the word "Markov". Only the BibTeX writer asks,
 * and braces each of them where the title or venue has it ({@link #spans}); no format can say that a word's case is
 * not protected, so the words of every digest that lists a paper add up.
 */
public final class KeptCase {

    public static final SortedSet<String> NONE = Collections.emptySortedSet();

    private KeptCase() {
    }

    /** The words given, stripped, without blank ones; sorted, unmodifiable. */
    public static SortedSet<String> of(Collection<String> words) {
        TreeSet<String> kept = new TreeSet<>();
        for (String word : words) {
            String w = word.strip();
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        return kept.isEmpty() ? NONE : Collections.unmodifiableSortedSet(kept);
    }

    /**
     * Where the text has one of the words, as {@code [start, end)} pairs in order and apart: a word is found whole,
     * with neither a letter nor a digit just before or after it ("Python" in "Python's" and "(Python)", not in
     * "Pythonic"); at one place the longest word wins ("von Neumann" over "Neumann"), and a word found is not
     * looked into again.
     */
    public static List<int[]> spans(String text, Set<String> words) {
        if (words.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            if (i == 0 || !isWordChar(text.codePointBefore(i))) {
                for (String word : longestFirst) {
                    if (text.startsWith(word, i)
                            && (i + word.length() == text.length() || !isWordChar(text.codePointAt(i + word.length())))) {
                        end = i + word.length();
                        break;
                    }
                }
            }
            if (end > i) {
                spans.add(new int[] {i, end});
                i = end;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return spans;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
