package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.UrlSpan;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.MoreAuthors;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PublicationYear;
import io.github.paperdigest.model.VenueYear;
import io.github.paperdigest.model.Typos;
import io.github.paperdigest.model.WrittenCitationKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper being read from a structured digest (Markdown, JSON, Atom). Collects the fields the format
 * gives, checks them, and makes the {@link PaperEntry}: text made faithful, links checked and
 * classified, links found in the abstract added. Nothing the digest says is dropped without a word:
 * unusable values are reported as warnings, unknown keys kept as extra metadata.
 */
final class EntryDraft {

    private static final Pattern AND = Pattern.compile(",?\\s+(?:and|&)\\s+");
    /** Names or values split at semicolons, the white space around them dropped. */
    static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    /** A name in single or double quotes, as Python's repr writes it. */
    private static final String QUOTED = "(?:'([^']*)'|\"([^\"]*)\")";
    /** A list literal of quoted names: "['Virat Shejwalkar', 'Amir Houmansadr']", '["Conan O'Brien"]'. */
    private static final Pattern LIST_LITERAL = Pattern.compile("\\[\\s*" + QUOTED + "(?:\\s*,\\s*" + QUOTED + ")*\\s*,?\\s*]");
    private static final Pattern QUOTED_ITEM = Pattern.compile(QUOTED);
    private static final Pattern CONTRIBUTION_MARK = Pattern.compile("(?<=^|\\s)[*∗†‡]+|[*∗†‡]+(?=$|\\s)");
    private static final Pattern COMMA_OR_SEMICOLON = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern HASHTAG_SEPARATOR = Pattern.compile("[\\s,;]+");
    /**
     * What a digest writes for the authors it leaves out: "Zhuang et al.", BibTeX's "and others", "and colleagues".
     * It names no author, so it is dropped (the list is then just shorter than the paper's).
     */
    private static final Pattern ET_AL = Pattern.compile("(?i)(?:(?:^|[\\s,;]+)et(?:\\s+|\\.\\s*)al\\b\\.?"
            + "|(?:^|\\s*[,;]\\s*|\\s+(?:and|&)\\s+)(?:others|colleagues))[\\s.,;]*$");
    /** Longer than any "and colleagues" with its punctuation around it. */
    private static final int ET_AL_TAIL = 64;

    /** What every name has: a letter of some script. */
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final String sourceName;
    private final int line;
    /** The line of the field being read, which a warning about its value names: the entry's line unless told. */
    private int fieldLine;
    private final DigestProblems problems;
    private String title = "";
    private String abstractText = "";
    /** The arXiv id a field of its own states ("arxiv", "eprint", an "arXiv:" note). */
    private Optional<String> arxivId = Optional.empty();
    /** What gave {@link #arxivId}, as a warning names it: "line 4", "the venue 'arXiv:1706.03762 [cs]', line 4". */
    private String arxivIdGivenBy = "";
    /** The arXiv id of its arXiv DOI (10.48550/arXiv.ID), which states it too. */
    private Optional<String> doiArxivId = Optional.empty();
    /** The arXiv papers its own links name, in order: its id when no field states one, see {@link #resolvedArxivId}. */
    private final List<OwnArxivLink> ownArxivLinks = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final Set<String> literalAuthors = new HashSet<>();
    /**
     * The names the record gives beside its authors, by the key they are kept under ({@link Editors#KEYS}): the editors
     * (a chapter's book's, an edited book's own), its series' editors and its book's authors, each kept apart so that
     * none is taken for another (a series editor is no editor of the book).
     */
    private final Map<String, RoleNames> roleNames = new TreeMap<>();
    /** The words of the title and venue whose case the digest protects: see {@link KeptCase}. */
    private final Set<String> keptCase = new HashSet<>();
    /** Whether an "et al." or "and others" followed the names: see {@link MoreAuthors}. */
    private boolean moreAuthors;
    private Optional<LocalDate> published = Optional.empty();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private Optional<Integer> upvotes = Optional.empty();
    private final TreeMap<String, String> extra = new TreeMap<>();
    private String arxivComment = "";
    private String noteHtml = "";
    private Optional<String> doi = Optional.empty();
    private Optional<String> venue = Optional.empty();
    private String section = "";
    private boolean abstractOptional;
    private boolean citable;
    private boolean namedByNote;
    private List<String> noteNames = List.of();
    /** A citation of the paper written in a table's cell ("(Ho et al., NeurIPS 2020)"): see {@link #citedAs}. */
    private Optional<NamesAndVenue> citedAs = Optional.empty();

    EntryDraft(String sourceName, int line, DigestProblems problems) {
        this.sourceName = sourceName;
        this.line = line;
        this.fieldLine = line;
        this.problems = problems;
    }

    int line() {
        return line;
    }

    /** Where the field read next is (a RIS tag's own line), for warnings about its value. */
    void fieldLine(int number) {
        fieldLine = number;
    }

    /** Says something about the field being read, at its line; never stops the build. */
    void warn(String message) {
        problems.warn(sourceName, fieldLine, message);
    }

    void title(String value) {
        title = TitlePeriod.strip(FaithfulText.clean(value));
    }

    /**
     * A word (or words) of the title or venue whose case the digest protects, see {@link KeptCase}; without the
     * punctuation around it, which has no case ("{Vlogger}:" keeps "Vlogger").
     */
    void keptCase(String words) {
        String clean = FaithfulText.clean(words);
        int from = 0;
        int to = clean.length();
        while (from < to && !Character.isLetterOrDigit(clean.codePointAt(from))) {
            from += Character.charCount(clean.codePointAt(from));
        }
        while (to > from && !Character.isLetterOrDigit(clean.codePointBefore(to))) {
            to -= Character.charCount(clean.codePointBefore(to));
        }
        if (from < to) {
            keptCase.add(clean.substring(from, to));
        }
    }

    void abstractText(String value) {
        abstractText = FaithfulText.clean(value);
    }

    boolean hasAbstract() {
        return !abstractText.isEmpty();
    }

    String title() {
        return title;
    }

    void arxivId(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<String> id = ArxivIds.parse(value).or(() -> ArxivIds.fromUrl(value));
        if (id.isEmpty()) {
            problems.warn(sourceName, fieldLine, "'" + value + "' is not an arXiv id (such as 2401.01234); kept as extra metadata");
            extra.put("arxiv", value);
        } else {
            String givenBy = (value.strip().equals(id.get()) ? "" : "'" + value.strip() + "', ") + "line " + fieldLine;
            if (arxivId.isPresent() && !arxivId.equals(id)) {
                problems.warn(sourceName, fieldLine, twoArxivIds(arxivId.get(), arxivIdGivenBy, id.get(), givenBy)
                        + id.get() + " is used: correct the one that is wrong");
            }
            arxivId = id;
            arxivIdGivenBy = givenBy;
        }
    }

    /** The start of a warning about two arXiv ids two parts of an entry give it, each with what gave it. */
    private static String twoArxivIds(String first, String firstGivenBy, String second, String secondGivenBy) {
        return "two arXiv ids for one paper, " + first + " (" + firstGivenBy + ") and " + second + " ("
                + secondGivenBy + "); ";
    }

    /** A DOI, bare, with "doi:" or as a doi.org link; anything else is kept as extra metadata with a warning. */
    void doi(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<String> parsed = Dois.parse(value);
        if (parsed.isEmpty()) {
            problems.warn(sourceName, fieldLine, "'" + value + "' is not a DOI (such as 10.1145/3292500.3330701"
                    + Dois.escapeNotUtf8(value).filter(e -> Dois.isResolverAddress(value)).map(e -> "; " + notUtf8(e))
                            .orElse("") + "); kept as extra metadata");
            extra.put("doi", Whitespace.collapse(value));
        } else if (doi.isEmpty()) {
            doi = parsed;
            doiArxivId = arxivIdOf(parsed.get());
        }
    }

    /** Why an escape of a DOI's address names no DOI, and the fix. */
    private static String notUtf8(String escape) {
        return "its escape " + escape + " is no UTF-8 character, as doi.org reads escapes (é is %C3%A9, where Latin-1"
                + " writes %E9): write the DOI as its publisher gives it";
    }

    /** The arXiv id an arXiv DOI names: arXiv's own DOIs (DataCite, 10.48550/arXiv.ID) name the arXiv paper. */
    private static Optional<String> arxivIdOf(String doi) {
        return Dois.isArxivs(doi) ? ArxivIds.parse(doi.substring(Dois.ARXIV_PREFIX.length())) : Optional.empty();
    }

    /**
     * Where the paper appeared: a journal, proceedings or conference as the digest names it. arXiv is none: Zotero files
     * a paper saved from arXiv as a journal article in "arXiv:1412.6980 [cs]", Google Scholar in "arXiv preprint
     * arXiv:…", in every format they export; taken for a journal, the preprint was cited as its article. The id it
     * names is the paper's where no field gave one before; one that differs from a field's is said.
     */
    void venue(String value) {
        String clean = FaithfulText.clean(value);
        Optional<String> cited = ArxivCitation.id(clean);
        if (cited.isPresent() || ArxivCitation.namesArxivAlone(clean)) {
            String givenBy = "the venue '" + clean + "', line " + fieldLine;
            if (arxivId.isEmpty()) {
                arxivId = cited;
                arxivIdGivenBy = givenBy;
            } else if (cited.isPresent() && !cited.equals(arxivId)) {
                problems.warn(sourceName, fieldLine, twoArxivIds(arxivId.get(), arxivIdGivenBy, cited.get(), givenBy)
                        + arxivId.get() + " is used: correct the one that is wrong");
            }
            return;
        }
        if (!clean.isEmpty() && venue.isEmpty()) {
            venue = Optional.of(clean);
        }
    }

    /**
     * arXiv's journal reference: the venue, and the volume, issue, pages and year it gives in a shape understood
     * ({@link JournalReference}); else the venue as written. A field read before that gives one of them is kept.
     */
    void journalReference(String value) {
        // a venue read before keeps its place, so the reference is not even read
        Optional<JournalReference> parts = value == null || venue.isPresent() ? Optional.empty()
                : JournalReference.parse(value);
        if (parts.isEmpty()) {
            venue(value);
            return;
        }
        venue(parts.get().venue());
        parts.get().volume().ifPresent(v -> extraUnlessGiven("volume", v));
        parts.get().number().ifPresent(n -> extraUnlessGiven("number", n));
        parts.get().pages().ifPresent(p -> extraUnlessGiven("pages", p));
        parts.get().year().ifPresent(y -> extraUnlessGiven(VenueYear.GIVEN_KEY, y));
    }

    /** The digest section (heading) that lists the entry. */
    void section(String value) {
        section = FaithfulText.clean(value);
    }

    /**
     * Makes the abstract optional: a structured entry (a reference manager's record, a table row, a list item)
     * with a title and an identifier or link is a paper even when the digest gives no abstract.
     */
    void abstractOptional() {
        abstractOptional = true;
    }

    boolean isAbstractOptional() {
        return abstractOptional;
    }

    /**
     * Makes a reference manager's record (BibTeX, CSL, RIS, a sheet's row) a paper by its citation alone: with a
     * title, authors and a year, and no abstract, identifier or link (Google Scholar's BibTeX has none), the page's
     * searches on arXiv and Google Scholar find it. A bare title is still refused: it says too little to be a paper's citation.
     */
    void citable() {
        citable = true;
    }

    /**
     * Makes a paper note's paper one by its front matter alone: the curator wrote a file for it and named it there
     * (a title and a paper key), so its page, which searches for it by title, holds their note even without an
     * abstract, identifier or link.
     */
    void namedByItsNote() {
        abstractOptional = true;
        namedByNote = true;
    }

    /** The names by which a wikilink names the paper's note: its file's name, then its aliases (see {@link PaperEntry}). */
    void noteNames(String fileName, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(fileName);
        names.addAll(aliases);
        noteNames = List.copyOf(names);
    }

    /** Whether it names who wrote it, or edited it (an edited book names its editors alone), and a year. */
    private boolean hasAuthorsAndYear() {
        return (!authors.isEmpty() || namesEditors()) && (published.isPresent() || PublicationYear.parse(extra.get("year")).isPresent());
    }

    boolean hasIdentifierOrLink() {
        return arxivId.isPresent() || doi.isPresent() || !links.isEmpty();
    }

    void authors(List<String> names) {
        names.forEach(name -> author(name, false));
    }

    /**
     * An author; {@code literal} when the digest marks the name as one whole (see {@link LiteralAuthors}). A
     * trailing "et al." is dropped, and a name that is only that ("others") is no author, nor is one with no letter
     * (the ":" of arXiv's "Codefuse, Ling Team: Wenting Cai, …" that a crawler split at its commas).
     */
    void author(String name, boolean literal) {
        String clean = FaithfulText.clean(name);
        if (!literal) {
            // "*Pang", "Yadav∗", "Li†": marks of equal contribution or correspondence (al-folio's, many lists')
            clean = CONTRIBUTION_MARK.matcher(clean).replaceAll("").strip();
            String named = withoutEtAl(clean);
            moreAuthors |= named.length() < clean.length();
            clean = named;
        }
        if (LETTER.matcher(clean).find()) {
            authors.add(clean);
            if (literal) {
                literalAuthors.add(clean);
            }
        }
    }

    /**
     * "A, B and C", "A; B; C", names family name first as reference managers write them ("Vaswani, Ashish; Shazeer,
     * Noam", "Vaswani, Ashish and Shazeer, Noam", see {@link FamilyNamesFirst}), or a list as Python or JSON writes it
     * ("['A', 'B']", as trackers' sheets hold).
     */
    void authors(String joined) {
        if (joined == null) {
            return;
        }
        String collapsed = Whitespace.collapse(joined);
        if (LIST_LITERAL.matcher(collapsed).matches()) {
            List<String> names = new ArrayList<>();
            Matcher item = QUOTED_ITEM.matcher(collapsed);
            while (item.find()) {
                names.add(item.group(1) != null ? item.group(1) : item.group(2));
            }
            authors(names);
            return;
        }
        String named = withoutEtAl(collapsed);
        moreAuthors |= named.length() < collapsed.length();
        Optional<FamilyNamesFirst.Reading> familyFirst = FamilyNamesFirst.of(named);
        if (familyFirst.isPresent()) {
            told(familyFirst.get());
            authors(familyFirst.get().names());
            return;
        }
        String normalised = AND.matcher(named).replaceAll(", ");
        authors(List.of((normalised.contains(";") ? SEMICOLON : Whitespace.COMMA).split(normalised)));
    }

    /** Says how a list of names was read: in the debug log, or in a warning where some names were kept as written. */
    void told(FamilyNamesFirst.Reading reading) {
        if (reading.doubtful()) {
            problems.warn(sourceName, fieldLine, reading.told());
        } else {
            problems.debug(sourceName, fieldLine, reading.told());
        }
    }

    /**
     * An editor of the record (its book's or proceedings', or of the edited book it is): {@code literal} when the
     * digest marks the name as one whole. A name with no letter, or an "et al." alone, is none.
     */
    void editor(String name, boolean literal) {
        named(Editors.KEY, name, literal);
    }

    /** An editor of the series the work is in (a book series', a report series'), never one of the work or its book. */
    void seriesEditor(String name, boolean literal) {
        named(Editors.SERIES_KEY, name, literal);
    }

    /** An author of the book a chapter is in (CSL's container-author, biblatex's bookauthor): no editor. */
    void bookAuthor(String name, boolean literal) {
        named(Editors.BOOK_AUTHORS_KEY, name, literal);
    }

    /** Whether the record names editors of the work or of the book or proceedings it is in. */
    boolean namesEditors() {
        return roleNames.containsKey(Editors.KEY);
    }

    private void named(String key, String name, boolean literal) {
        // the names are kept in one text, between semicolons (Editors.written): one inside a name would split it
        String clean = FaithfulText.clean(name).replace(';', ',');
        if (!literal) {
            clean = withoutEtAl(clean);
        }
        if (LETTER.matcher(clean).find()) {
            roleNames.computeIfAbsent(key, k -> new RoleNames()).add(clean, literal);
        }
    }

    /**
     * Editors written in one text, as a field or column of no reference manager's own writes them: family name first
     * ("Family, Given; Family, Given", Zotero's, each put in reading order as {@link FamilyNamesFirst} decides for
     * authors), else names between semicolons, or commas or "and" ("Jane Doe and John Roe", "J. Doe, J. Roe"); an
     * "et al." after them names nobody.
     */
    void editors(String joined) {
        named(Editors.KEY, joined);
    }

    /** Names of one role ({@link Editors#KEYS}) written in one text, read as {@link #editors(String)} reads them. */
    private void named(String key, String joined) {
        if (joined == null || joined.isBlank()) {
            return;
        }
        String named = withoutEtAl(Whitespace.collapse(joined));
        Optional<FamilyNamesFirst.Reading> familyFirst = FamilyNamesFirst.of(named);
        if (familyFirst.isPresent()) {
            told(familyFirst.get());
            familyFirst.get().names().forEach(name -> named(key, name, false));
        } else if (named.contains(";")) {
            for (String name : SEMICOLON.split(named)) {
                named(key, name, false);
            }
        } else {
            for (String name : Whitespace.COMMA.split(AND.matcher(named).replaceAll(", "))) {
                named(key, name, false);
            }
        }
    }

    /** The names of one role, in the record's order, each once, and those of them to be taken whole. */
    private static final class RoleNames {
        private final List<String> names = new ArrayList<>();
        private final Set<String> literal = new HashSet<>();

        void add(String name, boolean whole) {
            if (!names.contains(name)) {
                names.add(name);
                if (whole) {
                    literal.add(name);
                }
            }
        }

        String written() {
            return Editors.of(names, literal).written();
        }
    }

    /**
     * The authors a fuller statement gives, in place of those read before: an "Authors:" item nested under a list's
     * "- [Title](…) - Vaswani et al." names them all.
     */
    void authorsInstead(String joined) {
        authors.clear();
        literalAuthors.clear();
        moreAuthors = false;
        authors(joined);
    }

    /** The names without a trailing "et al.", "and others" or "and colleagues", which name nobody. */
    static String withoutEtAl(String names) {
        // only the end is looked at: a pattern tried at every start of a long field of commas would take quadratic time
        Matcher m = ET_AL.matcher(names).region(Math.max(0, names.length() - ET_AL_TAIL), names.length())
                .useAnchoringBounds(false);
        return m.find() ? names.substring(0, m.start()).strip() : names;
    }

    /**
     * When the paper was published, in any form {@link PublicationDate} reads: a full date is its day, a year or a
     * year and month its {@code year}. Anything else is said, with the forms that are read, and ignored.
     */
    void published(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        PublicationDate.parse(value).ifPresentOrElse(d -> d.applyTo(this),
                () -> problems.warn(sourceName, fieldLine, PublicationDate.notADate(value) + "; ignored"));
    }

    /** The day the paper was published. */
    void publishedOn(LocalDate day) {
        published = Optional.of(day);
    }

    /** A day, in any form {@link PublicationDate} reads ("2025-03-04", "4 Mar 2025"); else a warning, and empty. */
    Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<PublicationDate> date = PublicationDate.parse(value);
        if (date.isPresent() && date.get().day() > 0) {
            return Optional.of(date.get().toDay());
        }
        problems.warn(sourceName, fieldLine, (date.isPresent() ? "'" + value.strip() + "' names no day (such as"
                + " 2025-03-04)" : PublicationDate.notADate(value)) + "; ignored");
        return Optional.empty();
    }

    /**
     * A reference manager's record's own address (BibTeX's {@code url}, RIS's {@code UR}, CSL's {@code URL}): the item's
     * page, as the record means it, and so where its citation says it is read, unless the address says it is something
     * else (a PDF, code, a video, a DOI). Classified by its host alone, a paper's page on a site the classifier does not
     * know (a university's, a journal's) was a mere link, and the site's BibTeX entry and RIS record lost it.
     */
    void recordUrl(String url, LinkClassifier classifier) {
        boolean unknown = url != null && !url.isBlank() && classifier.classify(url.strip()) == LinkKind.OTHER;
        link(unknown ? LinkKind.PAPER : null, url, classifier);
    }

    /**
     * A link that is the paper's own: a link field's, its title's, one its text labels as its paper or PDF. An arXiv
     * page it names is the paper's id (when no field states one), a DOI address its DOI, as is the DOI a publisher's
     * page names in its address ("dl.acm.org/doi/10.1145/…"); arXiv's own DOI
     * ("https://doi.org/10.48550/arXiv.2206.04615") names an arXiv paper as its page does, as a {@code doi} field's
     * does ({@link #doi}): without it, the paper would have no arXiv id to tell it from another paper of its title.
     */
    void link(LinkKind kind, String url, LinkClassifier classifier) {
        String u = checked(url);
        if (u == null) {
            return;
        }
        links.putIfAbsent(u, new Link(classifier.classify(u, kind), u));
        Optional<String> linkedDoi = u.toLowerCase(Locale.ROOT).contains("doi.org/") ? Dois.parse(u) : Dois.inPublisherUrl(u);
        if (linkedDoi.isEmpty() && (Dois.isResolverAddress(u) || Dois.isPublisherPage(u))) {
            Dois.escapeNotUtf8(u).ifPresent(escape -> problems.warn(sourceName, fieldLine, "the link " + u + " names no"
                    + " DOI: " + notUtf8(escape) + "; it is kept as a link, and the paper has no DOI from it"));
        }
        ArxivIds.fromUrl(u).or(() -> linkedDoi.flatMap(EntryDraft::arxivIdOf))
                .ifPresent(id -> ownArxivLinks.add(new OwnArxivLink(id, u, fieldLine)));
        if (doi.isEmpty()) {
            doi = linkedDoi;
        }
    }

    /**
     * A link the paper's text gives to something else: a paper it cites ("builds on https://arxiv.org/abs/..."), a
     * page a table's other column names. Listed with the paper's links, it names no identifier of the paper's.
     */
    void mention(String url, LinkClassifier classifier) {
        String u = checked(url);
        if (u != null) {
            links.putIfAbsent(u, mentioned(u, classifier));
        }
    }

    /**
     * A link the text mentions, of the kind its address says, except that a paper's page, PDF or DOI is only a link:
     * it is another paper's, and the site takes a link of those kinds for this paper's own (its citation's address,
     * its PDF). A repository or a project page keeps its kind.
     */
    private static Link mentioned(String url, LinkClassifier classifier) {
        LinkKind kind = classifier.classify(url);
        return new Link(kind.leadsToAPaper() ? LinkKind.OTHER : kind, url);
    }

    /** The link stripped, or null (after a warning) when it is none a reader can follow. */
    private String checked(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") || u.chars().anyMatch(Character::isWhitespace)) {
            problems.warn(sourceName, fieldLine, "'" + u + "' is not an http(s) link; ignored");
            return null;
        }
        return u;
    }

    /** An arXiv paper a link of the paper's own names, and the line of the field that gave the link. */
    private record OwnArxivLink(String id, String url, int line) {
        @Override
        public String toString() {
            return id + " (" + url + ")";
        }
    }

    /**
     * The paper's arXiv id: the one a field states, else the one its own links name. A link that names another than
     * the stated id is said, the stated id kept; links that name two papers give none, and that is said: a guess
     * between them would give the paper another's page, citation and related papers.
     */
    private Optional<String> resolvedArxivId() {
        Optional<String> stated = arxivId.or(() -> doiArxivId);
        if (arxivId.isPresent() && doiArxivId.isPresent() && !doiArxivId.equals(arxivId)) {
            problems.warn(sourceName, line, twoArxivIds(arxivId.get(), arxivIdGivenBy, doiArxivId.get(), "its DOI "
                    + doi.orElse("")) + arxivId.get() + " is used: correct the one that is wrong");
        }
        if (stated.isPresent()) {
            for (OwnArxivLink link : ownArxivLinks) {
                if (!link.id().equals(stated.get())) {
                    problems.warn(sourceName, link.line(), "\"" + PlainTextDigestReader.abbreviate(title) + "\" has the"
                            + " arXiv id " + stated.get() + ", but its link " + link.url() + " names " + link.id() + "; "
                            + stated.get() + " is used: correct the one that is wrong");
                }
            }
            return stated;
        }
        List<OwnArxivLink> named = new ArrayList<>();
        for (OwnArxivLink link : ownArxivLinks) {
            if (named.stream().noneMatch(n -> n.id().equals(link.id()))) {
                named.add(link);
            }
        }
        if (named.size() > 1) {
            problems.warn(sourceName, named.get(1).line(), "\"" + PlainTextDigestReader.abbreviate(title) + "\" links to "
                    + (named.size() == 2 ? "two" : named.size()) + " arXiv papers as its own, "
                    + String.join(", ", named.subList(0, named.size() - 1).stream().map(OwnArxivLink::toString).toList())
                    + " and " + named.get(named.size() - 1) + ": " + (named.size() == 2 ? "neither" : "none") + " is taken as its"
                    + " arXiv id; "
                    + whereAnArxivIdGoes(sourceName));
            return Optional.empty();
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(0).id());
    }

    void tags(List<String> values) {
        for (String t : values) {
            String clean = Whitespace.collapse(t);
            if (!clean.isEmpty()) {
                // a category written as a reference manager keeps it is the category's tag, as arXiv's own records give it
                tags.add(ArxivCategories.ofKeyword(clean).flatMap(ArxivCategories::name).orElse(clean));
            }
        }
    }

    /** "a, b, c" or "a; b; c", or hashtags as note-taking tools write them: "#video-generation #diffusion". */
    void tags(String joined) {
        if (joined == null) {
            return;
        }
        List<String> words = Whitespace.parts(joined, HASHTAG_SEPARATOR).stream().filter(w -> !w.isEmpty()).toList();
        if (!words.isEmpty() && words.stream().allMatch(w -> w.length() > 1 && w.startsWith("#"))) {
            tags(words.stream().map(w -> w.substring(1)).toList());
        } else {
            tags(Whitespace.parts(joined, COMMA_OR_SEMICOLON));
        }
    }

    void upvotes(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            upvotes = Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            problems.warn(sourceName, fieldLine, "upvotes '" + value + "' is not a whole number; kept as extra metadata");
            extra.put("upvotes", value);
        }
    }

    /**
     * The citation key the curator gave the paper ({@link WrittenCitationKey}); one BibTeX cannot cite is said and
     * kept as metadata under {@code field}, and the site makes the paper a key of its own.
     */
    void citationKey(String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<String> key = WrittenCitationKey.parse(value);
        if (key.isPresent()) {
            extra.put(WrittenCitationKey.KEY, key.get());
        } else {
            problems.warn(sourceName, fieldLine, field + " '" + Whitespace.collapse(value) + "' is not a citation key"
                    + " BibTeX can cite (" + WrittenCitationKey.RULE + "); the site gives the paper a key of its own,"
                    + " and keeps this one as metadata");
            extra(field, value);
        }
    }

    /** The citation key the curator gave the paper, when a field gave one BibTeX can cite. */
    Optional<String> writtenCitationKey() {
        return Optional.ofNullable(extra.get(WrittenCitationKey.KEY));
    }

    /** Whether a field gave the paper its DOI. */
    boolean hasDoi() {
        return doi.isPresent();
    }

    /** Whether a field gave the paper the curator's citation key. */
    boolean hasCitationKey() {
        return extra.containsKey(WrittenCitationKey.KEY);
    }

    /**
     * The citation key the curator's library may have written in a field that holds other identifiers too (CSL's
     * {@code id}, RIS's {@code ID}): taken when it is a key, left quietly when it is the library's own identifier.
     */
    void citationKeyIfOne(String value) {
        WrittenCitationKey.parseIdentifier(value).ifPresent(key -> extra.put(WrittenCitationKey.KEY, key));
    }

    /**
     * arXiv's comment on a paper, its authors' own words as the abstract is ("Project page: https://…", "Code:
     * https://github.com/…"): kept as the paper's comment, and its addresses are the paper's links as an abstract's are.
     */
    void arxivComment(String value) {
        extra("comment", value);
        arxivComment = value == null ? "" : Whitespace.collapse(value);
    }

    void extra(String written, String value) {
        String key = FieldKeys.of(written);
        Optional<String> role = namesKey(key);
        if (role.isPresent()) {
            // a digest's own "Editor:" line, column or property names the editors, as a reference manager's field
            // does; "Series editor" (Zotero's CSV column) its series' editors, "Book author" its book's authors
            named(role.get(), value);
        } else if (value != null && !value.isBlank()) {
            // the mark of authors left unnamed is the reader's to set (see MoreAuthors): a digest's own field of that
            // name, a table's "More authors" column, is kept beside it and never makes a citation say "and others"
            extra.put(key.equals(MoreAuthors.KEY) ? key + " (as the digest gives it)" : key, Whitespace.collapse(value));
        }
    }

    /** Whether a digest's key for more about a paper names its editors: "Editor", "editors", "Eds". */
    static boolean isEditorsKey(String key) {
        return namesKey(key).filter(Editors.KEY::equals).isPresent();
    }

    /**
     * The key ({@link Editors#KEYS}) of the names a digest's key for more about a paper gives: "Editor", "Eds" its
     * editors, "Series Editor" (Zotero's CSV column) its series' editors, "Book Author" its book's authors.
     */
    static Optional<String> namesKey(String key) {
        String k = Whitespace.collapse(key.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' '));
        if (k.equals("editor") || k.equals(Editors.KEY) || k.equals("eds") || k.equals("eds.")) {
            return Optional.of(Editors.KEY);
        }
        if (k.equals("series editor") || k.equals(Editors.SERIES_KEY)) {
            return Optional.of(Editors.SERIES_KEY);
        }
        if (k.equals("book author") || k.equals(Editors.BOOK_AUTHORS_KEY)) {
            return Optional.of(Editors.BOOK_AUTHORS_KEY);
        }
        return Optional.empty();
    }

    /**
     * The record's own words for its kind ("Doctoral dissertation"), under the key {@link EntryTypes#ownWordsKey} gives
     * for the kind read before it.
     */
    void kindInOwnWords(String value) {
        extra(ownWordsKey(), value);
    }

    /** The key of the record's own words for its kind, as {@link EntryTypes#ownWordsKey} gives it for its kind so far. */
    String ownWordsKey() {
        return EntryTypes.ownWordsKey(extra.getOrDefault("type", ""));
    }

    /** Extra metadata that a field read before or after it gives otherwise ({@link #extra} replaces it). */
    void extraUnlessGiven(String key, String value) {
        if (!extra.containsKey(FieldKeys.of(key))) {
            extra(key, value);
        }
    }

    /**
     * A key the format does not read, kept as extra metadata ("Presenter: Alice" is shown as it is); a warning when
     * the key is one typing mistake from a key the format reads ({@code autors}), whose value would otherwise be lost
     * to what it was meant for without a word. Keys of three letters and fewer are too close to each other to tell.
     */
    void extraUnlessMistyped(String key, String value, Collection<String> keys) {
        warnIfMistyped(key, keys);
        extra(key, value);
    }

    /** Warns when a key the plugin does not read is a typing mistake away from one it does ("autors"). */
    void warnIfMistyped(String key, Collection<String> keys) {
        if (key.length() > 3) {
            Typos.nearest(key, keys, 1).ifPresent(meant -> warn("'" + key + "' is not a key the plugin reads, so its"
                    + " value is shown as it is, as more about the paper; did you mean '" + meant + "'?"));
        }
    }

    /**
     * A field of the digest's own ("Slides", "Recording", "Presenter") whose value may hold links. A value that is one
     * link whose words say only that it is a link ("[slides](…)" under "Slides", "[link](…)", the address itself) is
     * that link: the field's value is its address, which the paper's page shows as the field's link, once, not
     * "Slides: slides" with the address listed apart. Other words are the field's value. The links are the paper's
     * links either way, as links it mentions, naming no identifier of the paper's.
     */
    void extraWithLinks(String key, String text, List<String> urls, LinkClassifier classifier) {
        // each address checked once: one no reader can follow is said once, and is no value
        List<String> followed = urls.stream().map(this::checked).filter(Objects::nonNull).toList();
        boolean theLink = urls.size() == 1 && followed.size() == 1 && saysOnlyItIsALink(key, text, urls.get(0));
        extra(key, theLink ? followed.get(0) : text);
        followed.forEach(u -> links.putIfAbsent(u, mentioned(u, classifier)));
    }

    private static boolean saysOnlyItIsALink(String key, String text, String url) {
        String words = text.strip();
        return words.isEmpty() || words.equals(url.strip()) || LinkWords.isLinkWord(words)
                || wordsOf(words).equals(wordsOf(key));
    }

    private static String wordsOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    void noteHtml(String html) {
        if (html.isEmpty()) {
            return;
        }
        noteHtml = noteHtml.isEmpty() ? html : noteHtml + "\n" + html;
    }

    /** Where the fix of a missing abstract goes, in the format a file's extension names. */
    static String whereAnAbstractGoes(String sourceName) {
        String name = sourceName.toLowerCase(java.util.Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "md", "markdown" -> "as a paragraph under the paper's heading";
            case "json", "jsonl", "ndjson" -> "as an \"abstract\" or \"summary\" field of the paper";
            case "atom", "xml" -> "as the entry's <summary>";
            case "txt", "text", "eml" -> "as the paragraph after its title";
            case "org" -> "in a #+begin_quote block or under an 'Abstract' sub-heading";
            default -> "after its title";
        };
    }

    /** How a digest of a file's format says which arXiv paper is the entry's, when its links name several. */
    static String whereAnArxivIdGoes(String sourceName) {
        String name = sourceName.toLowerCase(java.util.Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "md", "markdown" -> "give it an 'arxiv:' line, or link the other paper under its name";
            case "bib", "bibtex" -> "give it an eprint field with archiveprefix = {arXiv}";
            case "csv", "tsv" -> "give its arXiv id in an 'arXiv' column";
            case "ris" -> "give it its arXiv DOI (DO  - 10.48550/arXiv.ID)";
            case "json", "jsonl", "ndjson" -> "give it its arXiv id in a field of its own";
            case "org" -> "give it an :ARXIV: property";
            default -> "give it its arXiv id";
        };
    }

    /** The entry, or empty (after reporting why) when the digest lacks its title or abstract. */
    /**
     * The authors, venue and year a citation of the paper gives ("(Ho et al., NeurIPS 2020)" beside the title in a
     * table's cell, or in its column of authors), each taken when no other field gives it: a column of authors names
     * them all, where the citation names the first; one of venues names the venue as the digest keeps it. Applied when
     * the entry is built, whatever the order of the columns.
     */
    void citedAs(NamesAndVenue cited) {
        citedAs = Optional.of(cited);
    }

    private void applyCitation() {
        citedAs.ifPresent(cited -> {
            if (authors.isEmpty()) {
                authors(cited.names());
            }
            Optional<ListedVenue> listed = ListedVenue.of(cited.venue());
            if (venue.isEmpty()) {
                listed.flatMap(ListedVenue::venue).ifPresent(this::venue);
            }
            if (published.isEmpty() && !extra.containsKey("year")) {
                listed.flatMap(ListedVenue::date).ifPresent(date -> date.applyTo(this));
            }
        });
    }

    /**
     * A chapter whose record names its book's editors but not the book: its citation can only say "In J. Doe (Ed.)"
     * and the pages, with no title to find the book by, which the curator is told rather than left to find.
     */
    private void warnOfBooklessEditors() {
        if (venue.isEmpty() && namesEditors() && EntryTypes.BOOK_CHAPTER.equals(extra.get("type"))) {
            problems.warn(sourceName, line, "\"" + PlainTextDigestReader.abbreviate(title) + "\" is a chapter that names"
                    + " its book's editors (" + Editors.of(extra).shown() + ") but not its book's title: its citation"
                    + " names them without the book; give the book's title (" + whereABookTitleGoes(sourceName) + ")");
        }
    }

    /** Where a digest of the file's format gives a chapter's book's title. */
    private static String whereABookTitleGoes(String sourceName) {
        String name = sourceName.toLowerCase(java.util.Locale.ROOT);
        return switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "bib", "bibtex" -> "booktitle";
            case "ris" -> "T2";
            case "json" -> "container-title";
            default -> "the book's title as the paper's venue";
        };
    }

    Optional<PaperEntry> build(LinkFinder finder, LinkClassifier classifier) {
        applyCitation();
        if (title.isEmpty()) {
            problems.report(sourceName, line, "a paper without a title");
            return Optional.empty();
        }
        if (abstractText.isEmpty() && !abstractOptional) {
            problems.report(sourceName, line, "\"" + PlainTextDigestReader.abbreviate(title) + "\" has no abstract: give"
                    + " it one, " + whereAnAbstractGoes(sourceName));
            return Optional.empty();
        }
        if (abstractText.isEmpty() && !namedByNote && !hasIdentifierOrLink() && !(citable && hasAuthorsAndYear())) {
            problems.report(sourceName, line, "\"" + PlainTextDigestReader.abbreviate(title) + "\" has no abstract,"
                    + " identifier or link" + (citable ? ", nor authors and a year" : "") + ": give at least one, so"
                    + " that its page can say where to read it");
            return Optional.empty();
        }
        // an address in the abstract's prose (or in arXiv's comment, the authors' words too) is a paper or page it
        // cites: listed, never the paper's identifier nor its own address (of the kind its address says: an abstract
        // gives its paper's own pages so, "code and data at https://…")
        for (String authorsText : List.of(abstractText, arxivComment)) {
            for (UrlSpan span : finder.find(authorsText)) {
                links.putIfAbsent(span.url(), Link.inText(classifier.classify(span.url()), span.url()));
            }
        }
        Optional<String> resolvedArxivId = resolvedArxivId();
        boolean truncated = abstractText.endsWith("...") || abstractText.endsWith("…");
        if (moreAuthors && !authors.isEmpty()) {
            extra.put(MoreAuthors.KEY, MoreAuthors.VALUE);
        }
        roleNames.forEach((key, names) -> extra.put(key, names.written()));
        warnOfBooklessEditors();
        return Optional.of(new PaperEntry(title, abstractText, truncated, resolvedArxivId, doi, authors,
                LiteralAuthors.of(authors, literalAuthors), published, venue,
                List.copyOf(links.values()), List.copyOf(tags), upvotes, extra, noteHtml, section, line, noteNames,
                KeptCase.of(keptCase)));
    }
}
