package io.github.paperdigest.digest;

import io.github.paperdigest.model.VenueYear;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue and when, as paper lists write them beside a title, set apart by bold or italics: "ICML, 2024",
 * "CVPR 2024", "ACL'24", "arXiv, Jun 2024", "arXiv 2023.08", or a date alone: a year, or a month and year ("Nov.,
 * 2023", "November 2023"), which is never a venue. The text must end with its year: the
 * markup alone would take a bold title for a venue.
 *
 * @param venue where the paper appeared, as the list writes it; empty for a year alone and for arXiv, which names
 *              no venue (as in a BibTeX entry's "arXiv preprint")
 * @param date  the year, or year and month, it gives
 */
record ListedVenue(Optional<String> venue, Optional<PublicationDate> date) {

    /** Longer than any venue with its year: what is longer is a title or a sentence, and is not matched at all. */
    private static final int MAX_LENGTH = 80;
    private static final String NAME = "(\\p{L}[\\p{L}\\p{N}&+.\\- ]{0,40}?)";
    /** The name is optional and tried last, so that "Jun 2024" is a month, not a venue named "Jun". */
    private static final Pattern DATED = Pattern.compile("(?:" + NAME + "[\\s,]*)??"
            + "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,6}\\.?,?\\s+(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}(?:[.\\-/]\\d{1,2})?)");
    private static final Pattern SHORT_YEAR = Pattern.compile(NAME + "\\s*['’]\\d{2}");
    /** "2023.08": the year and month as some lists write them. */
    private static final Pattern DOTTED_MONTH = Pattern.compile("^(\\d{4})\\.");

    /** The venue and date the text gives, or empty when it is not one of the forms above. */
    static Optional<ListedVenue> of(String text) {
        if (text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("[.,;:]+$", "").strip();
        Matcher dated = DATED.matcher(t);
        if (dated.matches()) {
            String date = DOTTED_MONTH.matcher(dated.group(2)).replaceFirst("$1-");
            return Optional.of(new ListedVenue(venue(dated.group(1), t), PublicationDate.parse(date)));
        }
        Matcher shortYear = SHORT_YEAR.matcher(t);
        if (shortYear.matches()) {
            return Optional.of(new ListedVenue(venue(shortYear.group(1), t),
                    VenueYear.of(t).flatMap(year -> PublicationDate.of(String.valueOf(year), null, null))));
        }
        return Optional.empty();
    }

    /** Whether the text is a venue named with its year ("CVPR 2022", "arXiv, Jun 2024", "ACL'24"), not a year alone. */
    static boolean isNamed(String text) {
        if (text.strip().length() > MAX_LENGTH) {
            return false;
        }
        String t = text.strip().replaceAll("[.,;:]+$", "").strip();
        Matcher dated = DATED.matcher(t);
        return dated.matches() && dated.group(1) != null || SHORT_YEAR.matcher(t).matches();
    }

    /** Whether the text is a date and nothing else: a year, or a month and year ("Nov., 2023", "2023.08"). */
    static boolean isDate(String text) {
        if (text.strip().length() > MAX_LENGTH) {
            return false;
        }
        Matcher dated = DATED.matcher(text.strip().replaceAll("[.,;:]+$", "").strip());
        return dated.matches() && dated.group(1) == null;
    }

    private static Optional<String> venue(String name, String written) {
        return name == null || ArxivCitation.namesArxivAlone(name) ? Optional.empty()
                : Optional.of(written);
    }

    /** The venue as the paper's venue, the date as its year (or year and month), as reference managers' are. */
    void applyTo(EntryDraft draft) {
        venue.ifPresent(draft::venue);
        date.ifPresent(d -> d.applyTo(draft));
    }
}
