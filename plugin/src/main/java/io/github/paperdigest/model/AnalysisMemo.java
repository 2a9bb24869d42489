package io.github.paperdigest.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What earlier builds worked out from single digest files or single papers' texts, kept for the next build: an
 * archive that gains one digest then reads that digest and analyses its papers alone, and takes the others' from
 * here. A value is kept under the hash of everything it was worked out from ({@link #key}), so that a changed
 * file, a changed paper, or a changed term list, is worked out again; the store itself is dropped whole when the
 * plugin's code changes. Safe to use from several threads.
 */
public interface AnalysisMemo {

    /** The value an earlier build kept under this key, or null when there is none. */
    byte[] recall(String key);

    /** Keeps a value under this key for the next build. */
    void remember(String key, byte[] value);

    /**
     * Keeps another value under a key whose value was recalled and still holds, as a fresher way of saying the same:
     * counted as recalled, not as made.
     */
    default void replace(String key, byte[] value) {
        remember(key, value);
    }

    /** The value recalled under this key was no value: it is neither counted as recalled nor kept. */
    void forget(String key);

    /**
     * Keeps for the next build the value an earlier build kept under this key, which this build has no need to recall:
     * the value of something still current whose files were not made again. Neither counted as recalled nor read; a
     * memo that has no value under the key keeps nothing. Without it a memo holds what a build used, and a build that
     * made few files would leave the next too little to recall.
     */
    default void keep(String key) {
    }

    /**
     * The value recalled under this key reads as a value but cannot be one any build makes (a count beyond what the
     * papers' texts can hold, say): forgotten as {@link #forget} does, and worth telling, since only a hand or a
     * pull request puts it there. What it held is worked out again.
     */
    default void unusable(String key, String why) {
        forget(key);
    }

    /**
     * The value this build already holds under this key, recalled from the last build or made or replaced in this one,
     * or null; not counted as recalled. For a second reader of the same value in one build, which would otherwise make
     * it again when the last build had none.
     */
    byte[] held(String key);

    /**
     * The value kept under {@code key}, as {@code decode} reads it, else the value {@code make} gives, kept as
     * {@code encode} writes it. Bytes {@code decode} cannot read (it returns null) are made again; a value
     * {@code encode} cannot write (it returns null) is not kept.
     */
    default <T> T recallOr(String key, Function<byte[], T> decode, Supplier<T> make, Function<T, byte[]> encode) {
        byte[] bytes = recall(key);
        if (bytes != null) {
            T known = decode.apply(bytes);
            if (known != null) {
                return known;
            }
            forget(key);
        }
        T made = make.get();
        byte[] kept = encode.apply(made);
        if (kept != null) {
            remember(key, kept);
        }
        return made;
    }

    /** A memo that keeps nothing: every paper is analysed in every build, and nothing is encoded. */
    static AnalysisMemo none() {
        return keepingNothing(key -> null);
    }

    /**
     * This memo as a second analysis in the same build sees it: it recalls what the build holds ({@link #held}), made
     * or recalled, and keeps nothing. For an analysis of other papers, or with other terms, that may take what the
     * build's own analysis worked out where it still holds, but must not replace what that analysis keeps for the next
     * build.
     */
    default AnalysisMemo readOnly() {
        return keepingNothing(this::held);
    }

    /** A memo that recalls what {@code held} gives, uncounted, and keeps nothing: what it makes is not encoded. */
    private static AnalysisMemo keepingNothing(Function<String, byte[]> held) {
        return new AnalysisMemo() {
            @Override
            public byte[] recall(String key) {
                return held.apply(key);
            }

            @Override
            public void remember(String key, byte[] value) {
            }

            @Override
            public void forget(String key) {
            }

            @Override
            public byte[] held(String key) {
                return held.apply(key);
            }

            @Override
            public <T> T recallOr(String key, Function<byte[], T> decode, Supplier<T> make, Function<T, byte[]> encode) {
                byte[] bytes = held.apply(key);
                T known = bytes == null ? null : decode.apply(bytes);
                return known != null ? known : make.get();
            }
        };
    }

    /**
     * A list as parts of a key: its length, then its values, so that the lists of a key cannot trade values ("a", "b"
     * then "c" is not "a" then "b", "c").
     */
    static List<String> counted(List<String> values) {
        List<String> parts = new ArrayList<>(values.size() + 1);
        parts.add(String.valueOf(values.size()));
        parts.addAll(values);
        return parts;
    }

    /** The key of a value made from these parts, in this order; each part's length is hashed, so no two lists share a key. */
    static String key(String... parts) {
        MessageDigest hasher = ContentHash.digest();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            hasher.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            hasher.update((byte) ':');
            hasher.update(bytes);
        }
        return Digests.hex(hasher);
    }
}
