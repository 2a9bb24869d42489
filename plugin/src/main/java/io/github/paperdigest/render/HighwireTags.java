package io.github.paperdigest.render;

import io.github.paperdigest.model.PersonName;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.Citation;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Highwire Press {@code citation_*} meta tags, which Zotero's translators, Mendeley and Google Scholar read from a
 * paper's page, as arXiv's own abstract pages carry them. A fact the digests did not give has no tag, never one with
 * an empty value.
 */
final class HighwireTags {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private HighwireTags() {
    }

    /**
     * The tags of a paper's page. {@code abstractText} is the abstract as the digest gave it (empty for none): a
     * reference manager that finds no {@code citation_abstract} takes the page's description, which is cut short.
     * {@code pageUrl} is the page's published address, or null when not known.
     */
    static List<Views.Meta> of(Citation c, String abstractText, String pageUrl) {
        List<Views.Meta> tags = new ArrayList<>();
        add(tags, "citation_title", TexMath.asText(c.title()));
        for (String author : c.authors()) {
            add(tags, "citation_author", c.literalAuthors().contains(author) ? wholeName(author) : highwireName(author));
        }
        c.date().map(DATE::format).or(() -> c.year().map(String::valueOf))
                .ifPresent(d -> add(tags, "citation_publication_date", d));
        Citation.Kind kind = c.kind();
        // the tags by which Zotero's translator tells a chapter, a thesis and a report from a conference's paper; a
        // book's venue is its series, which no tag names
        String venueTag = switch (kind) {
            case BOOK_CHAPTER -> "citation_inbook_title";
            case BOOK, THESIS, REPORT -> null;
            default -> c.inJournal() ? "citation_journal_title" : "citation_conference_title";
        };
        c.venue().filter(v -> venueTag != null).ifPresent(v -> add(tags, venueTag, v));
        c.venueVolume().filter(v -> venueTag != null).ifPresent(v -> add(tags, "citation_volume", v));
        c.issue().ifPresent(n -> add(tags, "citation_issue", n));
        c.pageRange().ifPresent(p -> {
            add(tags, "citation_firstpage", p.first());
            p.last().ifPresent(last -> add(tags, "citation_lastpage", last));
        });
        if (kind == Citation.Kind.THESIS) {
            c.publishedBy().ifPresent(p -> add(tags, "citation_dissertation_institution", p));
            c.details().genre().ifPresent(g -> add(tags, "citation_dissertation_name", g));
        } else if (kind == Citation.Kind.REPORT) {
            c.publishedBy().ifPresent(p -> add(tags, "citation_technical_report_institution", p));
            c.number().ifPresent(n -> add(tags, "citation_technical_report_number", n));
        } else {
            c.publisher().ifPresent(p -> add(tags, "citation_publisher", p));
        }
        if (kind.isBook()) {
            c.details().isbn().ifPresent(i -> add(tags, "citation_isbn", i));
        }
        c.doi().ifPresent(d -> add(tags, "citation_doi", d));
        c.arxivId().ifPresent(id -> add(tags, "citation_arxiv_id", id));
        c.pdfUrl().ifPresent(u -> add(tags, "citation_pdf_url", u));
        add(tags, "citation_abstract", TexMath.asText(abstractText));
        if (pageUrl != null) {
            add(tags, "citation_abstract_html_url", pageUrl);
        }
        return tags;
    }

    /**
     * A person's name as Zotero and Google Scholar take it apart: family name first when it is more than the last
     * word ("Van den Broeck, Guy", "King, Martin Luther, Jr."), for a name without a comma is split at its last space
     * ("Broeck", "Guy Van den"); else as written.
     */
    private static String highwireName(String author) {
        PersonName name = PersonName.of(author);
        return name.hasParticle() || !name.suffix().isEmpty() ? name.familyFirst().orElse(author) : author;
    }

    /**
     * A name to be taken whole, an organisation's, as the family name of no given name: "Google DeepMind,", the form
     * "Family, Given" with nothing after the comma. Zotero and Google Scholar then keep it one name, as BibTeX keeps
     * the entry's {@code {Google DeepMind}}; as written, Zotero split it at its last space into the given name
     * "Google" and the family name "DeepMind".
     */
    private static String wholeName(String author) {
        // the comma after the name says "no given name"; a comma in it ("Meta, Inc.") would be read as the split
        return author.strip().replace(",", "") + ",";
    }

    private static void add(List<Views.Meta> tags, String name, String content) {
        String text = content == null ? "" : content.strip();
        if (!text.isEmpty()) {
            tags.add(new Views.Meta(name, text));
        }
    }
}
