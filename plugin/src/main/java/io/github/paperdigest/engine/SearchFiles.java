package io.github.paperdigest.engine;

import io.github.paperdigest.render.SearchIndexScript.Scripts;
import java.util.function.Supplier;

/**
 * The search index's files, the root, its posting files and its title files, which come from one index: made together by whichever
 * of their writers runs first, and each file's bytes let go once it is written, since the index is the largest thing a
 * build makes at once.
 */
final class SearchFiles {

    private final Supplier<Scripts> make;
    private byte[] root;
    private byte[][] postings;
    private byte[][] titles;

    /** {@code make}: the scripts, asked for once, when the first of the files is written. */
    SearchFiles(Supplier<Scripts> make) {
        this.make = make;
    }

    synchronized byte[] root() {
        made();
        byte[] bytes = taken(root, "the search index");
        root = null;
        return bytes;
    }

    synchronized byte[] postings(int file) {
        made();
        byte[] bytes = taken(postings[file], "posting file " + file);
        postings[file] = null;
        return bytes;
    }

    synchronized byte[] titles(int file) {
        made();
        byte[] bytes = taken(titles[file], "title file " + file);
        titles[file] = null;
        return bytes;
    }

    private void made() {
        if (postings == null) {
            Scripts scripts = make.get();
            root = scripts.root();
            postings = scripts.postings().toArray(byte[][]::new);
            titles = scripts.titles().toArray(byte[][]::new);
        }
    }

    private static byte[] taken(byte[] bytes, String what) {
        if (bytes == null) {
            throw new IllegalStateException(what + " asked for twice");
        }
        return bytes;
    }
}
