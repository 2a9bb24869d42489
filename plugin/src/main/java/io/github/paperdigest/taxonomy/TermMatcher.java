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

    TermMatcher(List<TermDefinition> terms, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (TermDefinition t : terms) {
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
                byFirstWord.computeIfAbsent(normal[0], k -> new ArrayList<>()).add(new Phrase(t.id(), normal, exact));
            }
            for (String p : t.patterns()) {
                patterns.add(new TermPattern(t.id(), Pattern.compile(p)));
            }
        }
    }

    /** How many times each term occurs in the text, in order of first occurrence. */
    public Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Token> tokens = analyzer.tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            List<Phrase> candidates = byFirstWord.get(tokens.get(i).normal());
            int longest = 0;
            List<String> matched = new ArrayList<>(2);
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (matches(p, tokens, i)) {
                        if (p.normal().length > longest) {
                            longest = p.normal().length;
                            matched.clear();
                        }
                        if (p.normal().length == longest && !matched.contains(p.termId())) {
                            matched.add(p.termId());
                        }
                    }
                }
            }
            for (String id : matched) {
                counts.merge(id, 1, Integer::sum);
            }
            // overlapping phrases of other terms still count: "long video generation" is both
            // "long video" and "video generation"
            i++;
        }
        for (TermPattern tp : patterns) {
            Matcher m = tp.pattern().matcher(text);
            while (m.find()) {
                counts.merge(tp.termId(), 1, Integer::sum);
            }
        }
        return counts;
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
