package io.github.paperdigest.taxonomy;

import java.util.Arrays;
import java.util.List;

/**
 * What phrases a text may hold, in little room: the hashes of its words and of its pairs of neighbouring words (their
 * normal forms, {@link Token#normal}), sorted. A phrase of one word can be in the text only if that word's hash is
 * here, and a longer one only if the hash of each pair of its neighbouring words is. Two words may share a hash, so
 * a phrase may seem possible and not be there; one that is there never seems impossible.
 */
record TextShingles(int[] hashes) {

    /** The shingles of some texts, each a list of words: a pair is two neighbouring words of one text. */
    @SafeVarargs
    static TextShingles of(List<Token>... texts) {
        int size = 0;
        for (List<Token> text : texts) {
            size += 2 * text.size();
        }
        int[] all = new int[size];
        int n = 0;
        for (List<Token> text : texts) {
            for (int i = 0; i < text.size(); i++) {
                all[n++] = word(text.get(i).normal());
                if (i + 1 < text.size()) {
                    all[n++] = pair(text.get(i).normal(), text.get(i + 1).normal());
                }
            }
        }
        return new TextShingles(Arrays.stream(all, 0, n).sorted().distinct().toArray());
    }

    /** The shingles a text must have to hold a phrase of these words: the word, or each pair of neighbours. */
    static int[] ofPhrase(String[] words) {
        if (words.length == 1) {
            return new int[] {word(words[0])};
        }
        int[] pairs = new int[words.length - 1];
        for (int i = 0; i + 1 < words.length; i++) {
            pairs[i] = pair(words[i], words[i + 1]);
        }
        return pairs;
    }

    boolean contains(int hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }

    /** Whether the text has every shingle but the first, which the caller found there. */
    boolean containsAllAfterTheFirst(int[] wanted) {
        for (int i = 1; i < wanted.length; i++) {
            if (!contains(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private static int word(String w) {
        return w.hashCode();
    }

    /** Mixed with a space between the words, as the hash of "a b" would be: a word holds no space. */
    private static int pair(String a, String b) {
        return 31 * (31 * a.hashCode() + ' ') + b.hashCode();
    }
}
