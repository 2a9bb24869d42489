package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the vocabulary's terms in a text in one pass over its words: phrases are indexed by their
 * first word, so the cost grows with the text, not with the size of the vocabulary.
 */
public final class TermMatcher {

    private record Phrase(String termId, String[] normal, String[] exact) {
    }

    private record TermPattern(String termId, Pattern pattern, int line) {
    }

    /**
     * The phrases that start with one word: those of the word alone, and the longer ones by their second word ("video
     * generation"), looked up without building a key string for every word of every text.
     */
    private static final class Starts {
        private final List<Phrase> alone = new ArrayList<>();
        private final Map<String, List<Phrase>> bySecondWord = new HashMap<>();

        /** The phrases of two words or more that may start at a position: those of its word and the next. */
        List<Phrase> longerAt(List<Token> tokens, int i) {
            if (bySecondWord.isEmpty() || i + 1 >= tokens.size()) {
                return List.of();
            }
            return bySecondWord.getOrDefault(tokens.get(i + 1).normal(), List.of());
        }
    }

    /** By their first word: one look-up a word of a text, and most words start no phrase. */
    private final Map<String, Starts> byFirstWord = new HashMap<>();
    private final List<TermPattern> patterns = new ArrayList<>();
    /**
     * The steps all patterns together may take on a text, in budgets of one pattern ({@link BoundedText}): room for
     * thousands of patterns that open with a word, which the matcher tries only where that word is.
     */
    static final long PATTERN_BUDGETS_PER_TEXT = 10;
    private final TextAnalyzer analyzer;
    /** The file the patterns come from, for messages. */
    private final String patternSource;
    private final PossibleTerms possible;
    /**
     * The hash of what decides the matcher's counts: each term's id, phrases (their words as they are matched) and
     * patterns. The order of the terms and of their phrases decides only the order in which {@link #count} lists
     * terms, so it is left out: the keyphrases a corpus yields come most used first, and one more paper reorders them
     * without changing them.
     */
    private final String fingerprint;
    private final TermShingles shingles;

    TermMatcher(List<TermDefinition> terms, TextAnalyzer analyzer) {
        this(terms, analyzer, "the taxonomy");
    }

    TermMatcher(List<TermDefinition> terms, TextAnalyzer analyzer, String patternSource) {
        this.analyzer = analyzer;
        this.patternSource = patternSource;
        // each phrase and pattern once per time it is given: a pattern given twice counts its matches twice
        List<String> decisive = new ArrayList<>();
        Map<String, List<String>> decisiveOfTerm = new HashMap<>();
        Map<String, List<int[]>> shingled = new HashMap<>();
        Set<String> patterned = new HashSet<>();
        for (TermDefinition t : terms) {
            List<String> own = decisiveOfTerm.computeIfAbsent(t.id(), k -> new ArrayList<>());
            t.patterns().forEach(pattern -> own.add(AnalysisMemo.key(t.id(), "pattern", pattern)));
            if (!t.patterns().isEmpty()) {
                patterned.add(t.id());
            }
            for (String phrase : Vocabulary.phrases(t)) {
                List<Token> tokens = analyzer.tokens(phrase);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] normal = tokens.stream().map(Token::normal).toArray(String[]::new);
                // a phrase written in capitals is an acronym: "RAG" must not match "rag"
                boolean acronym = phrase.chars().anyMatch(Character::isUpperCase)
                        && phrase.chars().noneMatch(Character::isLowerCase) && phrase.length() <= 8;
                String[] exact = acronym ? tokens.stream().map(Token::original).toArray(String[]::new) : null;
                Phrase indexed = new Phrase(t.id(), normal, exact);
                // the phrase as it is matched, not as it is written: a keyphrase whose label a new digest writes in
                // other capitals ("Visual encoder", "visual encoder") is the same term to every text
                own.add(AnalysisMemo.key(t.id(), "phrase", String.join(" ", normal),
                        exact == null ? "" : "written " + String.join(" ", exact)));
                shingled.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(TextShingles.ofPhrase(normal));
                Starts starts = byFirstWord.computeIfAbsent(normal[0], k -> new Starts());
                if (normal.length == 1) {
                    starts.alone.add(indexed);
                } else {
                    starts.bySecondWord.computeIfAbsent(normal[1], k -> new ArrayList<>()).add(indexed);
                }
            }
            for (String p : t.patterns()) {
                patterns.add(new TermPattern(t.id(), Pattern.compile(p), t.line()));
            }
        }
        Map<String, String> termKeys = new HashMap<>();
        decisiveOfTerm.forEach((id, own) -> {
            decisive.addAll(own);
            own.sort(null);
            termKeys.put(id, AnalysisMemo.key(own.toArray(String[]::new)));
        });
        decisive.sort(null);
        this.fingerprint = AnalysisMemo.key(decisive.toArray(String[]::new));
        this.shingles = new TermShingles(fingerprint, termKeys, shingled, patterned);
        this.possible = new PossibleTerms(shingles);
    }

    /** Equal for two matchers that count the same terms in every text (given the same code). */
    String fingerprint() {
        return fingerprint;
    }

    /** What decides which terms a text may hold, to tell the next build's matcher from this one. */
    TermShingles shingles() {
        return shingles;
    }

    /** The hash of the terms a text with these shingles may hold ({@link PossibleTerms}). */
    String fingerprintFor(TextShingles text) {
        return possible.fingerprintFor(text);
    }

    /**
     * How many times each term occurs in the text, in order of first occurrence. Where phrases of two
     * terms overlap, both count ("long video generation" is "long video" and "video generation"); a
     * phrase inside a longer phrase of another term does not ("summarization" in "video
     * summarization", "large language model" in "multimodal large language model"), nor does a phrase
     * inside a longer phrase of the same term ("video generation" in "text to video generation" is one
     * mention).
     */
    public Map<String, Integer> count(String text) {
        return count(analyzer.tokens(text), text);
    }

    /** As {@link #count(String)}, for a text already split into words by the same analyzer. */
    public Map<String, Integer> count(List<Token> tokens, String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> spanTerms = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Starts starts = byFirstWord.get(tokens.get(i).normal());
            if (starts == null) {
                continue;
            }
            // each list on its own, not a list of the two: this runs for every word of every paper, and the lists
            // and iterators made here were a twentieth of what a build of 100,000 papers allocated
            int firstOfPosition = spans.size();
            addMatches(starts.alone, tokens, i, spans, spanTerms, firstOfPosition);
            addMatches(starts.longerAt(tokens, i), tokens, i, spans, spanTerms, firstOfPosition);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        countOutermost(spans, spanTerms, counts);
        countPatterns(text, counts);
        return counts;
    }

    /**
     * Every pattern's matches, within a budget of steps for them all together ({@link #PATTERN_BUDGETS_PER_TEXT} times
     * one pattern's): a hundred patterns that each just keep within their own budget would otherwise hold the build a
     * hundred times as long, for every paper.
     */
    private void countPatterns(String text, Map<String, Integer> counts) {
        long allowed = PATTERN_BUDGETS_PER_TEXT * BoundedText.budgetFor(text);
        long[] steps = new long[patterns.size()];
        long total = 0;
        for (int i = 0; i < patterns.size(); i++) {
            steps[i] = countMatches(patterns.get(i), text, counts);
            total += steps[i];
            if (total > allowed) {
                throw tooSlowTogether(steps, i, text, allowed);
            }
        }
    }

    private TaxonomyException tooSlowTogether(long[] steps, int last, String text, long allowed) {
        List<Integer> slowest = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            slowest.add(i);
        }
        slowest.sort((a, b) -> Long.compare(steps[b], steps[a]));
        StringBuilder named = new StringBuilder();
        for (int i : slowest.subList(0, Math.min(3, slowest.size()))) {
            TermPattern tp = patterns.get(i);
            named.append(named.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "tag '%s' /%s/ (line %d, %,d"
                    + " steps)", tp.termId(), TaxonomyParser.shownPattern(tp.pattern().pattern()), tp.line(), steps[i]));
        }
        TermPattern first = patterns.get(slowest.get(0));
        return new TaxonomyException(patternSource, first.line(), String.format(Locale.ROOT, "the %,d patterns of the"
                + " taxonomy's tags take too long to match together: more than %,d steps on a text of %,d characters, which"
                + " every paper would cost. The slowest: %s. A pattern that opens with a repetition (such as .{0,400} or"
                + " .*) is tried again from every character of the text: open it with a word, such as \\bshot, or use"
                + " aliases instead", patterns.size(), allowed, text.length(), named));
    }

    /**
     * A pattern's matches, within a budget of steps: one that backtracks catastrophically fails the build. Returns the
     * steps it took.
     */
    private long countMatches(TermPattern tp, String text, Map<String, Integer> counts) {
        BoundedText bounded = new BoundedText(text);
        Matcher m = tp.pattern().matcher(bounded);
        try {
            while (m.find()) {
                counts.merge(tp.termId(), 1, Integer::sum);
            }
            return bounded.steps();
        } catch (BoundedText.TooManySteps slow) {
            throw new TaxonomyException(patternSource, tp.line(), String.format(Locale.ROOT, "tag '%s': pattern /%s/ takes"
                    + " too long to match: more than %,d steps on a text of %,d characters, which means it backtracks"
                    + " catastrophically. Rewrite it without a repetition inside a repetition (such as (.*a){25} or"
                    + " (a+)+), or use aliases instead", tp.termId(), tp.pattern().pattern(), slow.budget(), text.length()));
        } catch (StackOverflowError deep) {
            // Java's matcher recurses once for each repetition of a group with alternatives: a long enough word in
            // a digest (a DNA sequence, a hash) takes it past any thread's stack. The build fails as a mistake of the
            // pattern, not of the plugin, and the stack it used is back once this is thrown.
            throw new TaxonomyException(patternSource, tp.line(), String.format(Locale.ROOT, "tag '%s': pattern /%s/"
                    + " needs more stack than a pattern may use to match a text of %,d characters: a repeated group of"
                    + " alternatives, such as (\\w|-)+, recurses once for each character it repeats over. Use a"
                    + " character class instead, such as [\\w-]+, or aliases", tp.termId(), tp.pattern().pattern(),
                    text.length()));
        }
    }

    /** Adds the span of each candidate phrase found at a position ({@link #addLongest}). */
    private static void addMatches(List<Phrase> candidates, List<Token> tokens, int at, List<int[]> spans,
            List<String> spanTerms, int firstOfPosition) {
        for (int k = 0; k < candidates.size(); k++) {
            Phrase p = candidates.get(k);
            if (matches(p, tokens, at)) {
                addLongest(spans, spanTerms, firstOfPosition, at, p);
            }
        }
    }

    /** Keeps one span per term at a position: its longest phrase there. */
    private static void addLongest(List<int[]> spans, List<String> spanTerms, int from, int at, Phrase p) {
        for (int k = from; k < spans.size(); k++) {
            if (spanTerms.get(k).equals(p.termId())) {
                spans.get(k)[1] = Math.max(spans.get(k)[1], at + p.normal().length);
                return;
            }
        }
        spans.add(new int[] {at, at + p.normal().length});
        spanTerms.add(p.termId());
    }

    /** How many of the text's words some term's phrase covers; with {@link TextAnalyzer#tokens}, how much is named. */
    public int coveredWords(String text) {
        List<Token> tokens = analyzer.tokens(text);
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Starts starts = byFirstWord.get(tokens.get(i).normal());
            if (starts == null) {
                continue;
            }
            for (List<Phrase> candidates : List.of(starts.alone, starts.longerAt(tokens, i))) {
                for (Phrase p : candidates) {
                    if (matches(p, tokens, i)) {
                        for (int k = 0; k < p.normal().length; k++) {
                            covered[i + k] = true;
                        }
                    }
                }
            }
        }
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return n;
    }

    /**
     * Counts the term of each span that no longer span covers, in the spans' order. The spans are ordered by start, so
     * one pass knows the furthest end of those that start before a span, which covers it when it reaches as far (it
     * is longer, as it starts earlier), and of those that start with it, which covers it when it reaches further. A
     * span compared with its neighbours within the longest phrase's reach was a fifth of tagging 100,000 papers.
     */
    private static void countOutermost(List<int[]> spans, List<String> spanTerms, Map<String, Integer> counts) {
        int furthestBefore = Integer.MIN_VALUE;
        for (int first = 0, next; first < spans.size(); first = next) {
            int start = spans.get(first)[0];
            int furthestHere = Integer.MIN_VALUE;
            for (next = first; next < spans.size() && spans.get(next)[0] == start; next++) {
                furthestHere = Math.max(furthestHere, spans.get(next)[1]);
            }
            for (int k = first; k < next; k++) {
                int end = spans.get(k)[1];
                if (furthestBefore < end && furthestHere <= end) {
                    counts.merge(spanTerms.get(k), 1, Integer::sum);
                }
            }
            furthestBefore = Math.max(furthestBefore, furthestHere);
        }
    }

    private static boolean matches(Phrase p, List<Token> tokens, int at) {
        if (at + p.normal().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.normal().length; k++) {
            Token t = tokens.get(at + k);
            if (!t.normal().equals(p.normal()[k]) || p.exact() != null && !sameAcronym(t.original(), p.exact()[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAcronym(String written, String acronym) {
        return written.equals(acronym) || written.length() == acronym.length() + 1 && written.startsWith(acronym)
                && written.endsWith("s");
    }
}
