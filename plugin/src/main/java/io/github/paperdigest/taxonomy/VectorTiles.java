package io.github.paperdigest.taxonomy;

/**
 * Vectors laid out for scoring many queries against them: in tiles of up to {@link #TILE} vectors, each tile held
 * component by component (an array per component, holding that component of every vector of the tile). Scoring a
 * query against a tile is then, for each component, one multiply-add over a plain array, which the JIT turns into
 * SIMD instructions; and a tile, a few hundred kilobytes, stays in the core's cache while a block of queries is
 * scored against it.
 *
 * <p>Each score is summed component by component from zero, exactly as {@link VectorMatrix#dot}: the kernel only
 * does many of those sums side by side. Java forbids fusing a multiply and an add, so the floats are the same
 * with or without SIMD.
 */
final class VectorTiles {

    static final int TILE = 512;

    private final int[] members;
    private final float[][][] tiles;

    /** The given rows of a matrix, in the given order. */
    VectorTiles(VectorMatrix matrix, int[] members) {
        this.members = members.clone();
        int d = matrix.dimensions();
        float[] data = matrix.data();
        int count = (members.length + TILE - 1) / TILE;
        tiles = new float[count][][];
        for (int t = 0; t < count; t++) {
            int from = t * TILE;
            int width = Math.min(TILE, members.length - from);
            float[][] tile = new float[d][width];
            for (int j = 0; j < width; j++) {
                int o = matrix.offset(members[from + j]);
                for (int k = 0; k < d; k++) {
                    tile[k][j] = data[o + k];
                }
            }
            tiles[t] = tile;
        }
    }

    /** Every row of a matrix, in order. */
    static VectorTiles of(VectorMatrix matrix) {
        int[] all = new int[matrix.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return new VectorTiles(matrix, all);
    }

    int size() {
        return members.length;
    }

    int tileCount() {
        return tiles.length;
    }

    int width(int tile) {
        return Math.min(TILE, members.length - tile * TILE);
    }

    /** The row of the source matrix that column j of a tile holds. */
    int member(int tile, int j) {
        return members[tile * TILE + j];
    }

    /**
     * The scores of a query (the {@code length} components of {@code query} from {@code offset}) with every vector of
     * a tile, into {@code out[0..width(tile))}.
     */
    void score(float[] query, int offset, int tile, float[] out) {
        float[][] columns = tiles[tile];
        int width = columns.length == 0 ? width(tile) : columns[0].length;
        java.util.Arrays.fill(out, 0, width, 0f);
        for (int k = 0; k < columns.length; k++) {
            float q = query[offset + k];
            float[] column = columns[k];
            for (int j = 0; j < width; j++) {
                out[j] += q * column[j];
            }
        }
    }
}
