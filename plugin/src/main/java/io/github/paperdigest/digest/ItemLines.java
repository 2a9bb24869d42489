package io.github.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a list item that Markdown's line breaks set apart, as some awesome lists write a paper over four lines:
 * "- **Title** \" over "*A. Author, B. Author* \" over "Venue 2017. [[Paper](url)] \" over "Jun 15, 2017". A break is
 * a backslash that ends a line (a wrapped item's lines are joined at a new line after it, see
 * {@code ListItems}) or an HTML {@code <br>}, which may also sit within a line. Lines merely wrapped, with no
 * break, are one line, as Markdown shows them.
 */
final class ItemLines {

    /** "\" then a new line, not an escaped backslash ("\\"); or {@code <br>}, {@code <br/>}, {@code <br />}. */
    private static final Pattern BREAK = Pattern.compile("(?i)(?<!\\\\)\\\\\\n|<br\\s{0,8}/?>");

    private ItemLines() {
    }

    /** The item's lines, each without its break; the item's Markdown itself, as it is, when it has no break. */
    static List<String> of(String markdown) {
        Matcher m = BREAK.matcher(markdown);
        if (!m.find()) {
            return List.of(markdown);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        do {
            add(lines, markdown.substring(start, m.start()));
            start = m.end();
        } while (m.find());
        add(lines, markdown.substring(start));
        return lines.isEmpty() ? List.of(markdown) : List.copyOf(lines);
    }

    /** Whether the text ends with Markdown's line break: a backslash that no other backslash escapes. */
    static boolean endsWithBreak(CharSequence text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static void add(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
    }
}
