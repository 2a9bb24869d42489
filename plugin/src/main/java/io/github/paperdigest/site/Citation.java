package io.github.paperdigest.site;

import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.PageRange;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * What a reference manager needs of a paper: the facts a BibTeX entry and the Highwire {@code citation_*} tags
 * are written from. Text is as the digests give it; escaping for TeX or HTML is the writer's.
 *
 * @param key     unique across the site and stable from build to build, see {@link CitationKeys}
 * @param authors as written, in order
 * @param literalAuthors those of the authors whose names are to be taken whole, see {@link LiteralAuthors}
 * @param year    the year of publication, else the year its arXiv id was given; never that of a digest that listed
 *                the paper (see {@code SiteIndex.year})
 * @param date    the publication date, when a digest gives it
 * @param url     where the paper is read: its arXiv abstract page, else its own link, if any
 * @param pdfUrl  its PDF, if known
 * @param venue   where it appeared ("CVPR 2024"), if a digest says
 * @param entryType the kind of publication the digest names, in the words its reader says it in ("Journal article",
 *                "Conference paper") or as a digest of no reference manager writes it (BibTeX's {@code article}, CSL's
 *                {@code paper-conference}, RIS's {@code JOUR}), if it names one
 * @param primaryClass the paper's primary arXiv category ({@code cs.CV}), if a digest gives its categories
 * @param volume  the journal's volume, if a digest gives it
 * @param pages   the pages, if a digest gives them
 * @param number  the journal issue's number, if a digest gives it
 * @param month   the month of publication (1 to 12) when a digest gives the year and month but no full date, as
 *                BibTeX's {@code month} and RIS's {@code PY 2021/05} do; a full date's month is {@code date}'s
 * @param moreAuthors whether the paper has authors besides {@code authors} that its digests did not name
 *                ({@link io.github.paperdigest.model.MoreAuthors})
 * @param keptCase the words of the title and venue whose case the digests protect, see {@link KeptCase}
 * @param publisher who published it ("Association for Computational Linguistics"), if a digest says
 * @param address  where: the publisher's city or the conference's ("Edinburgh, UK"), as BibTeX's {@code address}
 *                 and RIS's {@code CY} say it, if a digest does
 * @param doi      the DOI the paper is cited by. An arXiv paper's DOI of a data repository (Zenodo's, figshare's,
 *                 Dryad's: {@link Dois#isDataRepositorys}) names a deposit of its data or code, not a version of the
 *                 paper: it is not cited, and the paper stays an arXiv preprint; its page still shows that DOI
 * @param details  the ISBN, edition, kind of thesis or report and institution of a book, chapter, thesis or report
 */
public record Citation(String key, String title, List<String> authors, SortedSet<String> literalAuthors,
        Optional<Integer> year,
        Optional<java.time.LocalDate> date, Optional<String> arxivId, Optional<String> doi, Optional<String> venue,
        Optional<String> url, Optional<String> pdfUrl, Optional<String> entryType, Optional<String> primaryClass,
        Optional<String> volume, Optional<String> pages, Optional<String> number, Optional<Integer> month,
        boolean moreAuthors, SortedSet<String> keptCase, Optional<String> publisher, Optional<String> address,
        PublicationDetails details) {

    /**
     * The most names an entry lists, the others said by "and others" ({@code moreAuthors}), as INSPIRE cites a large
     * collaboration's paper: a paper's entry is in a dozen files (each author's page's among them), and a paper of
     * 3,000 authors in each of its authors' files made 2 GB of BibTeX from 560 KB of digests. The paper's page lists
     * every author.
     */
    public static final int MAX_AUTHORS = 100;

    /**
     * The journal kinds, as the formats name them and as readers say them in words ("Journal article"). A preprint
     * with a venue is cited as its venue's name says: an article in "arXiv", as Google Scholar cites arXiv's
     * preprints, and a conference paper at "NeurIPS 2017", which another digest gave the paper that Zotero's record
     * calls a preprint.
     */
    private static final Set<String> JOURNAL_TYPES = Set.of("article", "article-journal", "jour", "ejour", "jfull",
            "journalarticle", "journal article", "journal issue");
    /** The conference kinds, as the formats name them and in words ("Conference paper"). */
    private static final Set<String> CONFERENCE_TYPES = Set.of("inproceedings", "conference", "paper-conference",
            "conf", "cpaper", "conferencepaper", "conference paper", "conference proceedings");
    /** The kinds of works that are no article: a book, a book's chapter, a thesis, a report, in words and as written. */
    private static final Set<String> BOOK_TYPES = Set.of("book", "edited book", "ebook", "edbook");
    private static final Set<String> CHAPTER_TYPES = Set.of("book chapter", "chap", "echap", "chapter", "incollection",
            "inbook", "booksection", "book section");
    private static final Set<String> THESIS_TYPES = Set.of("thesis", "phd thesis", "master's thesis", "thes",
            "phdthesis", "mastersthesis", "dissertation");
    private static final Set<String> REPORT_TYPES = Set.of("report", "rprt", "techreport", "technical report");
    private static final Pattern MASTERS = Pattern.compile("(?i)\\bmaster|\\bm\\.?\\s?(?:sc|s|a|phil|eng)\\b\\.?");
    private static final Pattern CONFERENCE = Pattern.compile("(?i)\\b(proc\\.?|proceedings|conference|workshop|"
            + "symposium|cvpr|iccv|eccv|neurips|nips|icml|iclr|aaai|ijcai|acl|emnlp|naacl|coling|siggraph|"
            + "kdd|www|sigir|interspeech|icassp|miccai|wacv|bmvc|corl|rss|icra|iros|uai|aistats|colt)\\b");

    public Citation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        literalAuthors = LiteralAuthors.of(authors, literalAuthors);
        entryType = Objects.requireNonNull(entryType, "entryType");
        primaryClass = Objects.requireNonNull(primaryClass, "primaryClass");
        volume = Objects.requireNonNull(volume, "volume");
        pages = Objects.requireNonNull(pages, "pages");
        number = Objects.requireNonNull(number, "number");
        month = Objects.requireNonNull(month, "month").filter(m -> m >= 1 && m <= 12);
        keptCase = KeptCase.of(keptCase);
        publisher = Objects.requireNonNull(publisher, "publisher");
        address = Objects.requireNonNull(address, "address");
        details = Objects.requireNonNull(details, "details");
        doi = arxivId.isPresent() ? doi.filter(d -> !Dois.isDataRepositorys(d)) : doi;
    }

    /** A citation of a paper that is no book, chapter, thesis or report, or whose record names none of their details. */
    public Citation(String key, String title, List<String> authors, SortedSet<String> literalAuthors,
            Optional<Integer> year, Optional<java.time.LocalDate> date, Optional<String> arxivId, Optional<String> doi,
            Optional<String> venue, Optional<String> url, Optional<String> pdfUrl, Optional<String> entryType,
            Optional<String> primaryClass, Optional<String> volume, Optional<String> pages, Optional<String> number,
            Optional<Integer> month, boolean moreAuthors, SortedSet<String> keptCase, Optional<String> publisher,
            Optional<String> address) {
        this(key, title, authors, literalAuthors, year, date, arxivId, doi, venue, url, pdfUrl, entryType, primaryClass,
                volume, pages, number, month, moreAuthors, keptCase, publisher, address, PublicationDetails.NONE);
    }

    /** A citation whose digests protect the case of no word of its title or venue, and name no publisher or place. */
    public Citation(String key, String title, List<String> authors, SortedSet<String> literalAuthors,
            Optional<Integer> year, Optional<java.time.LocalDate> date, Optional<String> arxivId, Optional<String> doi,
            Optional<String> venue, Optional<String> url, Optional<String> pdfUrl, Optional<String> entryType,
            Optional<String> primaryClass, Optional<String> volume, Optional<String> pages, Optional<String> number,
            Optional<Integer> month, boolean moreAuthors) {
        this(key, title, authors, literalAuthors, year, date, arxivId, doi, venue, url, pdfUrl, entryType, primaryClass,
                volume, pages, number, month, moreAuthors, KeptCase.NONE, Optional.empty(), Optional.empty());
    }

    /** A citation whose month, if any, is its date's, and whose authors are all named. */
    public Citation(String key, String title, List<String> authors, SortedSet<String> literalAuthors,
            Optional<Integer> year, Optional<java.time.LocalDate> date, Optional<String> arxivId, Optional<String> doi,
            Optional<String> venue, Optional<String> url, Optional<String> pdfUrl, Optional<String> entryType,
            Optional<String> primaryClass, Optional<String> volume, Optional<String> pages, Optional<String> number) {
        this(key, title, authors, literalAuthors, year, date, arxivId, doi, venue, url, pdfUrl, entryType, primaryClass,
                volume, pages, number, Optional.empty(), false, KeptCase.NONE, Optional.empty(), Optional.empty());
    }

    /** What a paper is cited as: the kinds of entry the BibTeX entry, the RIS record and the text styles tell apart. */
    public enum Kind {
        /** In a journal: BibTeX's {@code @article}, RIS's {@code JOUR}. */
        JOURNAL_ARTICLE,
        /** At a conference: BibTeX's {@code @inproceedings}, RIS's {@code CPAPER}. */
        CONFERENCE_PAPER,
        /** Posted on arXiv and published nowhere the digests say: BibTeX's {@code @misc} with its eprint. */
        ARXIV_PREPRINT,
        /** A book: BibTeX's {@code @book}, RIS's {@code BOOK}. */
        BOOK,
        /** A chapter of a book (its venue the book's title): BibTeX's {@code @incollection}, RIS's {@code CHAP}. */
        BOOK_CHAPTER,
        /** A thesis: BibTeX's {@code @phdthesis} or {@code @mastersthesis} ({@link #mastersThesis}), RIS's {@code THES}. */
        THESIS,
        /** A report: BibTeX's {@code @techreport}, RIS's {@code RPRT}. */
        REPORT,
        /** Anything else: BibTeX's {@code @misc}, RIS's {@code GEN}. */
        OTHER;

        /** A book or a book's chapter: the kinds cited with an ISBN and an edition. */
        public boolean isBook() {
            return this == BOOK || this == BOOK_CHAPTER;
        }

        /** A book, a chapter, a thesis or a report: a work no journal or conference published, cited as its kind asks. */
        public boolean isWork() {
            return isBook() || this == THESIS || this == REPORT;
        }
    }

    /**
     * What the paper is cited as. A book, a book's chapter, a thesis or a report is cited as the kind of work its
     * record names, whatever its venue (a chapter's is its book), DOI or arXiv id (a thesis posted on arXiv is a
     * thesis); a "report" an arXiv id names and whose institution is arXiv is a preprint as old Zotero records saved
     * one. Otherwise, with a venue, its journal's article or its conference's paper ({@link #inJournal}).
     * Without one, a DOI that is not arXiv's own names the version of record ({@link #publishedDoi}): the paper is cited
     * as published, by that DOI, as a conference paper or a journal's article where its kind says so, and an arXiv
     * paper whose kind says neither as a journal's article (a preprint that has a publisher's DOI has come out), never
     * as an arXiv preprint "published" by arXiv at a publisher's DOI; any other (a book chapter, a paper known by its
     * DOI alone) is cited as no kind in particular. An arXiv paper without either is an arXiv preprint.
     */
    public Kind kind() {
        Optional<Kind> work = workKind();
        if (work.isPresent()) {
            return work.get();
        }
        if (venue.isPresent()) {
            return inJournal() ? Kind.JOURNAL_ARTICLE : Kind.CONFERENCE_PAPER;
        }
        if (publishedDoi().isPresent()) {
            String type = typeWord();
            boolean unnamed = type.isEmpty() || type.equals("preprint");
            return CONFERENCE_TYPES.contains(type) ? Kind.CONFERENCE_PAPER
                    : JOURNAL_TYPES.contains(type) || unnamed && arxivId.isPresent() ? Kind.JOURNAL_ARTICLE
                    : Kind.OTHER;
        }
        return arxivId.isPresent() ? Kind.ARXIV_PREPRINT : Kind.OTHER;
    }

    /** A book, chapter, thesis or report, as its record's kind says; empty for any other. */
    private Optional<Kind> workKind() {
        String type = typeWord();
        if (BOOK_TYPES.contains(type)) {
            return Optional.of(Kind.BOOK);
        }
        if (CHAPTER_TYPES.contains(type)) {
            return Optional.of(Kind.BOOK_CHAPTER);
        }
        if (THESIS_TYPES.contains(type)) {
            return Optional.of(Kind.THESIS);
        }
        boolean byArxiv = arxivId.isPresent() && details.institution().or(() -> publisher)
                .filter(name -> name.equalsIgnoreCase("arXiv")).isPresent();
        return REPORT_TYPES.contains(type) && !byArxiv ? Optional.of(Kind.REPORT) : Optional.empty();
    }

    /**
     * Whether a thesis is a master's, as its kind ("Master's thesis") or its own words ("MSc thesis") say; any other
     * is cited as a doctoral one, as Zotero's BibTeX export cites a thesis of no stated degree.
     */
    public boolean mastersThesis() {
        return typeWord().startsWith("master") || details.genre().filter(g -> MASTERS.matcher(g).find()).isPresent();
    }

    /**
     * Whether the work is cited by its editors, as an edited book is: it names no author, and its record names editors
     * of its own, not those of the book or proceedings it is in ({@link #editorsOfContainer}). Its byline is then its
     * editors', and the text styles say "(Ed.)" after them.
     */
    public boolean byEditors() {
        return authors.isEmpty() && !details.editors().isEmpty() && !editorsOfContainer();
    }

    /**
     * Whether the record's editors are those of what the work is in: a chapter's book's, a conference paper's
     * proceedings', a journal's (RIS's {@code A2} of such a record, in Zotero's mapping); else they are the work's own.
     */
    public boolean editorsOfContainer() {
        Kind kind = kind();
        return kind == Kind.BOOK_CHAPTER || kind == Kind.CONFERENCE_PAPER || kind == Kind.JOURNAL_ARTICLE;
    }

    /** Who published the work: for a thesis its university and for a report its institution, else its publisher. */
    public Optional<String> publishedBy() {
        Kind kind = kind();
        return kind == Kind.THESIS || kind == Kind.REPORT ? details.institution().or(() -> publisher) : publisher;
    }

    /** The words of the kinds of article, as the readers and {@link #shownType} say them. */
    private static final Map<Kind, String> ARTICLE_WORDS = Map.of(Kind.JOURNAL_ARTICLE,
            "Journal article", Kind.CONFERENCE_PAPER, "Conference paper", Kind.ARXIV_PREPRINT, "Preprint");

    /**
     * The kind of publication a page shows: the record's own words ({@code entryType}), but where they name a kind of
     * article the paper is not cited as, the kind it is cited as. Zotero files a paper it saved from arXiv as a journal
     * article "in" {@code arXiv:1512.03385 [cs]}, which the site cites as a preprint; a preprint another digest gives a
     * conference is cited as that conference's paper; a "report" of arXiv is a preprint. A journal article or conference
     * paper cited as no kind in particular ({@code @misc}: Semantic Scholar's article "in" {@code ArXiv}, no journal and
     * no id) shows none, where "Journal article" beside its {@code @misc} entry said two things. Any other kind
     * ("PhD thesis", "Magazine article", "Preprint") is the record's, which says more than the citation's kind.
     */
    public Optional<String> shownType() {
        Kind kind = kind();
        String type = typeWord();
        boolean journalOrConference = JOURNAL_TYPES.contains(type) || CONFERENCE_TYPES.contains(type);
        if (journalOrConference && kind == Kind.OTHER) {
            return Optional.empty();
        }
        String cited = ARTICLE_WORDS.get(kind);
        // a report cited as an article is an arXiv preprint that an old Zotero saved as a report of arXiv
        boolean namesAnArticle = journalOrConference || type.equals("preprint") || REPORT_TYPES.contains(type);
        return cited != null && namesAnArticle ? Optional.of(cited) : entryType;
    }

    /** The kind of publication the digest names, in lower case, or "" where it names none. */
    private String typeWord() {
        return entryType.map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The DOI of a publication of the paper: its DOI unless that is arXiv's own (10.48550/arXiv.…), the preprint's. */
    public Optional<String> publishedDoi() {
        return doi.filter(d -> !Dois.isArxivs(d));
    }

    /** The volume, given with the venue it belongs to. */
    public Optional<String> venueVolume() {
        return venue.isPresent() ? volume : Optional.empty();
    }

    /** The journal's issue: a number given with a journal (a proceedings' number is its place in a series, no issue). */
    public Optional<String> issue() {
        return inJournal() ? number : Optional.empty();
    }

    /**
     * The first and last pages, given with the venue they belong to, or a chapter's in its book when the record names
     * the book by its editors alone (its pages then say where in their book it is).
     */
    public Optional<PageRange> pageRange() {
        boolean inNamedBook = venue.isEmpty() && !details.editors().isEmpty()
                && workKind().filter(k -> k == Kind.BOOK_CHAPTER).isPresent();
        return venue.isPresent() || inNamedBook ? pages.flatMap(PageRange::of) : Optional.empty();
    }

    /**
     * Whether the paper appeared in a journal rather than at a conference: as the digest's entry type says, else by
     * the venue's name (a "Proceedings of ..." is a conference's, unless the entry is an article: PNAS is a journal).
     */
    public boolean inJournal() {
        if (venue.isEmpty() || workKind().isPresent()) {
            return false;
        }
        String type = typeWord();
        if (JOURNAL_TYPES.contains(type)) {
            return true;
        }
        return !CONFERENCE_TYPES.contains(type) && !CONFERENCE.matcher(venue.get()).find();
    }
}
