package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads arXiv's daily listing e-mail saved as text (.txt, or .eml with its mail headers, decoded by {@link MailBody}). Entries are separated
 * by lines of dashes and start with {@code arXiv:ID}; then come {@code Title:}, {@code Authors:} and
 * {@code Categories:} (each may wrap onto indented lines), optional {@code Comments:}, {@code Journal-ref:} and {@code DOI:},
 * and the abstract between {@code \\} lines. Told apart from a copy of a daily-papers page by its content.
 * Replaced and cross-listed entries come without an abstract: they are papers by their arXiv id.
 */
public final class ArxivListingDigestReader implements DigestReader {

    private static final Pattern ENTRY = Pattern.compile("^arXiv:(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?\\b.*");
    private static final Pattern FIELD = Pattern.compile("^([A-Z][A-Za-z-]{1,20}):\\s*(.*)$");
    /**
     * The rules between entries, as arXiv draws them: dashes between new submissions, "%-%-%-" before the
     * cross-lists, "%%--%%" before the replacements, and "%%%---%%%" after the last entry, where the abstract of a
     * replaced entry, which has none, would else be opened by its link line and never closed.
     */
    private static final Pattern SEPARATOR = Pattern.compile("^[-%]{20,}\\s*$|^%%--%%.*$");
    private static final Pattern HEAD_ENTRY = Pattern.compile("(?m)^arXiv:\\d{4}\\.\\d{4,5}");
    private static final Pattern HEAD_TITLE = Pattern.compile("(?m)^Title: ");

    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    public ArxivListingDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
    }

    @Override
    public String format() {
        return "arxiv-listing";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text", "eml");
    }

    /** An .eml file is a listing or nothing; a .txt file is one when its start has arXiv entries with titles. */
    @Override
    public boolean recognises(DigestSource source) {
        if (source.extension().equals("eml")) {
            return true;
        }
        String head = source.head(1 << 16);
        return HEAD_ENTRY.matcher(head).find() && HEAD_TITLE.matcher(head).find();
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        Entry current = null;
        boolean sawEntry = false;
        try (LineReader lines = source.extension().equals("eml") ? MailBody.lines(source, problems) : source.lines(problems)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int number = lines.lineNumber();
                if (SEPARATOR.matcher(line).matches()) {
                    if (current != null) {
                        current.build(entries);
                        current = null;
                    }
                    continue;
                }
                Matcher entry = ENTRY.matcher(line);
                if (entry.matches() && (current == null || current.abstractLines == null || current.abstractClosed)) {
                    if (current != null) {
                        current.build(entries);
                    }
                    current = new Entry(source, problems, number, entry.group(1));
                    sawEntry = true;
                } else if (current != null) {
                    current.line(line, number);
                }
            }
        }
        if (current != null) {
            current.build(entries);
        }
        if (!sawEntry && source.extension().equals("eml")) {
            throw new DigestException(source.name(), 0, "not an arXiv listing e-mail: no 'arXiv:ID' entry found");
        }
        // a saved e-mail is dated by the day it was sent where its file's name gives none: mail clients name it by
        // its subject ("cs daily Subj-class mailing"), and the listing was otherwise undated
        Optional<LocalDate> date = DigestDates.inText(source.baseName())
                .or(() -> source.extension().equals("eml") ? MailBody.sent(source) : Optional.empty());
        return new DigestFile(source.name(), format(), Optional.of("arXiv listing"), date,
                Optional.empty(), "", List.of(), entries);
    }

    /** One entry being read: its fields, then its abstract between "\\" lines. */
    private final class Entry {
        private final DigestSource source;
        private final DigestProblems problems;
        private final int line;
        private final String id;
        private final StringBuilder title = new StringBuilder();
        private final StringBuilder authors = new StringBuilder();
        private final StringBuilder categories = new StringBuilder();
        private final StringBuilder comments = new StringBuilder();
        private final StringBuilder journal = new StringBuilder();
        private final StringBuilder doi = new StringBuilder();
        private final List<String> links = new ArrayList<>();
        private StringBuilder field;
        private List<String> abstractLines;
        private boolean fieldsClosed;
        private boolean abstractClosed;

        Entry(DigestSource source, DigestProblems problems, int line, String id) {
            this.source = source;
            this.problems = problems;
            this.line = line;
            this.id = id;
        }

        void line(String text, int number) {
            if (text.startsWith("\\\\")) {
                if (!fieldsClosed) {
                    fieldsClosed = true;
                    abstractLines = new ArrayList<>();
                } else if (!abstractClosed) {
                    abstractClosed = true;
                }
                String rest = text.substring(2).strip();
                links.addAll(linkFinder.find(rest).stream().map(s -> s.url()).toList());
                return;
            }
            if (fieldsClosed && !abstractClosed) {
                abstractLines.add(text);
                return;
            }
            if (fieldsClosed) {
                return; // after the abstract: nothing arXiv sends there belongs to the paper
            }
            Matcher m = FIELD.matcher(text);
            if (m.matches() && !text.startsWith(" ")) {
                field = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> title;
                    case "authors", "author" -> authors;
                    case "categories" -> categories;
                    case "comments" -> comments;
                    case "journal-ref" -> journal;
                    case "doi" -> doi;
                    default -> null;
                };
                if (field != null) {
                    field.append(m.group(2).strip());
                }
            } else if (field != null && !text.isBlank() && text.startsWith(" ")) {
                field.append(' ').append(text.strip());
            } else if (!text.isBlank()) {
                field = null;
            }
        }

        void build(List<PaperEntry> entries) {
            if (fieldsClosed && !abstractClosed && abstractLines != null && !abstractLines.isEmpty()) {
                problems.report(source.name(), line, "the abstract of arXiv:" + id + " is not closed by a '\\\\' line");
            }
            EntryDraft draft = new EntryDraft(source.name(), line, problems);
            draft.abstractOptional();
            draft.arxivId(id);
            draft.title(title.toString());
            draft.authors(ArxivAuthors.names(authors.toString()));
            PaperRecords.categories(List.of(categories.toString().strip().split("\\s+")), draft);
            draft.arxivComment(comments.toString());
            draft.journalReference(journal.toString());
            draft.doi(doi.toString()); // the published version's, which arXiv gives when the authors do
            if (abstractLines != null) {
                draft.abstractText(String.join("\n", abstractLines));
            }
            draft.link(LinkKind.PAPER, "https://arxiv.org/abs/" + id, classifier);
            links.forEach(u -> draft.link(null, u, classifier));
            draft.build(linkFinder, classifier).ifPresent(entries::add);
        }
    }
}
