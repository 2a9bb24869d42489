package io.github.paperdigest.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text folded for comparison: lower case, without accents, cut into words of letters and digits. Slugs, title
 * keys, tagging and search all fold text; they do it here, so that "Café", "CAFE" and "cafe" meet wherever
 * they are compared. Text with nothing but ASCII, as most titles and abstracts are, is folded in one pass:
 * decomposition and Unicode's case rules cannot change it.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /** True when every character is ASCII. */
    public static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    public static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@link Character#isLetterOrDigit}, asked first of ASCII, which most of any text is, without its tables. */
    public static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c);
    }

    /**
     * The text as names are told apart whatever their case and Unicode form, accents kept: "Café" (composed, as typed)
     * and "CAFÉ" (decomposed, as a file name read on macOS) are one name, "Cafe" another. As Obsidian finds a note.
     */
    public static String caseAndFormFolded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * The text decomposed for compatibility (NFKD: "ﬁ" is "fi", "²" is "2") without its combining accents:
     * "Café" is "Cafe". Case is kept.
     */
    public static String withoutAccents(String text) {
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Where a word of a text is: from {@code start} to {@code end}. */
    @FunctionalInterface
    public interface WordSpan {
        void at(int start, int end);
    }

    /**
     * The words of an ASCII text ({@link #isAscii}), in order, as where they are: its runs of letters and digits, the
     * words {@link #words} gives it in lower case ({@link #lowerAscii}). For a reader that makes no string of a word
     * it has met before.
     */
    public static void asciiWords(String text, WordSpan span) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                span.at(start, i);
            }
        }
    }

    /** An ASCII character folded: an upper-case letter in lower case, any other as it is. */
    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * The lower-case words of a text without accents: its runs of letters and digits, in order. "Video-LLaMA 2:
     * Café" gives "video", "llama", "2", "cafe".
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (isAscii(text)) {
            asciiWords(text, (start, end) -> words.add(text.substring(start, end).toLowerCase(Locale.ROOT)));
            return words;
        }
        String plain = withoutAccents(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Letters that decomposition leaves as they are, each with what a reader types for it: a Greek letter standing
     * alone is the word of its name ("α-entmax" is searched as "alpha entmax"; a Greek word is left as it is), the others are spelled in Latin letters ("Straße"
     * as "strasse", "Paweł" as "pawel"). Pairs separated by spaces. The search script of the theme
     * (search-engine.js, {@code FOLDS}) holds the same string: a test compares them.
     */
    public static final String SEARCH_FOLDS = "\u03b1 alpha \u03b2 beta \u03b3 gamma \u03b4 delta \u03b5 epsilon"
            + " \u03b6 zeta \u03b7 eta \u03b8 theta \u03b9 iota \u03ba kappa \u03bb lambda \u03bc mu \u03bd nu \u03be xi"
            + " \u03bf omicron \u03c0 pi \u03c1 rho \u03c2 sigma \u03c3 sigma \u03c4 tau \u03c5 upsilon \u03c6 phi"
            + " \u03c7 chi \u03c8 psi \u03c9 omega"
            + " \u00df ss \u00e6 ae \u0153 oe \u00f8 o \u0142 l \u0111 d \u00f0 d \u00fe th \u0131 i";

    private static final Map<Integer, String> SEARCH_FOLDED = searchFolded();

    /** The names {@link #SEARCH_FOLDS} gives the Greek letters ("alpha", "omega"), which TeX's commands spell too. */
    public static final Set<String> GREEK_LETTER_NAMES = SEARCH_FOLDED.entrySet().stream()
            .filter(e -> isGreek(e.getKey())).map(e -> e.getValue().strip()).collect(Collectors.toUnmodifiableSet());

    private static Map<Integer, String> searchFolded() {
        Map<Integer, String> folded = new HashMap<>();
        String[] parts = SEARCH_FOLDS.split(" ");
        for (int i = 0; i < parts.length; i += 2) {
            int letter = parts[i].codePointAt(0);
            folded.put(letter, isGreek(letter) ? " " + parts[i + 1] + " " : parts[i + 1]);
        }
        return Map.copyOf(folded);
    }

    /**
     * The text as the site's search script folds a query in the browser (function {@code plain} of
     * search-engine.js: {@code text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()}, then the letters of
     * {@link #SEARCH_FOLDS} spelled out): decomposed for compatibility ("ﬁ" is "fi", "L₂" is "L2"), without any
     * mark, lower case. The index must fold titles and abstracts the same way for a typed word to be found.
     */
    public static String asBrowserSearch(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            int next = i + Character.charCount(cp);
            String spelled = SEARCH_FOLDED.get(cp);
            boolean inGreekWord = isGreek(cp) && (i > 0 && isGreek(lower.codePointBefore(i))
                    || next < lower.length() && isGreek(lower.codePointAt(next)));
            if (spelled == null || inGreekWord) {
                folded.appendCodePoint(cp);
            } else {
                folded.append(spelled);
            }
            i = next;
        }
        return folded.toString();
    }

    /** A letter of the Greek block: spelled out alone ("α-entmax"), kept within a Greek word ("Σοφία"). */
    private static boolean isGreek(int cp) {
        return cp >= 0x370 && cp <= 0x3ff;
    }
}
