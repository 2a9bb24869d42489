package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.VenueYear;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PageParts;
import io.github.paperdigest.site.PaperDate;
import io.github.paperdigest.site.PaperPage;
import io.github.paperdigest.site.PaperShards;
import io.github.paperdigest.site.SiteSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a researcher's tools read from a paper's page: the Highwire {@code citation_*} tags Zotero, Mendeley and
 * Google Scholar read, the schema.org JSON-LD search engines read, and Open Graph.
 */
class PaperPageMetadataTest {

    private static final String BASE = "https://lab.example.org/papers/";

    @Test
    void anOrganisationAmongTheAuthorsIsAnOrganizationInTheJsonLdAndAPersonStaysAPerson() {
        Document page = render(new Facts().authors("Shaobin Zhuang", "Google DeepMind").literal("Google DeepMind"));
        JsonNode authors = jsonLd(page).get("author");
        assertEquals(2, authors.size());
        assertEquals("Person", authors.get(0).get("@type").asText());
        assertEquals("Shaobin Zhuang", authors.get(0).get("name").asText());
        assertEquals("Organization", authors.get(1).get("@type").asText());
        assertEquals("Google DeepMind", authors.get(1).get("name").asText());
        // the Highwire tags name every author, the organisation too, in the paper's order: as a family name alone
        assertEquals(List.of("Shaobin Zhuang", "Google DeepMind,"), metas(page, "citation_author"));
    }

    @Test
    void theWholeAbstractIsInCitationAbstractSoThatAReferenceManagerDoesNotTakeTheShortenedDescription() {
        String long_ = "We study things. ".repeat(30).strip();
        Document page = render(new Facts().abstractText(long_));
        assertEquals(List.of(long_), metas(page, "citation_abstract"));
        assertTrue(page.selectFirst("meta[name=description]").attr("content").endsWith("…"), "the description is cut");
    }

    @Test
    void aJournalArticlesVolumeIssueAndPagesAreTaggedAsTheBibTexEntryHasThem() {
        Document page = render(new Facts().venue("Journal of Tests").entryType("article-journal").volume("12")
                .number("3").pages("101--110"));
        assertEquals(List.of("Journal of Tests"), metas(page, "citation_journal_title"));
        assertEquals(List.of("12"), metas(page, "citation_volume"));
        assertEquals(List.of("3"), metas(page, "citation_issue"));
        assertEquals(List.of("101"), metas(page, "citation_firstpage"));
        assertEquals(List.of("110"), metas(page, "citation_lastpage"));
    }

    @Test
    void aProceedingsNumberIsNoIssueAndPagesAreSplitOnlyWhenTheyAreARange() {
        Document page = render(new Facts().venue("CVPR 2024").volume("2").number("7").pages("e1001"));
        assertEquals(List.of("CVPR 2024"), metas(page, "citation_conference_title"));
        assertEquals(List.of("2"), metas(page, "citation_volume"));
        assertEquals(List.of(), metas(page, "citation_issue"));
        assertEquals(List.of("e1001"), metas(page, "citation_firstpage"));
        assertEquals(List.of(), metas(page, "citation_lastpage"));
        Document list = render(new Facts().venue("Nature").pages("1-6, 9"));
        assertEquals(List.of(), metas(list, "citation_firstpage"), "a list of pages has no first page to tell");
        Document dash = render(new Facts().venue("Nature").pages("e101 – e110"));
        assertEquals(List.of("e101", "e110"), List.of(metas(dash, "citation_firstpage").get(0),
                metas(dash, "citation_lastpage").get(0)));
    }

    /**
     * A paper with no date of its own is cited with no year: the digest that listed it may be a reading group's log of
     * papers years older, and a style shows a missing year where it would print a wrong one. Its key keeps the
     * digest's year, as keys always had it, so that no key a reader has cited changes.
     */
    @Test
    void theYearOfTheDigestThatListedAPaperIsNoPublicationDate() {
        Document page = render(new Facts().digestYearOnly());
        assertEquals(List.of(), metas(page, "citation_publication_date"));
        String bibtex = page.select(".cite pre.bibtex").text();
        assertFalse(bibtex.contains("year ="), bibtex);
        assertTrue(bibtex.matches("(?s)@\\w+\\{\\w*2025\\w*,.*"), bibtex);
        String ris = page.select(".cite-actions a[download$=.ris]").attr("href");
        assertFalse(ris.contains("PY%20%20-"), ris);

        Document atVenue = render(new Facts().digestYearOnly().venue("ICML 2025"));
        assertEquals(List.of("2025"), metas(atVenue, "citation_publication_date"), "a venue's year is the paper's");
    }

    /**
     * An arXiv paper with a publisher's DOI and no venue has been published where that DOI says: it is cited by the
     * DOI as the version of record, its arXiv id kept as the eprint, and never as an arXiv preprint at the publisher's
     * DOI ("(arXiv:…). arXiv. https://doi.org/10.1016/…", a {@code T2} of "arXiv preprint" with the publisher's DO).
     */
    @Test
    void anArxivPaperWithAPublishersDoiAndNoVenueIsCitedAsPublishedNotAsAPreprint() {
        Document page = render(new Facts().arxivId("2305.01234").doi("10.1016/j.neunet.2023.05.012"));

        String bibtex = page.select(".cite pre.bibtex").text();
        assertTrue(bibtex.startsWith("@article{"), bibtex);
        assertTrue(bibtex.contains("doi = {10.1016/j.neunet.2023.05.012}") && bibtex.contains("eprint = {2305.01234}")
                && bibtex.contains("archivePrefix = {arXiv}"), bibtex);
        assertFalse(bibtex.contains("journal ="), "no venue is made up: " + bibtex);
        String ris = java.net.URLDecoder.decode(page.select(".cite-actions a[download$=.ris]").attr("href"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ris.contains("TY  - JOUR") && ris.contains("DO  - 10.1016/j.neunet.2023.05.012"), ris);
        assertFalse(ris.contains("arXiv preprint"), ris);

        // with a kind that says conference, a conference paper; with arXiv's own DOI, still the preprint
        assertTrue(render(new Facts().arxivId("2305.01234").doi("10.1109/cvpr.2023.01234").entryType("Conference paper"))
                .select(".cite pre.bibtex").text().startsWith("@inproceedings{"));
        Document preprint = render(new Facts().arxivId("2305.01234").doi("10.48550/arxiv.2305.01234"));
        assertTrue(preprint.select(".cite pre.bibtex").text().startsWith("@misc{"));
        assertTrue(java.net.URLDecoder.decode(preprint.select(".cite-actions a[download$=.ris]").attr("href"),
                java.nio.charset.StandardCharsets.UTF_8).contains("T2  - arXiv preprint arXiv:2305.01234"));
    }

    @Test
    void aPreprintWithoutVenueHasNoVolumeOrPagesEvenIfTheDigestGaveThem() {
        Document page = render(new Facts().volume("12").pages("1-10"));
        assertTrue(page.select("meta[name=citation_volume], meta[name^=citation_firstpage]").isEmpty());
    }

    @Test
    void aPaperWithoutAbstractAuthorsOrDateHasNoTagWithAnEmptyValue() {
        Document page = render(new Facts().abstractText("").authors().noYear());
        assertEquals(List.of(), page.select("head meta[content=''], head meta[content~=^\\s+$]").eachAttr("name"));
        // no description at all: a reference manager would take one made up for the abstract
        assertTrue(page.select("head meta[name=description], head meta[property=og:description]").isEmpty());
        assertTrue(page.select("head meta[name=citation_abstract], head meta[name=citation_author], "
                + "head meta[name=citation_publication_date]").isEmpty());
        assertEquals(List.of("A Paper"), metas(page, "citation_title"));
        assertFalse(jsonLd(page).has("abstract"));
        assertFalse(jsonLd(page).has("author"));
    }

    @Test
    void theJsonLdIdentifiesThePaperByItsDoiAndArxivIdAndIsTheSameAsItsOwnPagesOnly() {
        Facts f = new Facts().arxivId("2401.09414").doi("10.48550/arxiv.2401.09414");
        f.links = List.of(new Link(LinkKind.PAPER, "http://arxiv.org/abs/2401.09414v2"),
                new Link(LinkKind.DOI, "https://doi.org/10.48550/ARXIV.2401.09414"),
                new Link(LinkKind.PAPER, "https://huggingface.co/papers/2401.09414"),
                new Link(LinkKind.PDF, "https://arxiv.org/pdf/2401.09414"),
                new Link(LinkKind.CODE, "https://github.com/zhuangshaobin/Vlogger"),
                new Link(LinkKind.PROJECT, "https://zhuangshaobin.github.io/Vlogger"));
        f.pdfUrl = Optional.of("https://arxiv.org/pdf/2401.09414");
        JsonNode ld = jsonLd(render(f));
        assertEquals(List.of("DOI=10.48550/arxiv.2401.09414", "arXiv=2401.09414"), texts(ld.get("identifier"),
                id -> id.get("propertyID").asText() + "=" + id.get("value").asText()));
        assertEquals(List.of("PropertyValue", "PropertyValue"), texts(ld.get("identifier"), id -> id.get("@type").asText()));
        assertEquals(List.of("https://arxiv.org/abs/2401.09414", "https://doi.org/10.48550/arxiv.2401.09414",
                "https://huggingface.co/papers/2401.09414"), texts(ld.get("sameAs"), JsonNode::asText),
                "the paper's pages, each once; its code and project page are other works");
        assertEquals("application/pdf", ld.get("encoding").get("encodingFormat").asText());
        assertEquals("https://arxiv.org/pdf/2401.09414", ld.get("encoding").get("contentUrl").asText());
    }

    @Test
    void theJsonLdTellsAJournalArticlesIssueVolumeJournalAndPages() {
        Facts f = new Facts().venue("Journal of Tests").entryType("article-journal").volume("12").number("3")
                .pages("101--110");
        JsonNode ld = jsonLd(render(f));
        JsonNode issue = ld.get("isPartOf");
        assertEquals("PublicationIssue", issue.get("@type").asText());
        assertEquals("3", issue.get("issueNumber").asText());
        JsonNode volume = issue.get("isPartOf");
        assertEquals("PublicationVolume", volume.get("@type").asText());
        assertEquals("12", volume.get("volumeNumber").asText());
        assertEquals("Periodical", volume.get("isPartOf").get("@type").asText());
        assertEquals("Journal of Tests", volume.get("isPartOf").get("name").asText());
        assertEquals("101", ld.get("pageStart").asText());
        assertEquals("110", ld.get("pageEnd").asText());
        assertEquals("2025", ld.get("datePublished").asText(), "the year alone when the digest gives no more");
    }

    @Test
    void theJsonLdTellsAConferencePaperAsPartOfItsProceedingsAndAPreprintAsPartOfNothing() {
        JsonNode conference = jsonLd(render(new Facts().venue("CVPR 2024").pages("1-6, 9")));
        assertEquals("Book", conference.get("isPartOf").get("@type").asText());
        assertEquals("CVPR 2024", conference.get("isPartOf").get("name").asText());
        assertEquals("1-6, 9", conference.get("pagination").asText());
        JsonNode preprint = jsonLd(render(new Facts().pages("1-10")));
        assertFalse(preprint.has("isPartOf"));
        assertFalse(preprint.has("pageStart"));
        assertFalse(preprint.has("identifier"));
        assertFalse(preprint.has("sameAs"));
    }

    @Test
    void theJsonLdCannotBeClosedByTheDigestsText() {
        Document page = render(new Facts().title("</script><script>alert(1)</script> & more")
                .authors("</script>", "A & B").literal("A & B"));
        String data = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(data.contains("<") || data.contains(">") || data.contains("&"), data);
        assertEquals("</script><script>alert(1)</script> & more", jsonLd(page).get("name").asText());
        assertEquals(List.of("</script><script>alert(1)</script> & more"), metas(page, "citation_title"));
        assertEquals(List.of("</script>", "A & B,"), metas(page, "citation_author"));
        assertEquals(1, page.select("script[type=application/ld+json]").size());
    }

    @Test
    void withoutABaseUrlThePageHasHighwireTagsButNoOpenGraphOrJsonLd() {
        Facts f = new Facts();
        f.baseUrl = Optional.empty();
        Document page = render(f);
        assertEquals(List.of("A Paper"), metas(page, "citation_title"));
        assertTrue(page.select("script[type=application/ld+json], meta[property^=og:], "
                + "meta[name=citation_abstract_html_url]").isEmpty());
    }

    private static List<String> texts(JsonNode array, java.util.function.Function<JsonNode, String> text) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(text.apply(n)));
        return out;
    }

    static JsonNode jsonLd(Document page) {
        try {
            return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> metas(Document page, String name) {
        return page.select("head meta[name=" + name + "]").eachAttr("content");
    }

    static Document render(Facts f) {
        TreeMap<String, String> extra = new TreeMap<>();
        f.year.filter(y -> !f.digestYearOnly).ifPresent(y -> extra.put("year", String.valueOf(y))); // the digest's year field
        Paper paper = new Paper(new PaperId("title:test"), "the-paper", f.title, f.abstractText, false, f.arxivId,
                f.doi, f.authors, f.literal, f.published, f.venue, f.links, List.of(), Optional.empty(),
                extra, List.of("2025-01-02"), List.of());
        // as SiteIndex cites it: the digest's year only as far as the venue's name gives it again
        Optional<Integer> year = f.digestYearOnly ? f.venue.flatMap(VenueYear::of) : f.year;
        Citation citation = new Citation("key2025", f.title, f.authors, f.literal, year, f.published, f.arxivId, f.doi,
                f.venue, Optional.empty(), f.pdfUrl, f.entryType, Optional.empty(), f.volume, f.pages, f.number);
        Digest digest = new Digest("2025-01-02", "Digest of 2025-01-02", Optional.of(LocalDate.of(2025, 1, 2)),
                "2025-01-02.txt", "text", Optional.empty(), "", List.of(paper.id()));
        PaperPage page = new PaperPage(paper, citation, PaperDate.own(paper), List.of(), List.of(),
                List.of(PageParts.DigestRef.of(digest, Optional.empty())), List.of(), List.of(), Map.of());
        SiteSettings settings = new SiteSettings("Lab papers", f.baseUrl, "en", Optional.empty(), "Paper Digest test");
        SiteRenderer renderer = new SiteRenderer(new Theme(Optional.empty(), PaperPageMetadataTest.class.getClassLoader()),
                settings, new ProseFormatter(new LinkFinder()), PaperShards.forPapers(1), new BibTex());
        return Jsoup.parse(StandardCharsets.UTF_8.decode(renderer.render(page)).toString());
    }

    /** What the digests said of the paper; by default a titled paper with an abstract, on a site with a base URL. */
    static final class Facts {
        String title = "A Paper";
        String abstractText = "We study things.";
        List<String> authors = List.of("Ada Lovelace");
        SortedSet<String> literal = new TreeSet<>();
        Optional<String> arxivId = Optional.empty();
        Optional<String> doi = Optional.empty();
        Optional<LocalDate> published = Optional.empty();
        Optional<Integer> year = Optional.of(2025);
        /** The year is only the listing digest's: the paper has none of its own. */
        boolean digestYearOnly;
        Optional<String> venue = Optional.empty();
        Optional<String> entryType = Optional.empty();
        Optional<String> volume = Optional.empty();
        Optional<String> pages = Optional.empty();
        Optional<String> number = Optional.empty();
        Optional<String> pdfUrl = Optional.empty();
        List<Link> links = new ArrayList<>();
        Optional<String> baseUrl = Optional.of(BASE);

        Facts authors(String... names) {
            authors = List.of(names);
            return this;
        }

        Facts title(String t) {
            title = t;
            return this;
        }

        Facts arxivId(String id) {
            arxivId = Optional.of(id);
            return this;
        }

        Facts doi(String d) {
            doi = Optional.of(d);
            return this;
        }

        Facts digestYearOnly() {
            digestYearOnly = true;
            return this;
        }

        Facts noYear() {
            year = Optional.empty();
            return this;
        }

        Facts abstractText(String text) {
            abstractText = text;
            return this;
        }

        Facts venue(String name) {
            venue = Optional.of(name);
            return this;
        }

        Facts entryType(String type) {
            entryType = Optional.of(type);
            return this;
        }

        Facts volume(String v) {
            volume = Optional.of(v);
            return this;
        }

        Facts number(String n) {
            number = Optional.of(n);
            return this;
        }

        Facts pages(String p) {
            pages = Optional.of(p);
            return this;
        }

        Facts literal(String... names) {
            literal = new TreeSet<>(List.of(names));
            return this;
        }
    }
}
