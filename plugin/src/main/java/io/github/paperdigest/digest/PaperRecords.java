package io.github.paperdigest.digest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one paper record of a paper API (Hugging Face, arXiv metadata) into a draft. The field names
 * of the common APIs are tried in turn; fields the plugin has no use for are kept as extra metadata
 * when they hold a plain value, so nothing the record says is lost.
 */
final class PaperRecords {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Fields read into the paper's own fields, or deliberately left out (images, internal ids, counters). */
    private static final Set<String> KNOWN = Set.of("id", "arxiv_id", "arxivId", "title", "summary", "abstract",
            "authors", "author", "publishedAt", "published", "update_date", "updated", "created", "date", "upvotes",
            "githubRepo", "github", "code", "projectPage", "project_page", "pdf", "abs", "url", "link", "categories",
            "ai_keywords", "keywords", "tags", "ai_summary", "comment", "comments", "doi", "journal-ref", "journal_ref",
            "versions", "authors_parsed", "submitter", "license", "_id", "thumbnail", "mediaUrls", "numComments",
            "submittedBy", "submittedOnDailyBy", "submittedOnDailyAt", "isAuthorParticipating", "paper", "withdrawn",
            "discussionId", "githubStars", "organization", "mediaUrl", "report-no", "projectPageUrl", "DOI", "venue",
            "details", "paper_url", "stars", "github_links", "arxiv_page_url", "pdf_url");

    private PaperRecords() {
    }

    static void read(JsonNode paper, EntryDraft draft, LinkClassifier classifier) {
        String id = first(paper, "arxiv_id", "arxivId", "id");
        if (id != null) {
            draft.arxivId(id);
        }
        draft.title(orEmpty(first(paper, "title")));
        draft.abstractText(orEmpty(first(paper, "summary", "abstract")));
        JsonNode authors = paper.has("authors") ? paper.get("authors") : paper.get("author");
        if (authors != null && authors.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : authors) {
                if (a.isObject()) {
                    String name = first(a, "name", "fullname", "user");
                    if (name != null && !a.path("hidden").asBoolean(false)) {
                        names.add(name);
                    }
                } else if (a.isValueNode()) {
                    names.add(a.asText());
                }
            }
            draft.authors(names);
        } else if (authors != null && authors.isValueNode()) {
            draft.authors(ArxivAuthors.names(authors.asText())); // arXiv's metadata snapshot's text, affiliations too
        }
        // arXiv's metadata records date each version; update_date is the last version's, not the paper's
        String published = first(paper, "publishedAt", "published", "date", "created");
        if (published == null) {
            published = firstVersionDate(paper);
        }
        if (published == null) {
            published = first(paper, "update_date");
        }
        if (published != null) {
            draft.published(published);
        }
        String upvotes = first(paper, "upvotes");
        if (upvotes != null) {
            draft.upvotes(upvotes);
        }
        draft.link(LinkKind.CODE, first(paper, "githubRepo", "github", "code"), classifier);
        draft.link(LinkKind.PROJECT, first(paper, "projectPage", "project_page", "projectPageUrl"), classifier);
        draft.link(LinkKind.PDF, first(paper, "pdf"), classifier);
        draft.link(LinkKind.PAPER, first(paper, "abs", "url", "link"), classifier);
        paperPage(first(paper, "paper_url"), draft, classifier);
        String stars = first(paper, "stars", "githubStars");
        if (stars != null) {
            draft.extra("GitHub stars", stars);
        }
        String doi = first(paper, "doi", "DOI");
        if (doi != null) {
            draft.doi(doi);
            Dois.parse(doi).ifPresent(d -> draft.link(LinkKind.DOI, Dois.url(d), classifier));
        }
        categories(paper.get("categories"), draft);
        draft.tags(strings(paper.get("tags")));
        List<String> keywords = strings(paper.has("ai_keywords") ? paper.get("ai_keywords") : paper.get("keywords"));
        if (!keywords.isEmpty()) {
            draft.extra("keywords", String.join(", ", keywords));
        }
        draft.arxivComment(first(paper, "comment", "comments"));
        String journalReference = first(paper, "journal-ref", "journal_ref");
        if (journalReference != null) {
            draft.journalReference(journalReference);
        } else {
            draft.venue(first(paper, "venue"));
        }
        draft.extra("summary (AI)", first(paper, "ai_summary"));
        paper.fieldNames().forEachRemaining(name -> {
            JsonNode value = paper.get(name);
            if (!KNOWN.contains(name) && value.isValueNode() && !value.isNull()) {
                draft.extra(name, value.asText());
            }
        });
    }

    /**
     * The nested {@code details} of a scraped Hugging Face papers page: abstract, arXiv page, PDF and GitHub links.
     * Fields the record itself gave are kept.
     */
    static void details(JsonNode details, EntryDraft draft, LinkClassifier classifier) {
        if (!draft.hasAbstract()) {
            draft.abstractText(orEmpty(first(details, "abstract", "summary")));
        }
        if (draft.title().isEmpty()) {
            draft.title(orEmpty(first(details, "title")));
        }
        draft.link(LinkKind.PAPER, first(details, "arxiv_page_url", "arxiv_url", "abs"), classifier);
        draft.link(LinkKind.PDF, first(details, "pdf_url", "pdf"), classifier);
        paperPage(first(details, "paper_url"), draft, classifier);
        for (String url : strings(details.get("github_links"))) {
            draft.link(LinkKind.CODE, url, classifier);
        }
        draft.link(LinkKind.PROJECT, first(details, "project_page", "projectPage"), classifier);
        JsonNode authors = details.get("authors");
        if (authors != null && authors.isArray() && !authors.isEmpty()) {
            List<String> names = new ArrayList<>();
            authors.forEach(a -> names.add(a.isObject() ? orEmpty(first(a, "name")) : a.asText()));
            draft.authors(names);
        }
        String published = first(details, "published", "publishedAt", "date");
        if (published != null) {
            draft.published(published);
        }
    }

    /** A paper's page on Hugging Face ("https://huggingface.co/papers/2401.09414") names its arXiv id. */
    private static void paperPage(String url, EntryDraft draft, LinkClassifier classifier) {
        if (url == null) {
            return;
        }
        draft.link(LinkKind.PAPER, url, classifier);
        ArxivIds.fromUrl(url.strip()).ifPresent(draft::arxivId);
    }

    /** arXiv categories: "cs.CV cs.AI" or ["cs.CV", "cs.AI"]; ACM classes such as I.2.7 are kept apart. */
    static void categories(JsonNode value, EntryDraft draft) {
        List<String> codes = new ArrayList<>();
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> codes.addAll(List.of(SPACES.split(v.asText().trim()))));
        } else {
            codes.addAll(List.of(SPACES.split(value.asText().trim())));
        }
        categories(codes, draft);
    }

    static void categories(List<String> codes, EntryDraft draft) {
        List<String> acm = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String code : codes) {
            if (code.isBlank()) {
                continue;
            }
            if (ArxivCategories.isAcmClass(code)) {
                acm.add(code);
            } else {
                tags.add(ArxivCategories.name(code).orElse(code));
            }
        }
        draft.tags(tags);
        if (!codes.isEmpty()) {
            draft.extra("arxiv categories", String.join(" ", codes.stream().filter(c -> !c.isBlank()).toList()));
        }
        if (!acm.isEmpty()) {
            draft.extra("ACM classes", String.join(", ", acm));
        }
    }

    /** The date of a record's first version ("Mon, 2 Apr 2007 19:18:42 GMT", as arXiv's metadata gives it), ISO. */
    private static String firstVersionDate(JsonNode paper) {
        JsonNode created = paper.path("versions").path(0).path("created");
        if (!created.isTextual()) {
            return null;
        }
        try {
            return java.time.ZonedDateTime.parse(created.asText().strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull() && v.isValueNode() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    static List<String> strings(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(v -> {
                if (v.isValueNode()) {
                    out.add(v.asText());
                }
            });
        } else if (value.isValueNode()) {
            out.addAll(Whitespace.parts(value.asText(), Whitespace.COMMA));
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
