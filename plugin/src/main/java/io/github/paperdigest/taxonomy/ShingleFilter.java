package io.github.paperdigest.taxonomy;

/**
 * A text's shingles ({@link TextShingles}) in a Bloom filter: about 12 bits a shingle instead of the shingles
 * themselves, small enough to keep with each paper's tag evidence. It may say a phrase could be in the text when it
 * is not (rarely), and never the reverse: a phrase it rules out has a shingle the text lacks.
 *
 * <p>When a new digest changes the corpus's keyphrases, a paper whose filter rules out every phrase of the
 * keyphrases that came, went or changed may hold the same terms as before, and its evidence holds without its text
 * being split into words again. About one absent shingle in two hundred seems held: with a hundred changed one-word
 * phrases, four papers in ten would be read again; results never depend on it, only the time.
 */
final class ShingleFilter {

    private static final int BITS_A_SHINGLE = 12;
    private static final int PROBES = 5;

    private final int[] words;

    private ShingleFilter(int[] words) {
        this.words = words;
    }

    static ShingleFilter of(TextShingles text) {
        int[] count = new int[1];
        text.forEach(hash -> count[0]++);
        ShingleFilter filter = new ShingleFilter(new int[Math.max(1, (count[0] * BITS_A_SHINGLE + 31) / 32)]);
        text.forEach(filter::add);
        return filter;
    }

    /** The filter {@link #words} gave, or null when there are none. */
    static ShingleFilter ofWords(int[] words) {
        return words.length == 0 ? null : new ShingleFilter(words.clone());
    }

    /** The filter's bits, 32 a number, for keeping. */
    int[] words() {
        return words.clone();
    }

    /** Whether the text may have every one of these shingles: false when it surely lacks one. */
    boolean mayHoldAll(int[] shingles) {
        for (int shingle : shingles) {
            if (!mayHold(shingle)) {
                return false;
            }
        }
        return true;
    }

    private void add(int shingle) {
        long probes = probes(shingle);
        for (int i = 0; i < PROBES; i++) {
            int bit = bit(probes, i);
            words[bit >>> 5] |= 1 << (bit & 31);
        }
    }

    private boolean mayHold(int shingle) {
        long probes = probes(shingle);
        for (int i = 0; i < PROBES; i++) {
            int bit = bit(probes, i);
            if ((words[bit >>> 5] & 1 << (bit & 31)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a shingle's probes start and how far apart they are, in one number: double hashing (the mixed hash, stepped
     * by the hash mixed again, odd), worked out once for all of a shingle's probes.
     */
    private static long probes(int shingle) {
        int first = TextShingles.mix(shingle);
        int step = TextShingles.mix(first) | 1;
        return (long) first << 32 | Integer.toUnsignedLong(step);
    }

    /** The bit the {@code i}th of a shingle's probes lands on: unsigned, modulo the filter's bits. */
    private int bit(long probes, int i) {
        int first = (int) (probes >>> 32);
        int step = (int) probes;
        return (int) (Integer.toUnsignedLong(first + i * step) % (words.length * 32L));
    }
}
