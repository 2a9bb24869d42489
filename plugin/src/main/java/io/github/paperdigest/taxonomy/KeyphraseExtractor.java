package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the terms a corpus keeps coming back to, so that papers of a field the vocabulary does not
 * know still get sensible tags. Three kinds of evidence, all counted in papers, not occurrences:
 * <ul>
 * <li>phrases of two to four content words that recur across papers ("video question answering");
 * <li>names written the way methods, models and datasets are ("MiraData", "Panda-70M", "MVBench");
 * <li>acronyms defined in the text ("multimodal large language models (MLLMs)"), which make the
 * acronym and its expansion one term.
 * </ul>
 * Phrases made only of words every abstract uses ("proposed method", "experimental results") never
 * qualify; nor do phrases so common they would tag most of the corpus.
 */
public final class KeyphraseExtractor {

    /** "(MLLMs)": an acronym in brackets; the words before it are checked for its expansion. */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9-]{1,9}?)s?\\)");
    /** Hyphens a name holds at most: a word of thousands of hyphenated parts is no name. */
    private static final int MAX_NAME_HYPHENS = 20;
    private static final int MAX_WORDS = 4;
    /** The function word that may stand inside a phrase: "mixture of experts", "chain of thought". */
    private static final Set<String> INNER = Set.of("of");

    private final TextAnalyzer analyzer;
    private final AnalysisMemo memo;
    /**
     * Words as the phrases take them, with their normal forms ({@link TextAnalyzer#normalisePhrase}), shared by the
     * papers read in parallel and by a build's two extractions: found where the word is, so that a word met before
     * costs no string and no second look at its letters.
     */
    private final KnownWords phraseWords;
    /** Whether the phrases merged are kept for the next build ({@link #forOtherPapers}). */
    private final boolean keepsMerged;

    public KeyphraseExtractor(TextAnalyzer analyzer) {
        this(analyzer, AnalysisMemo.none());
    }

    /** An extractor that takes what a paper contributes from {@code memo} when an earlier build read the same text. */
    public KeyphraseExtractor(TextAnalyzer analyzer, AnalysisMemo memo) {
        this(analyzer, memo, new KnownWords(TextAnalyzer.KNOWN_WORDS, analyzer::normalisePhrase), true);
    }

    private KeyphraseExtractor(TextAnalyzer analyzer, AnalysisMemo memo, KnownWords phraseWords, boolean keepsMerged) {
        this.analyzer = analyzer;
        this.memo = memo;
        this.phraseWords = phraseWords;
        this.keepsMerged = keepsMerged;
    }

    /**
     * This extractor for a second extraction of the build, of other papers ({@link Tagger#alone}): it takes up the
     * phrases the first merged, and keeps each paper's phrases as the first does, but its merged phrases do not take
     * the place of the first's, which the next build's extraction starts from.
     */
    KeyphraseExtractor forOtherPapers() {
        return new KeyphraseExtractor(analyzer, memo, phraseWords, false);
    }

    /** The corpus's keyphrases, most used first; a phrase must recur in {@code minPapers} papers. */
    public List<Keyphrase> extract(List<Paper> papers, int minPapers, double maxShare) {
        KnownPhrases phrases = merged(papers);
        Map<String, Integer> df = phrases.df();
        Map<String, String> acronymOf = phrases.acronymOf();
        Set<String> bareAcronyms = phrases.bareAcronyms();
        int ceiling = (int) Math.max(minPapers, Math.floor(maxShare * papers.size()));
        List<String> keys = new ArrayList<>();
        Set<String> defined = new HashSet<>(acronymOf.values());
        df.forEach((key, n) -> {
            if (n >= minPapers && n <= ceiling && (!bareAcronyms.contains(key) || defined.contains(key))) {
                keys.add(key);
            }
        });
        keys.sort(Comparator.comparing((String k) -> -df.get(k)).thenComparing(k -> k));
        Map<String, Map<String, Integer>> surface = phrases.forms();
        // a phrase inside a longer phrase used by nearly as many papers is only part of a name
        Set<String> partOfLonger = partsOfLongerPhrases(keys, df);
        Set<String> kept = new LinkedHashSet<>();
        for (String key : keys) {
            if (!partOfLonger.contains(key)) {
                kept.add(key);
            }
        }
        // acronym to expansion; the first expansion met wins, as a scan of acronymOf would find it
        Map<String, String> expansionOf = new HashMap<>();
        acronymOf.forEach((expansion, acronym) -> expansionOf.putIfAbsent(acronym, expansion));
        List<Keyphrase> result = new ArrayList<>();
        Set<String> merged = new HashSet<>();
        for (String key : kept) {
            if (merged.contains(key)) {
                continue;
            }
            List<String> variants = new ArrayList<>();
            String expansion = expansionOf.get(key);
            String acronym = acronymOf.get(key);
            int papersUsing = df.get(key);
            if (expansion != null && kept.contains(expansion)) {
                variants.add(label(expansion, surface));
                merged.add(expansion);
                papersUsing = Math.max(papersUsing, df.get(expansion));
            } else if (acronym != null && kept.contains(acronym)) {
                variants.add(label(acronym, surface));
                merged.add(acronym);
                papersUsing = Math.max(papersUsing, df.get(acronym));
            }
            result.add(new Keyphrase(key, label(key, surface), variants, papersUsing));
        }
        return result;
    }

    /**
     * The phrases of these papers, merged: taken from the last extraction's, kept in the memo ({@link KnownPhrases}),
     * by the papers that came and went since, when it can be; else each paper's phrases merged anew. Kept for the next
     * extraction (by the build's first extraction, {@link #keepsMerged}), unless they are what the memo holds already.
     */
    private KnownPhrases merged(List<Paper> papers) {
        List<String> keys = papers.parallelStream().map(KeyphraseExtractor::phrasesKey).toList();
        String mergedKey = AnalysisMemo.key("keyphrase candidates merged");
        // a second extraction takes up what the first merged in this build
        byte[] kept = keepsMerged ? memo.recall(mergedKey) : memo.held(mergedKey);
        KnownPhrases last = KnownPhrases.of(kept);
        KnownPhrases updated = kept == null ? null : updated(last, papers, keys, mergedKey);
        if (updated != null) {
            recallUnread(keys);
            if (keepsMerged && !keys.equals(last.papers())) {
                keep(mergedKey, kept, updated);
            }
            return updated;
        }
        // papers are read in parallel, then merged in their order, so the result does not depend on threads
        List<PaperPhrases> perPaper = IntStream.range(0, papers.size()).parallel()
                .mapToObj(i -> phrasesOf(papers.get(i), keys.get(i))).toList();
        KnownPhrases merged = KnownPhrases.merged(keys, perPaper);
        if (keepsMerged) {
            keep(mergedKey, kept, merged);
        }
        return merged;
    }

    /**
     * The last extraction's phrases ({@code last}, read from the memo's bytes) updated to these papers, or null when
     * they cannot be: merged anew then. Phrases no build makes are told to the memo ({@link AnalysisMemo#unusable})
     * by the extraction that keeps them.
     */
    private KnownPhrases updated(KnownPhrases last, List<Paper> papers, List<String> keys, String mergedKey) {
        if (last == null) {
            return unusable(mergedKey, "merged keyphrase candidates that do not read as such");
        }
        Set<String> now = new HashSet<>(keys);
        try {
            return last.updated(keys, key -> gone(key, now), i -> phrasesOf(papers.get(i), keys.get(i)),
                    papers.stream().mapToLong(KeyphraseExtractor::textLength).sum());
        } catch (KnownPhrases.Unmerged e) {
            return unusable(mergedKey, e.getMessage());
        }
    }

    /** Tells the memo, in the extraction that keeps the merged phrases, that they are none a build makes; null. */
    private KnownPhrases unusable(String mergedKey, String why) {
        if (keepsMerged) {
            memo.unusable(mergedKey, why);
        }
        return null;
    }

    /**
     * Recalls the phrases of the papers an update did not read: the memo keeps what a build uses, and a later
     * extraction may need a paper's phrases to take them away.
     */
    private void recallUnread(List<String> keys) {
        for (String key : keys) {
            if (memo.held(key) == null) {
                memo.recall(key);
            }
        }
    }

    /** Keeps the merged phrases for the next build, in place of those {@code kept}; forgets those when too long. */
    private void keep(String mergedKey, byte[] kept, KnownPhrases merged) {
        byte[] bytes = merged.bytes();
        if (bytes != null) {
            memo.remember(mergedKey, bytes);
        } else if (kept != null) {
            memo.forget(mergedKey);
        }
    }

    /**
     * The phrases of a text no longer among the papers, as the memo keeps them; the memo then forgets them, unless a
     * paper of the same text is still there. Null when it does not have them.
     */
    private PaperPhrases gone(String key, Set<String> now) {
        byte[] bytes = memo.held(key);
        boolean recalled = bytes == null;
        if (recalled) {
            bytes = memo.recall(key);
        }
        PaperPhrases phrases = PaperPhrases.of(bytes);
        if (recalled && bytes != null && !now.contains(key)) {
            memo.forget(key);
        }
        return phrases;
    }

    /** What one paper contributes: the keys it uses and how it writes each, the acronyms it defines. */
    record PaperPhrases(Map<String, Map<String, Integer>> surface, Map<String, String> acronymOf,
            Set<String> bareAcronyms) {

        /** The bytes of the phrases, or null when one is too long to keep. */
        byte[] bytes() {
            MemoBytes.Writer out = new MemoBytes.Writer().number(surface.size());
            // most phrases are written as their key is (lower case, singular): then the form is left empty, which
            // no written form is
            surface.forEach((key, forms) -> {
                out.text(key).number(forms.size());
                forms.forEach((form, n) -> out.text(form.equals(key) ? "" : form).number(n));
            });
            out.number(acronymOf.size());
            acronymOf.forEach((expansion, acronym) -> out.text(expansion).text(acronym));
            return out.texts(bareAcronyms).bytes();
        }

        /**
         * Whether a text of this many characters can write these phrases: each way of writing one at least once (the
         * phrase is not kept otherwise), and at most once a character, where each time starts. What bounds the counts
         * merged from a memo's papers, which an altered memo could otherwise take past the largest int.
         */
        boolean fits(long characters) {
            for (Map<String, Integer> forms : surface.values()) {
                if (forms.isEmpty()) {
                    return false;
                }
                for (int n : forms.values()) {
                    if (n < 1 || n > characters) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The phrases the bytes hold, or null when they are not the bytes of a paper's phrases. */
        static PaperPhrases of(byte[] bytes) {
            return MemoBytes.decode(bytes, in -> {
                int keys = in.size(MemoBytes.Reader.TEXT_AND_NUMBER);
                Map<String, Map<String, Integer>> surface = new HashMap<>(MemoBytes.Reader.capacity(keys));
                for (int i = keys; i > 0; i--) {
                    String key = in.text();
                    int count = in.size(MemoBytes.Reader.TEXT_AND_NUMBER);
                    // nearly every phrase is written one way in a paper: a map of one, without a table
                    Map<String, Integer> forms = count == 1 ? null : new HashMap<>(MemoBytes.Reader.capacity(count));
                    for (int j = count; j > 0; j--) {
                        String form = in.text();
                        String written = form.isEmpty() ? key : form;
                        int n = in.number();
                        if (forms == null) {
                            forms = Map.of(written, n);
                        } else {
                            forms.put(written, n);
                        }
                    }
                    surface.put(key, forms);
                }
                Map<String, String> acronymOf = new LinkedHashMap<>();
                for (int i = in.size(); i > 0; i--) {
                    acronymOf.put(in.text(), in.text());
                }
                Set<String> bareAcronyms = in.hashSet();
                return new PaperPhrases(surface, acronymOf, bareAcronyms);
            });
        }
    }

    /**
     * A paper's phrases, as an earlier extraction of this build or an earlier build read them from the same title and
     * abstract, or read now. A build may extract twice (the settled papers tagged alone, {@link SettledTags}), from
     * samples that share most of their papers.
     */
    private PaperPhrases phrasesOf(Paper p, String key) {
        byte[] bytes = memo.held(key);
        if (bytes == null) {
            bytes = memo.recall(key);
        }
        PaperPhrases known = PaperPhrases.of(bytes);
        if (known != null && known.fits(textLength(p))) {
            return known;
        }
        if (known != null) {
            memo.unusable(key, "a paper's phrase written less than once, or more often than its text has characters");
        } else if (bytes != null) {
            memo.forget(key);
        }
        PaperPhrases read = read(p);
        byte[] made = read.bytes();
        if (made != null) {
            memo.remember(key, made);
        }
        return read;
    }

    /** The characters of the text a paper's phrases are read from ({@link #read}). */
    private static long textLength(Paper p) {
        return p.title().length() + 2L + p.abstractText().length();
    }

    private static String phrasesKey(Paper p) {
        return AnalysisMemo.key("keyphrase candidates", p.title(), p.abstractText());
    }

    private PaperPhrases read(Paper p) {
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        Map<String, String> acronymOf = new java.util.LinkedHashMap<>();
        Set<String> bareAcronyms = new HashSet<>();
        String text = p.title() + ". " + p.abstractText();
        stretches(text, (from, to) -> phrases(text, from, to, surface));
        names(text, surface, bareAcronyms);
        definitions(text, acronymOf);
        return new PaperPhrases(surface, acronymOf, bareAcronyms);
    }

    /** A stretch of a text, from one index to another: what is between its separators, or a word. */
    @FunctionalInterface
    interface Stretch {
        void accept(int from, int to);
    }

    /**
     * The stretches of a text between its punctuation (sentence marks, brackets, quotes) and its dashes set apart by
     * white space (" - ", " — "), in order; some may be empty. A phrase does not cross one of those. By hand rather
     * than by splitting on a pattern: the pattern was tried at every character of every abstract, and each stretch
     * made a string.
     */
    static void stretches(String text, Stretch each) {
        int n = text.length();
        int from = 0;
        int i = 0;
        while (i < n) {
            int separator = separatorAt(text, i);
            if (separator > 0) {
                each.accept(from, i);
                i += separator;
                from = i;
            } else {
                i++;
            }
        }
        each.accept(from, n);
    }

    /**
     * How long the separator of stretches starting at {@code i} is, 0 when none starts there: a mark of punctuation,
     * or a dash with white space (as a pattern's {@code \s} means it: ASCII spaces, tabs and line ends) on both sides.
     * Asked of every character of every text read, hence a switch rather than a search of a string of marks.
     */
    private static int separatorAt(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”', '\'', '’':
                return 1;
            default:
                return isSpace(c) && i + 2 < text.length() && isDash(text.charAt(i + 1)) && isSpace(text.charAt(i + 2))
                        ? 3 : 0;
        }
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The phrases of a stretch of text without punctuation. Words are taken whole, so that hyphenated
     * compounds ("large-scale", "text-to-video") stay one word: a phrase never starts in the middle of one.
     */
    private void phrases(String text, int from, int to, Map<String, Map<String, Integer>> surface) {
        List<String[]> run = new ArrayList<>();
        runs(text, from, to, (start, end) -> {
            Token word = wordIn(text, start, end);
            String normal = word == null ? "" : word.normal();
            if (normal.isEmpty() || Stopwords.isFunctionWord(normal) && !INNER.contains(normal)
                    || TextAnalyzer.isNumber(normal, ' ')) {
                addGrams(run, surface);
                run.clear();
            } else {
                run.add(new String[] {word.original(), normal});
            }
        });
        addGrams(run, surface);
    }

    /**
     * The word {@code text} holds from {@code from} to {@code to} (a run without white space, between white space or
     * separators), without the characters other than letters and numbers at its ends ({@link #trimToLettersAndNumbers}),
     * and its normal form; null when nothing is left.
     */
    private Token wordIn(String text, int from, int to) {
        int start = firstLetterOrNumber(text, from, to);
        int end = afterLastLetterOrNumber(text, start, to);
        if (start == end) {
            return null;
        }
        return phraseWords.token(text, start, end);
    }

    private static List<String> words(String chunk) {
        List<String> words = new ArrayList<>();
        runs(chunk, 0, chunk.length(), (start, end) -> words.add(chunk.substring(start, end)));
        return words;
    }

    /** The runs of characters other than white space that {@code text} holds from {@code from} to {@code to}, in order. */
    private static void runs(String text, int from, int to, Stretch each) {
        int i = from;
        while (i < to) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            each.accept(i, end);
            i = end;
        }
    }

    private static void addGrams(List<String[]> run, Map<String, Map<String, Integer>> surface) {
        int n = run.size();
        String[] normals = new String[n];
        String[] written = new String[n];
        for (int i = 0; i < n; i++) {
            written[i] = run.get(i)[0];
            normals[i] = run.get(i)[1];
        }
        for (int i = 0; i < n; i++) {
            for (int len = 2; len <= MAX_WORDS && i + len <= n; len++) {
                if (!PhraseShape.isTopical(normals, written, i, i + len)) {
                    continue;
                }
                StringBuilder key = new StringBuilder(normals[i]);
                StringBuilder form = new StringBuilder(written[i]);
                for (int k = i + 1; k < i + len; k++) {
                    key.append(' ').append(normals[k]);
                    form.append(' ').append(written[k]);
                }
                record(key.toString(), form.toString(), surface);
            }
        }
    }

    /**
     * The word without the characters other than letters and numbers at its ends. By hand: the pattern
     * {@code [^\p{L}\p{N}]+$} rescans from every position of a long run of punctuation inside a word.
     */
    private static String trimToLettersAndNumbers(String raw) {
        int start = firstLetterOrNumber(raw, 0, raw.length());
        return raw.substring(start, afterLastLetterOrNumber(raw, start, raw.length()));
    }

    /** Where the first letter or number from {@code from} on, before {@code to}, starts; {@code to} if there is none. */
    private static int firstLetterOrNumber(String text, int from, int to) {
        int start = from;
        while (start < to && !isLetterOrNumber(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        return start;
    }

    /** Where the last letter or number before {@code to}, after {@code from}, ends; {@code from} if there is none. */
    private static int afterLastLetterOrNumber(String text, int from, int to) {
        int end = to;
        while (end > from && !isLetterOrNumber(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return end;
    }

    /** What {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private void names(String text, Map<String, Map<String, Integer>> surface, Set<String> bareAcronyms) {
        nameShapedWords(text, (start, end) -> {
            // the letters are looked at in the text, and only a word shaped like a name is made a string; all are ASCII
            int capitals = 0;
            boolean digit = false;
            int letters = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
                digit |= c >= '0' && c <= '9';
                letters += c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? 1 : 0;
            }
            boolean letterAndDigit = digit && letters > 0;
            boolean inner = capitals >= 2 || letterAndDigit && capitals >= 1;
            if (end - start < 3 || letters < 2 || !inner) {
                return;
            }
            String name = text.substring(start, end);
            if (hasPlainWordPart(name)) {
                return;
            }
            if (isBareAcronym(name)) {
                bareAcronyms.add(analyzer.normalisePhrase(name));
            }
            String key = analyzer.normalisePhrase(name);
            if (!key.isEmpty() && !Stopwords.isStopword(key) && !PhraseShape.isGenericName(name)) {
                record(key, stripPlural(name), surface);
            }
        });
    }

    /**
     * The words of a text written like names of methods, models and datasets ("ActivityNet", "MSR-VTT", "GPT-4",
     * "Panda-70M"), in order: what the pattern {@code (?<![\w-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,20}(?![\w-])}
     * finds. Neither end of a match may touch a word character or a hyphen, so a match is a whole run of them, and
     * each run is matched or not as a whole: the runs are looked at by hand. The pattern was tried at every word of
     * every abstract, and nearly all of them are plain words.
     */
    static void nameShapedWords(String text, Stretch each) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordOrHyphen(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isWordOrHyphen(text.charAt(end))) {
                end++;
            }
            if (isNameShaped(text, i, end)) {
                each.accept(i, end);
            }
            i = end;
        }
    }

    /** What {@code [\w-]} matches: an ASCII letter or digit, an underscore or a hyphen. */
    private static boolean isWordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /**
     * Whether a run of word characters and hyphens is a name: a letter first, no underscore, and each of at most
     * {@link #MAX_NAME_HYPHENS} hyphens followed by a letter or digit.
     */
    private static boolean isNameShaped(String text, int from, int to) {
        char first = text.charAt(from);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        int hyphens = 0;
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                return false;
            }
            if (c == '-' && (++hyphens > MAX_NAME_HYPHENS || i + 1 == to || text.charAt(i + 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** "AI-based", "end-to-End": a hyphenated word with a plain lower-case part is a compound, not a name. */
    private static boolean hasPlainWordPart(String name) {
        if (!name.contains("-")) {
            return false;
        }
        for (String part : name.split("-")) {
            if (part.length() > 1 && part.chars().allMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    /** A short all-capitals word without digits: "SWA", "MDS". Ambiguous unless some paper defines it. */
    private static boolean isBareAcronym(String name) {
        return name.length() <= 4 && name.chars().allMatch(Character::isUpperCase);
    }

    private void definitions(String text, Map<String, String> acronymOf) {
        Matcher m = BRACKETED_ACRONYM.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            List<String> before = words(text.substring(Math.max(0, m.start() - 120), m.start()));
            List<String> candidates = new ArrayList<>();
            for (int i = before.size() - 1; i >= 0 && candidates.size() < 6; i--) {
                String w = trimToLettersAndNumbers(before.get(i));
                if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || !before.get(i).equals(w) && i != before.size() - 1) {
                    break;
                }
                candidates.add(0, w);
            }
            String letters = acronym.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
            // the expansion is the shortest tail of the preceding words whose initials spell the acronym
            for (int start = candidates.size() - 1; start >= 0; start--) {
                StringBuilder initials = new StringBuilder();
                for (int i = start; i < candidates.size(); i++) {
                    for (String part : candidates.get(i).split("-")) {
                        if (!part.isEmpty()) {
                            initials.append(Character.toLowerCase(part.charAt(0)));
                        }
                    }
                }
                if (initials.toString().equals(letters)) {
                    String expansion = analyzer.normalisePhrase(String.join(" ", candidates.subList(start, candidates.size())));
                    acronymOf.putIfAbsent(expansion, analyzer.normalisePhrase(acronym));
                    break;
                }
            }
        }
    }

    /**
     * The phrases that stand inside a longer phrase used by at least 80 % as many papers: found by
     * listing each phrase's inner phrases, linear in the number of phrases.
     */
    private static Set<String> partsOfLongerPhrases(List<String> keys, Map<String, Integer> df) {
        Set<String> parts = new HashSet<>();
        for (String longer : keys) {
            String[] words = longer.split(" ");
            for (int from = 0; from < words.length; from++) {
                for (int to = from + 1; to <= words.length; to++) {
                    if (to - from == words.length) {
                        continue;
                    }
                    String inner = String.join(" ", Arrays.asList(words).subList(from, to));
                    Integer n = df.get(inner);
                    if (n != null && df.get(longer) >= 0.8 * n) {
                        parts.add(inner);
                    }
                }
            }
        }
        return parts;
    }

    private static void record(String key, String written, Map<String, Map<String, Integer>> surface) {
        surface.computeIfAbsent(key, k -> new HashMap<>()).merge(written, 1, Integer::sum);
    }

    private static String stripPlural(String name) {
        return name.length() > 3 && name.endsWith("s") && Character.isUpperCase(name.charAt(name.length() - 2))
                ? name.substring(0, name.length() - 1) : name;
    }

    /** The most frequent way the phrase is written; a lower-case phrase starts with a capital. */
    private static String label(String key, Map<String, Map<String, Integer>> surface) {
        Map<String, Integer> forms = surface.getOrDefault(key, Map.of(key, 1));
        String best = forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(key);
        if (best.equals(best.toLowerCase(Locale.ROOT))) {
            return Character.toUpperCase(best.charAt(0)) + best.substring(1);
        }
        return best;
    }
}
