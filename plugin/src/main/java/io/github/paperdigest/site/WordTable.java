package io.github.paperdigest.site;

import io.github.paperdigest.model.TextFolding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Folded words, each given a number the first time it is seen, looked up from the text it is found in: a word met
 * again, as most words of a corpus are, makes no string. Search splits every title and abstract of the archive into
 * words on every build; making two strings a word (its letters, then them in lower case) was most of that work, and
 * a build runs it once, mostly before the JIT has compiled it.
 *
 * <p>Not safe for use by several threads: each thread keeps its own table.
 */
final class WordTable {

    /** Whether an ASCII byte is a letter or a digit ({@link TextFolding#isAsciiLetterOrDigit}), by its value. */
    private static final boolean[] IN_WORD = new boolean[128];
    /** An ASCII byte folded ({@link TextFolding#lowerAscii}), by its value. */
    private static final byte[] LOWER = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            IN_WORD[c] = TextFolding.isAsciiLetterOrDigit(c);
            LOWER[c] = (byte) TextFolding.lowerAscii(c);
        }
    }

    /** Whether an ASCII byte (0 to 127) is a letter or a digit. */
    static boolean inWord(byte ascii) {
        return IN_WORD[ascii];
    }

    private final List<String> words = new ArrayList<>();
    /** Each word's characters as bytes when they are all ASCII, else null: what ASCII text is compared with. */
    private final List<byte[]> asciiWords = new ArrayList<>();
    private final int stopwords;
    /** Open addressing: a word's number plus one, 0 for an empty slot; its hash beside it. */
    private int[] slots = new int[1 << 12];
    private int[] hashes = new int[1 << 12];

    /** A table whose first numbers are these stopwords, each folded as search folds it. */
    WordTable(Collection<String> stopwords) {
        stopwords.forEach(this::number);
        this.stopwords = words.size();
    }

    /** Whether the word numbered so is one search leaves out. */
    boolean isStopword(int number) {
        return number < stopwords;
    }

    /** The word numbered so. */
    String word(int number) {
        return words.get(number);
    }

    int size() {
        return words.size();
    }

    /** The number of a folded word. */
    int number(String word) {
        return number(word, 0, word.length());
    }

    /**
     * The number of the word {@code text} holds from {@code start} to {@code end}: folded, or in ASCII letters and
     * digits of any case, whose folded form is lower case ({@link TextFolding#lowerAscii}).
     */
    int number(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + TextFolding.lowerAscii(text.charAt(i));
        }
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int taken = slots[slot];
            if (taken == 0) {
                return add(text.substring(start, end).toLowerCase(Locale.ROOT), hash, slot);
            }
            if (hashes[slot] == hash && foldsTo(text, start, end, words.get(taken - 1))) {
                return taken - 1;
            }
        }
    }

    /**
     * The number of the word ASCII bytes hold from {@code start} to {@code end}, letters and digits of any case:
     * the same as {@link #number(String, int, int)} gives the same text.
     */
    int number(byte[] text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + LOWER[text[i]];
        }
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int taken = slots[slot];
            if (taken == 0) {
                return add(new String(text, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT),
                        hash, slot);
            }
            if (hashes[slot] == hash && foldsTo(text, start, end, asciiWords.get(taken - 1))) {
                return taken - 1;
            }
        }
    }

    private static boolean foldsTo(byte[] text, int start, int end, byte[] word) {
        if (word == null || word.length != end - start) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (LOWER[text[start + i]] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean foldsTo(String text, int start, int end, String word) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (TextFolding.lowerAscii(text.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int add(String word, int hash, int slot) {
        words.add(word);
        asciiWords.add(TextFolding.isAscii(word) ? word.getBytes(StandardCharsets.US_ASCII) : null);
        slots[slot] = words.size();
        hashes[slot] = hash;
        if (words.size() * 2 > slots.length) {
            grow();
        }
        return words.size() - 1;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = spread(oldHashes[i]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** Words' hashes differ mostly in their low bits' neighbours; mixed, they spread over the slots. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
