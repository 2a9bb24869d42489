package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words and normalises them so that "LLMs", "LLM" and "llm", or "video-language"
 * and "video language", compare equal. Hyphens, slashes and other punctuation separate words;
 * plurals are reduced to the singular by a light, predictable stemmer (not Porter's, whose stems
 * such as "gener" would make poor tag labels).
 */
public final class TextAnalyzer {

    private static final Set<String> KEEP_S = Set.of("series", "species", "news", "lens", "bias", "gas", "chaos",
            "canvas", "atlas", "corpus", "status", "virus", "focus", "consensus", "thesis", "analysis", "basis",
            "axis", "synthesis", "diagnosis", "hypothesis", "emphasis", "genesis", "physics", "robotics",
            "graphics", "dynamics", "statistics", "linguistics", "economics", "ethics", "semantics", "analytics",
            "kinematics", "optics", "mechanics", "mathematics", "electronics", "genomics", "proteomics",
            "metrics", "this", "its", "is", "was", "has", "us", "as", "yes", "plus", "versus", "previous",
            "various", "numerous", "famous", "continuous", "autonomous", "heterogeneous", "homogeneous",
            "simultaneous", "spontaneous", "ambiguous", "rigorous", "always", "perhaps", "across", "less",
            "unless", "class", "mass", "pass", "loss", "process", "access", "success", "progress", "stress",
            "express", "address", "gauss", "gpus", "tpus");

    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>(wordsIn(text.length()));
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !TextFolding.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            int hash = 0; // the word's String.hashCode, found as the word is: KnownWords looks it up by it
            while (i < n && (TextFolding.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                hash = 31 * hash + text.charAt(i);
                i++;
            }
            if (i > start) {
                tokens.add(known.token(text, start, i, hash));
            }
        }
        return tokens;
    }

    /**
     * Whether a word (or normal form) is digits alone, with the separator a number may hold: "4.5" for related papers,
     * "2 3" for keyphrases. By hand, not by a stream of its characters: this is asked of every word of every paper.
     */
    static boolean isNumber(String word, char separator) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != separator) {
                return false;
            }
        }
        return true;
    }

    /**
     * About how many words a text of this many characters holds, one in six, to size a list of them: grown from ten,
     * an abstract's list was copied eight times, which with {@link RelatedPapers}' list of content words was a
     * twentieth of a rebuild's samples.
     */
    static int wordsIn(int characters) {
        return characters / 6 + 1;
    }

    /** Words met before, with their normal forms ({@link KnownWords}), up to {@link #KNOWN_WORDS} of them. */
    private final KnownWords known = new KnownWords(KNOWN_WORDS, TextAnalyzer::normalForm);
    static final int KNOWN_WORDS = 1 << 18;

    /** The normal form of one word. */
    public String normalise(String word) {
        return known.token(word, 0, word.length(), word.hashCode()).normal();
    }

    private static String normalForm(String word) {
        String lower = TextFolding.withoutAccents(word).toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return singular(lower);
    }

    /** The normal forms of a phrase's words, joined by single spaces. */
    public String normalisePhrase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens(phrase)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t.normal());
        }
        return out.toString();
    }

    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !w.endsWith("s") || KEEP_S.contains(w) || !Character.isLetter(w.charAt(n - 2))) {
            return acronymPlural(w);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("zes") && !w.endsWith("izes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    /** "llms", "vlms", "gans", "nerfs": short plurals of acronyms. */
    private static String acronymPlural(String w) {
        int n = w.length();
        if (n >= 3 && n <= 4 && w.endsWith("s") && !KEEP_S.contains(w) && Character.isLetter(w.charAt(n - 2))
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isInnerMark(String text, int i) {
        // keep "GPT-4" and "4.5" apart from sentence punctuation: a dot between digits stays in the word
        char c = text.charAt(i);
        return c == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }
}
