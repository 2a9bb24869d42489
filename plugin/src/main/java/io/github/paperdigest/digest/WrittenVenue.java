package io.github.paperdigest.digest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A venue as a list item writes it after a paper's title or authors, given to the paper's draft. */
final class WrittenVenue {

    private static final Pattern ENDING_YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})[.,;]?$");

    private WrittenVenue() {
    }

    /**
     * The venue as written ("EMNLP, 2025"), without brackets around it or left open; its year, when it ends with one,
     * as the paper's year. A date alone ("Nov., 2023", "2024") says when, not where: it is the paper's date, and no
     * venue (a journal named "Nov., 2023" in its BibTeX entry); arXiv with its year names no venue either.
     */
    static void applyTo(EntryDraft draft, String text) {
        String venue = Brackets.withoutUnmatched(Brackets.unwrapped(text));
        Optional<ListedVenue> listed = ListedVenue.of(venue);
        if (listed.isPresent()) {
            listed.get().applyTo(draft);
            return;
        }
        draft.venue(venue);
        // a name longer than a listed venue's: "IEEE Transactions on Knowledge and Data Engineering 2022"
        Matcher year = ENDING_YEAR.matcher(venue);
        if (year.find()) {
            PublicationDate.of(year.group(1), null, null).ifPresent(date -> date.applyTo(draft));
        }
    }
}
