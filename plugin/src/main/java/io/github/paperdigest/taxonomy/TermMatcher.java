package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the vocabulary's terms in a text in one pass over its words: phrases are indexed by their
 * first word, so the cost grows with the text, not with the size of the vocabulary.
 */
public final class TermMatcher {

    private record Phrase(String termId, String[] normal, String[] exact) {
    }

    private record TermPattern(String termId, Pattern pattern) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<TermPattern> patterns = new ArrayList<>();
    private final TextAnalyzer analyzer;
    private int longestPhrase;

    TermMatcher(List<TermDefinition> terms, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (TermDefinition t : terms) {
            for (String phrase : Vocabulary.phrases(t)) {
                List<Token> tokens = analyzer.tokens(phrase);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] normal = tokens.stream().map(Token::normal).toArray(String[]::new);
                longestPhrase = Math.max(longestPhrase, normal.length);
                // a phrase written in capitals is an acronym: "RAG" must not match "rag"
                boolean acronym = phrase.chars().anyMatch(Character::isUpperCase)
                        && phrase.chars().noneMatch(Character::isLowerCase) && phrase.length() <= 8;
                String[] exact = acronym ? tokens.stream().map(Token::original).toArray(String[]::new) : null;
                byFirstWord.computeIfAbsent(normal[0], k -> new ArrayList<>()).add(new Phrase(t.id(), normal, exact));
            }
            for (String p : t.patterns()) {
                patterns.add(new TermPattern(t.id(), Pattern.compile(p)));
            }
        }
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
        List<Token> tokens = analyzer.tokens(text);
        List<int[]> spans = new ArrayList<>();
        List<String> spanTerms = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(tokens.get(i).normal());
            if (candidates == null) {
                continue;
            }
            Map<String, Integer> longestPerTerm = new LinkedHashMap<>();
            for (Phrase p : candidates) {
                if (matches(p, tokens, i)) {
                    longestPerTerm.merge(p.termId(), p.normal().length, Math::max);
                }
            }
            for (Map.Entry<String, Integer> match : longestPerTerm.entrySet()) {
                spans.add(new int[] {i, i + match.getValue()});
                spanTerms.add(match.getKey());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            if (!insideLongerSpan(spans, k)) {
                counts.merge(spanTerms.get(k), 1, Integer::sum);
            }
        }
        for (TermPattern tp : patterns) {
            Matcher m = tp.pattern().matcher(text);
            while (m.find()) {
                counts.merge(tp.termId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How many of the text's words some term's phrase covers; with {@link TextAnalyzer#tokens}, how much is named. */
    public int coveredWords(String text) {
        List<Token> tokens = analyzer.tokens(text);
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(tokens.get(i).normal());
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (matches(p, tokens, i)) {
                    for (int k = 0; k < p.normal().length; k++) {
                        covered[i + k] = true;
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

    /** Spans are ordered by start, and no phrase is longer than {@link #longestPhrase} words. */
    private boolean insideLongerSpan(List<int[]> spans, int k) {
        int[] span = spans.get(k);
        for (int j = k; j >= 0 && spans.get(j)[0] >= span[0] - longestPhrase; j--) {
            if (covers(spans.get(j), span)) {
                return true;
            }
        }
        for (int j = k + 1; j < spans.size() && spans.get(j)[0] == span[0]; j++) {
            if (covers(spans.get(j), span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(int[] outer, int[] inner) {
        return outer[0] <= inner[0] && inner[1] <= outer[1] && outer[1] - outer[0] > inner[1] - inner[0];
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
