package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The inverted index of search: for each word of the titles and abstracts, the papers it occurs in. */
final class SearchWordIndex {

    private SearchWordIndex() {
    }

    /** The words of the papers, in word order; a paper is named by its position in {@code papers}. */
    static List<IndexedWord> of(List<Paper> papers) {
        Map<String, List<Occurrence>> occurrences = new TreeMap<>();
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            Set<String> inTitle = new HashSet<>(SearchWords.of(paper.title()));
            Set<String> words = new TreeSet<>(inTitle);
            words.addAll(SearchWords.of(paper.abstractText()));
            for (String word : words) {
                occurrences.computeIfAbsent(word, w -> new ArrayList<>()).add(new Occurrence(i, inTitle.contains(word)));
            }
        }
        List<IndexedWord> index = new ArrayList<>(occurrences.size());
        occurrences.forEach((word, where) -> index.add(new IndexedWord(word, where)));
        return index;
    }
}
