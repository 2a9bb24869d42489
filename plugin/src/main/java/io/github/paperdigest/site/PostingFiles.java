package io.github.paperdigest.site;

import io.github.paperdigest.site.SearchIndex.IndexedWord;
import java.util.List;

/**
 * How the search index's postings (which papers each word occurs in) are split into files, so that a browser loads
 * the postings of the words a query needs rather than all of them. At 100,000 papers the postings are some 19 MB, and
 * a browser parses a script of that size for seconds (bench/RESULTS.md).
 *
 * <p>Words go to files in their sorted order, in runs of about equal occurrences, so that the words a prefix
 * completes to ("vid": video, videos, vidi…) sit in one or two files. There is a file per {@value #PAPERS_PER_FILE}
 * papers, which keeps a file to some 50 KB whatever the size of the site.
 *
 * @param count the number of files, at least one
 */
public record PostingFiles(int count) {

    static final int PAPERS_PER_FILE = 256;

    public PostingFiles {
        if (count < 1) {
            throw new IllegalArgumentException("no posting files: " + count);
        }
    }

    /** The files for a site of this many papers. */
    public static PostingFiles forPapers(int papers) {
        return new PostingFiles(Math.max(1, (papers + PAPERS_PER_FILE - 1) / PAPERS_PER_FILE));
    }

    /**
     * For each file, the position of its first word in {@code words}: a file holds the words from its start to the
     * next file's. A word goes to the file that the occurrences before it reach, in shares of the whole; a word with
     * more occurrences than a share leaves the files after it empty (their start is the next word's).
     */
    public int[] starts(List<IndexedWord> words) {
        long total = 0;
        for (IndexedWord word : words) {
            total += word.occurrences().size();
        }
        int[] starts = new int[count];
        int file = 0;
        long before = 0;
        for (int i = 0; i < words.size(); i++) {
            int own = total == 0 ? 0 : (int) Math.min(count - 1, before * count / total);
            while (file < own) {
                starts[++file] = i;
            }
            before += words.get(i).occurrences().size();
        }
        while (file < count - 1) {
            starts[++file] = words.size();
        }
        return starts;
    }

    /** The path of a file, from the site root. */
    public String path(int file) {
        return SitePaths.searchPostings(file);
    }
}
