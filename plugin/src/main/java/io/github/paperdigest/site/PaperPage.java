package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubRef;
import io.github.paperdigest.site.PageParts.InDigest;
import io.github.paperdigest.site.PageParts.Neighbour;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paper's page: its record, its own date (see {@link PaperDate}), its tags and hubs, the digests that list it, its
 * related papers, and its place in each digest that lists it with the papers before and after it there, in the order
 * of {@code digests}. {@code authorPages} gives the slug of the page of each of its authors who has one, by the name as
 * written, in the paper's order.
 */
public record PaperPage(Paper paper, Citation citation, Optional<PaperDate> date, List<Tag> tags, List<HubRef> hubs,
        List<DigestRef> digests, List<Neighbour> related, List<InDigest> inDigests,
        Map<String, String> authorPages) implements Page {

    public PaperPage {
        tags = List.copyOf(tags);
        hubs = List.copyOf(hubs);
        digests = List.copyOf(digests);
        related = List.copyOf(related);
        inDigests = List.copyOf(inDigests);
    }

    /**
     * Whether the year the paper is cited with is the paper's: of its own date or its venue's name, and not of the
     * digest that first listed it, which BibTeX takes for want of one (many styles need a year) but which says nothing
     * of when the paper came out: a reference manager is not told it as the publication date.
     */
    public boolean citedYearIsPapers() {
        return date.isPresent() || citation.venue().flatMap(VenueYear::of).isPresent();
    }

    @Override
    public String path() {
        return SitePaths.paper(paper.slug());
    }

    @Override
    public String title() {
        return TexMath.asText(paper.title());
    }

    /** What other pages' scripts are told of the paper. */
    public PaperData data() {
        return new PaperData(path(), paper, date, citation);
    }

    @Override
    public PageKind kind() {
        return PageKind.PAPER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.paper(this);
    }
}
