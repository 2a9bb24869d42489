package io.github.paperdigest.site;

import io.github.paperdigest.model.IntList;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Postings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The inverted index of search: for each word of the titles, abstracts and venues, the papers it occurs in. A venue is
 * what researchers search by ("CVPR", "NeurIPS 2017") that the title and abstract seldom say.
 */
final class SearchWordIndex {

    /** Papers whose words are held at once. */
    private static final int BLOCK = 2048;
    /** Papers split into words by one thread, with one table of words. */
    private static final int CHUNK = 256;

    private SearchWordIndex() {
    }

    /** The words of the papers, in word order; a paper is named by its position in {@code papers}. */
    static List<IndexedWord> of(List<Paper> papers) {
        Map<String, Postings> occurrences = new HashMap<>();
        // splitting text into words is most of the work and independent per paper: done on all cores, a chunk of
        // papers at a time, a block of chunks at a time so that the words of only one block are held at once, and
        // merged in paper order
        for (int from = 0; from < papers.size(); from += BLOCK) {
            int start = from;
            int end = Math.min(papers.size(), from + BLOCK);
            List<Chunk> chunks = IntStream.range(0, (end - start + CHUNK - 1) / CHUNK).parallel()
                    .mapToObj(c -> Chunk.of(papers, start + c * CHUNK, Math.min(end, start + (c + 1) * CHUNK)))
                    .toList();
            chunks.forEach(chunk -> chunk.addTo(occurrences));
        }
        return occurrences.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new IndexedWord(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The words of consecutive papers, as numbers in a table of their own: each paper's title's words, then its
     * abstract's and its venue's, repeats included.
     *
     * @param first the position of the first paper
     * @param ends  for each paper, where its title's words end and where its abstract's and venue's do, in {@code words}
     */
    private record Chunk(int first, WordTable table, int[] words, int[] ends) {

        static Chunk of(List<Paper> papers, int from, int to) {
            WordTable table = new WordTable(SearchWords.STOPWORDS);
            IntList words = new IntList();
            int[] ends = new int[2 * (to - from)];
            for (int i = from; i < to; i++) {
                SearchWords.number(papers.get(i).title(), table, words::add);
                ends[2 * (i - from)] = words.size();
                SearchWords.number(papers.get(i).abstractText(), table, words::add);
                papers.get(i).venue().ifPresent(venue -> SearchWords.number(venue, table, words::add));
                ends[2 * (i - from) + 1] = words.size();
            }
            return new Chunk(from, table, words.toArray(), ends);
        }

        /** Adds each paper's words to the index, its title's first, so that a word's one occurrence says whether the title has it. */
        void addTo(Map<String, Postings> occurrences) {
            Postings[] postings = new Postings[table.size()];
            int at = 0;
            for (int k = 0; k < ends.length; k++) {
                int paper = first + k / 2;
                boolean inTitle = k % 2 == 0;
                for (; at < ends[k]; at++) {
                    int number = words[at];
                    if (postings[number] == null) {
                        postings[number] = occurrences.computeIfAbsent(table.word(number), w -> new Postings());
                    }
                    postings[number].addOnce(paper, inTitle);
                }
            }
        }
    }
}
