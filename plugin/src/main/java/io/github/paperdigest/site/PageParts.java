package io.github.paperdigest.site;

import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The pieces pages are made of. */
public final class PageParts {

    private PageParts() {
    }

    /** A paper in a list, with its tags and the date the list is ordered by. */
    public record PaperItem(Paper paper, List<Tag> tags, Optional<LocalDate> date) {
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

    /** A digest and the number of papers it lists. */
    public record DigestSummary(Digest digest, int paperCount) {
    }

    /** A related paper, how similar it is, and the tags it shares with the paper of the page. */
    public record Neighbour(Paper paper, double score, List<Tag> sharedTags) {
        public Neighbour {
            sharedTags = List.copyOf(sharedTags);
        }
    }

    /** A paper as a digest lists it: with the curator's note from that digest, if any. */
    public record DigestEntry(PaperItem item, String noteHtml) {
    }
}
