package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PageRange;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PaperFacts;
import io.github.paperdigest.site.PaperPage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * schema.org JSON-LD for a paper's page: a ScholarlyArticle (a Book, Chapter, Thesis or Report where the paper is one)
 * with the facts its BibTeX entry and Highwire tags
 * have, and nothing the digests did not give. The JSON is made safe to sit inside a {@code <script>} element: '<',
 * '>' and '&' are written as Unicode escapes, so no text from a digest can close the element.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The links that are the paper itself, on another site: its code, data or demo are works of their own. */
    private static final Set<LinkKind> SAME_WORK = EnumSet.of(LinkKind.PAPER, LinkKind.DOI, LinkKind.OTHER);
    private static final Pattern ARXIV_ABSTRACT = Pattern.compile("(?i)https?://(?:www\\.|export\\.)?arxiv\\.org/abs/.*");

    private StructuredData() {
    }

    static String scholarlyArticle(PaperPage page, String url) {
        Paper p = page.paper();
        Citation c = page.citation();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        // a book, a chapter, a thesis and a report as schema.org names them; any other work is an article
        Citation.Kind kind = c.kind();
        article.put("@type", switch (kind) {
            case BOOK -> "Book";
            case BOOK_CHAPTER -> "Chapter";
            case THESIS -> "Thesis";
            case REPORT -> "Report";
            default -> "ScholarlyArticle";
        });
        // the text as written, its formulas as TeX, an escaped dollar a dollar
        article.put("headline", TexMath.asText(p.title()));
        article.put("name", TexMath.asText(p.title()));
        if (p.hasAbstract()) {
            article.put("abstract", TexMath.asText(p.abstractText()));
        }
        article.put("url", url);
        if (!p.authors().isEmpty()) {
            article.put("author", people(p.authors(), p.literalAuthors()));
        }
        // the editors of the book a chapter or a paper is in are the book's (below); an edited book's are its own
        Editors editors = c.details().editors();
        boolean inEditedBook = c.editorsOfContainer() && c.venue().isPresent() && !c.inJournal();
        if (!editors.isEmpty() && !c.editorsOfContainer()) {
            article.put("editor", people(editors.names(), editors.literal()));
        }
        // the date the page cites, as its BibTeX entry and Highwire tags do (ISO 8601's "2023-10" and "2019" are dates
        // too), never a digest's: a preprint's day is not the day of the venue the article is part of
        page.citedIsoDate().ifPresent(d -> article.put("datePublished", d));
        if (kind == Citation.Kind.BOOK) {
            c.details().isbn().ifPresent(isbn -> article.put("isbn", isbn));
            c.details().edition().ifPresent(edition -> article.put("bookEdition", edition));
        } else {
            // a chapter whose record names its book's editors but not the book is still part of a book they edited
            Optional<Map<String, Object>> bookless = kind == Citation.Kind.BOOK_CHAPTER && !editors.isEmpty()
                    ? Optional.of(new LinkedHashMap<>(Map.of("@type", "Book"))) : Optional.empty();
            venue(c).or(() -> bookless).ifPresent(v -> {
                if ((inEditedBook || c.venue().isEmpty()) && !editors.isEmpty()) {
                    v.put("editor", people(editors.names(), editors.literal()));
                }
                article.put("isPartOf", v);
            });
        }
        if (kind.isWork() && kind != Citation.Kind.BOOK_CHAPTER) {
            c.publishedBy().ifPresent(name -> {
                Map<String, String> organisation = new LinkedHashMap<>();
                organisation.put("@type", "Organization");
                organisation.put("name", name);
                // a thesis's university is where it was written, schema.org's sourceOrganization
                article.put(kind == Citation.Kind.THESIS ? "sourceOrganization" : "publisher", organisation);
            });
        }
        if (c.venue().isPresent()) {
            c.pages().ifPresent(pages -> PageRange.of(pages).ifPresentOrElse(r -> {
                article.put("pageStart", r.first());
                r.last().ifPresent(last -> article.put("pageEnd", last));
            }, () -> article.put("pagination", pages.strip())));
        }
        List<Map<String, String>> identifiers = new ArrayList<>();
        // the DOI the paper is cited by: an arXiv paper's data DOI (Zenodo's) is its code's or data's, not its own
        c.doi().ifPresent(doi -> identifiers.add(identifier("DOI", doi)));
        p.arxivId().ifPresent(id -> identifiers.add(identifier("arXiv", id)));
        if (!identifiers.isEmpty()) {
            article.put("identifier", identifiers);
        }
        List<String> sameAs = sameAs(p, c.doi());
        if (!sameAs.isEmpty()) {
            article.put("sameAs", sameAs);
        }
        c.pdfUrl().ifPresent(pdf -> {
            Map<String, String> file = new LinkedHashMap<>();
            file.put("@type", "MediaObject");
            file.put("encodingFormat", "application/pdf");
            file.put("contentUrl", pdf);
            article.put("encoding", file);
        });
        if (!page.tags().isEmpty()) {
            article.put("keywords", page.tags().stream().map(Tag::label).toList());
        }
        try {
            return JSON.writeValueAsString(article).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** People as schema.org names them; an organisation ("Google DeepMind"), a name the digest marked whole. */
    private static List<Map<String, String>> people(List<String> names, Set<String> literal) {
        List<Map<String, String>> people = new ArrayList<>();
        for (String name : names) {
            Map<String, String> person = new LinkedHashMap<>();
            person.put("@type", literal.contains(name) ? "Organization" : "Person");
            person.put("name", name);
            people.add(person);
        }
        return people;
    }

    private static Map<String, String> identifier(String scheme, String value) {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("@type", "PropertyValue");
        id.put("propertyID", scheme);
        id.put("value", value);
        return id;
    }

    /**
     * Where the paper appeared: a journal as schema.org's periodicals are told (the issue, in the volume, in the
     * journal, each when known), proceedings as the book BibTeX's {@code booktitle} names.
     */
    private static Optional<Map<String, Object>> venue(Citation c) {
        return c.venue().map(name -> {
            Map<String, Object> venue = new LinkedHashMap<>();
            if (!c.inJournal()) {
                venue.put("@type", "Book");
                venue.put("name", name);
                return venue;
            }
            venue.put("@type", "Periodical");
            venue.put("name", name);
            Map<String, Object> part = venue;
            if (c.volume().isPresent()) {
                Map<String, Object> volume = new LinkedHashMap<>();
                volume.put("@type", "PublicationVolume");
                volume.put("volumeNumber", c.volume().get());
                volume.put("isPartOf", part);
                part = volume;
            }
            if (c.number().isPresent()) {
                Map<String, Object> issue = new LinkedHashMap<>();
                issue.put("@type", "PublicationIssue");
                issue.put("issueNumber", c.number().get());
                issue.put("isPartOf", part);
                part = issue;
            }
            return part;
        });
    }

    /**
     * Other pages that are the paper: its arXiv abstract, its DOI's, and its record's links to the paper itself,
     * each once (arXiv's page over http or of one version, a DOI's link of another case, are the same page). A
     * link to its code, data, project page or PDF is not the paper's page, nor is an address its abstract cites, nor
     * the DOI of a data repository's deposit that its citation leaves out ({@code citedDoi}, see {@link Citation#doi}).
     */
    private static List<String> sameAs(Paper p, Optional<String> citedDoi) {
        List<String> sameAs = new ArrayList<>();
        p.arxivId().map(id -> "https://arxiv.org/abs/" + id).ifPresent(sameAs::add);
        citedDoi.map(Dois::url).ifPresent(sameAs::add);
        for (Link link : PaperFacts.ownLinks(p).toList()) {
            String u = link.url();
            boolean arxivPage = p.arxivId().isPresent() && ARXIV_ABSTRACT.matcher(u).matches()
                    && ArxivIds.fromUrl(u).equals(p.arxivId());
            boolean doiPage = p.doi().isPresent() && Dois.parse(u).equals(p.doi())
                    && u.toLowerCase(Locale.ROOT).contains("doi.org/");
            if (SAME_WORK.contains(link.kind()) && !arxivPage && !doiPage && !sameAs.contains(u)) {
                sameAs.add(u);
            }
        }
        return sameAs;
    }
}
