package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of the papers by their words ({@link RelatedPapers}) as one build numbered them, kept for the next: a
 * hash of each paper's title and abstract, in the papers' order, each paper's feature numbers (ascending), and the
 * dictionary that numbered them. A paper's numbers depend on its text and the papers before it alone, so the next
 * build takes up those of the papers its list starts with, as long as their texts hash as they did, and numbers the
 * others from where the dictionary stood after them: the words of papers gone or changed since are not in it.
 */
record KnownFeatures(long[] textHashes, List<int[]> documents, FeatureDictionary.Features dictionary) {

    /** How many of the papers, from the first, have the texts they had: each hashes as it did. */
    int papersKept(long[] hashes) {
        int kept = 0;
        while (kept < Math.min(hashes.length, textHashes.length) && hashes[kept] == textHashes[kept]) {
            kept++;
        }
        return kept;
    }

    /** How many features the first {@code papers} papers have between them: ids are given as features are first met. */
    int numberedBy(int papers) {
        int count = 0;
        for (int d = 0; d < papers; d++) {
            int[] features = documents.get(d);
            if (features.length > 0) {
                count = Math.max(count, features[features.length - 1] + 1);
            }
        }
        return count;
    }

    /**
     * The bytes: each kind of number in one array, a document's numbers as the gaps between them (most take one or two
     * bytes), or null when a word is too long to keep.
     */
    byte[] bytes() {
        int[] lengths = new int[documents.size()];
        int total = 0;
        for (int d = 0; d < lengths.length; d++) {
            lengths[d] = documents.get(d).length;
            total += lengths[d];
        }
        int[] gaps = new int[total];
        int at = 0;
        for (int[] features : documents) {
            int previous = 0;
            for (int f : features) {
                gaps[at++] = f - previous;
                previous = f;
            }
        }
        return new MemoBytes.Writer().longs(textHashes).smallNumbers(lengths).smallNumbers(gaps)
                .smallNumbers(dictionary.firsts()).smallNumbers(dictionary.seconds()).texts(dictionary.words()).bytes();
    }

    /**
     * The features the bytes hold, or null when they are not the bytes of features: a hash and ascending numbers for
     * each paper, every number one the dictionary gives.
     */
    static KnownFeatures of(byte[] bytes) {
        return MemoBytes.decode(bytes, in -> {
            long[] hashes = in.longs();
            int[] lengths = in.smallNumbers();
            int[] gaps = in.smallNumbers();
            int[] firsts = in.smallNumbers();
            int[] seconds = in.smallNumbers();
            int wordCount = in.size(2);
            List<String> words = new ArrayList<>(wordCount);
            for (int i = 0; i < wordCount; i++) {
                words.add(in.text());
            }
            if (hashes.length != lengths.length || wordCount + seconds.length != firsts.length) {
                return null;
            }
            List<int[]> documents = new ArrayList<>(lengths.length);
            int at = 0;
            for (int length : lengths) {
                if (length > gaps.length - at) {
                    return null;
                }
                int[] features = new int[length];
                int value = 0;
                for (int i = 0; i < length; i++) {
                    value += gaps[at++];
                    if (value < 0 || value >= firsts.length) {
                        return null;
                    }
                    features[i] = value;
                }
                documents.add(features);
            }
            return at == gaps.length ? new KnownFeatures(hashes, documents, new FeatureDictionary.Features(firsts, seconds,
                    words)) : null;
        });
    }
}
