package io.github.paperdigest.taxonomy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Says whether a run of words is shaped like a topic ("video question answering", "mixture of experts")
 * rather than a piece of a sentence ("findings highlight", "generate videos", "large-scale video").
 * Without a part-of-speech tagger this works from word lists and endings: a topic starts with neither
 * a verb nor an adverb, ends with a noun, and has at least one word that is not an abstract's
 * boilerplate.
 */
final class PhraseShape {

    /** Words that make a phrase a sentence fragment wherever they stand. */
    private static final Set<String> NEVER = Set.of("finding", "highlight", "suggest", "primarily", "focu", "future",
            "research", "paper", "work", "result", "method", "approach", "propose", "proposed", "study", "question",
            "demonstrate", "show", "achieve", "outperform", "significantly", "effectively", "extensive",
            "experiment", "state-of-the-art", "state of the art", "novel", "existing", "previous", "recent",
            "various", "different", "several", "many", "much", "well", "able", "called", "named", "termed",
            "namely", "etc", "al", "et", "however", "thus", "therefore", "also", "still", "yet", "furthermore",
            "moreover", "additionally", "specifically", "including", "such", "like", "via", "respectively",
            "comprising", "consisting", "leveraging", "using", "based", "trained", "given", "provided", "make",
            "makes", "making", "take", "takes", "remain", "remains", "lack", "lacks", "challenge", "success", "remarkable",
            "competitive", "innovation", "role", "ability", "capable", "capability", "potential", "amount", "number",
            "observation", "choice", "improvement", "progress", "include", "considerable", "significant", "substantial",
            "great", "pose", "face", "primary", "unique", "fundamental", "cost", "overhead", "footprint", "burden",
            "truth", "s", "advantage", "drawback", "shortcoming", "insight", "contribution", "effort", "gap",
            "attention to", "way", "manner", "aspect", "fact", "case", "example", "instance", "variety", "range",
            "set of", "type", "kind", "lot", "majority", "part", "portion", "issue", "problem");
    /** Words that describe rather than name, and so cannot end a topic. */
    private static final Set<String> NOT_AT_END = Set.of("large", "small", "high", "low", "new", "long", "short",
            "fine", "multi", "pre", "open", "single", "multiple", "diverse", "specific", "general", "visual",
            "temporal", "spatial", "textual", "semantic", "dynamic", "static", "robust", "efficient", "effective",
            "accurate", "consistent", "realistic", "quality", "scale", "level", "based", "free", "aware", "driven",
            "guided", "conditioned", "grained", "shot", "modal", "wise", "end", "first", "last", "key", "main",
            "rich", "detailed", "comprehensive", "challenging", "complex", "simple", "strong", "weak", "prior",
            "current", "other", "same", "available", "relevant", "important", "critical", "crucial", "better",
            "best", "higher", "lower", "larger", "longer", "faster", "entire", "whole", "full", "overall", "task",
            "framework", "performance", "baseline", "setting", "scenario", "pipeline", "strategy", "module",
            "component", "process", "stage", "step", "technique", "solution", "system", "architecture", "design");
    /** Words that cannot start a topic: verbs and vague quantities. */
    private static final Set<String> NOT_AT_START = Set.of("generate", "generating", "create", "creating", "produce",
            "producing", "select", "selecting", "reduce", "reducing", "retrieve", "extract", "handle", "handling",
            "enable", "enabling", "improve", "improving", "enhance", "enhancing", "capture", "capturing", "learn",
            "understand", "understanding", "process", "processing", "apply", "use", "train", "training",
            "evaluate", "evaluating", "support", "build", "building", "extend", "extending", "address", "solve",
            "obtain", "allow", "adapt", "integrate", "introduce", "present", "perform", "model", "models", "each",
            "every", "both", "some", "any", "all", "more", "most", "less", "few", "fewer", "extra", "additional",
            "additionally", "other", "another", "various", "certain", "particular", "related", "resulting",
            "relevant", "input", "output", "given", "current", "existing", "typical", "standard", "top", "million",
            "billion", "thousand", "hundred", "length", "quality", "scale", "entire", "strong", "key", "primary",
            "unique", "great", "computational", "novel", "simple", "effective", "efficient", "robust", "powerful",
            "promising", "remarkable", "significant", "substantial", "considerable", "notable", "important",
            "comprehensive", "temporal information", "detailed", "diverse", "extensive");
    /**
     * Phrases that name different things in different papers, and so no topic: "short videos" are clips of seconds in
     * one paper and TikTok's in another. In their normal forms, words apart or hyphened.
     */
    private static final Set<String> AMBIGUOUS = Set.of("short video");
    /**
     * What {@link #AMBIGUOUS}'s phrases start with, as a first normal: their first word, or the phrase whole where it
     * was one hyphened word. A phrase starting otherwise is not joined to be looked up.
     */
    private static final Set<String> AMBIGUOUS_STARTS = AMBIGUOUS.stream()
            .flatMap(phrase -> Stream.of(phrase.split(" ")[0], phrase))
            .collect(Collectors.toUnmodifiableSet());
    /** First parts of hyphenated words that grade rather than name: "high-quality", "large-scale". */
    private static final Set<String> EVALUATIVE = Set.of("high", "low", "strong", "weak", "great", "large", "small",
            "fine", "good", "better", "best", "wide", "rich", "real", "open", "well", "state", "cutting", "long");
    private static final Set<String> NOUNS_ENDING_LIKE_ADJECTIVES = Set.of("retrieval", "signal", "tutorial",
            "proposal", "interval", "material", "potential", "trial", "manual", "journal", "removal", "rehearsal",
            "animal", "capital", "hospital", "portal", "terminal", "principal", "ritual", "detective", "objective",
            "narrative", "alternative", "initiative", "incentive", "derivative", "generative", "representative",
            "graphic", "logic", "music", "topic", "metric", "heuristic", "traffic", "physic", "mechanic", "dynamic",
            "clinic", "rubric", "seed", "need", "speed", "feed", "bed");
    /** Capitalised words that are everywhere and name nothing in particular. */
    private static final Set<String> GENERIC_NAMES = Set.of("AI", "ML", "GPU", "GPUs", "CPU", "RGB", "SOTA", "API",
            "APIs", "URL", "HTTP", "PDF", "FPS", "US", "UK", "II", "III", "IV", "TB", "GB", "MB", "LLM", "LLMs",
            "GitHub", "HuggingFace", "COVID", "ACM", "IEEE", "CVPR", "ICCV", "ECCV", "NeurIPS", "ICLR", "ICML", "AAAI",
            "ACL", "EMNLP", "NAACL", "arXiv", "PhD", "USA");

    private PhraseShape() {
    }

    /** Whether the words {@code from} (inclusive) to {@code to} (exclusive) are shaped like a topic. */
    static boolean isTopical(String[] normals, String[] written, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEVER.contains(normals[i])) {
                return false;
            }
        }
        if (AMBIGUOUS_STARTS.contains(normals[from])
                && AMBIGUOUS.contains(String.join(" ", Arrays.copyOfRange(normals, from, to)))) {
            return false;
        }
        String first = normals[from];
        String last = normals[to - 1];
        int space = first.indexOf(' ');
        if (space > 0 && EVALUATIVE.contains(first.substring(0, space))
                && !first.startsWith("long term") && !first.startsWith("long form") && !first.startsWith("long range")) {
            return false;
        }
        if (Stopwords.isFunctionWord(first) || Stopwords.isFunctionWord(last) || NOT_AT_START.contains(first)
                || first.endsWith("ly") || NOT_AT_END.contains(lastPart(last)) || looksLikeAdjectiveOrVerb(last)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = lastPart(normals[i]);
            if (!Stopwords.isStopword(w) && !NOT_AT_END.contains(w) || capitals(written[i]) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int capitals(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            n += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    static boolean isGenericName(String name) {
        // not replaceAll("s$", ""), which compiles its pattern at every call: this runs for every name in every text
        return GENERIC_NAMES.contains(name)
                || name.endsWith("s") && GENERIC_NAMES.contains(name.substring(0, name.length() - 1));
    }

    private static boolean looksLikeAdjectiveOrVerb(String word) {
        String w = lastPart(word);
        if (NOUNS_ENDING_LIKE_ADJECTIVES.contains(w) || w.length() <= 4) {
            return false;
        }
        return w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ous") || w.endsWith("ive") || w.endsWith("ible")
                || w.endsWith("able") || w.endsWith("ful") || w.endsWith("ic") || w.endsWith("al") && !w.endsWith("tal");
    }

    /** The last word of a hyphenated compound's normal form ("large scale" -> "scale"). */
    private static String lastPart(String normal) {
        int space = normal.lastIndexOf(' ');
        return space < 0 ? normal : normal.substring(space + 1);
    }
}
