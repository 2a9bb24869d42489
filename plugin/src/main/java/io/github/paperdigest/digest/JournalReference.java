package io.github.paperdigest.digest;

import io.github.paperdigest.model.PageRange;
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
 * for and physics and mathematics journals print: a name, then a volume and pages, with the year in brackets or after
 * a comma; or a name followed by labelled parts ("vol. 12, no. 3, pp. 45-67, 2020"). Anything else ("CVPR 2024",
 * "Accepted at NeurIPS 2023", "Proceedings of the 41st ICML, PMLR 235") stays the venue as written.
 */
record JournalReference(String venue, Optional<String> volume, Optional<String> number, Optional<String> pages,
        Optional<String> year) {

    private static final String YEAR = "(?:19|20)\\d{2}";
    /** A page, or an article number ("111102", "e1234", "L12"), or a range of them. */
    private static final String PAGES = "[A-Za-z]?\\d{1,7}(?:\\s*(?:-{1,2}|–|—)\\s*[A-Za-z]?\\d{1,7})?";
    /** A volume: a number not of a year's shape, which would be a conference's year ("SIGGRAPH 2020"). */
    private static final String VOLUME = "(?!" + YEAR + "\\b)\\d{1,4}";
    private static final String NAME = "(?<name>\\p{L}.{0,300}?)";

    private static final List<Pattern> NUMBERED = List.of(
            // Phys. Rev. Lett. 89 (2002) 111102; Nucl. Phys. B 912 (2016) 1-20
            Pattern.compile(NAME + ",?\\s+(?<volume>" + VOLUME + ")\\s*\\((?<year>" + YEAR + ")\\)\\s*,?\\s*(?<pages>"
                    + PAGES + ")"),
            // Phys. Rev. D 98, 030001 (2018); Nature 521, 436-444 (2015); J. Mach. Learn. Res. 15(1):1929-1958 (2014)
            Pattern.compile(NAME + ",?\\s+(?<volume>" + VOLUME + ")(?:\\s*\\((?<number>\\d{1,4})\\))?\\s*[,:]\\s*(?<pages>"
                    + PAGES + ")\\s*\\((?<year>" + YEAR + ")\\)"),
            // Neural Computation 9(8):1735-1780, 1997; PMLR 235:1234-1245, 2024
            Pattern.compile(NAME + ",?\\s+(?<volume>" + VOLUME + ")(?:\\s*\\((?<number>\\d{1,4})\\))?\\s*[,:]\\s*(?<pages>"
                    + PAGES + ")\\s*,\\s*(?<year>" + YEAR + ")"));

    /** The labelled parts after a name: "vol. 12", "no. 3", "issue 3", "pp. 45-67", "pages 45-67", a year. */
    private static final Pattern LABELLED = Pattern.compile(NAME + "(?<parts>(?:,\\s*(?:(?:vol\\.?|volume)\\s*\\d{1,4}"
            + "|(?:no\\.?|issue)\\s*\\d{1,4}|(?:pp?\\.|pages?)\\s*" + PAGES + "|" + YEAR + "))+)\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile("(?i)(volume|vol\\.?|issue|no\\.?|pages?|pp?\\.)?\\s*(\\S.*)");

    /** The parts of a reference of a shape understood, or empty when it is to be kept whole. */
    static Optional<JournalReference> parse(String reference) {
        String text = reference.strip().replaceAll("\\s+", " ");
        for (Pattern shape : NUMBERED) {
            Matcher m = shape.matcher(text);
            if (m.matches()) {
                return of(m.group("name"), m.group("volume"), groupOrNull(m, "number"), m.group("pages"),
                        m.group("year"));
            }
        }
        Matcher m = LABELLED.matcher(text);
        return m.matches() ? labelled(m.group("name"), m.group("parts")) : Optional.empty();
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** A name with labelled parts, each given once; a part named twice ("pp. 1-2, pp. 3-4") leaves it whole. */
    private static Optional<JournalReference> labelled(String name, String parts) {
        String volume = null;
        String number = null;
        String pages = null;
        String year = null;
        for (String part : parts.substring(1).split(",")) {
            Matcher p = PART.matcher(part.strip());
            if (!p.matches()) {
                return Optional.empty();
            }
            String label = p.group(1) == null ? "" : p.group(1).toLowerCase(Locale.ROOT);
            String value = p.group(2).strip();
            if (label.startsWith("vol")) {
                if (volume != null) {
                    return Optional.empty();
                }
                volume = value;
            } else if (label.startsWith("no") || label.equals("issue")) {
                if (number != null) {
                    return Optional.empty();
                }
                number = value;
            } else if (label.startsWith("p")) {
                if (pages != null) {
                    return Optional.empty();
                }
                pages = value;
            } else {
                if (year != null) {
                    return Optional.empty();
                }
                year = value;
            }
        }
        return volume == null && number == null && pages == null ? Optional.empty()
                : of(name, volume, number, pages, year);
    }

    private static Optional<JournalReference> of(String name, String volume, String number, String pages, String year) {
        String venue = name.strip().replaceFirst("[\\s,;:]+$", "");
        if (venue.isEmpty() || venue.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new JournalReference(venue, Optional.ofNullable(volume), Optional.ofNullable(number),
                Optional.ofNullable(pages).map(PageRange::dashed), Optional.ofNullable(year)));
    }
}
