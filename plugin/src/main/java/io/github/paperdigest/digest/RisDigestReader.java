package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS (.ris), as EndNote, Mendeley and Zotero export it: records from {@code TY  - } to {@code ER  - },
 * one tagged line per field ({@code TI} title, {@code AU} authors, {@code AB} abstract, {@code PY}/{@code DA} date,
 * {@code DO} DOI, {@code UR}/{@code L1} links, {@code KW} keywords, {@code T2}/{@code JO} venue); a line without a
 * tag goes on the field above. A record without an abstract is a paper when it has an identifier or a link.
 */
public final class RisDigestReader implements DigestReader {

    private static final Pattern TAGGED = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?:\\s(.*))?$");
    private static final Pattern RIS_DATE = Pattern.compile("^(\\d{4})(?:/(\\d{1,2})(?:/(\\d{1,2}))?)?.*");
    private static final Set<String> VENUE_TAGS = Set.of("T2", "JO", "JF", "JA", "J2", "BT");

    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    public RisDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
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
        Map<String, List<String>> record = null;
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
                        List<String> values = record.get(lastTag);
                        values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
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
                    record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
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
                    record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
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

    private Optional<PaperEntry> entry(DigestSource source, DigestProblems problems, Map<String, List<String>> r,
            int line) {
        EntryDraft draft = new EntryDraft(source.name(), line, problems);
        draft.abstractOptional();
        draft.title(first(r, "TI", "T1", "CT"));
        draft.abstractText(first(r, "AB", "N2"));
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1")) {
            for (String name : r.getOrDefault(tag, List.of())) {
                authors.add(firstNameFirst(name));
            }
        }
        draft.authors(authors);
        String doi = first(r, "DO");
        if (!doi.isEmpty()) {
            draft.doi(doi);
            Dois.parse(doi).ifPresent(d -> draft.link(LinkKind.PAPER, Dois.url(d), classifier));
        }
        r.getOrDefault("UR", List.of()).forEach(u -> draft.link(null, u, classifier));
        r.getOrDefault("L1", List.of()).forEach(u -> draft.link(LinkKind.PDF, u, classifier));
        r.getOrDefault("L2", List.of()).forEach(u -> draft.link(null, u, classifier));
        r.getOrDefault("KW", List.of()).forEach(draft::tags);
        for (String tag : VENUE_TAGS) {
            String venue = first(r, tag);
            if (!venue.isEmpty() && !venue.equalsIgnoreCase("arXiv")) {
                draft.venue(venue);
                break;
            }
        }
        date(first(r, "DA", "PY", "Y1"), draft);
        draft.extra("type", first(r, "TY"));
        draft.extra("note", String.join(" ", r.getOrDefault("N1", List.of())));
        draft.extra("publisher", first(r, "PB"));
        return draft.build(linkFinder, classifier);
    }

    /** "2024/01/17/" is a date; "2024" or "2024/01" a year (and month). */
    private static void date(String value, EntryDraft draft) {
        Matcher m = RIS_DATE.matcher(value);
        if (!m.matches()) {
            draft.extra("year", value);
        } else if (m.group(3) != null) {
            draft.published(String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } else {
            draft.extra("year", m.group(1) + (m.group(2) != null
                    ? String.format(java.util.Locale.ROOT, "-%02d", Integer.parseInt(m.group(2))) : ""));
        }
    }

    private static String first(Map<String, List<String>> r, String... tags) {
        for (String tag : tags) {
            for (String v : r.getOrDefault(tag, List.of())) {
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return "";
    }

    /** RIS's "Last, First, Suffix" in reading order: "King, Martin Luther, Jr." is "Martin Luther King Jr.". */
    private static String firstNameFirst(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            return name;
        }
        String rest = name.substring(comma + 1);
        int second = rest.indexOf(',');
        String first = (second < 0 ? rest : rest.substring(0, second)).strip();
        String suffix = second < 0 ? "" : rest.substring(second + 1).strip();
        String last = name.substring(0, comma).strip();
        return ((first.isEmpty() ? "" : first + " ") + last + (suffix.isEmpty() ? "" : " " + suffix)).strip();
    }
}
