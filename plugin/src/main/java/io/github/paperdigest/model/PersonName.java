package io.github.paperdigest.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as written in reading order ("Guy Van den Broeck"), split where a bibliography needs the split: its
 * given names, its family name with the particles that belong to it ("Van den Broeck", "van Gogh"), and a suffix
 * ("Jr."). The digests give names as one string in reading order (a BibTeX "Van den Broeck, Guy" or a CSL
 * {@code non-dropping-particle} is read that way), and a name split at its last space is wrong for the many authors
 * whose family name starts with a particle: BibTeX reads "Guy Van den Broeck" as the family name "Broeck" (sorted
 * under B, abbreviated "G. V. den Broeck") and Zotero's reader of {@code citation_author} as "Broeck, Guy Van den".
 *
 * <p>Particles are found only directly before the last word, and at least one given name is kept: "Maria de Souza
 * Santos" keeps "Santos" alone, as the last word it is. A name with a Vietnamese name in it is left as it is:
 * there "Van" and "Le" are middle or family names ("Anh Van Nguyen"), not particles.
 *
 * @param given  the given names, possibly empty
 * @param family the family name, with its particles
 * @param suffix "Jr.", "III", or empty
 */
public record PersonName(String given, String family, String suffix) {

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "delle",
            "dei", "degli", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "vom", "zu", "zum", "zur");
    /** Vietnamese family names: one last in a name ("Quoc Van Le") makes "Van" and "Le" before it names. */
    private static final Set<String> VIETNAMESE_FAMILY_NAMES = Set.of("nguyen", "tran", "le", "pham", "hoang",
            "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "trinh");
    /**
     * Vietnamese family names, and the given names most often beside a middle name "Van" ("Cuong Van Duc"): with one
     * of them in the name, "Van" and "Le" are names.
     */
    private static final Set<String> VIETNAMESE_NAMES = java.util.stream.Stream.concat(VIETNAMESE_FAMILY_NAMES.stream(),
            Set.of("duc", "cuong", "minh", "anh", "tuan", "thanh", "hung", "dung", "huy", "quang", "khanh", "thang",
                    "tien", "phuc", "hieu", "vinh", "trung", "thi", "nam", "long", "hai", "son", "binh", "toan", "tuong",
                    "khoa").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");

    /** The parts of a name in reading order; a name with a comma in it is not in reading order, and is all family. */
    public static PersonName of(String name) {
        String whole = name.strip().replaceAll("\\s+", " ");
        String[] words = whole.split(" ");
        if (whole.contains(",") || words.length < 2) {
            return new PersonName("", whole, "");
        }
        int end = words.length;
        String suffix = "";
        if (words.length >= 3 && SUFFIX.matcher(words[end - 1]).matches()) {
            suffix = words[--end];
        }
        int familyStart = end - 1;
        // "Le" last is the family name Le, not a particle ("Quoc Van Le"); a particle never ends a name
        boolean vietnamese = VIETNAMESE_FAMILY_NAMES.contains(Slugs.asciiLetters(words[end - 1]))
                || Arrays.stream(words).anyMatch(PersonName::vietnameseName);
        if (!vietnamese) {
            while (familyStart > 1 && PARTICLES.contains(words[familyStart - 1].toLowerCase(Locale.ROOT))) {
                familyStart--;
            }
        }
        return new PersonName(String.join(" ", Arrays.copyOfRange(words, 0, familyStart)),
                String.join(" ", Arrays.copyOfRange(words, familyStart, end)), suffix);
    }

    /**
     * Whether a word is a particle of family names ("van", "De", "le"), in any case: the one list, which the readers
     * of names written family name first use too.
     */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Nguyen" or "Duc", but not "Le" where it may be a particle, as in "Erwan Le Pennec". */
    private static boolean vietnameseName(String word) {
        return !PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && VIETNAMESE_NAMES.contains(Slugs.asciiLetters(word));
    }

    /** Whether a particle leads the family name: "Van den Broeck", "van Gogh". */
    public boolean hasParticle() {
        return family.indexOf(' ') > 0;
    }

    /** Whether the family name leads with a capital particle ("Van Gool"), which BibTeX reads as a given name. */
    public boolean hasCapitalParticle() {
        return hasParticle() && Character.isUpperCase(family.charAt(0));
    }

    /**
     * "Van den Broeck, Guy", "King, Martin Luther, Jr.": family name first, as arXiv's {@code citation_author} tags
     * write it and Zotero takes it apart (the family name before the first comma, the given names after it).
     */
    public Optional<String> familyFirst() {
        return given.isEmpty() ? Optional.empty()
                : Optional.of(family + ", " + given + (suffix.isEmpty() ? "" : ", " + suffix));
    }

    /** "Van den Broeck, Guy", "King, Jr., Martin Luther": BibTeX's "von Last, Jr, First". */
    public Optional<String> bibtex() {
        return given.isEmpty() ? Optional.empty()
                : Optional.of(family + (suffix.isEmpty() ? "" : ", " + suffix) + ", " + given);
    }
}
