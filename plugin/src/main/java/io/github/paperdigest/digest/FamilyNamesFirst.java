package io.github.paperdigest.digest;

import io.github.paperdigest.model.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names written family name first, as reference managers write them and curators paste them into a digest: Zotero's
 * "Vaswani, Ashish; Shazeer, Noam" and a BibTeX field's "Vaswani, Ashish and Shazeer, Noam". Told apart from names in
 * reading order between commas ("Jimmy Ba, Jamie Kiros and Geoffrey Hinton") by their shape alone: between
 * semicolons, no name with more than one comma and some with one (an organisation, "OpenAI", has none); between
 * "and", two names or more, each with exactly one comma. And some name's family name is one word, as most are, beside
 * its particles ("van der Berg"): where every part before a comma is a whole name ("Jane Doe, MIT; John Roe,
 * Stanford", "Ashish Vaswani, Noam Shazeer and Niki Parmar, Jakob Uszkoreit") the commas set off something else, an
 * affiliation or the next name, and turning each round would make a name of it without a word.
 *
 * <p>A list of both shapes ("Jane Doe, MIT; Roe, John", "García Márquez, Gabriel; Vaswani, Ashish") is read name by
 * name: each name whose part before its comma is a family name is turned round, each other is kept as written, and
 * that is said, since no rule tells an affiliation after a name from a given name after a family name of two words.
 * The one decision for a field's list and for a sheet's column of lists ({@link #inColumn}).
 */
final class FamilyNamesFirst {

    /**
     * A list's names in reading order, and what to tell a curator who checks it: a line for the debug log that names
     * the reading, or a warning ({@code doubtful}) when some names were kept as written.
     */
    record Reading(List<String> names, String told, boolean doubtful) {
    }

    /** An initial or two, with or without their dots: "A.", "A", "A.S.", "J.-P.". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.?(?:-?\\p{Lu}\\.?)?");
    /** A given name written out: a capital, then small letters, maybe joined by a hyphen ("Jean-Pierre"). */
    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

    private FamilyNamesFirst() {
    }

    /** The names in reading order, when the text writes them family name first; else empty. */
    static Optional<Reading> of(String joined) {
        boolean semicolons = joined.contains(";");
        List<String> names = semicolons ? List.of(EntryDraft.SEMICOLON.split(joined.strip()))
                : BibTexDigestReader.names(joined);
        if (!semicolons && names.size() < 2) {
            return oneName(joined.strip(), false);
        }
        if (!looksFamilyFirst(names, !semicolons)) {
            return Optional.empty();
        }
        Reading turned = turned(names);
        return Optional.of(turned.doubtful() ? turned : new Reading(turned.names(), "'" + shortened(joined)
                + "' read family name first: " + shortened(String.join(", ", turned.names())), false));
    }

    /**
     * A list of one name family name first, when that is certain: a family name of one word beside its particles, then
     * initials ("Vaswani, A.", "van der Berg, J. P."), or given names written out too ({@code givenNamesWrittenOut})
     * where the text is a BibTeX field's, as org-ref and org-roam-bibtex copy a one-author paper's ("Vaswani, Ashish").
     * Elsewhere "Ho, Chan" is two authors by their family names, as a table of papers writes them, and stays so. An
     * affiliation ("Doe, MIT", "Doe, Stanford University Hospital Trust") is no given name.
     */
    static Optional<Reading> oneName(String name, boolean givenNamesWrittenOut) {
        int comma = name.indexOf(',');
        if (comma < 0 || comma != name.lastIndexOf(',') || !hasFamilyNameFirst(name, false)
                || InvertedName.isSuffixed(name)) {
            return Optional.empty();
        }
        String[] given = name.substring(comma + 1).strip().split("\\s+");
        if (given.length > 3) {
            return Optional.empty();
        }
        boolean initial = false;
        for (String word : given) {
            if (INITIALS.matcher(word).matches()) {
                initial = true;
            } else if (!GIVEN_NAME.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        if (!initial && !givenNamesWrittenOut) {
            return Optional.empty();
        }
        String read = InvertedName.inReadingOrder(name);
        return Optional.of(new Reading(List.of(read), "'" + shortened(name) + "' read as one name family name first: "
                + read, false));
    }

    /**
     * Whether a sheet's column of names writes them family name first, as {@link #of} decides for one list: its cells
     * that hold several names between semicolons, taken together. Then a cell of one name with a comma is one name
     * ("Vaswani, Ashish"), where elsewhere "A, B" is two authors; each cell is read by {@link #turned}.
     */
    static boolean inColumn(List<String> cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            if (cell.contains(";")) {
                names.addAll(List.of(EntryDraft.SEMICOLON.split(cell.strip())));
            }
        }
        return looksFamilyFirst(names, false);
    }

    /**
     * The names of a list written family name first, each put in reading order, but a name whose part before its
     * comma is more than a family name ("Jane Doe, MIT"): that is kept as written, and said.
     */
    static Reading turned(List<String> names) {
        List<String> read = new ArrayList<>(names.size());
        List<String> kept = new ArrayList<>();
        String example = null;
        for (String written : names) {
            String name = written.strip();
            if (name.indexOf(',') >= 0 && !hasFamilyNameFirst(name, true)) {
                kept.add(name);
                read.add(name);
            } else {
                read.add(InvertedName.inReadingOrder(name));
                if (example == null && name.indexOf(',') >= 0 && !InvertedName.isSuffixed(name)) {
                    example = "'" + name + "' as " + read.get(read.size() - 1);
                }
            }
        }
        if (kept.isEmpty()) {
            return new Reading(read, "names read family name first", false);
        }
        String quoted = "'" + String.join("', '", kept) + "'";
        return new Reading(read, (example == null ? "" : "the names mix two shapes: those with a family name before the"
                + " comma are read family name first (" + example + "), but ") + quoted + (kept.size() == 1
                ? " is kept as written: the part before its comma is" : " are kept as written: the part before their"
                + " commas is") + " more than a family name. Write every name one way, family name first ('Doe, Jane')"
                + " or in reading order ('Jane Doe', a family name of two words too: 'Gabriel García Márquez'), and"
                + " leave affiliations out", true);
    }

    /**
     * Whether the names have the shape of a list family name first: none with more than one comma, some with one
     * ({@code everyOne}: each), and some of those a family name of one word before the comma (or a suffix after it).
     */
    private static boolean looksFamilyFirst(List<String> names, boolean everyOne) {
        boolean someFamilyFirst = false;
        for (String name : names) {
            long commas = name.chars().filter(c -> c == ',').count();
            // a name in reading order with its suffix after a comma ("Guy L. Steele, Jr.") is one too: InvertedName
            // keeps it as written, where a guess at a suffix here ("Chen, Xi" read as a numeral) refused whole lists;
            // so is a name family name first with its suffix last ("King, Martin Luther, Jr."), which InvertedName reads
            if (commas == 2 && InvertedName.isSuffixed(name.substring(name.indexOf(',') + 1))) {
                commas = 1;
            }
            if (commas > 1 || everyOne && commas != 1) {
                return false;
            }
            // a name kept as written (its comma before a suffix) is a name, however many words it has; a particle
            // written with a capital is no sign, as it is a given name as often ("Le Song, Georgia Tech", "Di He, PKU")
            someFamilyFirst |= commas == 1 && (InvertedName.isSuffixed(name) || hasFamilyNameFirst(name, false));
        }
        return someFamilyFirst;
    }

    /**
     * Whether the part of a name before its comma is a family name: one word beside its particles ("van der Berg",
     * and with {@code capitalParticles} "Van Gogh"). A particle written with a capital is one only before another word:
     * "Le, Quoc" and "Du, Simon" are family names of their own. The particles are {@link PersonName}'s.
     */
    private static boolean hasFamilyNameFirst(String name, boolean capitalParticles) {
        if (InvertedName.isSuffixed(name)) {
            return true;
        }
        String[] words = name.substring(0, name.indexOf(',')).strip().split("\\s+");
        int named = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean particle = !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
                    || capitalParticles && i < words.length - 1 && PersonName.isParticle(word);
            if (!word.isEmpty() && !particle) {
                named++;
            }
        }
        return named == 1;
    }

    /** A list as a message quotes it: its first 120 characters. */
    private static String shortened(String text) {
        String t = text.strip();
        return t.length() <= 120 ? t : t.substring(0, 117) + "...";
    }
}
