package io.github.paperdigest.digest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What reading lists write after a title without a full stop between names and venue: "(Ho, Jain, Abbeel, NeurIPS
 * 2020)", "Rombach et al., CVPR 2022", "Peebles &amp; Xie, ICCV 2023". The text after the last comma is a named venue
 * with its year, and the text before it is names: each between commas, "and" or "&amp;", a word or a few,
 * capitalised, without digits. Either side alone does not split: a year without a venue ("Ho, Jain, 2020") or words
 * that are no names ("Code and data, CVPR 2022") leave the text the venue it was. A capitalised word reads as a name
 * ("Vision, CVPR 2022" gives the author "Vision"): the shape cannot tell, and lists that write so are rare.
 *
 * @param names the authors, as written
 * @param venue the venue and its year, as written
 */
record NamesAndVenue(String names, String venue) {

    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|van|von|de|der|den|da|del|di|du|la|le|bin|al-\\p{L}+)){0,4}");
    /**
     * Words of the Title-Case lines that sit where authors do ("Text To Video, Video Generation", "Oral Presentation,
     * Best Paper Candidate", "Awesome Diffusion Models") and in nobody's name.
     */
    private static final Set<String> NO_NAME = Set.of("video", "videos", "image", "images", "text",
            "generation", "model", "models", "learning", "awesome", "paper", "papers", "presentation", "oral", "spotlight",
            "poster", "award", "candidate", "dataset", "datasets", "benchmark", "survey", "network", "networks",
            "neural", "diffusion", "language", "vision", "transformer", "transformers", "code", "data", "project",
            "lists", "list", "related", "generate", "dream", "to", "of", "for", "the", "with", "via", "on", "in",
            "accepted", "workshop", "track", "demo", "github", "arxiv", "pdf");
    /**
     * Words of a track or an award that stand alone before a venue in parentheses ("(Highlight, CVPR 2023)", "(Findings,
     * ACL 2023)") where one surname does ("(Ho, NeurIPS 2020)"): some are surnames too ("Long et al."), so they are
     * nobody's name only where one word is all the names there are.
     */
    private static final Set<String> NO_LONE_NAME = Set.of("highlight", "highlights", "findings", "extended", "short",
            "long", "full", "main", "best", "honorable", "outstanding", "invited", "keynote", "talk", "preprint",
            "published", "submitted", "review", "camera", "ready", "version", "journal", "conference", "proceedings",
            "tutorial", "abstract", "position", "reproducibility", "industry", "student", "system", "systems",
            "mention", "winner", "finalist", "nominee", "selected", "contributed", "plenary", "lightning");
    private static final Pattern BETWEEN_NAMES = Pattern.compile("\\s*(?:,|\\s&\\s|\\sand\\s)\\s*");

    /** The names and the venue the text gives, or empty when it is not of that form. */
    static Optional<NamesAndVenue> of(String text) {
        String t = text.strip();
        if (t.startsWith("(")) {
            // its closing parenthesis may have gone with what closed the item ("… 2020) [arXiv](…)")
            t = t.substring(1, t.endsWith(")") ? t.length() - 1 : t.length()).strip();
        }
        int comma = t.lastIndexOf(',');
        if (comma <= 0) {
            return Optional.empty();
        }
        String names = t.substring(0, comma).strip();
        String venue = t.substring(comma + 1).strip();
        if (!ListedVenue.isNamed(venue) || !areNames(EntryDraft.withoutEtAl(names))) {
            return Optional.empty();
        }
        return Optional.of(new NamesAndVenue(names, venue));
    }

    /**
     * A citation of a paper written beside its title in a table's cell, as reading groups' schedules write one: "(Ho et
     * al., NeurIPS 2020)", "Nichol &amp; Dhariwal, ICML 2021", "(Ho et al., 2020)", "(Ho et al.)". Stricter than
     * {@link #of}, for a cell has no full stop or markup to set names apart: the names must say they are names (end in
     * "et al.", be joined by "&amp;" or "and", or be two or more between commas, or be one name before a named venue with its year in
     * parentheses, "(Ho, NeurIPS 2020)"; none of them a word of {@link #NO_NAME}), so that "(Oral, CVPR 2024)" names
     * nobody; what follows them is a named venue with its year, a
     * year alone, or, in parentheses, nothing. The venue is "" for none, and a year alone where no venue is named.
     */
    static Optional<NamesAndVenue> cited(String text) {
        String t = text.strip();
        boolean parenthesised = t.startsWith("(") && t.endsWith(")");
        if (parenthesised) {
            t = t.substring(1, t.length() - 1).strip();
        }
        t = t.replaceAll("[.;]$", "").strip();
        if (parenthesised && t.endsWith("et al")) {
            t = t + ".";
        }
        int comma = t.lastIndexOf(',');
        String names = comma < 0 ? t : t.substring(0, comma).strip();
        String venue = comma < 0 ? "" : t.substring(comma + 1).strip();
        if (!venue.isEmpty() && !ListedVenue.isNamed(venue) && !YEAR.matcher(venue).matches()) {
            // "(Ho, Jain, Abbeel)": the last name is no venue
            names = t;
            venue = "";
        }
        if (venue.isEmpty() && !parenthesised) {
            return Optional.empty();
        }
        String named = EntryDraft.withoutEtAl(names);
        String[] words = named.split("[\\s,&]+");
        boolean saysNames = named.length() < names.length() || BETWEEN_NAMES.split(named, -1).length >= 2
                || parenthesised && ListedVenue.isNamed(venue) && !holdsWordOf(words, NO_LONE_NAME);
        if (!saysNames || !areNames(named) || words.length > 40 || holdsNoName(words)) {
            return Optional.empty();
        }
        return Optional.of(new NamesAndVenue(names, venue));
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /**
     * Whether a line is an author line written plainly, as daily trackers write it under a paper's linked heading
     * ("Chongke Bi, Xiaoxing Liu, Zhilei Liu"): two names or more, or names and "et al.", each name of two words or
     * more. Stricter than the names before a venue, for no venue vouches for the line: "Code, Data" is no author line.
     */
    static boolean isAuthorLine(String line) {
        String t = line.strip();
        String names = EntryDraft.withoutEtAl(t);
        if (!areNames(names)) {
            return false;
        }
        String[] each = BETWEEN_NAMES.split(names, -1);
        for (String name : each) {
            String[] words = name.strip().split("\\s+");
            if (words.length < 2 || words.length > 4 || holdsNoName(words)) {
                return false;
            }
        }
        return each.length >= 2 || names.length() < t.length();
    }

    /** Whether one of the words is a word of {@link #NO_NAME}, in nobody's name. */
    private static boolean holdsNoName(String[] words) {
        return holdsWordOf(words, NO_NAME);
    }

    private static boolean holdsWordOf(String[] words, Set<String> set) {
        for (String word : words) {
            if (set.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean areNames(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String name : BETWEEN_NAMES.split(names, -1)) {
            if (!NAME.matcher(name).matches()) {
                return false;
            }
        }
        return true;
    }
}
