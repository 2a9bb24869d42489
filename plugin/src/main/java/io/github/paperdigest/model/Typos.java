package io.github.paperdigest.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * How far a name someone typed is from the names a reader of it knows: the one measure behind every "did you mean"
 * (a POM's element, a command line's property, a template's path, a digest's metadata key).
 */
public final class Typos {

    private Typos() {
    }

    /** Edits from a to b: inserting, deleting or replacing a character, or swapping two neighbours ("tilte"). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The name of {@code names} fewest edits from {@code typed}, case aside, when it is at most {@code most} edits
     * away; the first in alphabetical order on a tie, so that the answer does not depend on the collection's order.
     */
    public static Optional<String> nearest(String typed, Collection<String> names, int most) {
        return nearest(typed, names, name -> most);
    }

    /** As {@link #nearest(String, Collection, int)}, with the edits allowed depending on the name (its length). */
    public static Optional<String> nearest(String typed, Collection<String> names, ToIntFunction<String> most) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : new TreeSet<>(names)) {
            int d = distance(lower, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= most.applyAsInt(best) ? Optional.of(best) : Optional.empty();
    }
}
