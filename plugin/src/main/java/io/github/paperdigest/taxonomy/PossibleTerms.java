package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Digests;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a matcher's terms a text may hold, told from the text's shingles ({@link TextShingles}) alone: those with a
 * phrase whose shingles are all in the text, and those with a pattern. A term that is not possible matches nowhere in
 * the text and covers no other term's phrase there, so two matchers with the same possible terms for a text count
 * the same terms in it. Its fingerprint is what a paper's tag evidence is kept under ({@link Tagger}).
 */
final class PossibleTerms {

    /**
     * The first shingle of every phrase, each once, in an open-addressing table ({@link TextShingles#mix} picks the
     * slot): every shingle of every paper's text is looked up here, and a binary search of the sorted shingles took as
     * long as matching the terms themselves at 100,000 papers.
     */
    private final int[] firstShingles;
    /** For the first shingle in each slot, the phrases that start with it; null for an empty slot. */
    private final int[][] phrasesFrom;
    private final int[][] phraseShingles;
    private final int[] phraseTerm;
    /** Each term's hash ({@link TermMatcher}), in the order of the terms' ids. */
    private final byte[][] termKeys;
    private final BitSet patterned;

    /** The terms' keys, phrases and patterns as a matcher gives them. */
    PossibleTerms(TermShingles terms) {
        Map<String, Integer> ordinal = new TreeMap<>();
        terms.keys().keySet().forEach(id -> ordinal.put(id, ordinal.size()));
        this.termKeys = new byte[ordinal.size()][];
        ordinal.forEach((id, t) -> this.termKeys[t] = HexFormat.of().parseHex(terms.keys().get(id)));
        this.patterned = new BitSet(ordinal.size());
        terms.patterns().forEach(id -> this.patterned.set(ordinal.get(id)));

        List<int[]> shingles = new ArrayList<>();
        List<Integer> termOf = new ArrayList<>();
        terms.phrases().forEach((id, phrases) -> phrases.forEach(phrase -> {
            shingles.add(phrase);
            termOf.add(ordinal.get(id));
        }));
        Map<Integer, List<Integer>> byFirst = new TreeMap<>();
        phraseShingles = shingles.toArray(int[][]::new);
        phraseTerm = new int[shingles.size()];
        for (int p = 0; p < shingles.size(); p++) {
            phraseTerm[p] = termOf.get(p);
            byFirst.computeIfAbsent(phraseShingles[p][0], k -> new ArrayList<>()).add(p);
        }
        int slots = Integer.highestOneBit(Math.max(8, byFirst.size()) * 2 - 1) << 1; // under half full
        firstShingles = new int[slots];
        phrasesFrom = new int[slots][];
        byFirst.forEach((shingle, phrases) -> {
            int at = slot(shingle);
            while (phrasesFrom[at] != null) {
                at = (at + 1) & (slots - 1);
            }
            firstShingles[at] = shingle;
            phrasesFrom[at] = phrases.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** The phrases that start with this shingle, or null when none does. */
    private int[] phrasesFrom(int shingle) {
        for (int at = slot(shingle); phrasesFrom[at] != null; at = (at + 1) & (firstShingles.length - 1)) {
            if (firstShingles[at] == shingle) {
                return phrasesFrom[at];
            }
        }
        return null;
    }

    private int slot(int shingle) {
        return TextShingles.mix(shingle) & (firstShingles.length - 1);
    }

    /** The hash of the terms the text may hold: equal for two matchers that count the same terms in it. */
    String fingerprintFor(TextShingles text) {
        BitSet possible = (BitSet) patterned.clone();
        text.forEach(hash -> {
            int[] phrases = phrasesFrom(hash);
            if (phrases != null) {
                for (int p : phrases) {
                    if (text.containsAllAfterTheFirst(phraseShingles[p])) {
                        possible.set(phraseTerm[p]);
                    }
                }
            }
        });
        MessageDigest hasher = ContentHash.digest();
        for (int t = possible.nextSetBit(0); t >= 0; t = possible.nextSetBit(t + 1)) {
            hasher.update(termKeys[t]);
        }
        return Digests.hex(hasher);
    }
}
