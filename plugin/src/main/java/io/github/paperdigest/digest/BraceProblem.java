package io.github.paperdigest.digest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the braces of one BibTeX entry fail to balance, said at the brace at fault rather than at the entry: in a
 * long abstract or a file of hundreds of entries, "line 6" of an entry of forty lines does not say what to fix.
 * The entry's own '{' is the first; the '}' that should close it is the last, so when a field's '{' lacks its '}',
 * the entry's last '}' closes that one instead: that '{' is the one left open. A '}' too many ends the entry early; it
 * is the one that closes the entry's own '{' before the depth goes below zero.
 *
 * @param lineOffset the brace's line, counted from the entry's first line (0)
 * @param column     the brace's column, from 1
 * @param kind       what is wrong at the brace
 * @param nextLine   for a '{' left open, the line (offset) whose field or closing '}' is read inside it; -1 when none
 * @param nextIsField whether that line starts a field ("doi = ...") rather than closing the entry
 */
record BraceProblem(int lineOffset, int column, Kind kind, int nextLine, boolean nextIsField) {

    /** Deeper brace nesting than this is no bibliography: refused before a recursive parser sees it. */
    static final int MAX_NESTING = 64;
    /** "@article(key, ...)": an entry in parentheses, whose braces are all its fields'. */
    private static final Pattern IN_PARENTHESES = Pattern.compile("^\\s*@\\s*[A-Za-z]+\\s*\\(");

    enum Kind {
        /** A '{' that no '}' closes where the layout says it should. */
        NEVER_CLOSED,
        /** The entry's own '{', never closed. */
        ENTRY_NEVER_CLOSED,
        /** A '}' that closes the entry before its end. */
        ENDS_EARLY,
        /** Braces nested deeper than {@link #MAX_NESTING}. */
        TOO_DEEP
    }

    private record Brace(int line, int column) {
    }

    /** The problem of the entry's braces, or empty when they balance. */
    static Optional<BraceProblem> of(List<String> entry) {
        Deque<Brace> open = new ArrayDeque<>();
        boolean inParentheses = !entry.isEmpty() && IN_PARENTHESES.matcher(entry.get(0)).find();
        Brace entryBrace = null;
        Brace firstClose = null;
        Brace closedByLast = null;
        int lastCloseLine = -1;
        for (int l = 0; l < entry.size(); l++) {
            String line = entry.get(l);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    Brace brace = new Brace(l, i + 1);
                    if (entryBrace == null && !inParentheses) {
                        entryBrace = brace;
                    }
                    open.push(brace);
                    if (open.size() > MAX_NESTING) {
                        return Optional.of(new BraceProblem(l, i + 1, Kind.TOO_DEEP, -1, false));
                    }
                } else if (c == '}') {
                    if (open.isEmpty()) {
                        // a '}' too many: the one that closed the entry's '{' ended it early, unless it is this one
                        Brace early = firstClose != null ? firstClose : new Brace(l, i + 1);
                        return Optional.of(new BraceProblem(early.line(), early.column(), Kind.ENDS_EARLY, -1, false));
                    }
                    closedByLast = open.pop();
                    lastCloseLine = l;
                    if (open.isEmpty() && firstClose == null && !inParentheses) {
                        firstClose = new Brace(l, i + 1);
                    }
                }
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        // The entry's last '}' closed the brace left open when that brace spans a line that starts a field or closes
        // the entry: a value's brace closes before the next field. A brace that spans no such line was closed by its
        // own '}', and the one left open is the innermost still open, the entry's own when no other is.
        if (closedByLast != null && !closedByLast.equals(entryBrace)) {
            for (int l = closedByLast.line() + 1; l <= lastCloseLine; l++) {
                String line = entry.get(l);
                if (BibTexDigestReader.startsAField(line) || line.stripLeading().startsWith("}")) {
                    return Optional.of(new BraceProblem(closedByLast.line(), closedByLast.column(), Kind.NEVER_CLOSED,
                            l, BibTexDigestReader.startsAField(line)));
                }
            }
        }
        Brace innermost = open.peek();
        return Optional.of(new BraceProblem(innermost.line(), innermost.column(),
                innermost.equals(entryBrace) ? Kind.ENTRY_NEVER_CLOSED : Kind.NEVER_CLOSED, -1, false));
    }

    /** What is wrong and how to fix it; {@code firstLine} is the entry's line in its file. */
    String what(int firstLine) {
        return switch (kind) {
            case TOO_DEEP -> "nests braces deeper than " + MAX_NESTING + " levels (from column " + column + ")";
            case ENTRY_NEVER_CLOSED -> "has a '{' at column " + column + " that is never closed; end the entry with '}'";
            case ENDS_EARLY -> "has a '}' at column " + column + " that ends the entry before what follows it; remove"
                    + " it, or add the '{' it closes (a brace meant as text is written '\\}')";
            case NEVER_CLOSED -> "has a '{' at column " + column + " that is never closed"
                    + (nextLine < 0 ? "" : nextIsField ? ": the field on line " + (firstLine + nextLine) + " is read as part of it"
                            : ": the entry's closing '}' on line " + (firstLine + nextLine) + " is read as part of it")
                    + "; add the '}' it lacks (a brace meant as text is written '\\{')";
        };
    }
}
