package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Each paper's most similar papers by the cosine of their sentence embeddings. Up to {@link #EXACT_LIMIT} papers
 * every pair is compared, once for both papers, a tile of papers against a tile of papers at a time
 * ({@link VectorTiles}). Above, an
 * inverted-file index: the papers are clustered into about √n cells (k-means trained on a sample), and a paper is
 * compared only with the papers of the {@link #PROBES} cells whose centres are nearest to it: about n·√n·PROBES
 * comparisons instead of n² (see {@code SemanticNeighboursTest} for the measured recall).
 *
 * <p>Measured on the labelled arXiv corpus, adding the lexical TF-IDF cosine to the embedding's did not help
 * (0.708 of related papers share the primary category with it or without), so the embedding's alone ranks.
 *
 * <p>Deterministic whatever the threads: each paper's neighbours are the best of the same scores, each score the
 * same float however the work is split ({@link NearestK}, {@link VectorMatrix}).
 *
 * <p>Below the limit, the neighbours found are kept for the next build ({@link KnownNeighbours}). A paper whose vector
 * and whose neighbours' vectors are unchanged then keeps its neighbours, and is compared only with the papers that
 * are new or changed: an archive that gains a digest compares its new papers with every paper, not every pair. The
 * neighbours are exactly those of comparing every pair, so a memo the plugin wrote (checksummed, and dropped when the
 * plugin's code changes, {@code AnalysisMemoFile}) changes how long a build takes, never what it finds.
 */
public final class SemanticNeighbours {

    static final int EXACT_LIMIT = 20_000;
    static final int PROBES = 8;
    /** Papers whose neighbours are sought together, against one tile at a time: the tile stays in the cache. */
    private static final int QUERY_BLOCK = 128;
    private static final int TRAINING_POINTS_PER_CELL = 30;
    private static final int TRAINING_ITERATIONS = 8;

    private final int count;
    private final int exactLimit;
    private final AnalysisMemo memo;
    /** Told, when the memo's neighbours are used, how many papers were compared with every paper. */
    private final IntConsumer reuse;

    public SemanticNeighbours(int count) {
        this(count, AnalysisMemo.none());
    }

    /** An index that keeps the neighbours it finds in {@code memo}, and starts from those an earlier build kept. */
    public SemanticNeighbours(int count, AnalysisMemo memo) {
        this(count, EXACT_LIMIT, memo);
    }

    SemanticNeighbours(int count, int exactLimit) {
        this(count, exactLimit, AnalysisMemo.none());
    }

    SemanticNeighbours(int count, int exactLimit, AnalysisMemo memo) {
        this(count, exactLimit, memo, papers -> { });
    }

    SemanticNeighbours(int count, int exactLimit, AnalysisMemo memo, IntConsumer reuse) {
        this.count = count;
        this.exactLimit = exactLimit;
        this.memo = memo;
        this.reuse = reuse;
    }

    public Map<PaperId, List<RelatedPaper>> compute(PaperVectors papers) {
        NearestK[] nearest = papers.size() <= exactLimit ? exactKeeping(papers) : approximate(papers.points());
        Map<PaperId, List<RelatedPaper>> related = new HashMap<>();
        for (int i = 0; i < nearest.length; i++) {
            int[] ids = nearest[i].ids();
            float[] scores = nearest[i].scores();
            List<RelatedPaper> list = new ArrayList<>(ids.length);
            for (int r = 0; r < ids.length; r++) {
                list.add(new RelatedPaper(papers.ids().get(ids[r]), Math.max(0, Math.min(1, scores[r]))));
            }
            related.put(papers.ids().get(i), List.copyOf(list));
        }
        return related;
    }

    /** For each point, its nearest other points, most similar first; on a tie, the lower index first. */
    int[][] nearest(float[][] v) {
        NearestK[] found = search(new KeyedPoints(VectorMatrix.of(v), PaperKeys.ofPositions(v.length)));
        int[][] out = new int[found.length][];
        for (int i = 0; i < found.length; i++) {
            out[i] = found[i].ids();
        }
        return out;
    }

    private NearestK[] search(KeyedPoints points) {
        return points.rows() <= exactLimit ? exact(points.vectors()) : approximate(points);
    }

    /** Every pair's neighbours, from those the last build kept where they still hold; kept in turn for the next. */
    private NearestK[] exactKeeping(PaperVectors papers) {
        VectorMatrix v = papers.matrix();
        String key = AnalysisMemo.key("semantic neighbours", papers.modelKey(), Integer.toString(count));
        byte[] recalled = memo.recall(key);
        String[] hashes = new String[v.rows()];
        IntStream.range(0, hashes.length).parallel().forEach(i -> hashes[i] = v.isFinite(i) ? v.rowHash(i) : null);
        boolean finite = Arrays.stream(hashes).allMatch(Objects::nonNull);
        List<String> ids = papers.ids().stream().map(PaperId::value).toList();
        KnownNeighbours before = finite ? KnownNeighbours.of(recalled) : null;
        NearestK[] found = before == null ? null : update(v, ids, hashes, before);
        if (found == null) {
            found = exact(v);
        }
        int[][] nearest = new int[found.length][];
        for (int i = 0; i < found.length; i++) {
            nearest[i] = found[i].ids();
        }
        // a vector that is not a number has no place in an order: its neighbours are found anew every build
        byte[] kept = finite ? new KnownNeighbours(ids, List.of(hashes), nearest).bytes() : null;
        if (kept != null) {
            memo.remember(key, kept);
        } else if (recalled != null) {
            memo.forget(key);
        }
        return found;
    }

    /**
     * The neighbours of every pair, from those known. Known neighbours still hold for a paper whose vector, and whose
     * neighbours' vectors, are unchanged: every other paper it was compared with scores as it did, below them. So it
     * is compared only with the papers that are new or changed, and with its known neighbours, each score computed
     * again (the memo says which papers, never what they score). A paper that is new or changed itself, or lost a
     * neighbour, is compared with every paper. Null when the papers kept are not in their old order (a tie would
     * then go the other way) or when so many are compared with every paper that comparing every pair is cheaper.
     */
    private NearestK[] update(VectorMatrix v, List<String> ids, String[] hashes, KnownNeighbours before) {
        int n = v.rows();
        Map<String, Integer> beforeAt = before.positions();
        int[] was = new int[n];
        int[] now = new int[before.size()];
        Arrays.fill(now, -1);
        int last = -1;
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer p = beforeAt.get(ids.get(i));
            was[i] = p != null && before.vectorHashes().get(p).equals(hashes[i]) ? p : -1;
            if (was[i] < 0) {
                fresh.add(i);
            } else if (was[i] <= last) {
                return null;
            } else {
                last = was[i];
                now[was[i]] = i;
            }
        }
        List<Integer> everyPaper = new ArrayList<>();
        List<Integer> newOnly = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (was[i] < 0 || lostANeighbour(before.nearest()[was[i]], now) ? everyPaper : newOnly).add(i);
        }
        if (everyPaper.size() * 4L > n) {
            return null;
        }
        reuse.accept(everyPaper.size());
        NearestK[] out = new NearestK[n];
        for (int i : newOnly) {
            out[i] = new NearestK(count);
            for (int p : before.nearest()[was[i]]) {
                out[i].offer(now[p], v.dot(i, now[p]));
            }
        }
        for (int i : everyPaper) {
            out[i] = new NearestK(count);
        }
        compareInBlocks(v, everyPaper, VectorTiles.of(v), out);
        compareInBlocks(v, newOnly, new VectorTiles(v, fresh.stream().mapToInt(Integer::intValue).toArray()), out);
        return out;
    }

    private static boolean lostANeighbour(int[] known, int[] now) {
        for (int p : known) {
            if (now[p] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Each paper offered every paper of the tiles, a block of papers against one tile at a time. */
    private static void compareInBlocks(VectorMatrix v, List<Integer> papers, VectorTiles against, NearestK[] into) {
        IntStream.range(0, (papers.size() + QUERY_BLOCK - 1) / QUERY_BLOCK).parallel().forEach(block -> {
            float[] scores = new float[VectorTiles.TILE];
            int to = Math.min(papers.size(), (block + 1) * QUERY_BLOCK);
            for (int t = 0; t < against.tileCount(); t++) {
                for (int r = block * QUERY_BLOCK; r < to; r++) {
                    int i = papers.get(r);
                    offer(against, t, v, i, scores, into[i]);
                }
            }
        });
    }

    /**
     * Every pair compared once: the tiles are taken two by two (a tile with itself too), each paper of the first
     * scored against the second, and each score offered to both papers, since the score of (i, j) is the very float
     * of (j, i). Workers take pairs of tiles as they come and keep their own candidates for every paper; a paper's
     * neighbours are then the best of all its workers' candidates, which is the best of all its scores, whatever
     * worker saw which.
     */
    private NearestK[] exact(VectorMatrix v) {
        int n = v.rows();
        VectorTiles all = VectorTiles.of(v);
        int tiles = all.tileCount();
        int[][] pairs = new int[tiles * (tiles + 1) / 2][];
        for (int a = 0, p = 0; a < tiles; a++) {
            for (int b = a; b < tiles; b++) {
                pairs[p++] = new int[] {a, b};
            }
        }
        int workers = Math.max(1, Math.min(pairs.length, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        NearestK[][] partial = new NearestK[workers][];
        IntStream.range(0, workers).parallel().forEach(w -> {
            NearestK[] own = new NearestK[n];
            for (int i = 0; i < n; i++) {
                own[i] = new NearestK(count);
            }
            float[] scores = new float[VectorTiles.TILE];
            for (int p = next.getAndIncrement(); p < pairs.length; p = next.getAndIncrement()) {
                scorePair(all, pairs[p][0], pairs[p][1], v, scores, own);
            }
            partial[w] = own;
        });
        NearestK[] out = new NearestK[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            NearestK best = new NearestK(count);
            for (NearestK[] own : partial) {
                int[] ids = own[i].ids();
                float[] s = own[i].scores();
                for (int r = 0; r < ids.length; r++) {
                    best.offer(ids[r], s[r]);
                }
            }
            out[i] = best;
        });
        return out;
    }

    /** Each paper of tile a against tile b, each score offered to both papers (once, when a and b are one tile). */
    private static void scorePair(VectorTiles tiles, int a, int b, VectorMatrix v, float[] scores, NearestK[] into) {
        for (int q = 0; q < tiles.width(a); q++) {
            int i = tiles.member(a, q);
            if (a == b) {
                offer(tiles, b, v, i, scores, into[i]);
                continue;
            }
            tiles.score(v.data(), v.offset(i), b, scores);
            NearestK mine = into[i];
            float floor = mine.floor();
            for (int j = 0; j < tiles.width(b); j++) {
                float s = scores[j];
                int other = tiles.member(b, j);
                if (s >= floor) {
                    mine.offer(other, s);
                    floor = mine.floor();
                }
                NearestK theirs = into[other];
                if (s >= theirs.floor()) {
                    theirs.offer(i, s);
                }
            }
        }
    }

    /** Scores paper i against a tile and offers every other paper of it. */
    private static void offer(VectorTiles tiles, int t, VectorMatrix v, int i, float[] scores, NearestK into) {
        tiles.score(v.data(), v.offset(i), t, scores);
        int width = tiles.width(t);
        float floor = into.floor();
        for (int j = 0; j < width; j++) {
            if (scores[j] >= floor) {
                int other = tiles.member(t, j);
                if (other != i) {
                    into.offer(other, scores[j]);
                    floor = into.floor();
                }
            }
        }
    }

    /** The inverted-file index: each paper against the papers of the cells nearest to it. */
    private NearestK[] approximate(KeyedPoints points) {
        VectorMatrix v = points.vectors();
        int n = v.rows();
        int cells = (int) Math.round(Math.sqrt(n));
        VectorMatrix centres = SphericalKMeans.run(points.sample(cells * TRAINING_POINTS_PER_CELL), cells, 1, TRAINING_ITERATIONS).centres();
        VectorTiles centreTiles = VectorTiles.of(centres);
        int probes = Math.min(PROBES, cells);
        int[][] probed = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            float[] scores = new float[VectorTiles.TILE];
            NearestK best = new NearestK(probes);
            for (int t = 0; t < centreTiles.tileCount(); t++) {
                centreTiles.score(v.data(), v.offset(i), t, scores);
                for (int j = 0; j < centreTiles.width(t); j++) {
                    best.offer(centreTiles.member(t, j), scores[j]);
                }
            }
            probed[i] = best.ids();
        });
        VectorTiles[] members = cellMembers(v, probed, cells);
        // papers in order of their own cell, so that papers probing the same cells are scored one after another
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> probed[a][0] != probed[b][0] ? Integer.compare(probed[a][0], probed[b][0])
                : Integer.compare(a, b));
        NearestK[] out = new NearestK[n];
        IntStream.range(0, (n + QUERY_BLOCK - 1) / QUERY_BLOCK).parallel().forEach(block -> {
            float[] scores = new float[VectorTiles.TILE];
            for (int r = block * QUERY_BLOCK; r < Math.min(n, (block + 1) * QUERY_BLOCK); r++) {
                int i = order[r];
                NearestK top = new NearestK(count);
                for (int c : probed[i]) {
                    for (int t = 0; t < members[c].tileCount(); t++) {
                        offer(members[c], t, v, i, scores, top);
                    }
                }
                out[i] = top;
            }
        });
        return out;
    }

    /** Each cell's papers (those whose nearest centre it is), in index order, laid out in tiles. */
    private static VectorTiles[] cellMembers(VectorMatrix v, int[][] probed, int cells) {
        int[] sizes = new int[cells];
        for (int[] p : probed) {
            sizes[p[0]]++;
        }
        int[][] members = new int[cells][];
        for (int c = 0; c < cells; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] filled = new int[cells];
        for (int i = 0; i < probed.length; i++) {
            int c = probed[i][0];
            members[c][filled[c]++] = i;
        }
        VectorTiles[] out = new VectorTiles[cells];
        for (int c = 0; c < cells; c++) {
            out[c] = new VectorTiles(v, members[c]);
        }
        return out;
    }
}
