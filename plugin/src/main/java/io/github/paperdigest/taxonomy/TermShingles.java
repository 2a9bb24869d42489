package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What decides which of a matcher's terms a text may hold ({@link PossibleTerms}): each term's key (the hash of its
 * phrases and patterns), the shingles of each of its phrases, and which terms have a pattern; with the matcher's
 * fingerprint. Kept from one build to the next, so that the next can tell which keyphrases came, went or changed.
 *
 * @param keys     each term's key, by id
 * @param phrases  the shingles of each phrase ({@link TextShingles#ofPhrase}), by term id
 * @param patterns the ids of the terms with a pattern, which shingles cannot rule out
 */
record TermShingles(String fingerprint, Map<String, String> keys, Map<String, List<int[]>> phrases,
        Set<String> patterns) {

    TermShingles {
        keys = new TreeMap<>(keys);
        Map<String, List<int[]>> copied = new TreeMap<>();
        phrases.forEach((id, list) -> copied.put(id, List.copyOf(list)));
        phrases = copied;
        patterns = new TreeSet<>(patterns);
    }

    /**
     * The shingles of every phrase of each term whose key differs between the two: the phrases a text must be able to
     * hold for the two matchers to count differently in it. Null when a term with a pattern differs, for a pattern
     * can match anywhere.
     */
    List<int[]> phrasesChangedSince(TermShingles earlier) {
        Set<String> ids = new TreeSet<>(keys.keySet());
        ids.addAll(earlier.keys.keySet());
        List<int[]> changed = new ArrayList<>();
        for (String id : ids) {
            if (Objects.equals(keys.get(id), earlier.keys.get(id))) {
                continue;
            }
            if (patterns.contains(id) || earlier.patterns.contains(id)) {
                return null;
            }
            changed.addAll(phrases.getOrDefault(id, List.of()));
            changed.addAll(earlier.phrases.getOrDefault(id, List.of()));
        }
        return changed;
    }

    byte[] bytes() {
        MemoBytes.Writer out = new MemoBytes.Writer().text(fingerprint).number(keys.size());
        keys.forEach((id, key) -> {
            List<int[]> own = phrases.getOrDefault(id, List.of());
            out.text(id).text(key).flag(patterns.contains(id)).number(own.size());
            own.forEach(out::numbers);
        });
        return out.bytes();
    }

    /** The value the bytes hold, or null when there are none or they are not the bytes of one. */
    static TermShingles of(byte[] bytes) {
        return MemoBytes.decode(bytes, in -> {
            String fingerprint = in.text();
            Map<String, String> keys = new TreeMap<>();
            Map<String, List<int[]>> phrases = new TreeMap<>();
            Set<String> patterns = new HashSet<>();
            for (int i = in.size(); i > 0; i--) {
                String id = in.text();
                keys.put(id, in.text());
                if (in.flag()) {
                    patterns.add(id);
                }
                List<int[]> own = new ArrayList<>();
                for (int j = in.size(); j > 0; j--) {
                    own.add(in.numbers());
                }
                phrases.put(id, own);
            }
            return new TermShingles(fingerprint, keys, phrases, patterns);
        });
    }
}
