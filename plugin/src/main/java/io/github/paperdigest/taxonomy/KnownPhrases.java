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

    /** The phrases of papers whose texts have these memo keys, each paper's phrases merged in order. */
    static KnownPhrases merged(List<String> papers, List<KeyphraseExtractor.PaperPhrases> phrases) {
        KnownPhrases merged = new KnownPhrases(List.copyOf(papers), new HashMap<>(), new HashMap<>(), new ArrayList<>());
        for (int i = 0; i < phrases.size(); i++) {
            merged.add(phrases.get(i), 1);
            merged.define(i, phrases.get(i));
        }
        return merged;
    }

    /**
     * These phrases for the papers of these keys instead: the counts of each paper no longer among them taken away
     * ({@code gone} gives its phrases by its key), those of each paper come added ({@code come} gives them by its
     * place), the others' as they were. Null when a paper gone has no phrases to give, when the counts do not hold
     * them (they are then not what was merged), or when most papers changed.
     */
    KnownPhrases updated(List<String> now, Function<String, KeyphraseExtractor.PaperPhrases> gone,
            IntFunction<KeyphraseExtractor.PaperPhrases> come) {
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
        for (Map.Entry<String, Integer> e : before.entrySet()) {
            KeyphraseExtractor.PaperPhrases phrases = gone.apply(e.getKey());
            if (phrases == null || !add(phrases, -e.getValue())) {
                return null;
            }
        }
        Map<String, Defined> definedBy = new HashMap<>();
        defined.forEach(d -> definedBy.putIfAbsent(papers.get(d.paper()), d));
        Set<Integer> arrived = new HashSet<>(added);
        List<Defined> nowDefined = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (arrived.contains(i)) {
                KeyphraseExtractor.PaperPhrases phrases = come.apply(i);
                add(phrases, 1);
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
        return new KnownPhrases(List.copyOf(now), df, forms, nowDefined);
    }

    /**
     * Adds a paper's phrases {@code times} times (taken away when negative); false when a count would fall under 0,
     * which the papers merged cannot make.
     */
    private boolean add(KeyphraseExtractor.PaperPhrases phrases, int times) {
        for (Map.Entry<String, Map<String, Integer>> e : phrases.surface().entrySet()) {
            String key = e.getKey();
            int n = df.getOrDefault(key, 0) + times;
            if (n < 0) {
                return false;
            }
            Map<String, Integer> written = forms.computeIfAbsent(key, k -> new HashMap<>(2));
            for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                int m = written.getOrDefault(f.getKey(), 0) + times * f.getValue();
                if (m < 0) {
                    return false;
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
        return true;
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
