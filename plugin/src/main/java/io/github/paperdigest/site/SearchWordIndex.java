package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Postings;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                PaperWords words = split.get(k);
                for (String word : words.all()) {
                    occurrences.computeIfAbsent(word, w -> new Postings()).add(offset + k, words.inTitle().contains(word));
                }
            }
        }
        return occurrences.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new IndexedWord(e.getKey(), e.getValue()))
                .toList();
    }

    /** A paper's distinct words, and which of them are in its title. */
    private record PaperWords(Set<String> all, Set<String> inTitle) {
        static PaperWords of(Paper paper) {
            Set<String> inTitle = Set.copyOf(SearchWords.of(paper.title()));
            Set<String> all = new LinkedHashSet<>(inTitle);
            all.addAll(SearchWords.of(paper.abstractText()));
            return new PaperWords(all, inTitle);
        }
    }
}
