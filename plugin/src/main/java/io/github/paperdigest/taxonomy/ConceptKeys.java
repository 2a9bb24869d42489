package io.github.paperdigest.taxonomy;

/**
 * The one rule for when two tag phrases name one concept: the same words in the same order, each in its normal form
 * ({@link TextAnalyzer}: case, accents, hyphens and plurals do not count) and with an "-ing" form counting as its stem.
 * "Generative models", "generative modeling" and "Generative Modelling" are one concept; so are "prompts" and
 * "prompting", as the built-in vocabulary already lists them ("video edit" and "video editing" are one term there).
 *
 * <p>Conservative on purpose, as the labelled arXiv corpus showed where the other candidate rules go wrong: word order
 * counts ("segmentation masks" are no "mask segmentation", "text-to-video" no "video-to-text"); "-ation" is not
 * stripped ("video segments" are no "video segmentation", "limits" no "limitation"), nor "-ed" ("targeted data"), nor
 * "-er" ("larger models"), nor is a dropped "e" put back ("medical imaging" is no "medical image").
 */
final class ConceptKeys {

    /** The shortest stem an "-ing" leaves: "string" and "thing" are words of their own. */
    private static final int MIN_STEM = 3;

    private final TextAnalyzer analyzer;

    ConceptKeys(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The key of the concept a phrase names: equal for two phrases of one concept. */
    String of(String phrase) {
        StringBuilder key = new StringBuilder();
        for (Token t : analyzer.tokens(phrase)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(stem(t.normal()));
        }
        return key.toString();
    }

    /**
     * A word without its "-ing", and without the consonant English doubles before it ("modelling", "splatting",
     * "mapping"); as it is when it has no "-ing" or too little would be left.
     */
    static String stem(String word) {
        int end = word.length() - "ing".length();
        if (!word.endsWith("ing") || end < MIN_STEM || !lettersWithAVowel(word, end)) {
            return word;
        }
        char last = word.charAt(end - 1);
        boolean doubled = last == word.charAt(end - 2) && "bdfglmnprtvz".indexOf(last) >= 0;
        return word.substring(0, doubled ? end - 1 : end);
    }

    private static boolean lettersWithAVowel(String word, int end) {
        boolean vowel = false;
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
            vowel |= "aeiouy".indexOf(c) >= 0;
        }
        return vowel;
    }
}
