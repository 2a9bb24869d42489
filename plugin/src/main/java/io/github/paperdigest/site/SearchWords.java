package io.github.paperdigest.site;

import io.github.paperdigest.model.TextFolding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words search works on: lower case, without accents, split at anything that is not a letter or a
 * digit, at least two characters long, without the commonest English words. A letter followed by "++" or "#" is a word
 * of its own ("c++", "c#", "f#"), which splitting would make a letter that search drops. A title keeps its words of one
 * character too ("R", the "2" of "Llama 2"): a query of one letter finds the titles that have it, and the postings grow
 * by a few words a title rather than by every "n" and "k" of every abstract. The theme's search script
 * folds and splits a query the same way (function {@code words} in search-engine.js, which spells out the same letters: {@link TextFolding#SEARCH_FOLDS}), so that a word typed is found as it
 * was indexed; the stopwords travel in the index so that both sides use one list.
 */
public final class SearchWords {

    /** Words too common to find anything with; the index leaves them out and queries drop them. */
    public static final SortedSet<String> STOPWORDS = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "both",
            "but", "by", "can", "could", "do", "does", "each", "for", "from", "had", "has", "have", "how", "however",
            "if", "in", "into", "is", "it", "its", "may", "more", "most", "not", "of", "on", "or", "other", "our",
            "over", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "thus", "to", "under", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your")));

    /** The same words, for fast lookups. */
    private static final Set<String> STOPWORD_LOOKUP = Set.copyOf(STOPWORDS);

    static final int MIN_LENGTH = 2;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * A language named by a letter and "++" or "#" ("C++", "C#", "F#"), in folded text: not the end of a longer word
     * ("Notepad++" is the word "notepad"). search-engine.js has the same pattern ({@code LANGUAGE_NAME}).
     */
    private static final Pattern LANGUAGE_NAME = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z](?:\\+\\+|#)");

    /**
     * A letter or digit alone beside an apostrophe and a word ("Don't", "BERT's", "O'Brien", "l'image"): an elision, no
     * word of one character of a title, which would make "t" and "s" its commonest ones. search-engine.js has the same
     * pattern ({@code ELIDED}).
     */
    private static final Pattern ELIDED = Pattern.compile(
            "(?<=[\\p{L}\\p{N}]['\u2019])[\\p{L}\\p{N}](?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}](?=['\u2019][\\p{L}\\p{N}])");

    private SearchWords() {
    }

    /** A TeX command in a title or abstract ("$\mathcal{L}$", "\sqrt{2}"): its name is no word of the text. */
    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\([A-Za-z]+)");

    /** The text without the names of its TeX commands, but for those of Greek letters, which are their names. */
    private static String withoutTexCommands(String text) {
        return TEX_COMMAND.matcher(text).replaceAll(m -> {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String letter = name.startsWith("var") ? name.substring(3) : name;
            return TextFolding.GREEK_LETTER_NAMES.contains(letter) ? " " + letter + " " : " ";
        });
    }

    /** The searchable words of a text, in order, repeats included. */
    public static List<String> of(String text) {
        return of(text, MIN_LENGTH);
    }

    /** The searchable words of a title, in order, repeats included: those of {@link #of} and words of one character. */
    public static List<String> ofTitle(String text) {
        return of(text, 1);
    }

    private static List<String> of(String text, int shortest) {
        if (text.indexOf('\\') >= 0) {
            text = withoutTexCommands(text);
        }
        if (shortest < MIN_LENGTH && (text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0)) {
            text = ELIDED.matcher(text).replaceAll(" ");
        }
        List<String> words = new ArrayList<>();
        boolean ascii = TextFolding.isAscii(text);
        String folded = ascii ? text : TextFolding.asBrowserSearch(text);
        if (folded.indexOf('+') < 0 && folded.indexOf('#') < 0) {
            split(folded, ascii, shortest, words);
            return words;
        }
        Matcher name = LANGUAGE_NAME.matcher(folded);
        int last = 0;
        while (name.find()) {
            split(folded.substring(last, name.start()), ascii, shortest, words);
            words.add(name.group().toLowerCase(Locale.ROOT));
            last = name.end();
        }
        split(folded.substring(last), ascii, shortest, words);
        return words;
    }

    /** Adds the searchable words of folded text (or of ASCII text, which needs only lower case). */
    private static void split(String folded, boolean ascii, int shortest, List<String> words) {
        if (ascii) {
            TextFolding.words(folded).forEach(word -> addSearchable(word, shortest, words));
            return;
        }
        for (String word : SEPARATORS.split(folded)) {
            if (word.codePoints().anyMatch(SearchWords::isCjk)) {
                cjkPieces(word).forEach(piece -> addSearchable(piece, shortest, words));
            } else {
                addSearchable(word, shortest, words);
            }
        }
    }

    private static void addSearchable(String word, int shortest, List<String> words) {
        if (word.length() >= shortest && !word.isEmpty() && !STOPWORD_LOOKUP.contains(word)) {
            words.add(word);
        }
    }

    /**
     * Whether a name ("NeRF", "The NeRF", "C++", "GPT-4", "视频生成") is one word as written: it has one run of letters and
     * digits that search finds words of two characters or more in, beside which it may have words of one ("GPT-4",
     * "Llama 2"), or, having none, one word of one character ("R"). Search may split the run further (a run of Chinese or
     * Japanese characters is its pairs). A tag is found by such an alias and not by the words of a longer one.
     */
    public static boolean isOneWord(String name) {
        String text = name.indexOf('\\') >= 0 ? withoutTexCommands(name) : name;
        String folded = TextFolding.isAscii(text) ? text : TextFolding.asBrowserSearch(text);
        List<String> runs = new ArrayList<>();
        Matcher language = LANGUAGE_NAME.matcher(folded);
        int last = 0;
        while (language.find()) {
            runs.addAll(List.of(SEPARATORS.split(folded.substring(last, language.start()))));
            runs.add(language.group());
            last = language.end();
        }
        runs.addAll(List.of(SEPARATORS.split(folded.substring(last))));
        int longer = 0;
        int single = 0;
        for (String run : runs) {
            if (!of(run).isEmpty()) {
                longer++;
            } else if (!ofTitle(run).isEmpty()) {
                single++;
            }
        }
        return longer == 1 || longer == 0 && single == 1;
    }

    /**
     * A word that holds Chinese or Japanese characters, split as search compares it: the letters of other scripts
     * around them are words of their own ("gpt"), and a run of those characters is the pairs of characters next to each
     * other ("视频生成" is 视频, 频生, 生成), since the run holds words without a space between them: "生成" searched
     * finds the run, where as one word it was found only from its first character. search-engine.js splits alike.
     */
    private static List<String> cjkPieces(String word) {
        List<String> pieces = new ArrayList<>();
        int[] cps = word.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            boolean cjk = isCjk(cps[i]);
            int end = i;
            while (end < cps.length && isCjk(cps[end]) == cjk) {
                end++;
            }
            if (!cjk || end - i == 1) {
                pieces.add(new String(cps, i, end - i));
            } else {
                for (int k = i; k + 1 < end; k++) {
                    pieces.add(new String(cps, k, 2));
                }
            }
            i = end;
        }
        return pieces;
    }

    /**
     * Whether a character is Chinese or Japanese kana, which a text writes without spaces between its words, or the
     * kana's prolonged sound mark (the "ー" of "データ"), whose script is no kana's.
     */
    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || codePoint == 0x30FC;
    }

    /**
     * Gives the searchable words of a text, those {@link #of} lists, to {@code word} as their numbers in {@code table},
     * in order: without making a string of each when the text is ASCII, as most titles and abstracts are.
     */
    static void number(String text, WordTable table, IntConsumer word) {
        number(text, MIN_LENGTH, table, word);
    }

    /** Gives the searchable words of a title, those {@link #ofTitle} lists, as {@link #number} gives a text's. */
    static void numberTitle(String text, WordTable table, IntConsumer word) {
        number(text, 1, table, word);
    }

    private static void number(String text, int shortest, WordTable table, IntConsumer word) {
        if (text.indexOf('\\') >= 0) {
            of(text, shortest).forEach(w -> word.accept(table.number(w)));
            return;
        }
        // UTF-8 has a byte a character only for ASCII text, which the JDK encodes by copying it
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length == text.length()) {
            numberAscii(utf8, shortest, table, word);
            return;
        }
        // a text with a few letters besides ASCII ("“", "×", "é"), folded a run between spaces at a time: only the runs
        // that hold one need Unicode's decomposition and case rules, which change nothing across a space (no
        // decomposition joins two characters, and a word's case depends on its own letters)
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            if (isAscii(text, start, end)) {
                numberAscii(text.substring(start, end).getBytes(StandardCharsets.US_ASCII), shortest, table, word);
            } else {
                of(text.substring(start, end), shortest).forEach(w -> word.accept(table.number(w)));
            }
            start = end + 1;
        }
    }

    private static boolean isAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of ASCII text, as {@link TextFolding#asciiWords} splits it: read from its bytes, which the JDK copies
     * out at once. A build splits every paper's text early, before the JIT has compiled
     * this loop, and a loop that asks a string for each of its characters makes three calls a character until then.
     */
    private static void numberAscii(byte[] bytes, int shortest, WordTable table, IntConsumer word) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            // the table, not a method: a call a character is most of the time of a loop that runs interpreted
            while (i < n && !WordTable.inWord(bytes[i])) {
                i++;
            }
            int from = i;
            while (i < n && WordTable.inWord(bytes[i])) {
                i++;
            }
            if (shortest == 1 && i - from == 1 && (i + 1 < n && bytes[i] == '\'' && WordTable.inWord(bytes[i + 1])
                    || from >= 2 && bytes[from - 1] == '\'' && WordTable.inWord(bytes[from - 2]))) {
                continue; // ELIDED: the "t" of "Don't", the "s" of "BERT's"
            }
            if (i - from == 1 && i < n && bytes[from] > '9') {
                // a letter and "++" or "#": LANGUAGE_NAME
                i += bytes[i] == '#' ? 1 : bytes[i] == '+' && i + 1 < n && bytes[i + 1] == '+' ? 2 : 0;
            }
            if (i - from >= shortest) {
                int number = table.number(bytes, from, i);
                if (!table.isStopword(number)) {
                    word.accept(number);
                }
            }
        }
    }
}
