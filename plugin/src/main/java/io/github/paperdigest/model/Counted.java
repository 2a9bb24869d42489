package io.github.paperdigest.model;

/**
 * A count said in words, as pages and log lines say one: "1 paper", "0 papers", "3 papers". Every noun the plugin
 * counts with takes an "s" for its plural ("paper", "digest", "topic hub", "file", "section").
 */
public final class Counted {

    private Counted() {
    }

    /** The noun for a count: "paper" for 1, "papers" for any other. */
    public static String noun(long count, String one) {
        return count == 1 ? one : one + "s";
    }

    /** The count and its noun: "1 paper", "3 papers". */
    public static String of(long count, String one) {
        return count + " " + noun(count, one);
    }
}
