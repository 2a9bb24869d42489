package io.github.paperdigest.site;

/**
 * How the search index's titles and page paths are split into files, so that a browser loads those of the results it
 * shows rather than all of them. At 100,000 papers they are 15.8 MB, which every first search parsed for the few
 * dozen it showed (bench/RESULTS.md).
 *
 * <p>Papers go to files in the index's order (newest first), {@value #PAPERS_PER_FILE} to a file, some 10 KB. A page
 * of 20 results, which may come from anywhere in the site, then loads at most 20 such files, about 200 KB, where
 * files of 256 papers would load up to 600 KB for the same page (measured on a site of 100,000 papers).
 *
 * @param papers the number of papers of the index
 */
public record TitleFiles(int papers) {

    /** Papers to a file; the theme's script reads it from the root, which names it. */
    public static final int PAPERS_PER_FILE = 64;

    public TitleFiles {
        if (papers < 0) {
            throw new IllegalArgumentException("a negative number of papers: " + papers);
        }
    }

    /** The number of files, at least one (which is empty for a site without papers). */
    public int count() {
        return Math.max(1, (papers + PAPERS_PER_FILE - 1) / PAPERS_PER_FILE);
    }

    /** The position of the first paper of a file in the index. */
    public int first(int file) {
        return file * PAPERS_PER_FILE;
    }

    /** The position after the last paper of a file. */
    public int end(int file) {
        return Math.min(papers, first(file) + PAPERS_PER_FILE);
    }

    /** The path of a file, from the site root. */
    public String path(int file) {
        return SitePaths.searchTitles(file);
    }
}
