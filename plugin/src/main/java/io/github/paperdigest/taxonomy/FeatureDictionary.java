package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the features of a corpus: each word, and each pair of adjacent words, gets a dense id. Pairs
 * are keyed by the two word ids in a primitive hash table, because a corpus of 100,000 abstracts has
 * some ten million pair occurrences and boxing each one would dominate the build.
 */
final class FeatureDictionary {

    private final Map<String, Integer> words = new HashMap<>();
    private long[] pairKeys = new long[1 << 16];
    private int[] pairIds = new int[1 << 16];
    private int pairCount;
    private int size;

    FeatureDictionary() {
        Arrays.fill(pairKeys, -1L);
    }

    int word(String word) {
        Integer id = words.get(word);
        if (id == null) {
            id = size++;
            words.put(word, id);
        }
        return id;
    }

    int pair(int first, int second) {
        long key = ((long) first << 32) | (second & 0xffffffffL);
        int mask = pairKeys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (pairKeys[slot] != -1L) {
            if (pairKeys[slot] == key) {
                return pairIds[slot];
            }
            slot = (slot + 1) & mask;
        }
        pairKeys[slot] = key;
        pairIds[slot] = size++;
        if (++pairCount * 2 > pairKeys.length) {
            grow();
        }
        return pairIds[slot];
    }

    int size() {
        return size;
    }

    /**
     * The features in the order of their ids, which {@link #numbering} numbers again: for each id, 0 for a word (the
     * next of {@code words}) or one more than a pair's first word's id, whose second word's id is the next of
     * {@code seconds}.
     */
    record Features(int[] firsts, int[] seconds, List<String> words) {
    }

    Features features() {
        int[] firsts = new int[size];
        String[] wordsById = new String[size];
        words.forEach((word, id) -> wordsById[id] = word);
        int[] secondsById = new int[size];
        for (int slot = 0; slot < pairKeys.length; slot++) {
            if (pairKeys[slot] != -1L) {
                firsts[pairIds[slot]] = (int) (pairKeys[slot] >>> 32) + 1;
                secondsById[pairIds[slot]] = (int) pairKeys[slot];
            }
        }
        int[] seconds = new int[pairCount];
        List<String> inOrder = new ArrayList<>(words.size());
        int pair = 0;
        for (int id = 0; id < size; id++) {
            if (firsts[id] == 0) {
                inOrder.add(wordsById[id]);
            } else {
                seconds[pair++] = secondsById[id];
            }
        }
        return new Features(firsts, seconds, inOrder);
    }

    /**
     * The dictionary that numbered the first {@code count} of these features, as it was then: numbering the features it
     * had not met goes on from there as it went on then. Null when they are not the features of a dictionary.
     */
    static FeatureDictionary numbering(Features features, int count) {
        FeatureDictionary dictionary = new FeatureDictionary();
        if (count > features.firsts().length) {
            return null;
        }
        int word = 0;
        int pair = 0;
        for (int id = 0; id < count; id++) {
            int first = features.firsts()[id] - 1;
            int numbered;
            if (first < 0) {
                if (word == features.words().size()) {
                    return null;
                }
                numbered = dictionary.word(features.words().get(word++));
            } else {
                if (pair == features.seconds().length || first >= id || features.seconds()[pair] >= id) {
                    return null;
                }
                numbered = dictionary.pair(first, features.seconds()[pair++]);
            }
            if (numbered != id) {
                return null; // a feature twice
            }
        }
        return dictionary;
    }

    private void grow() {
        long[] oldKeys = pairKeys;
        int[] oldIds = pairIds;
        pairKeys = new long[oldKeys.length * 2];
        pairIds = new int[oldKeys.length * 2];
        Arrays.fill(pairKeys, -1L);
        int mask = pairKeys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) {
                int slot = (int) (mix(oldKeys[i]) & mask);
                while (pairKeys[slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                pairKeys[slot] = oldKeys[i];
                pairIds[slot] = oldIds[i];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
