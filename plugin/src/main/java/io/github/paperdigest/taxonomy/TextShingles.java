package io.github.paperdigest.taxonomy;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * What phrases a text may hold: the hashes of its words and of its pairs of neighbouring words (their
 * normal forms, {@link Token#normal}), as a set. A phrase of one word can be in the text only if that word's hash is
 * here, and a longer one only if the hash of each pair of its neighbouring words is. Two words may share a hash, so
 * a phrase may seem possible and not be there; one that is there never seems impossible.
 *
 * <p>Held in an open-addressing table, filled and asked in constant time a hash. A new digest changes the corpus's
 * keyphrases, and a paper whose {@link ShingleFilter} cannot rule them out is shingled again; sorting the hashes was
 * most of that work.
 */
final class TextShingles {

    /** Hashes at their slots; 0 marks an empty slot, so a hash of 0 is held by {@link #zero}. */
    private final int[] table;
    /** Set only while {@link #of} fills the table. */
    private boolean zero;

    private TextShingles(int size) {
        this.table = new int[tableLength(size)];
    }

    /** The shingles of some texts, each a list of words: a pair is two neighbouring words of one text. */
    @SafeVarargs
    static TextShingles of(List<Token>... texts) {
        int size = 0;
        for (List<Token> text : texts) {
            size += 2 * text.size();
        }
        TextShingles shingles = new TextShingles(size);
        for (List<Token> text : texts) {
            for (int i = 0; i < text.size(); i++) {
                shingles.add(word(text.get(i).normal()));
                if (i + 1 < text.size()) {
                    shingles.add(pair(text.get(i).normal(), text.get(i + 1).normal()));
                }
            }
        }
        return shingles;
    }

    /** Twice the least power of two at or above {@code size} (and at least 16): the table stays under half full. */
    private static int tableLength(int size) {
        return Integer.highestOneBit(Math.max(8, size) * 2 - 1) << 1;
    }

    /** Puts a hash in its slot, unless it is there. */
    private void add(int hash) {
        if (hash == 0) {
            zero = true;
            return;
        }
        int mask = table.length - 1;
        for (int at = slot(hash, mask); table[at] != hash; at = (at + 1) & mask) {
            if (table[at] == 0) {
                table[at] = hash;
                return;
            }
        }
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
        if (hash == 0) {
            return zero;
        }
        int mask = table.length - 1;
        for (int at = slot(hash, mask); table[at] != 0; at = (at + 1) & mask) {
            if (table[at] == hash) {
                return true;
            }
        }
        return false;
    }

    /** Each of the text's shingles once, in no particular order. */
    void forEach(IntConsumer action) {
        if (zero) {
            action.accept(0);
        }
        for (int hash : table) {
            if (hash != 0) {
                action.accept(hash);
            }
        }
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

    /**
     * Words that differ in their last letter have hashes a few apart: unmixed, they would fill neighbouring slots and
     * lengthen the probes.
     */
    private static int slot(int hash, int mask) {
        return mix(hash) & mask;
    }

    /** A shingle's hash with its bits spread, for a table or a filter ({@link ShingleFilter}) to index by. */
    static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int word(String w) {
        return w.hashCode();
    }

    /** Mixed with a space between the words, as the hash of "a b" would be: a word holds no space. */
    private static int pair(String a, String b) {
        return 31 * (31 * a.hashCode() + ' ') + b.hashCode();
    }
}
