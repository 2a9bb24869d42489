package io.github.paperdigest.taxonomy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * Words met before, each as one {@link Token}: found by where the word is in its text, so that a known word costs no
 * new string, no new token and no second hash of its letters. An archive's words repeat (a few thousand make most of
 * any text) and every build splits every paper's text twice, for its tags and for its related papers; making a string
 * and a token for each word was a seventh of all a build of 100,000 papers allocated.
 *
 * <p>Bounded: past its capacity, a new word is made, and normalised, each time it comes. Safe for several threads: a
 * slot is filled once, by whichever thread comes first; tokens are values, so which thread's token a slot keeps does
 * not matter.
 */
final class KnownWords {

    /** A word of a token, with the hash {@link String#hashCode} gives it. */
    private record Entry(int hash, Token token) {
    }

    private final AtomicReferenceArray<Entry> slots;
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;
    private final UnaryOperator<String> normalForm;

    /** {@code normalForm}: the normal form of a word, a function of the word alone. */
    KnownWords(int capacity, UnaryOperator<String> normalForm) {
        this.capacity = capacity;
        this.normalForm = normalForm;
        // at most half full
        this.slots = new AtomicReferenceArray<>(Integer.highestOneBit(Math.max(8, capacity) * 2 - 1) << 1);
    }

    /**
     * The token of the word {@code text} holds from {@code from} to {@code to}, for a caller that finds the word's ends
     * before it looks at its letters (a word trimmed of the marks around it).
     */
    Token token(String text, int from, int to) {
        int hash = 0; // the word's String.hashCode, without making the string
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return token(text, from, to, hash);
    }

    /**
     * The token of the word {@code text} holds from {@code from} to {@code to}, whose {@link String#hashCode} is
     * {@code hash}: the caller finds it as it finds the word's end, which a second pass over the letters here repeated.
     */
    Token token(String text, int from, int to, int hash) {
        int mask = slots.length() - 1;
        int at = TextShingles.mix(hash) & mask;
        while (true) {
            Entry entry = slots.get(at);
            if (entry == null) {
                String word = text.substring(from, to);
                Token made = new Token(word, normalForm.apply(word));
                if (size.get() >= capacity) {
                    return made;
                }
                if (slots.compareAndSet(at, null, new Entry(hash, made))) {
                    size.incrementAndGet();
                    return made;
                }
                continue; // another thread filled the slot first: it may hold this very word
            }
            String known = entry.token().original();
            if (entry.hash() == hash && known.length() == to - from && text.startsWith(known, from)) {
                return entry.token();
            }
            at = (at + 1) & mask;
        }
    }
}
