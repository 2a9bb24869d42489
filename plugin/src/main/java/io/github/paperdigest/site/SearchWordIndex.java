package io.github.paperdigest.site;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        return of(papers, AnalysisMemo.none());
    }

    /**
     * As {@link #of(List)}, taking each paper's words from {@code memo} when an earlier build split the same title
     * and abstract: a rebuild splits only the papers whose text changed.
     */
    static List<IndexedWord> of(List<Paper> papers, AnalysisMemo memo) {
        Map<String, List<Occurrence>> occurrences = new HashMap<>();
        // splitting text into words is most of the work and independent per paper: done on all cores, a block
        // of papers at a time so that the words of only one block are held at once, and merged in paper order
        for (int from = 0; from < papers.size(); from += BLOCK) {
            int offset = from;
            List<PaperWords> split = IntStream.range(from, Math.min(papers.size(), from + BLOCK)).parallel()
                    .mapToObj(i -> PaperWords.of(papers.get(i), memo)).toList();
            for (int k = 0; k < split.size(); k++) {
                PaperWords words = split.get(k);
                for (String word : words.all()) {
                    occurrences.computeIfAbsent(word, w -> new ArrayList<>())
                            .add(new Occurrence(offset + k, words.inTitle().contains(word)));
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

        static PaperWords of(Paper paper, AnalysisMemo memo) {
            return memo.recallOr(AnalysisMemo.key("search words", paper.title(), paper.abstractText()), PaperWords::of,
                    () -> of(paper), PaperWords::bytes);
        }

        static PaperWords of(Paper paper) {
            Set<String> inTitle = Set.copyOf(SearchWords.of(paper.title()));
            Set<String> all = new LinkedHashSet<>(inTitle);
            all.addAll(SearchWords.of(paper.abstractText()));
            return new PaperWords(all, inTitle);
        }

        /** The title's words, then the abstract's others; null when a word is too long to keep. */
        byte[] bytes() {
            List<String> abstractOnly = all.stream().filter(w -> !inTitle.contains(w)).toList();
            return new MemoBytes.Writer().texts(inTitle).texts(abstractOnly).bytes();
        }

        /**
         * The words the bytes hold, or null when they are not a paper's words as {@link SearchWords} makes them: the
         * memo is a file anyone could have written, and its words go into the site's search index.
         */
        static PaperWords of(byte[] bytes) {
            try {
                MemoBytes.Reader in = new MemoBytes.Reader(bytes);
                Set<String> inTitle = in.hashSet();
                Set<String> all = new HashSet<>(inTitle);
                int others = in.size();
                for (int i = 0; i < others; i++) {
                    all.add(in.text());
                }
                return in.atEnd() && all.stream().allMatch(SearchWords::isSearchWord) ? new PaperWords(all, inTitle) : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
