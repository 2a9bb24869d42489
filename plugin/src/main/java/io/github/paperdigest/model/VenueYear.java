package io.github.paperdigest.model;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a venue's name gives, "ICML 2024", "CVPR'24", "Proceedings of the 2021 Conference on ...": the year the
 * paper was published there, which a paper posted to arXiv in December before is cited with, not the year of its
 * arXiv id. A name with two different years ("ICLR 2024 workshop on 2023 data") gives none.
 */
public final class VenueYear {

    /**
     * The key of extra metadata that gives a venue's year beside it, as arXiv's journal reference does ("Neural
     * Computation 9(8):1735-1780, 1997"). Not the paper's "year": a digest's record dates the preprint, which the
     * journal's year would contradict, and a reader would be told to correct a digest that is right.
     */
    public static final String GIVEN_KEY = "journal year";

    /**
     * A year in full, not inside a longer number or a word ("B2024"), nor an arXiv id's year and month before its
     * number ("arXiv preprint arXiv:2006.11239", as Google Scholar names a preprint's journal, is of 2020, not 2006);
     * or its last two digits after an apostrophe.
     */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(19\\d{2}|20\\d{2})(?!\\p{N}|\\.\\p{N})"
            + "|['’](\\d{2})(?!\\p{N})");

    private VenueYear() {
    }

    /** "'24" is 2024 and "'99" 1999: a venue's short year is read without the clock, so that builds are the same. */
    private static int century(int shortYear) {
        return shortYear < 50 ? 2000 + shortYear : 1900 + shortYear;
    }

    public static Optional<Integer> of(String venue) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(venue);
        while (m.find()) {
            years.add(m.group(1) != null ? Integer.parseInt(m.group(1)) : century(Integer.parseInt(m.group(2))));
        }
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }
}
