package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Postings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The inverted index of search: for each word of the titles and abstracts, the papers it occurs in. */
final class SearchWordIndex {

    private static final int BLOCK = 2048;

    private SearchWordIndex() {
    }

    /** The words of the papers, in word order; a paper is named by its position in {@code papers}. */
    static List<IndexedWord> of(List<Paper> papers) {
        Map<String, Postings> occurrences = new HashMap<>();
        // splitting text into words is most of the work and independent per paper: done on all cores, a block
        // of papers at a time so that the words of only one block are held at once, and merged in paper order
        for (int from = 0; from < papers.size(); from += BLOCK) {
            int offset = from;
            List<PaperWords> split = IntStream.range(from, Math.min(papers.size(), from + BLOCK)).parallel()
                    .mapToObj(i -> PaperWords.of(papers.get(i))).toList();
            for (int k = 0; k < split.size(); k++) {
                int paper = offset + k;
                // the title's words first, so that a word's one occurrence in a paper says whether the title has it
                split.get(k).title().forEach(word -> occurrences.computeIfAbsent(word, w -> new Postings())
                        .addOnce(paper, true));
                split.get(k).abstractText().forEach(word -> occurrences.computeIfAbsent(word, w -> new Postings())
                        .addOnce(paper, false));
            }
        }
        return occurrences.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new IndexedWord(e.getKey(), e.getValue()))
                .toList();
    }

    /** A paper's words, repeats included. */
    private record PaperWords(List<String> title, List<String> abstractText) {
        static PaperWords of(Paper paper) {
            return new PaperWords(SearchWords.of(paper.title()), SearchWords.of(paper.abstractText()));
        }
    }
}
