package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.IntList;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Each paper's most similar papers by text, in the spirit of arxiv-sanity: TF-IDF vectors of title
 * and abstract compared by cosine similarity, found through an inverted index so that a paper is only
 * compared with papers sharing one of its significant words.
 */
public final class RelatedPapers {

    public static final int DEFAULT_COUNT = 5;
    /**
     * The TF-IDF cosine from which a related paper's tags are lent ({@link TagPropagation}). Measured on the labelled
     * arXiv corpus ({@code BorrowedTagsEvaluationTest}): below it, a neighbour's tags agreed with the paper's category
     * about as often as a random tag (0 to 0.27 between 0.02 and 0.08 on 200 papers and more, chance 0.08 to 0.10);
     * from it, as often as the paper's own tags or more (0.68 between 0.08 and 0.10, own tags 0.53 to 0.57). Few papers
     * come that close by their words alone: in a small archive, lexical similarity lends almost no tags.
     */
    public static final double SAME_TOPIC_COSINE = 0.08;

    private final TextAnalyzer analyzer;
    private final int count;

    public RelatedPapers(TextAnalyzer analyzer, int count) {
        this.analyzer = analyzer;
        this.count = count;
    }

    private static final int BLOCK = 4096;

    /** How many related papers each paper gets. */
    public int count() {
        return count;
    }

    /** The related papers of each paper, most similar first; papers are taken in the given order. */
    public Map<PaperId, List<RelatedPaper>> compute(List<Paper> papers) {
        return compute(papers, SettledPapers.all(papers.stream().map(Paper::id).toList()));
    }

    /**
     * As {@link #compute(List)}, with how rare a word is counted among the settled papers only: papers that arrive
     * between two steps of the archive change no other paper's weights, so an older paper's related papers change
     * only when a newcomer is closer than one of them.
     */
    public Map<PaperId, List<RelatedPaper>> compute(List<Paper> papers, SettledPapers settled) {
        SimilarityIndex index = new SimilarityIndex(vectors(papers, settled));
        List<List<SimilarityIndex.Neighbour>> nearest = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            nearest.add(null);
        }
        ThreadLocal<SimilarityIndex.Accumulator> scratch = ThreadLocal.withInitial(index::newAccumulator);
        IntStream.range(0, papers.size()).parallel()
                .forEach(d -> nearest.set(d, index.nearest(d, count, scratch.get())));
        Map<PaperId, List<RelatedPaper>> related = new HashMap<>();
        for (int d = 0; d < papers.size(); d++) {
            related.put(papers.get(d).id(), nearest.get(d).stream()
                    .map(n -> new RelatedPaper(papers.get(n.document()).id(), n.score()))
                    .toList());
        }
        return related;
    }

    TfIdfVectors vectors(List<Paper> papers) {
        return vectors(papers, SettledPapers.all(papers.stream().map(Paper::id).toList()));
    }

    TfIdfVectors vectors(List<Paper> papers, SettledPapers settled) {
        FeatureDictionary dictionary = new FeatureDictionary();
        List<int[]> documents = new ArrayList<>(papers.size());
        IntList features = new IntList();
        // splitting into words runs on all cores, a block of papers at a time; numbering the words stays in
        // paper order, so that feature numbers (and ties between scores) do not depend on threads
        for (int from = 0; from < papers.size(); from += BLOCK) {
            List<List<String>> block = IntStream.range(from, Math.min(papers.size(), from + BLOCK)).parallel()
                    .mapToObj(i -> contentWords(papers.get(i))).toList();
            for (List<String> words : block) {
                features.clear();
                int previous = -1;
                for (String w : words) {
                    if (w == null) {
                        previous = -1;
                        continue;
                    }
                    int id = dictionary.word(w);
                    features.add(id);
                    if (previous >= 0) {
                        features.add(dictionary.pair(previous, id));
                    }
                    previous = id;
                }
                documents.add(features.toArray());
            }
        }
        return TfIdfVectors.of(documents, dictionary.size(), d -> settled.contains(papers.get(d).id()));
    }

    /**
     * The features of a paper are its content words and the pairs of adjacent content words ("video
     * generation"): pairs tell "language model" from "model of language". Measured on arXiv records labelled
     * with categories, pairs raise the share of related papers in the same primary category from 0.61 to
     * 0.62; counting the title twice did not help. Here, the content words of title and abstract, with a
     * null wherever a pair may not span (a left-out word, the end of the title).
     */
    private List<String> contentWords(Paper p) {
        List<String> words = new ArrayList<>();
        addContentWords(p.title(), words);
        words.add(null);
        addContentWords(p.abstractText(), words);
        return words;
    }

    private void addContentWords(String text, List<String> out) {
        for (Token t : analyzer.tokens(text)) {
            String w = t.normal();
            if (w.length() > 1 && !Stopwords.isStopword(w) && !isNumber(w)) {
                out.add(w);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != null) {
                out.add(null);
            }
        }
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }
}
