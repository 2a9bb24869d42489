package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubRef;
import io.github.paperdigest.site.PageParts.Neighbour;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paper's page: its record, its tags and hubs, the digests that list it, its related papers, and
 * the papers before and after it in the first digest that lists it. {@code authorPages} gives the slug of the
 * page of each of its authors who has one, by the name as written, in the paper's order;
 * {@code listed} is the date lists show it by (its publication date, else its first digest's).
 */
public record PaperPage(Paper paper, Citation citation, Optional<LocalDate> listed, List<Tag> tags, List<HubRef> hubs,
        List<DigestRef> digests, List<Neighbour> related, Optional<Paper> previous, Optional<Paper> next,
        Map<String, String> authorPages) implements Page {

    public PaperPage {
        tags = List.copyOf(tags);
        hubs = List.copyOf(hubs);
        digests = List.copyOf(digests);
        related = List.copyOf(related);
    }

    @Override
    public String path() {
        return SitePaths.paper(paper.slug());
    }

    @Override
    public String title() {
        return paper.title();
    }

    /** What other pages' scripts are told of the paper. */
    public PaperData data() {
        return new PaperData(path(), paper, listed, citation);
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
