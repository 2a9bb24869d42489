package io.github.paperdigest.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * Warnings of one kind, as many as a strict build's failure lists problems and then their number: an archive merged
 * from two libraries can repeat one mistake hundreds of times, which would bury every other warning. The debug log
 * ({@code mvn -X}) names the rest.
 */
public final class ListedWarnings {

    /** How many warnings of one kind are named. */
    public static final int LISTED = 50;

    private ListedWarnings() {
    }

    /**
     * Gives {@code warn} the first {@link #LISTED} warnings, then one that counts the rest ("and 12 " + {@code rest}), and
     * {@code debug} the rest.
     */
    public static void report(List<String> warnings, String rest, Consumer<String> warn, Consumer<String> debug) {
        warnings.stream().limit(LISTED).forEach(warn);
        if (warnings.size() > LISTED) {
            warn.accept("and " + (warnings.size() - LISTED) + " " + rest + " (the debug log names each)");
            warnings.subList(LISTED, warnings.size()).forEach(debug);
        }
    }
}
