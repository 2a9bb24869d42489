package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Sha256;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The first shingle of every phrase, sorted, each once. */
    private final int[] firstShingles;
    /** For each first shingle, the phrases that start with it. */
    private final int[][] phrasesFrom;
    private final int[][] phraseShingles;
    private final int[] phraseTerm;
    /** Each term's hash ({@link TermMatcher}), in the order of the terms' ids. */
    private final byte[][] termKeys;
    private final BitSet patterned;

    /**
     * @param termKeys  each term's id with the hash of its phrases and patterns
     * @param phrases   each phrase's term id with the phrase's shingles ({@link TextShingles#ofPhrase})
     * @param patterned the ids of the terms with a pattern
     */
    PossibleTerms(Map<String, String> termKeys, List<Map.Entry<String, int[]>> phrases, List<String> patterned) {
        Map<String, Integer> ordinal = new TreeMap<>();
        new TreeMap<>(termKeys).keySet().forEach(id -> ordinal.put(id, ordinal.size()));
        this.termKeys = new byte[ordinal.size()][];
        ordinal.forEach((id, t) -> this.termKeys[t] = HexFormat.of().parseHex(termKeys.get(id)));
        this.patterned = new BitSet(ordinal.size());
        patterned.forEach(id -> this.patterned.set(ordinal.get(id)));

        Map<Integer, List<Integer>> byFirst = new TreeMap<>();
        phraseShingles = new int[phrases.size()][];
        phraseTerm = new int[phrases.size()];
        for (int p = 0; p < phrases.size(); p++) {
            phraseShingles[p] = phrases.get(p).getValue();
            phraseTerm[p] = ordinal.get(phrases.get(p).getKey());
            byFirst.computeIfAbsent(phraseShingles[p][0], k -> new ArrayList<>()).add(p);
        }
        firstShingles = byFirst.keySet().stream().mapToInt(Integer::intValue).toArray();
        phrasesFrom = byFirst.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** The hash of the terms the text may hold: equal for two matchers that count the same terms in it. */
    String fingerprintFor(TextShingles text) {
        BitSet possible = (BitSet) patterned.clone();
        text.forEach(hash -> {
            int at = Arrays.binarySearch(firstShingles, hash);
            if (at >= 0) {
                for (int p : phrasesFrom[at]) {
                    if (text.containsAllAfterTheFirst(phraseShingles[p])) {
                        possible.set(phraseTerm[p]);
                    }
                }
            }
        });
        MessageDigest sha = Sha256.digest();
        for (int t = possible.nextSetBit(0); t >= 0; t = possible.nextSetBit(t + 1)) {
            sha.update(termKeys[t]);
        }
        return Sha256.hex(sha);
    }
}
