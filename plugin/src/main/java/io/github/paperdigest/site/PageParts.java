package io.github.paperdigest.site;

import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pieces pages are made of. A page names another thing it links to by a reference holding what the link
 * shows ({@link HubRef}, {@link DigestRef}), not by the whole record, so that a page changes only when what it
 * shows does: a hub gaining a paper does not change every page that links to the hub.
 */
public final class PageParts {

    private PageParts() {
    }

    /**
     * A paper in a list, with its tags and the date the list is ordered by: the paper's own, else that of the first
     * dated digest that listed it (see {@link PaperDate}).
     */
    public record PaperItem(Paper paper, List<Tag> tags, Optional<PaperDate> date) {
        public PaperItem {
            tags = List.copyOf(tags);
        }
    }

    /** A tag and how many papers carry it (in the context where it is shown). */
    public record TagCount(Tag tag, int count) {
    }

    /** A hub, how many papers it gathers and its most used tags. */
    public record HubSummary(Hub hub, int paperCount, List<TagCount> topTags) {
        public HubSummary {
            topTags = List.copyOf(topTags);
        }
    }

    /** A hub as a link to it shows it. */
    public record HubRef(String id, String name) {
        public static HubRef of(Hub hub) {
            return new HubRef(hub.id(), hub.name());
        }
    }

    /**
     * A digest as a list of digests shows it: its title, its date and how many papers it lists; for a digest
     * without a date, the newest publication date of its papers, which tells the reader roughly when it was made
     * ({@link SiteIndex#newestPaperDate}).
     */
    public record DigestRef(String slug, String title, Optional<LocalDate> date, int paperCount,
            Optional<LocalDate> newestPaper) {
        public static DigestRef of(Digest digest, Optional<LocalDate> newestPaper) {
            return new DigestRef(digest.slug(), digest.title(), digest.date(), digest.papers().size(), newestPaper);
        }
    }

    /**
     * A related paper, how close it is, and the tags it shares with the paper of the page.
     *
     * @param closeness only what the page can say of the similarity: a change the page does not show leaves its key,
     *                  and its file, as they were
     */
    public record Neighbour(Paper paper, Closeness closeness, List<Tag> sharedTags) {
        public Neighbour {
            sharedTags = List.copyOf(sharedTags);
        }

        /** A neighbour of the given similarity (0 to 1). */
        public static Neighbour of(Paper paper, double similarity, List<Tag> sharedTags) {
            return new Neighbour(paper, Closeness.of(similarity), sharedTags);
        }
    }

    /**
     * How similar a related paper is, as far as it is worth a word. Scores are cosine similarities; a percentage of one
     * ("8%") reads as a poor match when it is the best the corpus has, so only a score high enough to mean something
     * gets a word, and the order of the list says the rest.
     */
    public enum Closeness {
        VERY_SIMILAR, SIMILAR, UNSAID;

        static final int VERY_SIMILAR_PERCENT = 75;
        static final int SIMILAR_PERCENT = 50;

        /** The closeness of a similarity (0 to 1), taken in whole percent rounded half up. */
        public static Closeness of(double similarity) {
            double percentage = similarity * 100;
            if (Double.isFinite(percentage)) {
                // the same as rounding as below, without a BigDecimal for each of a paper's neighbours: a double's
                // shortest decimal (which BigDecimal.valueOf rounds) is on the same side of a half as the double
                return percentage >= VERY_SIMILAR_PERCENT - 0.5 ? VERY_SIMILAR
                        : percentage >= SIMILAR_PERCENT - 0.5 ? SIMILAR : UNSAID;
            }
            int percent = BigDecimal.valueOf(similarity * 100).setScale(0, RoundingMode.HALF_UP).intValue();
            return percent >= VERY_SIMILAR_PERCENT ? VERY_SIMILAR : percent >= SIMILAR_PERCENT ? SIMILAR : UNSAID;
        }
    }

    /** Papers in one period of time, for a hub's timeline; {@code label} is "2024", "2024-03" or "2024-03-05". */
    public record DateCount(String label, int count) {
    }

    /** A hub related to another, and how many papers the two share. */
    public record HubLink(HubRef hub, int sharedPapers) {
    }

    /**
     * A paper's place in one digest that lists it: its position there (from 1) and the papers before and after it, so
     * that a reader going through that digest from the paper's page stays in it.
     */
    public record InDigest(DigestRef digest, int position, Optional<Paper> previous, Optional<Paper> next) {
    }

    /** A paper as a digest lists it: with the curator's note from that digest, if any. */
    public record DigestEntry(PaperItem item, String noteHtml) {
    }
}
