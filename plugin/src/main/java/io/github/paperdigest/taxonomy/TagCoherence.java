package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Uses the papers' embeddings to take back tags their text only brushes past. Two tests:
 * <ul>
 * <li>A keyphrase is a tag because it names a topic. When its papers are hardly more alike in meaning than any
 * papers of the corpus ("Inference time", "Real-World"), or it is a bare modifier ("Pixel-Space"), it is a form of
 * words, not a topic, and no paper keeps it.</li>
 * <li>A term found in a paper's abstract but not its title stays only when the paper is about what the papers
 * whose titles name the term are about: at least as close to their centre as nine in ten of them. An
 * image-generation paper that mentions "image classification" once loses that tag.</li>
 * </ul>
 * Tags a person wrote are never taken back.
 */
final class TagCoherence {

    /** A tag needs this many papers before the meaning of its papers says anything. */
    static final int MIN_PAPERS = 4;
    static final int MIN_PAPERS_FOR_FORM = 3;
    /** Title papers needed for a centre: fewer, and all the tag's papers make it. */
    static final int MIN_ANCHORS = 3;
    /** How much more alike than any two papers a keyphrase's papers must be, in mean cosine. */
    static final double MIN_LIFT = 0.08;
    static final double QUANTILE = 0.10;

    /** What the filter took back, for the debug log and tests. */
    record Dropped(List<String> formWords, int brushedPast) {
    }

    Dropped filter(Map<PaperId, List<String>> paperTags, Set<String> keyphrases, java.util.function.Function<String, String> labels,
            Map<PaperId, Set<String>> inTitle, Map<PaperId, Set<String>> written, PaperVectors vectors) {
        Map<String, List<PaperId>> holders = new TreeMap<>();
        paperTags.keySet().stream().sorted().forEach(p -> paperTags.get(p).forEach(t -> {
            if (!written.getOrDefault(p, Set.of()).contains(t)) {
                holders.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
        }));
        VectorMatrix matrix = vectors.matrix();
        double baseline = meanPairwiseSimilarity(matrix, null);
        List<String> formWords = new ArrayList<>();
        Map<PaperId, List<String>> drop = new HashMap<>();
        for (Map.Entry<String, List<PaperId>> e : holders.entrySet()) {
            String tag = e.getKey();
            int[] own = rows(e.getValue(), vectors);
            if (own.length < MIN_PAPERS_FOR_FORM) {
                continue;
            }
            if (keyphrases.contains(tag) && (isBareModifier(labels.apply(tag))
                    || meanPairwiseSimilarity(matrix, own) - baseline < MIN_LIFT)) {
                formWords.add(tag);
                e.getValue().forEach(p -> drop.computeIfAbsent(p, k -> new ArrayList<>()).add(tag));
                continue;
            }
            if (own.length < MIN_PAPERS) {
                continue;
            }
            int[] anchors = rows(e.getValue().stream().filter(p -> inTitle.getOrDefault(p, Set.of()).contains(tag)).toList(), vectors);
            int[] anchorRows = anchors.length >= MIN_ANCHORS ? anchors : own;
            float[] centre = SphericalKMeans.unit(matrix.sum(anchorRows));
            float threshold = quantile(matrix, anchorRows, centre);
            for (PaperId p : e.getValue()) {
                if (inTitle.getOrDefault(p, Set.of()).contains(tag)) {
                    continue;
                }
                java.util.OptionalInt i = vectors.indexOf(p);
                if (i.isPresent() && matrix.dot(i.getAsInt(), centre) < threshold) {
                    drop.computeIfAbsent(p, k -> new ArrayList<>()).add(tag);
                }
            }
        }
        Set<String> forms = new java.util.HashSet<>(formWords);
        int brushed = 0;
        for (Map.Entry<PaperId, List<String>> e : drop.entrySet()) {
            List<String> tags = paperTags.get(e.getKey());
            for (String t : e.getValue()) {
                if (tags.remove(t) && !forms.contains(t)) {
                    brushed++;
                }
            }
        }
        return new Dropped(List.copyOf(formWords), brushed);
    }

    /** The rows of the papers that have a vector, in the papers' order. */
    private static int[] rows(List<PaperId> papers, PaperVectors vectors) {
        return papers.stream().map(vectors::indexOf).filter(java.util.OptionalInt::isPresent)
                .mapToInt(java.util.OptionalInt::getAsInt).toArray();
    }

    /**
     * "Long-Horizon", "Pixel-Space", "Prior-Guided": one hyphenated pair of words, said of a noun the phrase leaves
     * out. Acronyms and longer compounds ("Text-to-Video") name things and are kept.
     */
    static boolean isBareModifier(String label) {
        return label.matches("\\p{L}[\\p{Ll}]+-\\p{L}[\\p{Ll}]+");
    }

    /**
     * The mean cosine of two different vectors among the given rows (all rows when {@code rows} is null), from the
     * length of their mean: for m unit vectors with mean μ, the sum over pairs is (m²|μ|² − m) / 2. Linear in m.
     */
    static double meanPairwiseSimilarity(VectorMatrix matrix, int[] rows) {
        int[] which = rows != null ? rows : java.util.stream.IntStream.range(0, matrix.rows()).toArray();
        int m = which.length;
        if (m < 2) {
            return 0;
        }
        double squared = 0;
        for (double x : matrix.sum(which)) {
            squared += x * x;
        }
        return (squared - m) / ((double) m * (m - 1));
    }

    private static float quantile(VectorMatrix matrix, int[] rows, float[] centre) {
        float[] sims = new float[rows.length];
        for (int i = 0; i < sims.length; i++) {
            sims[i] = matrix.dot(rows[i], centre);
        }
        Arrays.sort(sims);
        return sims[(int) Math.floor(QUANTILE * (sims.length - 1))];
    }
}
