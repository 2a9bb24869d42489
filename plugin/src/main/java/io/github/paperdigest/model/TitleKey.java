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
        List<String> words = TextFolding.words(title);
        return words.isEmpty() ? String.join(" ", title.strip().split("\\s+")) : String.join(" ", words);
    }
}
