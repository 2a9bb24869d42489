package io.github.paperdigest.taxonomy;

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
    /** Words kept per paper; a typical abstract has 60 to 120 distinct content words. */
    static final int TERMS_PER_PAPER = 48;

    private final TextAnalyzer analyzer;
    private final int count;

    public RelatedPapers(TextAnalyzer analyzer, int count) {
        this.analyzer = analyzer;
        this.count = count;
    }

    /** The related papers of each paper, most similar first; papers are taken in the given order. */
    public Map<PaperId, List<RelatedPaper>> compute(List<Paper> papers) {
        SimilarityIndex index = new SimilarityIndex(vectors(papers));
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
        List<List<String>> documents = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            List<String> words = new ArrayList<>();
            // the title says what the paper is about more densely than the abstract: count it twice
            addContentWords(p.title(), words);
            addContentWords(p.title(), words);
            addContentWords(p.abstractText(), words);
            documents.add(words);
        }
        return TfIdfVectors.of(documents, TERMS_PER_PAPER);
    }

    private void addContentWords(String text, List<String> out) {
        for (Token t : analyzer.tokens(text)) {
            String w = t.normal();
            if (w.length() > 1 && !Stopwords.isStopword(w) && !isNumber(w)) {
                out.add(w);
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
