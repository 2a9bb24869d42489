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
     * The key of an ASCII title, as {@link TextFolding#words} would give its words, written in one pass: every paper's
     * title is keyed when the digests are read and again when the site is planned.
     */
    private static String ofAscii(String title) {
        StringBuilder key = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (TextFolding.isAsciiLetterOrDigit(c)) {
                if (!key.isEmpty() && !TextFolding.isAsciiLetterOrDigit(title.charAt(i - 1))) {
                    key.append(' ');
                }
                key.append(TextFolding.lowerAscii(c));
            }
        }
        return key.isEmpty() ? String.join(" ", title.strip().split("\\s+")) : key.toString();
    }
}
