package io.github.paperdigest.taxonomy;

import java.util.Set;

/**
 * Words that say nothing about a paper's topic: English function words, and the words every abstract
 * uses ("propose", "method", "results"). They neither make tags nor make two papers similar.
 */
public final class Stopwords {

    private static final Set<String> ENGLISH = Set.of("a", "about", "above", "after", "again", "against", "all",
            "also", "although", "am", "among", "an", "and", "any", "are", "as", "at", "be", "because", "been",
            "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "doe", "does",
            "doing", "down", "during", "each", "either", "etc", "even", "ever", "every", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most",
            "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one",
            "only", "or", "other", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "same",
            "several", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though",
            "through", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon", "us", "use",
            "used", "using", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your", "e", "g", "ie", "eg", "i.e", "e.g", "et", "al", "vs", "two", "three", "four", "five", "first",
            "second", "third", "new", "well", "many", "less", "like", "let", "make", "made", "way", "yield",
            "along", "around", "beyond", "across", "already", "still", "instead", "rather", "whereas", "wherein",
            "hence", "thereby", "namely", "respectively", "especially", "particularly", "mainly", "largely",
            "typically", "usually", "generally", "highly", "significantly", "substantially", "notably",
            "furthermore", "moreover", "additionally", "finally", "specifically", "recently");

    /** Words of every abstract, whatever its field. */
    private static final Set<String> ACADEMIC = Set.of("paper", "work", "study", "propose", "proposed", "present",
            "presented", "introduce", "introduced", "method", "approach", "technique", "framework", "result",
            "show", "shown", "demonstrate", "demonstrated", "novel", "existing", "previous", "prior", "current",
            "state", "art", "sota", "experiment", "experimental", "extensive", "comprehensive", "effective",
            "effectiveness", "efficient", "efficiency", "performance", "perform", "outperform", "outperforms",
            "achieve", "achieved", "achieves", "superior", "significant", "different", "various", "based",
            "problem", "challenge", "challenging", "task", "issue", "limitation", "address", "aim", "goal",
            "provide", "provided", "offer", "enable", "enables", "allow", "allows", "improve", "improved",
            "improvement", "enhance", "enhanced", "consist", "include", "including", "further", "specific",
            "well", "better", "best", "strong", "high", "low", "large", "small", "key", "important", "crucial",
            "critical", "potential", "promising", "remarkable", "impressive", "robust", "simple", "general",
            "overall", "whole", "available", "publicly", "code", "release", "released", "open", "source",
            "github", "http", "https", "www", "com", "org", "io", "html", "project", "page",
            "evaluate", "evaluated", "evaluation", "analysis", "investigate", "explore", "exploit", "leverage",
            "leveraging", "utilize", "utilizing", "employ", "apply", "applied", "application", "design",
            "designed", "develop", "developed", "capability", "capable", "ability", "able", "number", "set",
            "range", "level", "type", "kind", "form", "aspect", "component", "module", "stage", "step", "way",
            "manner", "term", "terms", "case", "example", "instance", "fact", "need", "require", "required",
            "requiring", "remain", "remains", "lack", "due", "given", "obtain", "obtained", "yield", "lead",
            "leading", "widely", "widespread", "recent", "advance", "advancement", "progress", "field", "area",
            "domain", "real", "world", "time", "times", "long", "short", "good", "wide", "broad");

    private Stopwords() {
    }

    /** True for a normalised word that should not count as content. */
    public static boolean isStopword(String normal) {
        return ENGLISH.contains(normal) || ACADEMIC.contains(normal);
    }

    /** True for a function word; academic words still make sense inside a phrase ("short video"). */
    public static boolean isFunctionWord(String normal) {
        return ENGLISH.contains(normal);
    }
}
