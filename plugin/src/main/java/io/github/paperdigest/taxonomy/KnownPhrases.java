package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.MemoBytes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The phrases of the papers keyphrases were last looked for in ({@link KeyphraseExtractor#extract}), merged: in how many
 * papers each key stands, how often it is written each way, and the acronyms each paper defines or writes bare. Kept
 * with the memo keys of those papers' texts, in order, so that a later extraction whose papers are mostly the same
 * takes the counts down by the papers gone and up by those come, rather than reading every paper's phrases again and
 * counting them anew: a new digest changes a sample of thousands by its own papers. Counts are whole numbers, which
 * come out the same whichever way they are summed; the acronyms, of which the first definition met wins, are kept per
 * paper and met again in the papers' order. Its maps are changed in place by {@link #updated}.
 */
final class KnownPhrases {

    /** An update that would read more papers than this share of them reads them all: it saves nothing then. */
    private static final double MOST_CHANGED = 0.5;

    private final List<String> papers;
    private final Map<String, Integer> df;
    private final Map<String, Map<String, Integer>> forms;
    /** The papers that define or write bare acronyms, by their place in {@link #papers}, in order. */
    private final List<Defined> defined;

    /** A paper's acronyms: those it defines, expansion to acronym in the order met, and those it writes bare. */
    private record Defined(int paper, Map<String, String> acronymOf, Set<String> bare) {
    }

    private KnownPhrases(List<String> papers, Map<String, Integer> df, Map<String, Map<String, Integer>> forms,
            List<Defined> defined) {
        this.papers = papers;
        this.df = df;
        this.forms = forms;
        this.defined = defined;
    }

    /**
     * Counts that no merge of papers' phrases makes: under 0 once the papers gone are taken away, beyond the largest
     * number, or beyond what the papers' texts can hold. Only a memo altered after the build that wrote it holds them.
     */
    static final class Unmerged extends Exception {
        Unmerged(String why) {
            super(why, null, false, false);
        }
    }

    /** The phrases of papers whose texts have these memo keys, each paper's phrases merged in order. */
    static KnownPhrases merged(List<String> papers, List<KeyphraseExtractor.PaperPhrases> phrases) {
        KnownPhrases merged = new KnownPhrases(List.copyOf(papers), new HashMap<>(), new HashMap<>(), new ArrayList<>());
        for (int i = 0; i < phrases.size(); i++) {
            try {
                merged.add(phrases.get(i), 1);
            } catch (Unmerged e) {
                // each paper's counts are bounded by its text (PaperPhrases#fits): only texts of more characters
                // together than an int counts get here
                throw new IllegalStateException("the keyphrase candidates of " + papers.size() + " papers: " + e.getMessage());
            }
            merged.define(i, phrases.get(i));
        }
        return merged;
    }

    /**
     * These phrases for the papers of these keys instead: the counts of each paper no longer among them taken away
     * ({@code gone} gives its phrases by its key), those of each paper come added ({@code come} gives them by its
     * place), the others' as they were. The phrases of the papers that came and went are looked up in parallel:
     * reading a text is most of an update, and a build's second extraction, of the settled papers, updates the first's
     * by thousands of papers. Null when a paper gone has no phrases to give, or when most papers changed.
     *
     * @param longest how many times at most the papers now can write a phrase: the characters of their texts
     * @throws Unmerged when the counts are not the merge of the papers' phrases
     */
    KnownPhrases updated(List<String> now, Function<String, KeyphraseExtractor.PaperPhrases> gone,
            IntFunction<KeyphraseExtractor.PaperPhrases> come, long longest) throws Unmerged {
        Map<String, Integer> before = new HashMap<>(MemoBytes.Reader.capacity(papers.size()));
        papers.forEach(key -> before.merge(key, 1, Integer::sum));
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Integer left = before.get(now.get(i));
            if (left == null) {
                added.add(i);
            } else if (left == 1) {
                before.remove(now.get(i));
            } else {
                before.put(now.get(i), left - 1);
            }
        }
        int removed = before.values().stream().mapToInt(Integer::intValue).sum();
        if (added.size() + removed > MOST_CHANGED * Math.max(1, now.size())) {
            return null;
        }
        List<Map.Entry<String, Integer>> left = List.copyOf(before.entrySet());
        List<KeyphraseExtractor.PaperPhrases> goneAway = left.parallelStream().map(e -> gone.apply(e.getKey())).toList();
        if (goneAway.contains(null)) {
            return null;
        }
        List<KeyphraseExtractor.PaperPhrases> cameIn = added.parallelStream().map(come::apply).toList();
        for (int i = 0; i < left.size(); i++) {
            add(goneAway.get(i), -left.get(i).getValue());
        }
        Map<Integer, KeyphraseExtractor.PaperPhrases> arrived = new HashMap<>(MemoBytes.Reader.capacity(added.size()));
        for (int i = 0; i < added.size(); i++) {
            add(cameIn.get(i), 1);
            arrived.put(added.get(i), cameIn.get(i));
        }
        Map<String, Defined> definedBy = new HashMap<>();
        defined.forEach(d -> definedBy.putIfAbsent(papers.get(d.paper()), d));
        List<Defined> nowDefined = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            KeyphraseExtractor.PaperPhrases phrases = arrived.get(i);
            if (phrases != null) {
                if (!phrases.acronymOf().isEmpty() || !phrases.bareAcronyms().isEmpty()) {
                    nowDefined.add(new Defined(i, phrases.acronymOf(), phrases.bareAcronyms()));
                }
            } else {
                Defined d = definedBy.get(now.get(i));
                if (d != null) {
                    nowDefined.add(new Defined(i, d.acronymOf(), d.bare()));
                }
            }
        }
        KnownPhrases updated = new KnownPhrases(List.copyOf(now), df, forms, nowDefined);
        updated.check(longest);
        return updated;
    }

    /**
     * Fails when a phrase is written more often than the papers' texts have characters: each time a paper writes it
     * starts at another character. The bound that keeps a count made up in an altered memo from choosing a label.
     */
    void check(long longest) throws Unmerged {
        for (Map<String, Integer> written : forms.values()) {
            for (int m : written.values()) {
                if (m > longest) {
                    throw new Unmerged("a phrase written " + m + " times in texts of " + longest + " characters");
                }
            }
        }
    }

    /**
     * Adds a paper's phrases {@code times} times (taken away when negative), failing when a count would fall under 0
     * or pass the largest int, which the papers merged cannot make.
     */
    private void add(KeyphraseExtractor.PaperPhrases phrases, int times) throws Unmerged {
        try {
            if (times > 0) {
                // no count falls to 0: one look-up a key and one a way of writing it, where taking away needs more
                for (Map.Entry<String, Map<String, Integer>> e : phrases.surface().entrySet()) {
                    df.merge(e.getKey(), times, Math::addExact);
                    Map<String, Integer> written = forms.computeIfAbsent(e.getKey(), k -> new HashMap<>(2));
                    for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                        written.merge(f.getKey(), Math.multiplyExact(times, f.getValue()), Math::addExact);
                    }
                }
                return;
            }
            for (Map.Entry<String, Map<String, Integer>> e : phrases.surface().entrySet()) {
                String key = e.getKey();
                int n = Math.addExact(df.getOrDefault(key, 0), times);
                if (n < 0) {
                    throw new Unmerged("fewer papers using a phrase than the papers gone that used it");
                }
                Map<String, Integer> written = forms.computeIfAbsent(key, k -> new HashMap<>(2));
                for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                    int m = Math.addExact(written.getOrDefault(f.getKey(), 0), Math.multiplyExact(times, f.getValue()));
                    if (m < 0) {
                        throw new Unmerged("a phrase written fewer times than the papers gone wrote it");
                    }
                    if (m == 0) {
                        written.remove(f.getKey());
                    } else {
                        written.put(f.getKey(), m);
                    }
                }
                if (n == 0) {
                    df.remove(key);
                    forms.remove(key);
                } else {
                    df.put(key, n);
                }
            }
        } catch (ArithmeticException e) {
            throw new Unmerged("a count beyond the largest int");
        }
    }

    private void define(int paper, KeyphraseExtractor.PaperPhrases phrases) {
        if (!phrases.acronymOf().isEmpty() || !phrases.bareAcronyms().isEmpty()) {
            defined.add(new Defined(paper, phrases.acronymOf(), phrases.bareAcronyms()));
        }
    }

    /** The memo keys of the papers' texts, in order. */
    List<String> papers() {
        return papers;
    }

    /** In how many papers each key stands. */
    Map<String, Integer> df() {
        return df;
    }

    /** How often the papers write each key each way. */
    Map<String, Map<String, Integer>> forms() {
        return forms;
    }

    /** Each expansion's acronym, as the first paper to define it defines it; met in the papers' order, as merged. */
    Map<String, String> acronymOf() {
        Map<String, String> acronymOf = new HashMap<>();
        defined.forEach(d -> d.acronymOf().forEach(acronymOf::putIfAbsent));
        return acronymOf;
    }

    /** The acronyms some paper writes bare. */
    Set<String> bareAcronyms() {
        Set<String> bare = new HashSet<>();
        defined.forEach(d -> bare.addAll(d.bare()));
        return bare;
    }

    /** The bytes of the phrases, or null when a text is too long to keep. */
    byte[] bytes() {
        MemoBytes.Writer out = new MemoBytes.Writer().texts(papers).number(df.size());
        df.forEach((key, n) -> {
            Map<String, Integer> written = forms.get(key);
            out.text(key).number(n).number(written.size());
            // most keys are written as they are (lower case, singular): then the form is left empty, which no
            // written form is
            written.forEach((form, m) -> out.text(form.equals(key) ? "" : form).number(m));
        });
        out.number(defined.size());
        for (Defined d : defined) {
            out.number(d.paper()).number(d.acronymOf().size());
            d.acronymOf().forEach((expansion, acronym) -> out.text(expansion).text(acronym));
            out.texts(d.bare());
        }
        return out.bytes();
    }

    /**
     * The phrases the bytes hold, or null when they are not the bytes of merged phrases: a count under 1, a paper
     * out of the list or out of order.
     */
    static KnownPhrases of(byte[] bytes) {
        return MemoBytes.decode(bytes, in -> {
            int count = in.size(2);
            List<String> papers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                papers.add(in.text());
            }
            int keys = in.size(MemoBytes.Reader.TEXT_AND_NUMBER);
            Map<String, Integer> df = new HashMap<>(MemoBytes.Reader.capacity(keys));
            Map<String, Map<String, Integer>> forms = new HashMap<>(MemoBytes.Reader.capacity(keys));
            for (int i = 0; i < keys; i++) {
                String key = in.text();
                int n = in.number();
                int ways = in.size(MemoBytes.Reader.TEXT_AND_NUMBER);
                if (n < 1 || n > count || ways < 1) {
                    return null;
                }
                Map<String, Integer> written = new HashMap<>(MemoBytes.Reader.capacity(Math.max(2, ways)));
                for (int j = 0; j < ways; j++) {
                    String form = in.text();
                    int m = in.number();
                    if (m < 1) {
                        return null;
                    }
                    written.put(form.isEmpty() ? key : form, m);
                }
                if (df.put(key, n) != null) {
                    return null;
                }
                forms.put(key, written);
            }
            int papersDefining = in.size(2 * Integer.BYTES);
            List<Defined> defined = new ArrayList<>(papersDefining);
            int last = -1;
            for (int i = 0; i < papersDefining; i++) {
                int paper = in.number();
                if (paper <= last || paper >= count) {
                    return null;
                }
                last = paper;
                Map<String, String> acronymOf = new LinkedHashMap<>();
                for (int j = in.size(2 * 2); j > 0; j--) {
                    acronymOf.put(in.text(), in.text());
                }
                defined.add(new Defined(paper, acronymOf, in.hashSet()));
            }
            return new KnownPhrases(papers, df, forms, defined);
        });
    }
}
