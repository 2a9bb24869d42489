package io.github.paperdigest.model;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Latin letters with accents, and the letters TeX has commands for, as TeX spells them and back: é is
 * {@code {\'e}}, í is {@code {\'\i}}, š is {@code {\v{s}}}, ł is {@code {\l}}. Both ways live here so that what the
 * BibTeX writer spells, the BibTeX reader reads: jbibtex's printer, which the reader uses, leaves several of these
 * out ({@code {\L}ukasz} as "ukasz", DBLP's {@code Garc{\'{\i}}a} as "Garca").
 *
 * <p>The spelling is the one BibTeX itself understands: the whole letter in a brace group that starts with a
 * backslash, a "special character", which BibTeX sorts, abbreviates ("{\'E}mile" is "{\'E}.") and changes the case
 * of as the letter it stands for. A letter left as UTF-8 is two or three bytes to BibTeX, and an initial cut from
 * it is not UTF-8 at all, which pdfLaTeX then refuses.
 */
public final class TexAccents {

    /** Combining marks and TeX's accent commands. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(Map.entry('\u0300', "`"),
            Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"), Map.entry('\u0308', "\""),
            Map.entry('\u0304', "="), Map.entry('\u0307', "."), Map.entry('\u0306', "u"), Map.entry('\u030A', "r"),
            Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0327', "c"), Map.entry('\u0328', "k"),
            Map.entry('\u0323', "d"), Map.entry('\u0331', "b"));
    /**
     * Marks TeX's own fonts have no command for, and the mark written instead: Romanian's comma below as the cedilla,
     * as DBLP and most .bib files write it (it reads back as the cedilla).
     */
    private static final Map<Character, Character> WRITTEN_AS = Map.of('\u0326', '\u0327');
    /** The accents that sit on top of a letter: on an i or a j they replace its dot ({@code \'\i}). */
    private static final String ABOVE = "`'^~\"=.urHv";
    /** Letters that are commands of their own. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('ı', "i"), Map.entry('ȷ', "j"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ß', "ss"),
            Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('å', "aa"), Map.entry('Å', "AA"));
    /** The letters by their commands, and the combining marks by their accent commands: the tables above, read back. */
    private static final Map<String, Character> LETTER_COMMANDS = inverse(LETTERS);
    private static final Map<String, Character> MARKS = inverse(ACCENTS);

    /**
     * {@code \l}, {@code \ss}, with the {@code {}} or the one space that may end the command: the commands of the
     * letters above, longest first.
     */
    private static final Pattern LETTER_COMMAND = Pattern.compile("\\\\(" + alternatives(LETTERS.values().stream())
            + ")(?![A-Za-z])(?:\\{\\}| )?");
    /**
     * An accent on one letter: {@code \'e}, {@code \'{e}}, {@code \v s}, {@code \v{s}}, {@code \c{c}}. An accent
     * named by a symbol may touch its letter; one named by a letter is a command that a letter after it would lengthen,
     * so its letter is braced or after a space. Both are the accents above.
     */
    private static final Pattern ACCENT = Pattern.compile("\\\\(" + alternatives(accents(false))
            + ")\\s*(?:\\{\\s*(\\p{L}\\p{M}*)\\s*\\}|(\\p{L}\\p{M}*))|\\\\(" + alternatives(accents(true))
            + ")(?![A-Za-z])(?:\\s*\\{\\s*(\\p{L}\\p{M}*)\\s*\\}|\\s+(\\p{L}\\p{M}*))");

    /**
     * An accent over nothing, which TeX sets as the mark alone: {@code \~{}} is how .bib files write the tilde of a home
     * folder, {@code \^{}} a caret. Spelled as the symbol commands the readers print as "~" and "^" ({@link TexSymbols}),
     * since a tilde left bare in TeX is a tie, a space.
     */
    private static final Pattern MARK_ALONE = Pattern.compile("\\\\([~^])\\{\\}");

    private TexAccents() {
    }

    /** The accent commands named by a letter ({@code \v}), or by a symbol ({@code \'}). */
    private static Stream<String> accents(boolean named) {
        return ACCENTS.values().stream().filter(a -> Character.isLetter(a.charAt(0)) == named);
    }

    /** Literal names as a pattern's alternatives, longest first. */
    private static String alternatives(Stream<String> names) {
        return names.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Each value's key: the tables are one to one. */
    private static Map<String, Character> inverse(Map<Character, String> table) {
        return table.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    /**
     * A letter as TeX, or null when it is none that TeX spells with ASCII: a Latin letter whose accents TeX has
     * commands for, or a letter that is a command ({@code {\o}}). {@code letter} is one character with any combining
     * marks after it.
     */
    public static String spell(String letter) {
        String composed = Normalizer.normalize(letter, Normalizer.Form.NFC);
        if (composed.length() == 1 && LETTERS.containsKey(composed.charAt(0))) {
            return "{\\" + LETTERS.get(composed.charAt(0)) + "}";
        }
        String parts = Normalizer.normalize(letter, Normalizer.Form.NFD);
        char base = parts.charAt(0);
        if (parts.length() < 2 || !(base >= 'a' && base <= 'z' || base >= 'A' && base <= 'Z')) {
            return null;
        }
        String tex = String.valueOf(base);
        for (int i = 1; i < parts.length(); i++) {
            String accent = ACCENTS.get(WRITTEN_AS.getOrDefault(parts.charAt(i), parts.charAt(i)));
            if (accent == null) {
                return null;
            }
            if (i == 1 && (base == 'i' || base == 'j') && ABOVE.contains(accent)) {
                tex = "\\" + base; // the accent takes the place of the dot
            }
            // \'e and \'\i, but \v{s} (after a command named by a letter, "s" would lengthen its name) and \^{\d{e}}
            boolean braced = Character.isLetter(accent.charAt(0)) || tex.length() > 2;
            tex = "\\" + accent + (braced ? "{" + tex + "}" : tex);
        }
        return "{" + tex + "}";
    }

    /**
     * The text with TeX's accents and letter commands turned into the letters they stand for, an accent over nothing
     * into the symbol command of its mark ({@link #MARK_ALONE}), everything else as it was: {@code Garc{\'{\i}}a} is
     * {@code Garc{í}a}, {@code {\L}ukasz} is {@code {Ł}ukasz}.
     */
    public static String decode(String tex) {
        if (tex.indexOf('\\') < 0) {
            return tex;
        }
        String t = MARK_ALONE.matcher(tex).replaceAll(m -> m.group(1).equals("~") ? "\\\\textasciitilde{}"
                : "\\\\textasciicircum{}");
        t = LETTER_COMMAND.matcher(t).replaceAll(m -> String.valueOf(LETTER_COMMANDS.get(m.group(1))));
        // innermost first: \^{\d{e}} is \^{ẹ}, then ệ
        for (int depth = 0; depth < 4 && t.indexOf('\\') >= 0; depth++) {
            Matcher m = ACCENT.matcher(t);
            if (!m.find()) {
                break;
            }
            t = m.reset().replaceAll(TexAccents::accented);
        }
        return t;
    }

    private static String accented(MatchResult m) {
        String command = m.group(1) != null ? m.group(1) : m.group(4);
        String letter = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                : m.group(5) != null ? m.group(5) : m.group(6);
        // a dotless i under an accent is an i with that accent
        String base = letter.startsWith("ı") ? "i" + letter.substring(1)
                : letter.startsWith("ȷ") ? "j" + letter.substring(1) : letter;
        return Matcher.quoteReplacement(Normalizer.normalize(base + MARKS.get(command), Normalizer.Form.NFC));
    }
}
