package io.github.paperdigest.model;

import java.util.List;

/**
 * The comparable form of a title: lower case, no accents, letters and digits separated by single spaces. A
 * title without a letter or digit (emoji, symbols) is its own key, white space collapsed: otherwise all such
 * titles would have the empty key and be taken for one paper.
 */
public final class TitleKey {

    private TitleKey() {
    }

    public static String of(String title) {
        if (TextFolding.isAscii(title)) {
            return ofAscii(title);
        }
        List<String> words = TextFolding.words(title);
        return words.isEmpty() ? String.join(" ", title.strip().split("\\s+")) : String.join(" ", words);
    }

    /**
     * The key of an ASCII title, as {@link TextFolding#words} would give its words, written in one pass from where
     * {@link TextFolding#asciiWords} finds them, without a string a word: every entry's title is keyed as the
     * digests are read.
     */
    private static String ofAscii(String title) {
        StringBuilder key = new StringBuilder(title.length());
        TextFolding.asciiWords(title, (start, end) -> {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            for (int i = start; i < end; i++) {
                key.append(TextFolding.lowerAscii(title.charAt(i)));
            }
        });
        return key.isEmpty() ? String.join(" ", title.strip().split("\\s+")) : key.toString();
    }
}
