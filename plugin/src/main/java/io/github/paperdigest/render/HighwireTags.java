package io.github.paperdigest.render;

import io.github.paperdigest.site.Citation;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Highwire Press {@code citation_*} meta tags, which Zotero's translators and Google Scholar read from a paper's
 * page, as arXiv's own abstract pages carry them.
 */
final class HighwireTags {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private HighwireTags() {
    }

    /** The tags of a paper's page; {@code pageUrl} is its published address, or null when not known. */
    static List<Views.Meta> of(Citation c, String pageUrl) {
        List<Views.Meta> tags = new ArrayList<>();
        tags.add(new Views.Meta("citation_title", c.title()));
        c.authors().forEach(a -> tags.add(new Views.Meta("citation_author", a)));
        c.date().map(DATE::format).or(() -> c.year().map(String::valueOf))
                .ifPresent(d -> tags.add(new Views.Meta("citation_publication_date", d)));
        c.venue().ifPresent(v -> tags.add(new Views.Meta(c.inJournal() ? "citation_journal_title" : "citation_conference_title", v)));
        c.doi().ifPresent(d -> tags.add(new Views.Meta("citation_doi", d)));
        c.arxivId().ifPresent(id -> tags.add(new Views.Meta("citation_arxiv_id", id)));
        c.pdfUrl().ifPresent(u -> tags.add(new Views.Meta("citation_pdf_url", u)));
        if (pageUrl != null) {
            tags.add(new Views.Meta("citation_abstract_html_url", pageUrl));
        }
        return tags;
    }
}
