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
     * The date the page cites the paper with, in ISO 8601 ("2024-07-21", "2021-05", "2024"), as its BibTeX entry and
     * its Highwire tags give it: the full date they cite, else the year and month, else the year (always the paper's
     * own, see {@code SiteIndex.year}). A paper without a venue is cited with its own date as precisely as it is
     * known (a preprint's month, from its arXiv id, which a BibTeX entry leaves out as arXiv's own does); one with a
     * venue, with no more of a date than the citation gives: its preprint's day or month is not its venue's.
     */
    public Optional<String> citedIsoDate() {
        if (citation.date().isPresent()) {
            return citation.date().map(java.time.LocalDate::toString);
        }
        if (citation.year().isEmpty()) {
            return Optional.empty();
        }
        int year = citation.year().get();
        if (citation.month().isPresent()) {
            return Optional.of(String.format(java.util.Locale.ROOT, "%04d-%02d", year, citation.month().get()));
        }
        // a publication day the citation left out (a later version's, see SiteIndex.preprintBefore) is not cited
        // here either
        return date.filter(d -> citation.venue().isEmpty() && d.source() != PaperDate.Source.PUBLISHED
                && d.start().getYear() == year).map(PaperDate::iso).or(() -> Optional.of(String.valueOf(year)));
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
