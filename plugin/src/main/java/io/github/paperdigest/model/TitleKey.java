package io.github.paperdigest.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a title: lower case, no accents, letters and digits separated by single spaces. A
 * title without a letter or digit (emoji, symbols) is its own key, white space collapsed: otherwise all such
 * titles would have the empty key and be taken for one paper.
 */
public final class TitleKey {

    private TitleKey() {
    }

    public static String of(String title) {
        String ascii = ofAscii(title);
        return ascii != null ? ascii : ofUnicode(title);
    }

    /**
     * The key of an ASCII title, where decomposition changes nothing, in one pass; null when the title is not
     * ASCII or has no letter or digit. Every paper's id is a title key unless its arXiv id is known.
     */
    private static String ofAscii(String title) {
        StringBuilder key = new StringBuilder(title.length());
        boolean pendingSpace = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 128) {
                return null;
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else {
                pendingSpace = true;
            }
        }
        return key.length() > 0 ? key.toString() : null;
    }

    private static String ofUnicode(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                pendingSpace = true;
            }
        }
        return key.length() > 0 ? key.toString() : String.join(" ", title.strip().split("\\s+"));
    }
}
