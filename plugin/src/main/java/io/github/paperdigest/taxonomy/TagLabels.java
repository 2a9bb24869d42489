package io.github.paperdigest.taxonomy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one casing rule of tag labels, whoever wrote them (a digest's tags, a phrase found in titles, the vocabulary):
 * sentence case. The first letter is upper case; a later word in title case ("Large-Scale", "Action") is lower
 * case, unless it is one of the proper names the field's phrases carry (Gaussian, Bayesian); a word with a capital
 * anywhere but first, or with a digit (NeRF, LLMs, T2V, 3D, GPT-4), is an acronym or a name and stays as written.
 */
public final class TagLabels {

    /** Proper names that phrases of machine-learning papers carry in title case. */
    private static final Set<String> PROPER_NAMES = Set.of("gaussian", "bayesian", "markov", "monte", "carlo",
            "euler", "langevin", "fourier", "hamiltonian", "lagrangian", "wasserstein", "kalman", "newton",
            "boltzmann", "hessian", "jacobian", "laplace", "laplacian", "bellman", "nash", "shapley", "riemannian",
            "lipschitz", "hilbert", "poisson", "dirichlet", "gibbs", "turing", "hopfield", "kolmogorov", "hebbian",
            "english", "chinese", "japanese", "korean", "arabic", "french", "german", "spanish", "internet",
            "wikipedia", "python", "minecraft", "atari", "github", "youtube", "imagenet");
    /** A word as the rule sees it: "Zero-Shot" is two, "3D" and "GPT4" one each. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TagLabels() {
    }

    /** The label in the site's casing: "reading group" is "Reading group", "Zero-Shot Action" "Zero-shot action". */
    public static String sentenceCase(String label) {
        String text = label.strip();
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = m.group();
            out.append(first ? capitalised(word) : inSentence(word));
            first = false;
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static String capitalised(String word) {
        if (keptAsWritten(word)) {
            return word;
        }
        int firstLength = Character.charCount(word.codePointAt(0));
        return word.substring(0, firstLength).toUpperCase(Locale.ROOT) + word.substring(firstLength);
    }

    private static String inSentence(String word) {
        if (keptAsWritten(word) || PROPER_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** An acronym or a name written with capitals inside it, or with digits: NeRF, LLMs, T2V, 3D, ViT, GPT4. */
    private static boolean keptAsWritten(String word) {
        return word.codePoints().skip(1).anyMatch(Character::isUpperCase) || word.codePoints().anyMatch(Character::isDigit)
                || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
