package io.github.paperdigest.digest;

import io.github.paperdigest.markup.HtmlText;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PageRange;
import io.github.paperdigest.model.PaperEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS (.ris), as EndNote, Mendeley and Zotero export it: records from {@code TY  - } to {@code ER  - },
 * one tagged line per field ({@code TI} title, {@code AU} authors, {@code A2}/{@code ED} editors, {@code AB}
 * abstract, {@code PY}/{@code DA} date, {@code DO} DOI, {@code UR}/{@code L1} links, {@code KW} keywords, {@code T2}/{@code JO} venue, {@code VL},
 * {@code IS}, {@code SP}/{@code EP} volume, issue and pages); a line without a tag goes on the field above. A record
 * without an abstract is a paper when it has an identifier or a link, or authors and a year. A warning about a
 * field names the field's own line.
 */
public final class RisDigestReader implements DigestReader {

    private static final Pattern TAGGED = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?:\\s(.*))?$");
    /** A reference manager's own copy of a file: Zotero's file:///..., EndNote's internal-pdf://, a path. */
    private static final Pattern LOCAL_FILE = Pattern.compile("(?i)file:|internal-pdf:|/|[a-z]:\\\\");
    private static final Set<String> VENUE_TAGS = Set.of("T2", "JO", "JF", "JA", "J2", "BT");
    /** The types whose {@code SN} is an ISBN. */
    private static final Set<String> BOOKS = Set.of("BOOK", "EBOOK", "EDBOOK", "CHAP", "ECHAP");
    /** The types whose {@code A2} names editors of the work or of what it is in, see {@link #editors}. */
    private static final Set<String> EDITED_IN_A2 = Set.of("CHAP", "ECHAP", "EDBOOK", "CPAPER", "CONF", "JOUR",
            "EJOUR", "GEN", "ENCYC", "DICT");
    /** The types whose {@code A2} names the editors of the series the work is in (Zotero's seriesEditor). */
    private static final Set<String> SERIES_EDITED_IN_A2 = Set.of("BOOK", "EBOOK", "RPRT");
    /** The types whose {@code A3} names the editors of the series the work is in (Zotero's seriesEditor). */
    private static final Set<String> SERIES_EDITED_IN_A3 = Set.of("CHAP", "ECHAP", "CPAPER", "CONF", "ENCYC",
            "DICT", "RPRT");

    /** What Scopus's export, and EndNote's of a Scopus record, write into N1 about the record, each as "Label: …". */
    private static final Pattern EXPORT_BOOKKEEPING = Pattern.compile("(?i)(?:Export Date|Cited By|Correspondence"
            + " Address|CODEN|PubMed ID|Funding details|Funding text(?: \\d+)?|Language of Original Document"
            + "|Abbreviated Source Title|Document Type|Publication Stage|Source|Art\\. No\\.):.*");

    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;
    private final TextNote notes;

    public RisDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.notes = new TextNote(linkFinder);
    }

    @Override
    public String format() {
        return "ris";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("ris");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        Map<String, List<Field>> record = null;
        int recordLine = 0;
        String lastTag = null;
        try (LineReader lines = source.lines(problems)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int number = lines.lineNumber();
                Matcher m = TAGGED.matcher(line.stripTrailing());
                if (!m.matches()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (record != null && lastTag != null) {
                        List<Field> values = record.get(lastTag);
                        Field last = values.get(values.size() - 1);
                        values.set(values.size() - 1, new Field(last.value() + " " + line.strip(), last.line()));
                    } else {
                        problems.report(source.name(), number, "a line outside a RIS record (records run from"
                                + " 'TY  - ' to 'ER  - ')");
                    }
                    continue;
                }
                String tag = m.group(1);
                String value = m.group(2) == null ? "" : m.group(2).strip();
                if (tag.equals("TY")) {
                    if (record != null) {
                        problems.report(source.name(), recordLine, "a RIS record without its closing 'ER  - '");
                        entry(source, problems, record, recordLine).ifPresent(entries::add);
                    }
                    record = new LinkedHashMap<>();
                    recordLine = number;
                    lastTag = null;
                    record.computeIfAbsent(tag, t -> new ArrayList<>()).add(new Field(value, number));
                } else if (tag.equals("ER")) {
                    if (record == null) {
                        problems.report(source.name(), number, "'ER  - ' closes no record");
                    } else {
                        entry(source, problems, record, recordLine).ifPresent(entries::add);
                    }
                    record = null;
                    lastTag = null;
                } else if (record == null) {
                    problems.report(source.name(), number, "a field outside a RIS record: it must follow 'TY  - '");
                } else {
                    record.computeIfAbsent(tag, t -> new ArrayList<>()).add(new Field(value, number));
                    lastTag = tag;
                }
            }
        }
        if (record != null) {
            problems.report(source.name(), recordLine, "a RIS record without its closing 'ER  - '");
            entry(source, problems, record, recordLine).ifPresent(entries::add);
        }
        return new DigestFile(source.name(), format(), Optional.empty(), DigestDates.inText(source.baseName()),
                Optional.empty(), "", List.of(), entries);
    }

    /** One tagged value of a record and the line its tag is on, which warnings about it name. */
    private record Field(String value, int line) {
    }

    private Optional<PaperEntry> entry(DigestSource source, DigestProblems problems, Map<String, List<Field>> r,
            int line) {
        EntryDraft draft = new EntryDraft(source.name(), line, problems);
        draft.abstractOptional();
        draft.citable();
        draft.title(first(r, "TI", "T1", "CT"));
        draft.abstractText(first(r, "AB", "N2"));
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1")) {
            for (Field name : r.getOrDefault(tag, List.of())) {
                authors.add(InvertedName.inReadingOrder(name.value()));
            }
        }
        draft.authors(authors);
        editors(r, draft);
        firstField(r, "DO").ifPresent(doi -> {
            draft.fieldLine(doi.line());
            draft.doi(doi.value());
            Dois.parse(doi.value()).ifPresent(d -> draft.link(LinkKind.DOI, Dois.url(d), classifier));
        });
        each(r, "UR", draft, u -> draft.recordUrl(u, classifier));
        // a reference manager's own copy of the file (Zotero's file:///..., EndNote's internal-pdf://) is on the
        // curator's disk, not a link for readers: left out without a word, as every attachment would be
        each(r, "L1", draft, u -> {
            if (!LOCAL_FILE.matcher(u.strip()).lookingAt()) {
                draft.link(LinkKind.PDF, u, classifier);
            }
        });
        each(r, "L2", draft, u -> draft.link(null, u, classifier));
        r.getOrDefault("KW", List.of()).forEach(k -> draft.tags(k.value()));
        for (String tag : VENUE_TAGS) {
            String venue = first(r, tag);
            if (!venue.isEmpty() && !venue.equalsIgnoreCase("arXiv")) {
                draft.venue(venue);
                break;
            }
        }
        date(r, draft);
        // the record's ID: a citation key where the curator's library wrote one (EndNote writes its record number)
        firstField(r, "ID").ifPresent(id -> draft.citationKeyIfOne(id.value()));
        draft.fieldLine(line);
        draft.extra("type", EntryTypes.ris(first(r, "TY")).orElse(null));
        // the notes on the item, one N1 each, are the curator's note; Zotero writes them as HTML ("<p>…</p>"), which
        // shown as written put its tags on the page. The lines Scopus and EndNote write there of the export itself
        // ("Export Date: …; Cited By: 12") are no one's note, and stay metadata
        List<String> exportNotes = new ArrayList<>();
        for (Field n : r.getOrDefault("N1", List.of())) {
            if (isExportBookkeeping(n.value())) {
                exportNotes.add(n.value().strip());
            } else {
                draft.noteHtml(notes.html(HtmlText.plain(n.value())));
            }
        }
        draft.extra("export note", String.join("; ", exportNotes));
        draft.extra("publisher", first(r, "PB"));
        draft.extra("address", first(r, "CY"));
        // as Zotero writes a book's, a thesis's and a report's: a book's edition and ISBN (ET is a journal article's
        // electronic publication date, SN its journal's ISSN, which are left out), a report's number, the kind of
        // thesis or report
        String type = first(r, "TY").toUpperCase(java.util.Locale.ROOT);
        if (BOOKS.contains(type)) {
            draft.extra("edition", first(r, "ET"));
            draft.extra("isbn", first(r, "SN"));
        } else if (type.equals("RPRT")) {
            draft.extra("number", first(r, "SN"));
        }
        if (type.equals("THES") || type.equals("RPRT")) {
            draft.kindInOwnWords(first(r, "M3"));
        }
        // named as BibTeX names them, where the site's citation reads them
        draft.extra("volume", first(r, "VL"));
        draft.extra("number", first(r, "IS"));
        draft.extra("pages", PageRange.between(first(r, "SP"), first(r, "EP")));
        return draft.build(linkFinder, classifier);
    }

    /**
     * The editors, as the tags Zotero and the RIS specification give them: {@code ED} is an editor in any record;
     * {@code A2} the editors of a chapter's book, of a conference paper's proceedings, of a journal (Zotero's
     * mapping), and of an edited book ({@code EDBOOK}); {@code A3} a book's editors, as Zotero writes them. A book's
     * and a report's {@code A2} is its series' editor in Zotero's mapping, and a chapter's, a conference paper's, an
     * encyclopedia entry's and a report's {@code A3}: kept as the series' editors, never taken for the work's own
     * editors or its book's. A chapter's {@code C2} is its book's author (Zotero's "Book Author"), no editor.
     */
    private static void editors(Map<String, List<Field>> r, EntryDraft draft) {
        String type = first(r, "TY").toUpperCase(java.util.Locale.ROOT);
        List<String> tags = new ArrayList<>(List.of("ED"));
        if (EDITED_IN_A2.contains(type)) {
            tags.add("A2");
        }
        if (type.equals("BOOK") || type.equals("EBOOK") || type.equals("EDBOOK")) {
            tags.add("A3");
        }
        namesUnder(r, tags, draft::editor);
        // a report's series editors are in A2 as Zotero writes them now, in A3 as it wrote them before
        List<String> seriesTags = new ArrayList<>();
        if (SERIES_EDITED_IN_A2.contains(type)) {
            seriesTags.add("A2");
        }
        if (SERIES_EDITED_IN_A3.contains(type)) {
            seriesTags.add("A3");
        }
        namesUnder(r, seriesTags, draft::seriesEditor);
        if (type.equals("CHAP") || type.equals("ECHAP")) {
            namesUnder(r, List.of("C2"), draft::bookAuthor);
        }
    }

    /** Gives {@code name} each name under these tags, in reading order and not literal, in the record's order. */
    private static void namesUnder(Map<String, List<Field>> r, List<String> tags, BiConsumer<String, Boolean> name) {
        tags.stream().flatMap(tag -> r.getOrDefault(tag, List.of()).stream())
                .sorted(java.util.Comparator.comparingInt(Field::line))
                .forEach(field -> name.accept(InvertedName.inReadingOrder(field.value()), false));
    }

    /**
     * The most precise of the dates the record gives ({@code DA} the date, {@code PY} and {@code Y1} the year, often
     * with month and day), the first given of equally precise ones. A {@code DA} that is no date never takes the
     * place of a year that is: it is kept as extra metadata, and said.
     */
    private static void date(Map<String, List<Field>> r, EntryDraft draft) {
        PublicationDate best = null;
        String bestTag = null;
        Map<String, Field> unread = new LinkedHashMap<>();
        for (String tag : List.of("DA", "PY", "Y1")) {
            Optional<Field> field = firstField(r, tag);
            Optional<PublicationDate> date = field.flatMap(f -> PublicationDate.parse(f.value()));
            if (field.isPresent() && date.isEmpty()) {
                unread.put(tag, field.get());
            } else if (date.isPresent() && (best == null || date.get().precision() > best.precision())) {
                best = date.get();
                bestTag = tag;
            }
        }
        if (best != null) {
            best.applyTo(draft);
        }
        String used = bestTag == null ? "" : "; the date of " + bestTag + " is used";
        unread.forEach((tag, field) -> {
            draft.fieldLine(field.line());
            draft.warn(tag + " " + PublicationDate.notADate(field.value()) + "; kept as extra metadata" + used);
            draft.extra("date (" + tag + ")", field.value());
        });
    }

    /** Each value of a tag, given to the draft with its line. */
    private static void each(Map<String, List<Field>> r, String tag, EntryDraft draft,
            Consumer<String> use) {
        for (Field f : r.getOrDefault(tag, List.of())) {
            draft.fieldLine(f.line());
            use.accept(f.value());
        }
    }

    private static Optional<Field> firstField(Map<String, List<Field>> r, String... tags) {
        for (String tag : tags) {
            for (Field f : r.getOrDefault(tag, List.of())) {
                if (!f.value().isBlank()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static String first(Map<String, List<Field>> r, String... tags) {
        return firstField(r, tags).map(Field::value).orElse("");
    }

    /** Whether a note says only what an export says of a record: the first of its "; " parts one of Scopus's labels. */
    private static boolean isExportBookkeeping(String note) {
        return EXPORT_BOOKKEEPING.matcher(note.strip().split("; ", 2)[0]).matches();
    }
}
