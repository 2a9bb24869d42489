package io.github.paperdigest.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class-based TF-IDF, the idea BERTopic names its topics with: all papers of a topic are taken as one document,
 * and a term weighs by its share of the topic's terms times log(1 + A / f), where f is how often the term occurs
 * in all topics together and A the average number of term occurrences per topic; here also times the share of the
 * term's occurrences that fall in the topic. A term frequent in one topic and rare elsewhere comes first; one every
 * topic uses sinks.
 */
final class ClassTfIdf {

    /** A term of a topic: its weight, and how many of the topic's papers have it. */
    record Term(String term, double weight, int papers) {
    }

    /**
     * The terms of each topic, heaviest first (ties by term).
     *
     * @param termsOfTopic for each topic, how many of its papers have each term
     */
    static List<List<Term>> rank(List<Map<String, Integer>> termsOfTopic) {
        Map<String, Integer> total = new HashMap<>();
        long occurrences = 0;
        for (Map<String, Integer> topic : termsOfTopic) {
            for (Map.Entry<String, Integer> e : topic.entrySet()) {
                total.merge(e.getKey(), e.getValue(), Integer::sum);
                occurrences += e.getValue();
            }
        }
        double average = termsOfTopic.isEmpty() ? 0 : (double) occurrences / termsOfTopic.size();
        List<List<Term>> out = new ArrayList<>();
        for (Map<String, Integer> topic : termsOfTopic) {
            double length = topic.values().stream().mapToInt(Integer::intValue).sum();
            List<Term> terms = new ArrayList<>();
            // BERTopic's weight, times the share of the term's papers that are in this topic: a name should be
            // both frequent in its topic and rare outside it ("Datasets" is frequent everywhere)
            topic.forEach((term, n) -> terms.add(new Term(term,
                    n / length * Math.log(1 + average / total.get(term)) * n / total.get(term), n)));
            terms.sort(Comparator.comparingDouble((Term t) -> -t.weight()).thenComparing(Term::term));
            out.add(List.copyOf(terms));
        }
        return out;
    }
}
