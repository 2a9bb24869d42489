package io.github.paperdigest.digest;

import io.github.paperdigest.model.PageRange;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv's journal reference ({@code journal-ref}) read as the journal and where in it the paper is: "Phys. Rev. D 98,
 * 030001 (2018)" is the journal "Phys. Rev. D", volume 98, article 030001, of 2018. Taken whole as the venue, the
 * volume and pages were cited inside the journal's name ({@code journal = {Phys. Rev. D 98, 030001 (2018)}}) and the
 * year was lost to the citation unless the name held it.
 *
 * <p>Authors write the reference freely, so it is split only where the whole of it has one of the shapes arXiv asks
 * for and journals print: a name, then a volume and pages (or a volume and its issue), with the year in brackets or
 * after a comma; or a name followed by labelled parts ("vol. 12, no. 3, pp. 45-67, 2020"). Anything else ("CVPR
 * 2024", "Accepted at NeurIPS 2023", "Proceedings of the 41st ICML, PMLR 235") stays the venue as written.
 */
record JournalReference(String venue, Optional<String> volume, Optional<String> number, Optional<String> pages,
        Optional<String> year) {

    private static final String YEAR = "(?:19|20)\\d{2}";
    /** A page, or an article number ("111102", "e1234", "L12"), or a range of them. */
    private static final String PAGES = "[A-Za-z]?\\d{1,7}(?:\\s*(?:-{1,2}|–|—)\\s*[A-Za-z]?\\d{1,7})?";
    /** A volume: a number not of a year's shape, which would be a conference's year ("SIGGRAPH 2020"). */
    private static final String VOLUME = "(?!" + YEAR + "\\b)\\d{1,4}";
    private static final String NAME = "(?<name>\\p{L}.{0,300}?)";
    /** A volume, its issue in brackets if given, then its pages after a comma or a colon: "98, 030001", "9(8):1735-1780". */
    private static final String VOLUME_ISSUE_PAGES = ",?\\s+(?<volume>" + VOLUME + ")(?:\\s*\\((?<number>\\d{1,4})\\))?"
            + "\\s*[,:]\\s*(?<pages>" + PAGES + ")";
    /** The words that label a part of a reference, without their full stops. */
    private static final String LABEL_WORDS = "volume|vol|issue|no|pages?|pp?";
    /** A label as a part is written with it: "vol. 12", "volume 12", "no. 3", "issue 3", "pp. 45-67", "pages 45-67". */
    private static final String LABEL = "volume|vol\\.?|issue|no\\.?|pages?|pp?\\.";

    private static final List<Pattern> NUMBERED = List.of(
            // Phys. Rev. Lett. 89 (2002) 111102; Nucl. Phys. B 912 (2016) 1-20
            Pattern.compile(NAME + ",?\\s+(?<volume>" + VOLUME + ")\\s*\\((?<year>" + YEAR + ")\\)\\s*,?\\s*(?<pages>"
                    + PAGES + ")"),
            // Phys. Rev. D 98, 030001 (2018); Nature 521, 436-444 (2015); J. Mach. Learn. Res. 15(1):1929-1958 (2014)
            Pattern.compile(NAME + VOLUME_ISSUE_PAGES + "\\s*\\((?<year>" + YEAR + ")\\)"),
            // Neural Computation 9(8):1735-1780, 1997; PMLR 235:1234-1245, 2024
            Pattern.compile(NAME + VOLUME_ISSUE_PAGES + "\\s*,\\s*(?<year>" + YEAR + ")"),
            // Math. Ann. 345, no. 2 (2009), 1-20: the shape of the American Mathematical Society's references
            Pattern.compile(NAME + ",?\\s+(?<volume>" + VOLUME + "),\\s*no\\.\\s*(?<number>\\d{1,4})\\s*\\((?<year>" + YEAR
                    + ")\\)\\s*,\\s*(?<pages>" + PAGES + ")"),
            // Software: Practice and Experience 51 (8), 2021: no pages, so the issue says the number is a volume
            Pattern.compile(NAME + ",?\\s+(?<volume>" + VOLUME + ")\\s*\\((?<number>\\d{1,4})\\)\\s*,\\s*(?<year>" + YEAR
                    + ")"));

    /** A part labelled as what it is ({@link #LABEL}). */
    private static final Pattern LABELLED_PART = Pattern.compile("(?i)(?<label>" + LABEL + ")\\s*(?<value>" + PAGES + ")");
    private static final Pattern BARE_YEAR = Pattern.compile(YEAR);
    private static final Pattern BARE_PAGES = Pattern.compile(PAGES);
    /** The year at the end in brackets, as in "Journal of Applied Physics, vol 104, 073536 (2008)". */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\s*\\((" + YEAR + ")\\)$");

    /** The parts of a reference of a shape understood, or empty when it is to be kept whole. */
    static Optional<JournalReference> parse(String reference) {
        String text = reference.strip().replaceAll("\\s+", " ").replaceFirst("\\.$", "");
        // labels first: "Journal of Applied Physics, vol 104, 073536 (2008)" has a number's shape too, after "vol"
        Optional<JournalReference> labelled = labelled(text);
        if (labelled.isPresent()) {
            return labelled;
        }
        for (Pattern shape : NUMBERED) {
            Matcher m = shape.matcher(text);
            Optional<JournalReference> read = m.matches() ? of(m.group("name"), m.group("volume"),
                    groupOrNull(m, "number"), groupOrNull(m, "pages"), m.group("year")) : Optional.empty();
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /** A group's text, or null when the shape has no such group: Java 17's {@link Matcher} cannot list its groups. */
    private static String groupOrNull(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") ? m.group(group) : null;
    }

    /**
     * A name, then parts after commas of which the first is labelled ("IEEE Trans. Pattern Anal. Mach. Intell., vol.
     * 45, no. 3, pp. 1-10, 2023"): each part labelled, a year, or the pages unlabelled after the volume
     * ("Journal of Applied Physics, vol 104, 073536 (2008)"); each given once. Anything else leaves it whole.
     */
    private static Optional<JournalReference> labelled(String text) {
        Matcher bracketed = YEAR_IN_BRACKETS.matcher(text);
        String year = bracketed.find() ? bracketed.group(1) : null;
        String[] parts = (year == null ? text : text.substring(0, bracketed.start())).split(",");
        int first = 1;
        while (first < parts.length && !LABELLED_PART.matcher(parts[first].strip()).matches()) {
            first++;
        }
        if (first >= parts.length) {
            return Optional.empty();
        }
        String volume = null;
        String number = null;
        String pages = null;
        for (int i = first; i < parts.length; i++) {
            String part = parts[i].strip();
            Matcher labelled = LABELLED_PART.matcher(part);
            if (labelled.matches()) {
                String label = labelled.group("label").toLowerCase(Locale.ROOT);
                String value = labelled.group("value");
                if (label.startsWith("vol") && volume == null) {
                    volume = value;
                } else if ((label.startsWith("no") || label.equals("issue")) && number == null) {
                    number = value;
                } else if (label.startsWith("p") && pages == null) {
                    pages = value;
                } else {
                    return Optional.empty();
                }
            } else if (BARE_YEAR.matcher(part).matches() && year == null) {
                year = part;
            } else if (BARE_PAGES.matcher(part).matches() && volume != null && pages == null) {
                pages = part;
            } else {
                return Optional.empty();
            }
        }
        return of(String.join(",", Arrays.copyOf(parts, first)), volume, number, pages, year);
    }

    /**
     * What no journal's name holds, and a name that the shapes above cut in the wrong place does: a second reference
     * after a semicolon ("…; Erratum-ibid. 101, 2 (2008)"), a year in brackets or a number before a comma, a bracket
     * or a colon (the first reference's volume, "Math. Ann. 345, no."), a label at its end ("Suppl. No.") or at its
     * start ("Volume 12").
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i);|\\d\\s*[,(:]|\\(" + YEAR + "\\)"
            + "|\\b(?:" + LABEL_WORDS + ")\\.?$|^(?:" + LABEL + ")\\s*\\d");

    private static Optional<JournalReference> of(String name, String volume, String number, String pages, String year) {
        String venue = name.strip().replaceFirst("[\\s,;:]+$", "");
        if (venue.isEmpty() || venue.chars().noneMatch(Character::isLetter) || NOT_A_NAME.matcher(venue).find()) {
            return Optional.empty();
        }
        return Optional.of(new JournalReference(venue, Optional.ofNullable(volume), Optional.ofNullable(number),
                Optional.ofNullable(pages).map(PageRange::dashed), Optional.ofNullable(year)));
    }
}
