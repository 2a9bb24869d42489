package io.github.paperdigest.digest;

/**
 * arXiv's list of authors as its metadata writes it, affiliations and all: each author's affiliation, or its number,
 * in parentheses after the name, and the numbered affiliations in parentheses after the last, as arXiv asks authors to
 * write them ("Jane Smith (1), Bob Jones (1 and 2) ((1) MIT, (2) Stanford University)", "Ann Lee (MIT), Bo Chen").
 * Read as a list of names, the commas and "and" inside the parentheses made authors of "(2) Stanford University)".
 */
final class ArxivAuthors {

    private ArxivAuthors() {
    }

    /**
     * The names, without what parentheses hold; the text as written when its parentheses do not pair, and without its
     * parentheses when they hold all of it.
     */
    static String names(String authors) {
        if (authors.indexOf('(') < 0) {
            return authors;
        }
        StringBuilder names = new StringBuilder(authors.length());
        int depth = 0;
        for (int i = 0; i < authors.length(); i++) {
            char c = authors.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return authors;
                }
            } else if (depth == 0) {
                names.append(c);
            }
        }
        if (depth != 0) {
            return authors;
        }
        String outside = Whitespace.collapse(names.toString()).replaceAll("\\s+,", ",").replaceAll(",(?:\\s*,)+", ",")
                .replaceAll("^[,\\s]+|[,\\s]+$", "");
        // all in parentheses ("(ATLAS Collaboration)") is the author, who signs alone, not an affiliation of nobody
        return outside.isEmpty() ? Whitespace.collapse(authors.replace('(', ' ').replace(')', ' ')).strip() : outside;
    }
}
