package io.github.paperdigest.render;

import java.util.List;

/** Authors as a list of papers shows them: all of up to three, else the first two and "et al.". */
final class AuthorNames {

    private AuthorNames() {
    }

    /** "A", "A and B", "A, B and C", "A, B et al."; null for no authors. */
    static String shortened(List<String> authors) {
        return switch (authors.size()) {
            case 0 -> null;
            case 1 -> authors.get(0);
            case 2 -> authors.get(0) + " and " + authors.get(1);
            case 3 -> authors.get(0) + ", " + authors.get(1) + " and " + authors.get(2);
            default -> authors.get(0) + ", " + authors.get(1) + " et al.";
        };
    }
}
