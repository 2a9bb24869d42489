package io.github.paperdigest.site;

/**
 * Which file of {@code paper-data/} holds what other pages' scripts need of a paper (its abstract for a search
 * result, its BibTeX entry for the reading list's export). Papers share files, about {@value #PAPERS_PER_FILE} to a
 * file, rather than one file each: a site of 100,000 papers would otherwise write 100,000 more files into one folder,
 * and a file costs a build more than its bytes (creating it, and deleting it at the next clean: bench/RESULTS.md).
 * The theme's script finds a paper's file by the same function of the page's path ({@code paperDataFile} in
 * {@code search-engine.js}), so no page needs a table of them: FNV-1a over the path's UTF-16 code units, modulo the
 * number of files, a power of two. The number of files doubles only when the papers do; until then a paper added
 * moves no other paper to another file.
 *
 * @param count the number of files, a power of two
 */
public record PaperShards(int count) {

    static final int PAPERS_PER_FILE = 16;
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    public PaperShards {
        if (count < 1 || Integer.bitCount(count) != 1) {
            throw new IllegalArgumentException("not a power of two: " + count);
        }
    }

    /** The files for a site of this many papers: the least power of two that keeps them to about 16 a file. */
    public static PaperShards forPapers(int papers) {
        int needed = Math.max(1, (papers + PAPERS_PER_FILE - 1) / PAPERS_PER_FILE);
        return new PaperShards(Integer.highestOneBit(needed) == needed ? needed : Integer.highestOneBit(needed) << 1);
    }

    /** The file of the paper whose page is at this path (from the site root). */
    public int of(String pagePath) {
        int hash = FNV_OFFSET;
        for (int i = 0; i < pagePath.length(); i++) {
            hash ^= pagePath.charAt(i);
            hash *= FNV_PRIME;
        }
        return hash & (count - 1);
    }

    /** The path of a file, from the site root. */
    public String path(int shard) {
        return SitePaths.paperData(shard);
    }
}
