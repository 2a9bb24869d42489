package io.github.paperdigest.site;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.IntList;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Postings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The inverted index of search: for each word of the titles, abstracts and venues, the papers it occurs in. A venue is
 * what researchers search by ("CVPR", "NeurIPS 2017") that the title and abstract seldom say.
 *
 * <p>Each paper's words are kept in a memo for the next build ({@link KeptWords}), under the hash of its text: a build
 * that adds a digest splits only the new papers' texts into words, where splitting every paper's was most of the
 * index's work.
 */
final class SearchWordIndex {

    /** Papers whose words are held at once. */
    private static final int BLOCK = 2048;
    /** Papers split into words by one thread, with one table of words. */
    private static final int CHUNK = 256;
    static final String MEMO_KEY = AnalysisMemo.key("search words of the papers");

    private SearchWordIndex() {
    }

    /** The words of the papers, in word order; a paper is named by its position in {@code papers}. */
    static List<IndexedWord> of(List<Paper> papers) {
        return of(papers, AnalysisMemo.none());
    }

    /**
     * The words of the papers, in word order, taking the words of each paper whose text an earlier build split from
     * {@code memo}, and keeping there every paper's for the next build.
     */
    static List<IndexedWord> of(List<Paper> papers, AnalysisMemo memo) {
        long[] hashes = new long[papers.size()];
        IntStream.range(0, hashes.length).parallel().forEach(i -> hashes[i] = textHash(papers.get(i)));
        byte[] keptBytes = memo.recall(MEMO_KEY);
        KeptWords kept = MemoBytes.decode(keptBytes, KeptWords::read);
        if (kept == null && keptBytes != null) {
            memo.forget(MEMO_KEY);
        }
        Gathering index = new Gathering(kept == null ? KeptWords.NONE : kept);
        int fresh = 0;
        // splitting text into words is most of the work and independent per paper: done on all cores, a chunk of
        // papers at a time, a block of chunks at a time so that the words of only one block are held at once, and
        // merged in paper order
        for (int from = 0; from < papers.size(); from += BLOCK) {
            int end = Math.min(papers.size(), from + BLOCK);
            int[] keptAt = new int[end - from];
            IntList unknown = new IntList();
            for (int i = from; i < end; i++) {
                keptAt[i - from] = index.kept.paperOf(hashes[i]);
                if (keptAt[i - from] < 0) {
                    unknown.add(i);
                }
            }
            int[] split = unknown.toArray();
            fresh += split.length;
            List<Chunk> chunks = IntStream.range(0, (split.length + CHUNK - 1) / CHUNK).parallel()
                    .mapToObj(c -> Chunk.of(papers, split, c * CHUNK, Math.min(split.length, (c + 1) * CHUNK)))
                    .toList();
            int next = 0;
            for (int i = from; i < end; i++) {
                if (keptAt[i - from] >= 0) {
                    index.addKept(i, keptAt[i - from]);
                } else {
                    chunks.get(next / CHUNK).addTo(index, i, next % CHUNK);
                    next++;
                }
            }
        }
        List<IndexedWord> words = index.words();
        if (fresh > 0 || papers.size() != index.kept.paperCount()) {
            byte[] bytes = index.keptWords(hashes);
            if (bytes != null) {
                memo.remember(MEMO_KEY, bytes);
            }
        }
        return words;
    }

    /** The hash of what a paper's words are found in: its title, abstract and venue, each after its length. */
    private static long textHash(Paper p) {
        byte[] title = p.title().getBytes(StandardCharsets.UTF_8);
        byte[] abstractText = p.abstractText().getBytes(StandardCharsets.UTF_8);
        byte[] venue = p.venue().map(v -> v.getBytes(StandardCharsets.UTF_8)).orElse(null);
        ByteBuffer bytes = ByteBuffer.allocate(3 * Integer.BYTES + title.length + abstractText.length
                + (venue == null ? 0 : venue.length));
        bytes.putInt(title.length).put(title).putInt(abstractText.length).put(abstractText);
        if (venue == null) {
            bytes.putInt(-1);
        } else {
            bytes.putInt(venue.length).put(venue);
        }
        return ContentHash.first64(bytes.array());
    }

    /**
     * The index as it is gathered, paper after paper: the words the memo kept, in word order, numbered from 0; the
     * words it did not, numbered after them in the order met; and for each paper the numbers of its words, for the
     * next build's memo.
     */
    private static final class Gathering {
        final KeptWords kept;
        private final Map<String, Integer> newNumbers = new HashMap<>();
        private final List<String> newWords = new ArrayList<>();
        /** By word number; null for a word of the memo that no paper has now. */
        private Postings[] postings;
        private int wordCount;
        /** Each paper's words: how many are in its title, how many more in the rest, then their numbers. */
        private final IntList papers = new IntList();
        private final IntList title = new IntList();
        private final IntList rest = new IntList();

        Gathering(KeptWords kept) {
            this.kept = kept;
            this.wordCount = kept.words().length;
            this.postings = new Postings[wordCount + 1024];
        }

        /** The number of a word. */
        int number(String word) {
            int found = Arrays.binarySearch(kept.words(), word);
            if (found >= 0) {
                return found;
            }
            Integer known = newNumbers.get(word);
            if (known != null) {
                return known;
            }
            int number = wordCount++;
            newNumbers.put(word, number);
            newWords.add(word);
            if (number == postings.length) {
                postings = Arrays.copyOf(postings, 2 * number);
            }
            return number;
        }

        /** Adds the paper at {@code paper} whose words the memo kept as its paper {@code keptPaper}. */
        void addKept(int paper, int keptPaper) {
            int at = kept.starts()[keptPaper];
            int titleWords = kept.numbers()[at];
            int restWords = kept.numbers()[at + 1];
            papers.add(titleWords);
            papers.add(restWords);
            for (int i = at + 2; i < at + 2 + titleWords + restWords; i++) {
                int number = kept.numbers()[i];
                postingsOf(number).addOnce(paper, i < at + 2 + titleWords);
                papers.add(number);
            }
        }

        /** Starts a paper split in this build: its words are added by {@link #add}, title's first, then {@link #end}. */
        void start() {
            title.clear();
            rest.clear();
        }

        /** A word of the paper at {@code paper}: counted once, where it first is. */
        void add(int paper, int number, boolean inTitle) {
            if (postingsOf(number).addOnce(paper, inTitle)) {
                (inTitle ? title : rest).add(number);
            }
        }

        void end() {
            papers.add(title.size());
            papers.add(rest.size());
            papers.addAll(title);
            papers.addAll(rest);
        }

        private Postings postingsOf(int number) {
            Postings p = postings[number];
            if (p == null) {
                p = new Postings();
                postings[number] = p;
            }
            return p;
        }

        private int[] renumbered;
        private List<IndexedWord> sorted;

        /**
         * The words that occur, in word order: the memo's words are in that order already, and the new ones, sorted,
         * are merged in. Numbers {@link #renumbered} each by its place here.
         */
        List<IndexedWord> words() {
            String[] old = kept.words();
            String[] added = newWords.toArray(String[]::new);
            Arrays.sort(added);
            renumbered = new int[wordCount];
            List<IndexedWord> words = new ArrayList<>(wordCount);
            int o = 0;
            int n = 0;
            while (o < old.length || n < added.length) {
                int number = n == added.length || o < old.length && old[o].compareTo(added[n]) < 0
                        ? o++ : newNumbers.get(added[n++]);
                if (postings[number] != null) {
                    renumbered[number] = words.size();
                    words.add(new IndexedWord(wordOf(number), postings[number]));
                }
            }
            sorted = words;
            return words;
        }

        private String wordOf(int number) {
            return number < kept.words().length ? kept.words()[number] : newWords.get(number - kept.words().length);
        }

        /** Every paper's words, numbered by their place in {@link #words}, for the next build; null if unkeepable. */
        byte[] keptWords(long[] hashes) {
            int[] numbers = papers.toArray();
            for (int at = 0; at < numbers.length; ) {
                int end = at + 2 + numbers[at] + numbers[at + 1];
                for (at += 2; at < end; at++) {
                    numbers[at] = renumbered[numbers[at]];
                }
            }
            MemoBytes.Writer out = new MemoBytes.Writer();
            out.number(sorted.size());
            sorted.forEach(w -> out.text(w.word()));
            return out.longs(hashes).smallNumbers(numbers).bytes();
        }
    }

    /**
     * The words of each paper as the last build found them: every word, in word order, and for each paper (by the hash
     * of its text) how many of its words are in its title and how many more in the rest, then their numbers.
     *
     * @param starts where each paper's counts are in {@code numbers}
     */
    private record KeptWords(String[] words, long[] hashes, int[] numbers, int[] starts, Map<Long, Integer> byHash) {

        static final KeptWords NONE = new KeptWords(new String[0], new long[0], new int[0], new int[0], Map.of());

        int paperCount() {
            return hashes.length;
        }

        /** The paper the memo kept of the text of this hash, or -1. */
        int paperOf(long hash) {
            Integer paper = byHash.get(hash);
            return paper == null ? -1 : paper;
        }

        static KeptWords read(MemoBytes.Reader in) throws java.io.IOException {
            int count = in.size(2);
            String[] words = new String[count];
            for (int i = 0; i < count; i++) {
                words[i] = in.text();
                if (i > 0 && words[i - 1].compareTo(words[i]) >= 0) {
                    return null; // not in word order: no word could be looked up
                }
            }
            long[] hashes = in.longs();
            int[] numbers = in.smallNumbers();
            int[] starts = new int[hashes.length];
            Map<Long, Integer> byHash = new HashMap<>(MemoBytes.Reader.capacity(hashes.length));
            int at = 0;
            for (int paper = 0; paper < hashes.length; paper++) {
                if (at + 2 > numbers.length) {
                    return null;
                }
                starts[paper] = at;
                // in long: two counts a forged memo makes near the largest int would wrap round to a paper of no words
                long end = at + 2L + numbers[at] + numbers[at + 1];
                if (end > numbers.length) {
                    return null;
                }
                for (at += 2; at < end; at++) {
                    if (numbers[at] >= count) {
                        return null;
                    }
                }
                byHash.putIfAbsent(hashes[paper], paper);
            }
            return at == numbers.length ? new KeptWords(words, hashes, numbers, starts, byHash) : null;
        }
    }

    /**
     * The words of some papers, as numbers in a table of their own: each paper's title's words, then its abstract's
     * and its venue's, repeats included.
     *
     * @param ends    for each paper, where its title's words end and where its abstract's and venue's do, in {@code words}
     * @param numbers each word of the table's number in the index, -1 until it is looked up
     */
    private record Chunk(WordTable table, int[] words, int[] ends, int[] numbers) {

        /** The words of the papers at {@code positions[from]} to {@code positions[to - 1]}. */
        static Chunk of(List<Paper> papers, int[] positions, int from, int to) {
            WordTable table = new WordTable(SearchWords.STOPWORDS);
            IntList words = new IntList();
            int[] ends = new int[2 * (to - from)];
            for (int k = from; k < to; k++) {
                Paper paper = papers.get(positions[k]);
                SearchWords.numberTitle(paper.title(), table, words::add);
                ends[2 * (k - from)] = words.size();
                SearchWords.number(paper.abstractText(), table, words::add);
                paper.venue().ifPresent(venue -> SearchWords.number(venue, table, words::add));
                ends[2 * (k - from) + 1] = words.size();
            }
            int[] numbers = new int[table.size()];
            Arrays.fill(numbers, -1);
            return new Chunk(table, words.toArray(), ends, numbers);
        }

        /** Adds the words of this chunk's {@code k}th paper, at {@code paper}, to the index, its title's first. */
        void addTo(Gathering index, int paper, int k) {
            index.start();
            int at = k == 0 ? 0 : ends[2 * k - 1];
            for (int half = 0; half < 2; half++) {
                for (; at < ends[2 * k + half]; at++) {
                    int own = words[at];
                    if (numbers[own] < 0) {
                        numbers[own] = index.number(table.word(own));
                    }
                    index.add(paper, numbers[own], half == 0);
                }
            }
            index.end();
        }
    }
}
