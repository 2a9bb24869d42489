package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PageRange;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.TexAccents;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.model.TexSymbols;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads BibTeX (.bib), as Zotero, Better BibTeX, JabRef and Google Scholar export it, with jbibtex: {@code @string}
 * macros and cross-references resolved, TeX accents and braces decoded to Unicode in titles and names. Each
 * entry is a paper: title, authors ("Last, First and ...") and editors (read alike), abstract, arXiv id ({@code eprint} with
 * {@code archiveprefix = arXiv}, or al-folio's {@code arxiv}), DOI, {@code url}/{@code pdf}/{@code code} links,
 * {@code keywords} (written tags), journal or book title (the venue), year and month. An entry without an abstract
 * is a paper when it has an identifier or a link, or authors and a year (Google Scholar's has neither); an entry that others cross-reference is their container (a
 * proceedings volume), not a paper. A malformed entry is reported: an unbalanced brace at the brace at fault
 * ({@link BraceProblem}), a syntax error at its line; in lenient mode the other entries are still read.
 */
public final class BibTexDigestReader implements DigestReader {

    private static final Pattern ENTRY_START = Pattern.compile("^\\s*@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]*)");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** A line that starts a field: "  doi = {...}", "year=2024,". */
    private static final Pattern FIELD_START = Pattern.compile("^\\s*[A-Za-z][\\w:.+-]*\\s*=");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "01"), Map.entry("feb", "02"),
            Map.entry("mar", "03"), Map.entry("apr", "04"), Map.entry("may", "05"), Map.entry("jun", "06"),
            Map.entry("jul", "07"), Map.entry("aug", "08"), Map.entry("sep", "09"), Map.entry("oct", "10"),
            Map.entry("nov", "11"), Map.entry("dec", "12"));
    /** Fields read into the paper's own fields, and the bookkeeping of reference managers. */
    private static final Set<String> KNOWN = Set.of("title", "author", "editor", "bookauthor", "abstract", "eprint", "archiveprefix",
            "eprinttype", "primaryclass", "arxiv", "doi", "url", "pdf", "code", "html", "website", "keywords",
            "journal", "journaltitle", "booktitle", "year", "month", "date", "crossref", "file", "urldate",
            "timestamp", "owner", "langid", "language", "biburl", "bibsource", "abstractnote", "annote", "annotation", "comment", "selected",
            "preview", "bibtex_show", "dimensions", "altmetric", "google_scholar_id", "note");

    /** JabRef's field for one user's comments: comment-alice. */
    private static final String USER_COMMENT = "comment-";

    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;
    private final TextNote notes;

    public BibTexDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.notes = new TextNote(linkFinder);
    }

    @Override
    public String format() {
        return "bibtex";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("bib", "bibtex");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<String> lines = source.allLines(problems);
        Map<String, EntrySpan> entrySpans = new HashMap<>();
        List<Chunk> chunks = balancedEntries(source, problems, lines, entrySpans);
        List<PaperEntry> entries = new EntryList();
        BibTeXDatabase database = parse(source, problems, chunks);
        LaTeX latex = new LaTeX();
        // an entry others cross-reference is their container (a proceedings volume, a book), not a paper
        Set<BibTeXEntry> containers = new java.util.HashSet<>();
        database.getEntries().values().forEach(e -> {
            BibTeXEntry target = e.getCrossReference();
            if (target != null && target.getCrossReference() == null) {
                containers.add(target);
            }
        });
        for (BibTeXEntry entry : database.getEntries().values()) {
            if (containers.contains(entry)) {
                continue;
            }
            String key = entry.getKey().getValue();
            EntrySpan span = entrySpans.get(key.toLowerCase(Locale.ROOT));
            int line = span == null ? 0 : span.start() + 1;
            EntryDraft draft = new EntryDraft(source.name(), line, problems);
            draft.abstractOptional();
            draft.citable();
            draft.citationKey("entry key", key);
            fill(entry, draft, latex);
            draft.build(linkFinder, classifier).ifPresent(entries::add);
        }
        return new DigestFile(source.name(), format(), Optional.empty(), DigestDates.inText(source.baseName()),
                Optional.empty(), "", List.of(), entries);
    }

    /** The lines of one entry (or of what comes before the first), from the line of its '@'. */
    private record Chunk(int line, String text, boolean isString, int lineCount) {
    }

    /**
     * The file cut into entries, every entry whose braces do not balance (or nest too deep) reported and left
     * out: left in, one unclosed brace would swallow every entry after it, and the error would name the end of
     * the file. Also notes the lines of each key's first entry ({@code entrySpans}, keys in lower case), where the
     * entry's problems are said and by which a repeated key's entry is told from another entry.
     */
    private static List<Chunk> balancedEntries(DigestSource source, DigestProblems problems, List<String> lines,
            Map<String, EntrySpan> entrySpans) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            while (end < lines.size() && !ENTRY_START.matcher(lines.get(end)).find()) {
                end++;
            }
            Matcher m = ENTRY_START.matcher(lines.get(start));
            boolean entry = m.find();
            Optional<BraceProblem> problem = entry ? BraceProblem.of(lines.subList(start, end)) : Optional.empty();
            String key = entry && isCitable(m.group(1)) ? m.group(2).toLowerCase(Locale.ROOT) : "";
            EntrySpan first = key.isEmpty() || problem.isPresent() ? null : entrySpans.putIfAbsent(key,
                    new EntrySpan(start, end));
            if (problem.isPresent()) {
                problems.report(source.name(), start + 1 + problem.get().lineOffset(), "the entry '" + m.group(2) + "' "
                        + problem.get().what(start + 1));
            } else if (first != null) {
                // the parser keeps one entry of a key and drops the other without a word, as BibTeX refuses a repeated
                // one; the same entry again, word for word, loses nothing and is left out silently
                if (!first.saysWhat(lines, start, end)) {
                    problems.report(source.name(), start + 1, "the entry key '" + m.group(2) + "' is the key of the entry"
                            + " at line " + (first.start() + 1) + " too (BibTeX tells keys apart without case), and a file"
                            + " holds one entry of a key; give this entry a key of its own");
                }
            } else {
                StringBuilder text = new StringBuilder();
                for (int i = start; i < end; i++) {
                    text.append(lines.get(i)).append('\n');
                }
                chunks.add(new Chunk(start + 1, text.toString(), entry && m.group(1).equalsIgnoreCase("string"), end - start));
            }
            start = end;
        }
        return chunks;
    }

    /** The lines of an entry, from the line of its '@' to the line before the next entry's. */
    private record EntrySpan(int start, int end) {
        /** Whether the entry on lines [from, to) says word for word what this one says. */
        boolean saysWhat(List<String> lines, int from, int to) {
            return String.join("\n", lines.subList(start, end)).strip()
                    .equals(String.join("\n", lines.subList(from, to)).strip());
        }
    }

    /** Whether an entry of this type is a reference, with a key of its own: not a macro, a preamble or a comment. */
    private static boolean isCitable(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return !t.equals("string") && !t.equals("preamble") && !t.equals("comment");
    }

    static boolean startsAField(String line) {
        return FIELD_START.matcher(line).find();
    }

    /**
     * The entries of the file, read in one go so that macros and cross-references resolve. After a syntax error
     * (reported with its line; strict mode stops there) each entry is read on its own, after the file's
     * {@code @string} definitions: the entries that can be read are, each error is named. jbibtex's own error
     * recovery is not used: on some damaged input it never returns.
     */
    private static BibTeXDatabase parse(DigestSource source, DigestProblems problems, List<Chunk> chunks) {
        StringBuilder whole = new StringBuilder();
        chunks.forEach(c -> whole.append(c.text()));
        List<Unresolved> unresolved = new ArrayList<>();
        BibTeXDatabase database;
        try {
            database = parser(unresolved).parse(new StringReader(whole.toString()));
        } catch (ParseException | TokenMgrException | ObjectResolutionException | StackOverflowError e) {
            int line = lineIn(chunks, e, 0);
            problems.report(source.name(), line, "not valid BibTeX: " + message(e) + missingComma(chunks, line));
            unresolved.clear();
            database = entryByEntry(source, problems, chunks, unresolved, line);
        }
        for (Unresolved u : unresolved) {
            problems.warn(source.name(), u.line(chunks), u.what() + "; left empty");
        }
        return database;
    }

    /** A name the file uses and never defines: an {@code @string} macro or a crossref's key. */
    private record Unresolved(String name, String what) {

        /** The first line that uses the name after an {@code =} or a {@code #}; 0 when none is found. */
        int line(List<Chunk> chunks) {
            Pattern use = Pattern.compile("[=#]\\s*\\{?" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE);
            for (Chunk c : chunks) {
                Matcher m = use.matcher(c.text());
                if (m.find()) {
                    return c.line() + (int) c.text().substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                }
            }
            return 0;
        }
    }

    private static BibTeXDatabase entryByEntry(DigestSource source, DigestProblems problems, List<Chunk> chunks,
            List<Unresolved> unresolved, int reportedLine) {
        StringBuilder strings = new StringBuilder();
        int stringLines = 0;
        for (Chunk c : chunks) {
            if (c.isString()) {
                strings.append(c.text());
                stringLines += c.lineCount();
            }
        }
        BibTeXDatabase database = new BibTeXDatabase();
        for (Chunk c : chunks) {
            if (c.isString()) {
                continue;
            }
            try {
                BibTeXDatabase one = parser(unresolved).parse(new StringReader(strings + c.text()));
                one.getEntries().values().forEach(database::addObject);
            } catch (ParseException | TokenMgrException | ObjectResolutionException | StackOverflowError e) {
                int line = Math.max(0, line(e) - stringLines - 1) + c.line();
                if (line != reportedLine) {
                    problems.report(source.name(), line, "not valid BibTeX: " + message(e) + missingComma(c, line));
                }
            }
        }
        return database;
    }

    /** A parser that names what it cannot resolve instead of throwing. */
    private static BibTeXParser parser(List<Unresolved> unresolved) {
        try {
            return new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    if (string == null) {
                        unresolved.add(new Unresolved(key.getValue(), "@string '" + key.getValue()
                                + "' is used but never defined"));
                    }
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    if (entry == null) {
                        unresolved.add(new Unresolved(key.getValue(), "crossref '" + key.getValue()
                                + "' names no entry of the file"));
                    }
                }
            };
        } catch (ParseException e) {
            throw new IllegalStateException("jbibtex cannot start", e);
        }
    }

    /** The file's line of a line of the parsed text, which leaves out the entries already refused. */
    private static int lineIn(List<Chunk> chunks, Throwable e, int fallback) {
        int line = line(e);
        if (line <= 0) {
            return fallback;
        }
        int seen = 0;
        for (Chunk c : chunks) {
            if (line <= seen + c.lineCount()) {
                return c.line() + line - seen - 1;
            }
            seen += c.lineCount();
        }
        return fallback;
    }

    private static int line(Throwable e) {
        if (e instanceof ParseException p && p.currentToken != null) {
            return p.currentToken.next != null ? p.currentToken.next.beginLine : p.currentToken.beginLine;
        }
        Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The commonest slip in a hand-edited file, a field without the comma after it, said where the parser stops: at
     * the next field's name, a line after the comma's place, which it does not name. Looked for in the entry that holds
     * the line alone: the chunks searched for each of a file's errors took time that grew as their square (a sheet's
     * script that left out one comma in each of 80,000 entries took 25 s more to read).
     */
    private static String missingComma(List<Chunk> chunks, int line) {
        return chunks.stream().filter(c -> line >= c.line() && line < c.line() + c.lineCount()).findFirst()
                .map(c -> missingComma(c, line)).orElse("");
    }

    /** {@link #missingComma(List, int)} for a line of the entry {@code chunk}. */
    private static String missingComma(Chunk chunk, int line) {
        String[] lines = chunk.text().split("\\R", -1);
        int at = line - chunk.line();
        if (at < 0 || at >= lines.length || !startsAField(lines[at])) {
            return "";
        }
        for (int before = at - 1; before >= 0; before--) {
            String end = lines[before].strip();
            if (!end.isEmpty()) {
                return end.endsWith(",") || end.endsWith("{") || end.endsWith("(") ? ""
                        : "; is the comma after the field on line " + (chunk.line() + before) + " missing? Each field"
                                + " but the last ends with one";
            }
        }
        return "";
    }

    private static String message(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "nested too deep";
        }
        String m = String.valueOf(e.getMessage()).strip();
        int cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut).strip() : m;
    }

    /**
     * A field's text as BibTeX makes it: an {@code @string} the file never defines is empty, as its warning says
     * (jbibtex gives the macro's name, which would become a title "qqbar" or a venue "zzfoo").
     */
    private static String text(Value value) {
        if (value instanceof ReferenceValue reference && !reference.isResolved()) {
            return "";
        }
        if (value instanceof ConcateValue joined) {
            return text(joined.getLeft()) + text(joined.getRight());
        }
        return value.toUserString();
    }

    private void fill(BibTeXEntry entry, EntryDraft draft, LaTeX latex) {
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
            fields.put(f.getKey().getValue().toLowerCase(Locale.ROOT), text(f.getValue()));
        }
        BibTeXEntry crossref = entry.getCrossReference();
        if (crossref != null) {
            for (Map.Entry<Key, Value> f : crossref.getFields().entrySet()) {
                fields.putIfAbsent(f.getKey().getValue().toLowerCase(Locale.ROOT), text(f.getValue()));
            }
        }
        draft.title(latex.text(fields.getOrDefault("title", "")));
        keptCase(fields.get("title"), latex).forEach(draft::keptCase);
        draft.abstractText(latex.text(fields.getOrDefault("abstract", fields.getOrDefault("abstractnote", ""))));
        String authors = fields.get("author");
        if (authors != null) {
            for (String name : names(authors.strip())) {
                // a name in one brace group is one whole, as BibTeX reads it: "{Google DeepMind}", "{Meta, Inc.}"
                boolean literal = inOneGroup(name);
                draft.author(literal ? latex.text(name) : firstNameFirst(latex.text(name)), literal);
            }
        }
        // a chapter's book's editors (its own, or its crossref's), an edited book's: names as the authors' are
        names(fields.get("editor"), latex, draft::editor);
        // biblatex's editortype gives the editor field another role (a compiler, a founder, an organizer): the site
        // knows editors alone, and says that it cites them so rather than call a compiler an editor without a word
        String role = latex.text(fields.getOrDefault("editortype", "")).strip();
        if (fields.containsKey("editor") && !role.isEmpty() && !role.equalsIgnoreCase("editor")) {
            draft.warn("editortype = {" + role + "}: the names in editor are shown and cited as editors (\"Ed.\"),"
                    + " the one role the site cites; their role is kept among the metadata");
        }
        // biblatex's bookauthor: the author of the book a chapter is in (an @inbook of an authored book), no editor
        names(fields.get("bookauthor"), latex, draft::bookAuthor);
        // Google Scholar has no eprint field: it cites an arXiv paper as journal={arXiv preprint arXiv:2401.09414},
        // which names no venue; Zotero puts "arXiv:2401.09414 [cs]" in note. The id is read, the text is not kept.
        for (String name : List.of("journal", "note", "howpublished")) {
            Optional<String> id = Optional.ofNullable(fields.get(name)).flatMap(text -> ArxivCitation.id(latex.text(text)));
            if (id.isPresent()) {
                draft.arxivId(id.get());
                fields.remove(name);
            }
        }
        // Semantic Scholar's arXiv paper: journal={ArXiv}, volume={abs/1810.04805}; the volume is its id, no volume
        if (fields.containsKey("journal") && fields.containsKey("volume")) {
            ArxivCitation.id(latex.text(fields.get("journal")), latex.text(fields.get("volume"))).ifPresent(id -> {
                draft.arxivId(id);
                fields.remove("volume");
            });
        }
        String eprint = fields.get("eprint");
        String archive = fields.getOrDefault("archiveprefix", fields.getOrDefault("eprinttype", "arxiv"));
        if (eprint != null && archive.strip().equalsIgnoreCase("arxiv")) {
            draft.arxivId(eprint);
        }
        Optional.ofNullable(fields.get("arxiv")).ifPresent(draft::arxivId);
        Optional.ofNullable(fields.get("doi")).ifPresent(doi -> {
            draft.doi(doi);
            Dois.parse(doi).ifPresent(d -> draft.link(LinkKind.DOI, Dois.url(d), classifier));
        });
        draft.recordUrl(fields.get("url"), classifier);
        // a web page's entry (@misc, @online) gives its address in howpublished, wrapped in TeX's url command: its link
        Optional.ofNullable(fields.get("howpublished")).map(latex::text).map(String::strip)
                .filter(text -> linkFinder.find(text).stream().anyMatch(span -> span.url().equals(text)))
                .ifPresent(url -> {
                    draft.recordUrl(url, classifier);
                    fields.remove("howpublished");
                });
        draft.link(LinkKind.PDF, fields.get("pdf"), classifier);
        draft.link(LinkKind.CODE, fields.get("code"), classifier);
        draft.link(LinkKind.PROJECT, fields.get("website"), classifier);
        // al-folio's html button: the paper's own page at its publisher, not a project's
        draft.link(LinkKind.PAPER, fields.get("html"), classifier);
        if (fields.containsKey("keywords")) {
            draft.tags(latex.text(fields.get("keywords")));
        }
        String venue = fields.getOrDefault("journal", fields.getOrDefault("journaltitle", fields.get("booktitle")));
        if (venue != null && !ArxivCitation.namesArxivAlone(latex.text(venue))) {
            draft.venue(latex.text(venue));
            keptCase(venue, latex).forEach(draft::keptCase);
        }
        String date = fields.get("date");
        // biblatex has no year field: its date is a year or a year and month as often as a day ("2017", "2024-01")
        Optional<PublicationDate> yearOrMonth = Optional.ofNullable(date).flatMap(PublicationDate::parse);
        if (date != null && FULL_DATE.matcher(date.strip()).matches()) {
            draft.published(date.strip());
        } else if (yearOrMonth.isPresent()) {
            yearOrMonth.get().applyTo(draft);
        } else {
            year(fields, draft);
            if (date != null) {
                draft.extra("date", latex.text(date)); // a range or season, kept as written rather than guessed at
            }
        }
        draft.extra("note", latex.text(fields.getOrDefault("note", "")));
        // the curator's own notes: JabRef's annote and its Comments tab (comment, or comment-<user> for each user's),
        // biblatex's annotation, and Zotero's notes on the item, which its export writes as annote (its note field is
        // the item's Extra); a paragraph of TeX is one, whatever its lines
        for (String name : noteFields(fields)) {
            draft.noteHtml(notes.html(fields.getOrDefault(name, ""), latex::text));
        }
        draft.extra("arxiv categories", fields.getOrDefault("primaryclass", "").strip());
        // in words ("Conference paper"); misc says nothing. A "type" field, the entry's own words, comes after
        draft.extra("type", EntryTypes.bibTex(entry.getType().getValue()).orElse(null));
        fields.forEach((name, value) -> {
            if (name.equals("pages")) {
                draft.extra(name, PageRange.dashed(latex.text(value)));
            } else if (name.equals("type")) {
                draft.kindInOwnWords(latex.text(value));
            } else if (!KNOWN.contains(name) && !name.startsWith(USER_COMMENT)) {
                draft.extra(name, latex.text(value));
            }
        });
    }

    /** A field of names, as the authors' is read, each given with whether it is to be taken whole. */
    private static void names(String field, LaTeX latex, java.util.function.BiConsumer<String, Boolean> name) {
        if (field != null) {
            for (String written : names(field.strip())) {
                boolean literal = inOneGroup(written);
                name.accept(literal ? latex.text(written) : firstNameFirst(latex.text(written)), literal);
            }
        }
    }

    /** The year field, and the month field with it, as the paper's year (and month). */
    private static void year(Map<String, String> fields, EntryDraft draft) {
        if (!fields.containsKey("year")) {
            return;
        }
        String month = Optional.ofNullable(fields.get("month"))
                .map(m -> MONTHS.getOrDefault(m.strip().toLowerCase(Locale.ROOT).replaceAll("^(\\w{3}).*", "$1"),
                        m.strip().matches("\\d{1,2}") ? String.format(Locale.ROOT, "%02d", Integer.parseInt(m.strip())) : null))
                .orElse(null);
        draft.extra("year", fields.get("year").strip() + (month != null ? "-" + month : ""));
    }

    /** The fields that hold the curator's notes on the entry, in a fixed order (users' comments by name). */
    private static List<String> noteFields(Map<String, String> fields) {
        List<String> names = new ArrayList<>(List.of("annote", "annotation", "comment"));
        fields.keySet().stream().filter(name -> name.startsWith(USER_COMMENT)).sorted().forEach(names::add);
        return names;
    }

    /** The names of an author field, split at each "and" outside braces: "{Barnes and Noble}" is one name. */
    static List<String> names(String field) {
        List<String> names = new ArrayList<>();
        Matcher and = AND.matcher(field);
        int start = 0;
        int depth = 0;
        int scanned = 0;
        while (and.find()) {
            for (; scanned < and.start(); scanned++) {
                char c = field.charAt(scanned);
                if (c == '\\') {
                    scanned++; // an escaped brace is text
                } else {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                }
            }
            if (depth == 0) {
                names.add(field.substring(start, and.start()));
                start = and.end();
            }
        }
        names.add(field.substring(start));
        return names;
    }

    /** Whether the whole name is one brace group: "{Google DeepMind}", not "{\'E}mile Borel". */
    static boolean inOneGroup(String name) {
        String n = name.strip();
        return n.startsWith("{") && bracePartners(n)[0] == n.length() - 1;
    }

    /**
     * For each brace of TeX text, where its partner is, or -1 when it pairs with none; 0 for every other character.
     * An escaped brace, such as \{, is text.
     */
    private static int[] bracePartners(String tex) {
        int[] partner = new int[tex.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}' && open.isEmpty()) {
                partner[i] = -1;
            } else if (c == '}') {
                int at = open.pop();
                partner[at] = i;
                partner[i] = at;
            }
        }
        open.forEach(at -> partner[at] = -1);
        return partner;
    }

    /**
     * The words of a title (or venue) whose case its braces protect, as BibTeX reads them: a brace group at the
     * field's top level that does not start with a command and has a capital in it ({@code {Bayesian}},
     * {@code {M}arkov}, {@code {von Neumann}}, {@code {{\\"O}sterreich}}, {@code \\emph{Drosophila}}), each as the
     * whole words it is in ("Markov"), decoded as the title is. Not a special character ({@code {\\"O}},
     * {@code {\\L}}, whose letters BibTeX's styles change the case of all the same), nor a group in or around a
     * formula ({@code $\\mathcal{O}$}, {@code {$\\beta$}}), which the writer braces itself.
     */
    private static List<String> keptCase(String tex, LaTeX latex) {
        if (tex == null || tex.indexOf('{') < 0) {
            return List.of();
        }
        int[] partner = bracePartners(tex);
        List<String> words = new ArrayList<>();
        int start = 0;
        boolean protecting = false;
        boolean math = false;
        for (int i = 0; i <= tex.length(); i++) {
            char c = i < tex.length() ? tex.charAt(i) : ' ';
            if (Character.isWhitespace(c) && !math) {
                if (protecting) {
                    words.add(latex.text(tex.substring(start, i)));
                }
                start = i + 1;
                protecting = false;
            } else if (c == '\\') {
                i++; // an escaped brace or dollar is text; a command's name is letters
            } else if (c == '$') {
                math = !math;
            } else if (c == '{' && partner[i] > i) {
                String group = tex.substring(i + 1, partner[i]);
                protecting |= !math && !group.startsWith("\\") && group.indexOf('$') < 0
                        && group.codePoints().anyMatch(Character::isUpperCase);
                i = partner[i];
            }
        }
        return words;
    }

    /** "Zhuang, Shaobin" as "Shaobin Zhuang"; "Shaobin Zhuang" and "{OpenAI}" as written. */
    private static String firstNameFirst(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            return name;
        }
        String last = name.substring(0, comma).strip();
        String first = name.substring(comma + 1).strip();
        int second = first.indexOf(',');
        if (second >= 0) { // "von Last, Jr, First"
            return (first.substring(second + 1).strip() + " " + last + " " + first.substring(0, second).strip()).strip();
        }
        return first.isEmpty() ? last : first + " " + last;
    }

    /**
     * TeX to text with jbibtex's LaTeX parser and printer; what it cannot parse is cleaned as plain text. Formulas
     * ($…$, $$…$$, found left to right as the site finds them) are kept as written, around the printer: it drops
     * their '$' (and a formula such as {@code $\\mathcal{O}(1)$} can make the whole field unparseable), while the
     * site shows a formula as text when text can say it, and otherwise renders the TeX with KaTeX. So are the
     * commands the printer does not know, with their arguments: it prints nothing for them ("90{\\textdegree}"
     * was "90", {@code \\cite{shapenet}} "shapenet"), and {@link FaithfulText} reads them or keeps them as written.
     */
    private static final class LaTeX {
        /** Font declarations ({@code {\\em …}}), which the printer rightly drops: the text is what matters. */
        private static final Set<String> DECLARATIONS = Set.of("em", "it", "bf", "sc", "tt", "rm", "sf", "sl", "up",
                "itshape", "bfseries", "scshape", "upshape", "mdseries", "normalfont", "ttfamily", "rmfamily",
                "sffamily", "slshape", "relax", "protect", "noopsort");
        /** Commands whose argument is text: left to the printer, which prints the text ({@code \\emph{Stra{\\ss}e}}). */
        private static final Set<String> TEXT_ARGUMENTS = Set.of("emph", "textit", "textbf", "textsc", "texttt",
                "textrm", "textsf", "textsl", "textup", "textnormal", "text", "mbox");
        /** A tie ("Fig.~1"), not an escaped tilde ("\\~{}") or the accent command ("\\~n"). */
        private static final Pattern UNESCAPED_TIE = Pattern.compile("(?<!\\\\)~");
        /** A font command or declaration by name, with the space after a declaration ("{\\em word}"). */
        private static final Pattern FONT_COMMAND = Pattern.compile("\\\\(?:" + String.join("|",
                new TreeSet<>(TEXT_ARGUMENTS)) + ")(?=\\s*\\{)|\\\\(?:" + String.join("|",
                new TreeSet<>(DECLARATIONS)) + ")\\b\\s*");
        private final LaTeXPrinter printer = new LaTeXPrinter();

        String text(String tex) {
            if (tex == null || tex.isBlank()) {
                return "";
            }
            // formulas said as text here, where TeX's braces still show where each ends: "{$<$}1\%" is "<1%"
            return Whitespace.collapse(FaithfulText.joined(TexMath.split(tex), p -> FaithfulText.proseOnly(prose(p))));
        }

        /** Prose: the commands the printer does not know kept as written, the rest printed. */
        private String prose(String tex) {
            if (tex.indexOf('\\') < 0 && tex.indexOf('{') < 0 && tex.indexOf('}') < 0 && tex.indexOf('~') < 0
                    && tex.indexOf('$') < 0) {
                return tex;
            }
            // the accents and letters jbibtex's printer leaves out ({\L}ukasz, Garc{\'{\i}}a, \c{c}) are decoded first
            String letters = TexAccents.decode(tex);
            int[] partner = bracePartners(letters);
            StringBuilder out = new StringBuilder(letters.length());
            int printed = 0;
            for (int i = 0; i < letters.length(); i++) {
                char c = letters.charAt(i);
                if (c == '$') { // a dollar that delimits no formula is a dollar, not a switch the printer drops
                    out.append(printed(letters.substring(printed, i))).append('$');
                    printed = i + 1;
                } else if (letters.startsWith("\\$", i)) {
                    // kept escaped, as in any digest: FaithfulText writes it bare only where it cannot pair into a formula
                    out.append(printed(letters.substring(printed, i))).append("\\$");
                    printed = i + 2;
                    i++;
                } else if (c == '\\') {
                    int name = i + 1;
                    while (name < letters.length() && Character.isLetter(letters.charAt(name))) {
                        name++;
                    }
                    String command = letters.substring(i + 1, name);
                    if (command.isEmpty() || DECLARATIONS.contains(command) || TEXT_ARGUMENTS.contains(command)
                            || LaTeXPrinter.getSymbol(command) != null && TexSymbols.character(command).isEmpty()) {
                        i = Math.max(i + 1, name - 1);
                        continue;
                    }
                    out.append(printed(letters.substring(printed, i)));
                    // a symbol is its character here ("{\textquoteright}t" is "’t"), from the table the BibTeX writer spells
                    // with: the printer's own Greek is off by one from sigma on (it prints \tau as σ)
                    Optional<String> symbol = TexSymbols.character(command);
                    int end = name;
                    if (symbol.isPresent()) {
                        out.append(symbol.get());
                        end = letters.startsWith("{}", end) ? end + 2 : end;
                    } else {
                        out.append('\\').append(command);
                        while (end < letters.length() && partner[end] > end) { // its arguments, as written
                            out.append(letters, end, partner[end] + 1);
                            end = partner[end] + 1;
                        }
                        if (end == name && end < letters.length() && !Character.isWhitespace(letters.charAt(end))) {
                            out.append("{}"); // "{\foo}bar" kept as "\foo{}bar", not run into "\foobar"
                        }
                    }
                    printed = end;
                    i = end - 1;
                }
            }
            return out.append(printed(letters.substring(printed))).toString();
        }

        private String printed(String tex) {
            if (tex.indexOf('\\') < 0 && tex.indexOf('{') < 0 && tex.indexOf('}') < 0 && tex.indexOf('~') < 0) {
                return tex;
            }
            // a tie is a space that does not break: jbibtex's parser refuses it, which made the whole piece plain text
            String tied = UNESCAPED_TIE.matcher(tex).replaceAll(" ");
            try {
                List<LaTeXObject> objects = new LaTeXParser().parse(withoutUnpairedBraces(tied));
                return printer.print(objects);
            } catch (ParseException | TokenMgrException | StackOverflowError e) {
                // the text as the printer would have given it, as far as that can be told without it: the names of
                // font commands and declarations go ("\emph{word}" is "word", not "\emphword"), then the braces
                return FONT_COMMAND.matcher(tied).replaceAll("").replace("{", "").replace("}", "");
            }
        }

        /**
         * The prose with the braces that pair with none in it left out: those of a group around a formula
         * ({@code {$\\alpha$}-Fair}), which the formula's cut leaves one on each side, and which would otherwise make
         * the whole piece unparseable, its accents and escapes shown as raw TeX. Escaped braces are text, not groups.
         */
        static String withoutUnpairedBraces(String tex) {
            int[] partner = bracePartners(tex);
            StringBuilder out = new StringBuilder(tex.length());
            for (int i = 0; i < tex.length(); i++) {
                if (partner[i] != -1) {
                    out.append(tex.charAt(i));
                }
            }
            return out.toString();
        }
    }
}
