package io.github.paperdigest.digest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.markup.HtmlText;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PageRange;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads CSL JSON, as Zotero and Better CSL JSON export it: an array of items with {@code title}, {@code author}
 * ({@code family} and {@code given}, or {@code literal}), {@code issued} ({@code date-parts}), {@code abstract},
 * {@code DOI}, {@code URL}, {@code container-title} (the venue), {@code keyword}, {@code volume}, {@code issue} and
 * {@code page}. Told apart from other JSON digests by its fields. An item without an abstract is a paper when it has
 * an identifier or a link, or authors and a year.
 */
public final class CslJsonDigestReader implements DigestReader {

    /** Field names that only CSL items have, looked for at the start of a .json file. */
    private static final Pattern CSL_FIELDS =
            Pattern.compile("\"(?:container-title|date-parts|issued|family|citation-key|title-short)\"\\s*:");
    /** CSL's mark on text whose case a style must not change ("<span class=\"nocase\">iPhone</span>"). */
    private static final Pattern NO_CASE = Pattern.compile("<span\\s+class\\s*=\\s*[\"']nocase[\"']\\s*>(.*?)</span>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UUID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
    private static final Set<String> KNOWN = Set.of("id", "type", "title", "author", "editor", "issued", "abstract",
            "DOI", "URL", "container-title", "keyword", "accessed", "note", "number", "publisher", "publisher-place", "source",
            "citation-key", "language", "title-short", "container-title-short", "genre", "page", "issue");

    /** CSL's lists of names read beside the authors and editors: see {@link #fill}. */
    private static final Set<String> READ_NAMES = Set.of("collection-editor", "container-author");

    private final ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    public CslJsonDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
    }

    @Override
    public String format() {
        return "csl-json";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public boolean recognises(DigestSource source) {
        return CSL_FIELDS.matcher(source.head(1 << 16)).find();
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        JsonParser parser = null;
        try (InputStream in = source.openUtf8(); JsonParser opened = json.getFactory().createParser(in)) {
            parser = opened;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new DigestException(source.name(), 1, "expected a JSON array of CSL items, as Zotero exports it");
            }
            Set<String> unreadNames = new java.util.HashSet<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode item = json.readTree(parser);
                EntryDraft draft = new EntryDraft(source.name(), line, problems);
                draft.abstractOptional();
                draft.citable();
                if (PaperRecords.first(item, "title") == null) {
                    problems.report(source.name(), line, "a CSL item without a title"
                            + Optional.ofNullable(PaperRecords.first(item, "id")).map(id -> " (id " + id + ")").orElse(""));
                    continue;
                }
                fill(item, draft);
                warnOfUnreadNames(item, draft, unreadNames);
                draft.build(linkFinder, classifier).ifPresent(entries::add);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.report(source.name(), parser.currentTokenLocation().getLineNr(),
                        "every element of the array must be a CSL item (an object)");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr()
                    : parser != null ? parser.currentLocation().getLineNr() : 0;
            problems.report(source.name(), line, InvalidJson.problem(e));
        } catch (IOException e) {
            // with its cause, so that a reading that met an I/O error is not kept for the next build
            problems.report(new DigestException(source.name(), 0, "cannot be read: " + e.getMessage(), e));
        }
        return new DigestFile(source.name(), format(), Optional.empty(), DigestDates.inText(source.baseName()),
                Optional.empty(), "", List.of(), entries);
    }

    private void fill(JsonNode item, EntryDraft draft) {
        // CSL's rich text in titles, and the HTML or JATS abstracts Zotero keeps from publishers, as their text
        draft.title(HtmlText.plain(PaperRecords.first(item, "title")));
        keptCase(PaperRecords.first(item, "title"), draft);
        draft.abstractText(Optional.ofNullable(HtmlText.plain(PaperRecords.first(item, "abstract"))).orElse(""));
        names(item.path("author"), draft::author);
        // a chapter's book's editors, an edited book's: CSL's names, as its authors are
        names(item.path("editor"), draft::editor);
        // the editors of the series the work is in, and the authors of the book a chapter is in: each kept as what it
        // is, never as an editor of the work or its book
        names(item.path("collection-editor"), draft::seriesEditor);
        names(item.path("container-author"), draft::bookAuthor);
        String doi = PaperRecords.first(item, "DOI");
        if (doi != null) {
            draft.doi(doi);
            Dois.parse(doi).ifPresent(d -> draft.link(LinkKind.DOI, Dois.url(d), classifier));
        }
        draft.recordUrl(PaperRecords.first(item, "URL"), classifier);
        String number = PaperRecords.first(item, "number");
        if (number != null && number.toLowerCase(Locale.ROOT).startsWith("arxiv:")) {
            draft.arxivId(number);
        }
        draft.venue(HtmlText.plain(PaperRecords.first(item, "container-title")));
        keptCase(PaperRecords.first(item, "container-title"), draft);
        String keywords = PaperRecords.first(item, "keyword");
        if (keywords != null) {
            draft.tags(keywords);
        }
        issued(item.path("issued"), draft);
        citationKey(item, draft);
        draft.extra("type", EntryTypes.csl(PaperRecords.first(item, "type")).orElse(null));
        // a thesis's or report's kind in its own words ("Doctoral dissertation"), and a report's number; the genre of
        // other items (Zotero's "Preprint") says no more than their type
        String genre = PaperRecords.first(item, "genre");
        String type = PaperRecords.first(item, "type");
        if ("thesis".equals(type) || "report".equals(type)) {
            draft.kindInOwnWords(genre);
        }
        if ("report".equals(type) && number != null && !number.toLowerCase(Locale.ROOT).startsWith("arxiv:")) {
            draft.extra("number", number);
        }
        draft.extra("note", ZoteroExtra.read(PaperRecords.first(item, "note"), doi != null, draft, classifier));
        draft.extra("publisher", PaperRecords.first(item, "publisher"));
        draft.extra("address", PaperRecords.first(item, "publisher-place"));
        // named as BibTeX names them, where the site's citation reads them; a range with BibTeX's dash, as its reader gives it
        draft.extra("number", PaperRecords.first(item, "issue"));
        Optional.ofNullable(PaperRecords.first(item, "page"))
                .ifPresent(pages -> draft.extra("pages", PageRange.dashed(pages)));
        item.fieldNames().forEachRemaining(name -> {
            JsonNode value = item.get(name);
            if (!KNOWN.contains(name) && value.isValueNode() && !value.isNull()) {
                draft.extra(name, value.asText());
            }
        });
    }

    /**
     * Says, once a file for each, which of CSL's other lists of names an item gives (its translators, its reviewed
     * work's authors, a film's director): the site shows and cites none of them, and says so rather than drop them
     * without a word.
     */
    private static void warnOfUnreadNames(JsonNode item, EntryDraft draft, Set<String> warned) {
        item.fieldNames().forEachRemaining(name -> {
            JsonNode value = item.get(name);
            if (!KNOWN.contains(name) && !READ_NAMES.contains(name) && isNameList(value) && warned.add(name)) {
                draft.warn("CSL's '" + name + "' names (" + String.join(", ", shownNames(value)) + ") of \""
                        + PlainTextDigestReader.abbreviate(PaperRecords.first(item, "title")) + "\" are not shown or"
                        + " cited by the site, nor those of the file's other items");
            }
        });
    }

    private static boolean isNameList(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        for (JsonNode a : value) {
            if (!a.isObject() || !(a.has("family") || a.has("literal") || a.has("given"))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> shownNames(JsonNode list) {
        List<String> shown = new java.util.ArrayList<>();
        names(list, (name, whole) -> shown.add(name));
        return shown;
    }

    /** A CSL list of names, each given with whether it is to be taken whole. */
    private static void names(JsonNode list, java.util.function.BiConsumer<String, Boolean> name) {
        for (JsonNode a : list) {
            String literal = PaperRecords.first(a, "literal");
            String family = PaperRecords.first(a, "family");
            String given = PaperRecords.first(a, "given");
            if (literal != null) {
                name.accept(literal, true); // an organisation, or a name not to be split
            } else if (family != null) {
                // CSL's display order: given, particles, family, suffix ("Theo van Gogh", "Martin Luther King Jr.")
                String whole = Stream.of(given, PaperRecords.first(a, "dropping-particle"),
                                PaperRecords.first(a, "non-dropping-particle"), family, PaperRecords.first(a, "suffix"))
                        .filter(part -> part != null && !part.isBlank()).map(String::strip)
                        .collect(Collectors.joining(" "));
                // a family name of several words and nothing else is all of the name, as CSL says: tools without
                // literal names put an institution there, which BibTeX would split into given names and a family name
                name.accept(whole, whole.equals(family.strip()) && whole.indexOf(' ') > 0);
            }
        }
    }

    /**
     * The words of rich text that CSL marks {@code nocase}, as the whole words they are in, their case protected as a
     * BibTeX entry's braces protect it (see {@link io.github.paperdigest.model.KeptCase}).
     */
    private static void keptCase(String rich, EntryDraft draft) {
        if (rich == null) {
            return;
        }
        Matcher m = NO_CASE.matcher(rich);
        while (m.find()) {
            int from = m.start();
            int to = m.end();
            while (from > 0 && Character.isLetterOrDigit(rich.codePointBefore(from))) {
                from -= Character.charCount(rich.codePointBefore(from));
            }
            while (to < rich.length() && Character.isLetterOrDigit(rich.codePointAt(to))) {
                to += Character.charCount(rich.codePointAt(to));
            }
            draft.keptCase(HtmlText.plain(rich.substring(from, to)));
        }
    }

    /**
     * CSL's {@code citation-key}, else the item's {@code id} when it is a key, as pandoc cites it ({@code [@id]}):
     * Better BibTeX writes its citation key there. Zotero writes its own item address ("http://zotero.org/users/…")
     * and Mendeley a UUID, which are quietly no keys.
     */
    private static void citationKey(JsonNode item, EntryDraft draft) {
        String written = PaperRecords.first(item, "citation-key");
        String id = PaperRecords.first(item, "id");
        if (written != null) {
            draft.citationKey("citation-key", written);
        } else if (id != null && !UUID.matcher(id.strip()).matches()) {
            draft.citationKeyIfOne(id);
        }
    }

    /**
     * A full date when the item gives year, month and day; the year (and month) otherwise. Zotero writes date parts as
     * text ({@code [["2019", "11", "02"]]}) as often as numbers; older exports give a {@code raw} or {@code literal}
     * date instead. A date that fits no form is kept as written, with a warning, rather than guessed at.
     */
    private static void issued(JsonNode issued, EntryDraft draft) {
        JsonNode parts = issued.path("date-parts").path(0);
        Optional<PublicationDate> date = Optional.empty();
        String written = null;
        if (parts.isArray() && !parts.isEmpty()) {
            date = PublicationDate.of(part(parts, 0), part(parts, 1), part(parts, 2));
            written = parts.toString();
        }
        String text = PaperRecords.first(issued, "raw", "literal");
        if (date.isEmpty() && text != null) {
            written = text;
            date = PublicationDate.parse(text);
            if (date.isEmpty()) {
                // "Spring 2020": the year, and the words around it kept as written
                date = PublicationDate.yearIn(text);
                date.ifPresent(year -> draft.extra("issued", text));
            }
        }
        if (date.isPresent()) {
            date.get().applyTo(draft);
        } else if (written != null) {
            draft.warn("issued " + written + " is not a date (such as {\"date-parts\": [[2024, 1, 17]]} or"
                    + " {\"raw\": \"2024-01-17\"}); kept as extra metadata");
            draft.extra("issued", written);
        }
    }

    /** A date part as written, number or text; null when the item does not give it. */
    private static String part(JsonNode parts, int index) {
        JsonNode part = parts.path(index);
        return part.isMissingNode() || part.isNull() ? null : part.asText();
    }
}
