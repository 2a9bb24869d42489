package io.github.paperdigest.taxonomy;

import java.util.Arrays;
import java.util.HashMap;
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
