package io.github.paperdigest.site;

import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.WrittenCitationKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * BibTeX keys as researchers write them, {@code firstauthorYEARfirstword} ("zhuang2024vlogger"): the first
 * author's family name, the year, and the first word of the title that is not a little word, all in lower-case
 * ASCII. An organisation (a name taken whole, {@link LiteralAuthors}) gives its whole name: "Google DeepMind" is
 * "googledeepmind2024gemini", not "deepmind2024gemini", which reads as a person's. An edited book that names no
 * author is keyed by its first editor, as Better BibTeX keys it ("goodfellow2020handbook"). A paper without either is keyed
 * by the first three words of its title that are not little words, and its year, as Better BibTeX's short titles
 * are ("vloggermakeyour2024", "cgbenchcluegroundedquestion"): by one word, the papers of a digest that names no authors
 * were "learning", "learningb" and "e", keys that say nothing and clash with a reader's library. Papers whose keys
 * clash get a letter after the key, "b", "c" and on, the oldest keeping the key itself: so a paper's key does not
 * change when a newer paper arrives.
 */
public final class CitationKeys {

    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and",
            "with", "from", "by", "at", "is", "are", "do", "does", "how", "what", "why", "when", "towards", "toward");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** How many words of its title key a paper without authors. */
    private static final int TITLE_WORDS = 3;
    /** A title of long words still makes a key one can type. */
    private static final int MAX_TITLE_LETTERS = 40;

    private CitationKeys() {
    }

    /**
     * The key of every paper: the one its curator wrote ({@link WrittenCitationKey}), else one made as above; {@code year}
     * gives a paper's year, if known. Keys are told apart as BibTeX tells them, case aside. Of papers written with one
     * key, the oldest keeps it and the others are made keys; a made key never takes a written one.
     */
    static Map<PaperId, String> of(List<Paper> papers, Function<Paper, Optional<Integer>> year,
            Comparator<Paper> oldestFirst) {
        Comparator<Paper> order = oldestFirst.thenComparing(Paper::slug);
        Map<PaperId, String> keys = new HashMap<>();
        Set<String> written = new HashSet<>();
        Map<String, List<Paper>> byWritten = new TreeMap<>();
        for (Paper p : papers) {
            WrittenCitationKey.of(p.extra()).ifPresent(k -> byWritten.computeIfAbsent(k.toLowerCase(Locale.ROOT),
                    x -> new ArrayList<>()).add(p));
        }
        byWritten.forEach((folded, clash) -> {
            Paper first = clash.stream().min(order).orElseThrow();
            keys.put(first.id(), WrittenCitationKey.of(first.extra()).orElseThrow());
            written.add(folded);
        });
        Map<String, List<Paper>> byBase = new LinkedHashMap<>();
        for (Paper p : papers) {
            if (!keys.containsKey(p.id())) {
                byBase.computeIfAbsent(base(p, year.apply(p)), k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> taken = new HashSet<>(byBase.keySet());
        taken.addAll(written);
        byBase.keySet().stream().sorted().forEach(base -> {
            List<Paper> clash = new ArrayList<>(byBase.get(base));
            clash.sort(order);
            int suffix = 1;
            for (Paper p : clash) {
                String key = base;
                if (p != clash.get(0) || written.contains(base)) {
                    do {
                        key = base + letters(suffix++);
                    } while (!taken.add(key));
                }
                keys.put(p.id(), key);
            }
        });
        return keys;
    }

    /**
     * The papers that were written with a key another paper keeps ({@link #of} gave them a made key), each with the
     * paper that keeps it; in the order of the keys, then of {@code papers}.
     */
    static List<CitationKeyClash> clashes(List<Paper> papers, Map<PaperId, String> keys) {
        Map<String, List<Paper>> byWritten = new TreeMap<>();
        for (Paper p : papers) {
            WrittenCitationKey.of(p.extra()).ifPresent(k -> byWritten.computeIfAbsent(k.toLowerCase(Locale.ROOT),
                    x -> new ArrayList<>()).add(p));
        }
        List<CitationKeyClash> clashes = new ArrayList<>();
        byWritten.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            Optional<Paper> kept = same.stream()
                    .filter(p -> WrittenCitationKey.of(p.extra()).orElseThrow().equals(keys.get(p.id()))).findFirst();
            kept.ifPresent(k -> same.stream().filter(p -> p != k)
                    .forEach(p -> clashes.add(new CitationKeyClash(k, p, keys.get(p.id())))));
        });
        return clashes;
    }

    /** The key before any suffix. */
    static String base(Paper paper, Optional<Integer> year) {
        // an edited book that names no author is keyed by its first editor, as Better BibTeX keys it
        Editors editors = paper.authors().isEmpty() ? Editors.of(paper.extra()) : Editors.NONE;
        String name = !paper.authors().isEmpty() ? nameWord(paper.authors().get(0), paper.literalAuthors())
                : !editors.isEmpty() ? nameWord(editors.names().get(0), editors.literal()) : "";
        String y = year.map(String::valueOf).orElse("");
        String key = name.isEmpty() ? titleWords(paper.title()) + y : name + y + firstWord(paper.title());
        return key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "paper" + key : key;
    }

    /** The word of a name a key starts with: an organisation's whole name, a person's family name. */
    private static String nameWord(String name, Set<String> literal) {
        return literal.contains(name) ? ascii(name) : familyName(name);
    }

    /** The family name of an author as ASCII letters: "Shaobin Zhuang" and "Zhuang, Shaobin" give "zhuang". */
    static String familyName(String author) {
        String name = author.strip();
        int comma = name.indexOf(',');
        if (comma > 0) {
            return ascii(name.substring(0, comma));
        }
        String[] parts = name.split("\\s+");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = ascii(parts[i]);
            if (!part.isEmpty() && !NAME_SUFFIXES.contains(part)) {
                return part;
            }
        }
        return "";
    }

    private static String firstWord(String title) {
        // a title with no letter ASCII can spell has the empty slug, and so no first word
        for (String word : Slugs.of(title, "").split("-")) {
            if (!word.isEmpty() && !LITTLE_WORDS.contains(word)) {
                return word;
            }
        }
        return "";
    }

    /**
     * The first {@link #TITLE_WORDS} words of a title that are not little words, each its ASCII letters and digits
     * ("CG-Bench:" is "cgbench", "E.T." is "et"), together at most {@link #MAX_TITLE_LETTERS} letters.
     */
    private static String titleWords(String title) {
        StringBuilder out = new StringBuilder();
        int taken = 0;
        // the title's tokens between runs of white space (what split("\\s+") gives), taken one by one until enough
        // words are: splitting the whole title with a pattern was most of keying a paper
        String text = title.strip();
        int i = 0;
        while (i < text.length() && taken < TITLE_WORDS) {
            int end = i;
            while (end < text.length() && !isPatternSpace(text.charAt(end))) {
                end++;
            }
            String word = ascii(text.substring(i, end));
            if (!word.isEmpty() && !LITTLE_WORDS.contains(word)) {
                out.append(word);
                taken++;
            }
            i = end + 1;
        }
        return out.length() > MAX_TITLE_LETTERS ? out.substring(0, MAX_TITLE_LETTERS) : out.toString();
    }

    /** What {@code \\s} matches in a pattern: ASCII white space alone. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String ascii(String text) {
        return Slugs.asciiLetters(text);
    }

    /** 1 is "b", 25 is "z", 26 is "ba": a letter after the key, never "a", which reads as part of it. */
    static String letters(int n) {
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.toString();
    }
}
