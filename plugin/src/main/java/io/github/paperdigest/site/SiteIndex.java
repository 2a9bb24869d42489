package io.github.paperdigest.site;

import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.MoreAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TitleKey;
import io.github.paperdigest.model.PublicationYear;
import io.github.paperdigest.model.VenueYear;
import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubRef;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A corpus and its classification looked up the ways pages need: tags, hubs and digests by id, each tag's
 * and hub's papers newest first, each paper's hubs, date and list item. Built once, in one pass over the
 * papers, and never changed after; the page planner and the search index only read it, from any thread.
 */
public final class SiteIndex {

    private final Corpus corpus;
    private final Classification classification;
    private final Map<String, Tag> tags = new HashMap<>();
    private final Map<String, Digest> digests = new HashMap<>();
    /** The corpus's digests, newest first, each with a title no other has. */
    private final List<Digest> digestList;
    /** The newest publication date of each digest's papers, for a digest that gives no date of its own. */
    private final Map<String, LocalDate> newestPublished = new HashMap<>();
    private final Map<String, Hub> hubs = new HashMap<>();
    private final Map<String, List<Paper>> papersByTag = new HashMap<>();
    /** Every tag id a paper carries, numbered, for counting tags together in arrays ({@link #tagNumbersOf}). */
    private final Map<String, Integer> tagNumbers = new HashMap<>();
    private final List<String> numberedTags = new ArrayList<>();
    /** Each paper's tags ({@link Classification#tagsOf}) by their numbers, in their order. */
    private final Map<PaperId, int[]> paperTagNumbers = new HashMap<>();
    /** Each paper's date as the site shows it: its own, else that of the first dated digest that listed it. */
    private final Map<PaperId, Optional<PaperDate>> dates = new HashMap<>();
    /** The first day a digest listed each paper ({@link #firstDigestDate}). */
    private final Map<PaperId, Optional<LocalDate>> firstListed = new HashMap<>();
    /** The year each paper's venue gives ({@link #venueYearOf}), read once: its key, its year and its date need it. */
    private final Map<PaperId, Integer> venueYears = new HashMap<>();
    /** For each digest with dated sections, the day each of their papers was listed (see {@link #firstDigestDate}). */
    private final Map<String, Map<PaperId, LocalDate>> sessionDays = new HashMap<>();
    /** The date of the site's oldest dated digest, if any digest is dated. */
    private final Optional<LocalDate> oldestDigestDate;
    private final Map<PaperId, List<HubRef>> hubsByPaper = new HashMap<>();
    private final Map<String, List<Paper>> papersByHub = new HashMap<>();
    private final Map<String, List<HubRef>> hubsByTag = new HashMap<>();
    private final Map<String, List<HubRef>> childrenByHub = new HashMap<>();
    private final Map<String, HubRef> hubRefs = new HashMap<>();
    private final Map<String, DigestRef> digestRefs = new HashMap<>();
    /** Every paper's place in {@link #newestPapers}: lists are put in that order by comparing one number. */
    private final Map<PaperId, Integer> newestRank = new HashMap<>();
    /** Each paper's place in the order papers arrived ({@link Corpus#arrivalOrder}), by which long lists are cut. */
    private final Map<PaperId, Integer> arrivalRank = new HashMap<>();
    private final List<Paper> newestPapers;
    /** The papers in the order they arrived: {@link #arrivalRank}'s papers. */
    private final List<Paper> arrivedPapers = new ArrayList<>();
    /** Each paper as lists show it, made once: a paper is listed on many pages. */
    private final Map<PaperId, PaperItem> items = new HashMap<>();
    private final Map<PaperId, PaperItem> itemsWithTags = new HashMap<>();
    /** Each digest's papers by their place in it. */
    private final Map<String, Map<PaperId, Integer>> positions = new HashMap<>();
    private final List<TagCount> tagCounts;
    private final List<TagCount> listedTags;
    private final Authors authors;
    /** Each paper's citation, made once: a paper is in many BibTeX files. */
    private final Map<PaperId, Citation> citations = new HashMap<>();
    /** The warnings of papers that lost the key their curator wrote to another paper written with it. */
    private final List<String> citationKeyClashes;

    public SiteIndex(Corpus corpus, Classification classification) {
        this.corpus = corpus;
        this.classification = classification;
        classification.tags().forEach(t -> tags.put(t.id(), t));
        for (Paper p : corpus.papers()) {
            p.published().ifPresent(date -> p.digests().forEach(d -> newestPublished.merge(d, date,
                    (a, b) -> a.isAfter(b) ? a : b)));
        }
        digestList = DigestNames.distinct(corpus.digests(), this::newestPaperDate);
        oldestDigestDate = digestList.stream().map(Digest::date).flatMap(Optional::stream).min(Comparator.naturalOrder());
        for (Digest d : digestList) {
            digests.put(d.slug(), d);
            digestRefs.put(d.slug(), DigestRef.of(d, newestPaperDate(d)));
            Map<PaperId, Integer> at = new HashMap<>();
            for (int i = 0; i < d.papers().size(); i++) {
                at.put(d.papers().get(i), i);
            }
            positions.put(d.slug(), at);
            for (Digest.Section section : d.sections()) {
                section.date().ifPresent(day -> section.papers().forEach(p -> sessionDays
                        .computeIfAbsent(d.slug(), k -> new HashMap<>()).merge(p, day, (a, b) -> a.isBefore(b) ? a : b)));
            }
        }
        for (Hub h : classification.hubs()) {
            hubs.put(h.id(), h);
            hubRefs.put(h.id(), HubRef.of(h));
        }
        // each paper's place among the newest is sorted by what it is sorted by, worked out once for the paper
        List<Dated> byDate = new ArrayList<>(corpus.papers().size());
        for (Paper p : corpus.papers()) {
            Optional<LocalDate> listed = listedFirst(p);
            firstListed.put(p.id(), listed);
            Optional<PaperDate> date = PaperDate.own(p).or(() -> listed.map(PaperDate::listed));
            dates.put(p.id(), date);
            byDate.add(new Dated(p, date.map(PaperDate::start).orElse(LocalDate.MIN), TitleKey.of(p.title())));
        }
        byDate.sort(Comparator.comparing(Dated::start, Comparator.reverseOrder()).thenComparing(Dated::titleKey)
                .thenComparing(d -> d.paper().id()));
        List<Paper> newest = new ArrayList<>(byDate.size());
        for (Dated d : byDate) {
            newest.add(d.paper());
        }
        newestPapers = Collections.unmodifiableList(newest);
        for (PaperId id : corpus.arrivalOrder()) {
            arrivalRank.put(id, arrivalRank.size());
            arrivedPapers.add(corpus.byId().get(id));
        }
        for (Paper p : newestPapers) {
            newestRank.put(p.id(), newestRank.size());
            List<String> tagIds = classification.tagsOf(p.id());
            List<Tag> itsTags = new ArrayList<>(tagIds.size());
            int[] numbers = new int[tagIds.size()];
            for (int i = 0; i < numbers.length; i++) {
                String t = tagIds.get(i);
                numbers[i] = tagNumbers.computeIfAbsent(t, k -> {
                    numberedTags.add(k);
                    return numberedTags.size() - 1;
                });
                itsTags.add(tags.get(t));
                // taken newest first, so every tag's list is in that order without sorting it
                papersByTag.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
            paperTagNumbers.put(p.id(), numbers);
            Optional<PaperDate> date = dates.get(p.id());
            itemsWithTags.put(p.id(), new PaperItem(p, itsTags, date));
            items.put(p.id(), new PaperItem(p, List.of(), date));
        }
        for (Hub h : classification.hubs()) {
            HubRef ref = hubRefs.get(h.id());
            for (String t : h.tagIds()) {
                hubsByTag.computeIfAbsent(t, k -> new ArrayList<>()).add(ref);
            }
            h.parentId().ifPresent(parent -> childrenByHub.computeIfAbsent(parent, k -> new ArrayList<>()).add(ref));
            // newest first: sorting the papers' places in that order is sorting numbers
            int[] ranks = h.paperIds().stream().mapToInt(newestRank::get).sorted().toArray();
            List<Paper> sorted = new ArrayList<>(ranks.length);
            for (int rank : ranks) {
                sorted.add(newestPapers.get(rank));
            }
            papersByHub.put(h.id(), sorted);
            for (Paper p : sorted) {
                hubsByPaper.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(ref);
            }
        }
        authors = Authors.of(newestPapers);
        for (Paper p : corpus.papers()) {
            venueYearOf(p).ifPresent(year -> venueYears.put(p.id(), year));
        }
        // keys told apart in the order they always were (by publication date, else first listing), so that no key
        // a reader has cited changes
        Map<PaperId, String> keys = CitationKeys.of(corpus.papers(), p -> keyYear(p.id()),
                Comparator.comparing((Paper p) -> arrived(p.id()).orElse(LocalDate.MAX)));
        citationKeyClashes = CitationKeys.clashes(corpus.papers(), keys).stream()
                .map(clash -> clash.message(corpus::origin)).toList();
        for (Paper p : corpus.papers()) {
            boolean tooMany = p.authors().size() > Citation.MAX_AUTHORS;
            citations.put(p.id(), new Citation(keys.get(p.id()), p.title(),
                    tooMany ? p.authors().subList(0, Citation.MAX_AUTHORS) : p.authors(), p.literalAuthors(),
                    year(p.id()), citedDate(p), p.arxivId(), p.doi(), p.venue(), PaperFacts.readUrl(p),
                    PaperFacts.pdfUrl(p), Optional.ofNullable(p.extra().get("type")), primaryCategory(p),
                    Optional.ofNullable(p.extra().get("volume")), Optional.ofNullable(p.extra().get("pages")),
                    Optional.ofNullable(p.extra().get("number")), publishedMonth(p.id()),
                    tooMany || MoreAuthors.marked(p.extra()), p.keptCase(),
                    Optional.ofNullable(p.extra().get("publisher")), place(p), details(p)));
        }
        tagCounts = classification.tags().stream()
                .map(t -> new TagCount(t, papersWithTag(t.id()).size()))
                .toList();
        listedTags = tagsWorthBrowsing(tagCounts);
    }

    /**
     * What the curator must hear of the citation keys: one warning for each paper written with a key another paper keeps,
     * naming both, the key and the key the paper has instead; in the order of the keys.
     */
    public List<String> citationKeyClashes() {
        return citationKeyClashes;
    }

    public Corpus corpus() {
        return corpus;
    }

    public Classification classification() {
        return classification;
    }

    /** Every paper, newest first; among papers of one date, by title, then by id. */
    public List<Paper> newestPapers() {
        return newestPapers;
    }

    /** Newest first, as {@link #newestPapers}. */
    Comparator<Paper> newestFirst() {
        return Comparator.comparingInt(p -> newestRank.get(p.id()));
    }

    /** The paper that arrived last first ({@link Corpus#arrivalOrder}): the order long lists are cut into pages in. */
    Comparator<Paper> lastArrivedFirst() {
        return Comparator.comparingInt((Paper p) -> arrivalRank.get(p.id())).reversed();
    }

    /**
     * Papers sorted {@link #newestFirst}: their places sorted as numbers, each paper's place being its own. Every tag's,
     * hub's and author's list and each of its pages is sorted so.
     */
    List<Paper> newestFirst(List<Paper> papers) {
        return inOrderOf(papers, newestRank, newestPapers, false);
    }

    /** Papers sorted {@link #lastArrivedFirst}, as {@link #newestFirst(List)} sorts them. */
    List<Paper> lastArrivedFirst(List<Paper> papers) {
        return inOrderOf(papers, arrivalRank, arrivedPapers, true);
    }

    /**
     * {@code papers} in the order of {@code ranked}, where each paper's place is {@code rank} of its id (reversed:
     * from the last place), found by sorting the places as numbers rather than comparing papers.
     */
    private static List<Paper> inOrderOf(List<Paper> papers, Map<PaperId, Integer> rank, List<Paper> ranked,
            boolean reversed) {
        int[] places = new int[papers.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = rank.get(papers.get(i).id());
        }
        Arrays.sort(places);
        List<Paper> sorted = new ArrayList<>(places.length);
        for (int i = 0; i < places.length; i++) {
            sorted.add(ranked.get(places[reversed ? places.length - 1 - i : i]));
        }
        return sorted;
    }

    /** The digests, newest first, each with a title no other digest shows (see {@link DigestNames}). */
    public List<Digest> digests() {
        return digestList;
    }

    /** The newest publication date of the papers of a digest without a date of its own; empty for a dated one. */
    Optional<LocalDate> newestPaperDate(Digest d) {
        return d.date().isPresent() ? Optional.empty() : Optional.ofNullable(newestPublished.get(d.slug()));
    }

    Tag tag(String id) {
        return tags.get(id);
    }

    boolean hasTag(String id) {
        return tags.containsKey(id);
    }

    Hub hub(String id) {
        return hubs.get(id);
    }

    HubRef hubRef(String id) {
        return hubRefs.get(id);
    }

    Digest digest(String slug) {
        return digests.get(slug);
    }

    DigestRef digestRef(String slug) {
        return digestRefs.get(slug);
    }

    Paper paper(PaperId id) {
        return corpus.byId().get(id);
    }

    /** A paper's date as the site shows it: its own (see {@link PaperDate}), else that of the first dated digest listing it. */
    Optional<PaperDate> date(PaperId id) {
        return dates.get(id);
    }

    /** A paper's own date, never that of a digest that listed it. */
    Optional<PaperDate> ownDate(PaperId id) {
        return dates.get(id).filter(PaperDate::isOwn);
    }

    /**
     * When a paper came out, as a day: its publication date, else that of the first dated digest that listed it;
     * never a day made up from a month or a year. Feeds date their entries by it, and citation keys are told apart in
     * its order.
     */
    Optional<LocalDate> arrived(PaperId id) {
        return paper(id).published().or(() -> firstListed.get(id));
    }

    /**
     * The day a feed's entry for a paper is updated on: the day it came out ({@link #arrived}); for a paper that
     * neither gives a publication date nor is listed by a dated digest (a paper of an undated digest), the day of the
     * site's oldest dated digest. That day never makes the paper look new, is the same in every feed, and stays as
     * digests are added; the feed's own newest day, which such an entry took before, moved with every new digest, and
     * feed readers showed the entry as updated each time. Empty when no digest is dated.
     */
    Optional<LocalDate> feedDate(PaperId id) {
        return arrived(id).or(() -> oldestDigestDate);
    }

    /** The authors with a page of their own, and every author's page by written name. */
    Authors authors() {
        return authors;
    }

    /**
     * The year a paper is cited with: the year alone a digest gives (BibTeX's {@code year}, RIS's {@code PY}); else the
     * year its venue's name gives ("ICML 2024": a paper posted to arXiv in December 2023 and
     * published at ICML 2024 is cited as of 2024, as its venue says, whatever date of the preprint a digest gives);
     * else the year of its publication date, unless that is a later version's day ({@link #preprintBefore}); else
     * the year its arXiv id was given (a daily digest often lists a paper months or years after it came out). Never the
     * year of a digest that listed it: a reading group's log of 2024 lists papers of 2017, and a reference with no year
     * is noticed where a wrong one is cited.
     */
    Optional<Integer> year(PaperId id) {
        Optional<PaperDate> date = ownDate(id);
        boolean yearGiven = date.filter(d -> d.source() == PaperDate.Source.YEAR).isPresent();
        Optional<Integer> venueYear = yearGiven ? Optional.empty() : venueYear(id);
        Paper p = paper(id);
        return venueYear.or(() -> date.map(d -> d.source() != PaperDate.Source.PUBLISHED ? d.start().getYear()
                : preprintBefore(p, d.start()).map(YearMonth::getYear).orElse(d.start().getYear())));
    }

    /**
     * The year in a paper's citation key: the year it is cited with, else that of the first digest that listed it, so
     * that a paper's key stays as digests are added. A change of the rules of the year changes the keys it moves (a
     * preprint dated by a later version went from the later year to its id's, before the plugin's first release).
     */
    private Optional<Integer> keyYear(PaperId id) {
        return year(id).or(() -> dates.get(id).map(d -> d.start().getYear()));
    }

    /**
     * The year of a paper's venue: the year the venue's name gives ("ICML 2024"), else the year a digest gives beside
     * it, as arXiv's journal reference does ("Neural Computation 9(8):1735-1780, 1997"; {@link VenueYear#GIVEN_KEY}).
     * Either is the year of the publication, where a date the same digest gives is its preprint's.
     */
    private Optional<Integer> venueYear(PaperId id) {
        return Optional.ofNullable(venueYears.get(id));
    }

    private static Optional<Integer> venueYearOf(Paper p) {
        return p.venue().flatMap(venue -> VenueYear.of(venue)
                .or(() -> PublicationYear.parse(p.extra().get(VenueYear.GIVEN_KEY)).map(PublicationYear::year)));
    }

    /**
     * The full date a paper is cited with: its publication date, unless its venue names another year, or the date is
     * its preprint's and it has a venue. The formats that list preprints (Hugging Face's, arXiv's) give the day the
     * preprint came out as the paper's date: a paper posted in December 2023 and published at ICML 2024 is not cited
     * as of December 2023, nor of December 2024, and one posted in February 2024 is not cited as of February at ICML
     * 2024, held in July. Without a venue the preprint is the publication, and its day is cited.
     */
    private Optional<LocalDate> citedDate(Paper p) {
        Optional<Integer> venueYear = venueYear(p.id());
        return p.published().filter(d -> venueYear.isEmpty() || venueYear.get() == d.getYear())
                .filter(d -> p.venue().isEmpty() || !preprintsDay(p, d))
                .filter(d -> preprintBefore(p, d).isEmpty());
    }

    /**
     * The month of the preprint, when the date a digest gives a paper cited as an arXiv preprint (no venue, no DOI of a
     * publisher) is the day of a later version, or of a listing, rather than of the preprint: after the month its id was
     * given, which is the month its first version was submitted. cv-arxiv-daily's "Publish Date" is arXiv's last-updated day ("2025-02-19"
     * for 2412.02967), and a daily digest may list a paper long after it came out; the preprint is of its id's year, as
     * arXiv and Google Scholar cite it, and its day is not known. A paper with a venue or a publisher's DOI may have
     * been published later than its preprint, and keeps its date.
     */
    private static Optional<YearMonth> preprintBefore(Paper p, LocalDate date) {
        if (!PaperDate.preprint(p)) {
            return Optional.empty();
        }
        // nor is a day before it, when no version of the preprint was there (see PaperDate.own)
        return p.arxivId().flatMap(ArxivIds::yearMonth).filter(month -> !YearMonth.from(date).equals(month));
    }

    /**
     * Whether a paper's date is the day its preprint came out: in the month its arXiv id was given, or the month
     * after (a version submitted at a month's end is announced, and dated by some, in the next). A later date
     * ("2024-07-21" of arXiv 2312.14125) is another publication's, its venue's.
     */
    private static boolean preprintsDay(Paper p, LocalDate date) {
        return p.arxivId().flatMap(ArxivIds::yearMonth).filter(month -> {
            YearMonth dated = YearMonth.from(date);
            return dated.equals(month) || dated.equals(month.plusMonths(1));
        }).isPresent();
    }

    /**
     * The month of a paper's year and month as its digests give them (BibTeX's {@code month}), not the month its arXiv
     * id was given, which says when the preprint came out, not the publication: arXiv's own BibTeX has no month.
     */
    private Optional<Integer> publishedMonth(PaperId id) {
        return dates.get(id).filter(d -> d.source() == PaperDate.Source.YEAR && d.precision() == PaperDate.Precision.MONTH)
                .map(d -> d.start().getMonthValue());
    }

    /**
     * What a book's, chapter's, thesis's or report's citation names, as the readers keep it: the ISBN, the edition, the
     * kind of thesis or report in the record's words, and the school or institution that BibTeX names apart from a
     * publisher.
     */
    private static PublicationDetails details(Paper p) {
        Map<String, String> extra = p.extra();
        return new PublicationDetails(Optional.ofNullable(extra.getOrDefault("isbn", extra.get("ISBN"))), Optional.ofNullable(extra.get("edition")),
                Optional.ofNullable(extra.getOrDefault("thesis type", extra.get("report type"))),
                Optional.ofNullable(extra.getOrDefault("school", extra.get("institution"))),
                io.github.paperdigest.model.Editors.of(extra),
                io.github.paperdigest.model.Editors.of(extra, io.github.paperdigest.model.Editors.SERIES_KEY),
                io.github.paperdigest.model.Editors.of(extra, io.github.paperdigest.model.Editors.BOOK_AUTHORS_KEY));
    }

    /** An arXiv category ("cs.CV", "hep-th", "math.AG"), not an ACM class ("I.2.7"), which listings mix in. */
    private static final Pattern ARXIV_CATEGORY = Pattern.compile("[a-z-]+(\\.[A-Za-z-]+)?");

    /** The first of a paper's arXiv categories, which arXiv lists first: its primary one. */
    private static Optional<String> primaryCategory(Paper p) {
        String codes = p.extra().get("arxiv categories");
        return codes == null ? Optional.empty()
                : Arrays.stream(codes.split(" ")).filter(c -> ARXIV_CATEGORY.matcher(c).matches()).findFirst();
    }

    /**
     * Where a paper was published or presented, as a digest's {@code address} gives it: a city ("Edinburgh, UK"), not
     * a web or mail address, which a sheet's "Address" column holds as often.
     */
    private static Optional<String> place(Paper p) {
        return Optional.ofNullable(p.extra().get("address")).filter(a -> !a.contains("@") && !a.contains("://")
                && !a.toLowerCase(java.util.Locale.ROOT).startsWith("www."));
    }

    /** What a reference manager needs of a paper. */
    public Citation citation(Paper p) {
        return citations.get(p.id());
    }

    /** The citations of papers, in their order. */
    List<Citation> citations(List<Paper> papers) {
        List<Citation> listed = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            listed.add(citation(p));
        }
        return Collections.unmodifiableList(listed);
    }

    /**
     * A paper as most lists show it: without its tags, which it would repeat on every tag, hub and digest page it is
     * on, and which would make each of those pages' keys change with a tag a list does not show.
     */
    PaperItem item(Paper p) {
        return items.get(p.id());
    }

    /** A paper as the home page's newest papers and the feeds show it, with its tags. */
    PaperItem itemWithTags(Paper p) {
        return itemsWithTags.get(p.id());
    }

    /** How many tag ids papers carry: the numbers of {@link #tagNumbersOf} are below it. */
    int numberedTags() {
        return numberedTags.size();
    }

    /** A paper's tags ({@link Classification#tagsOf}), each by its number, in their order. */
    int[] tagNumbersOf(Paper p) {
        return paperTagNumbers.get(p.id());
    }

    /** The number of a tag id papers carry, or -1 when no paper carries it. */
    int tagNumber(String tagId) {
        return tagNumbers.getOrDefault(tagId, -1);
    }

    /** The tag id of a number of {@link #tagNumbersOf}. */
    String numberedTag(int number) {
        return numberedTags.get(number);
    }

    /** A tag's papers, newest first. */
    List<Paper> papersWithTag(String tagId) {
        return papersByTag.getOrDefault(tagId, List.of());
    }

    /** A hub's papers, newest first. */
    List<Paper> papersOfHub(String hubId) {
        return papersByHub.get(hubId);
    }

    /** The hubs a paper belongs to, in hub order. */
    List<HubRef> hubsOf(PaperId paper) {
        return hubsByPaper.getOrDefault(paper, List.of());
    }

    /** The hubs gathering a tag, in hub order. */
    List<HubRef> hubsWithTag(String tagId) {
        return hubsByTag.getOrDefault(tagId, List.of());
    }

    /** The hubs whose parent is this one, in hub order. */
    List<HubRef> children(String hubId) {
        return childrenByHub.getOrDefault(hubId, List.of());
    }

    /** A paper's place in a digest that lists it. */
    int position(String digestSlug, PaperId paper) {
        return positions.get(digestSlug).get(paper);
    }

    /** Every tag with the number of its papers, in tag order. */
    List<TagCount> tagCounts() {
        return tagCounts;
    }

    /** Tags worth browsing (in the tag index, with a feed), in label order. */
    List<TagCount> listedTags() {
        return listedTags;
    }

    /** Whether a tag on this many papers is in the tag index and has a feed (see {@link Classification#isListed}). */
    boolean isListed(Tag tag, int papers) {
        return classification.isListed(tag, papers);
    }

    /** Tags worth browsing: carried by two papers or more, or written by a person; in label order. */
    private List<TagCount> tagsWorthBrowsing(List<TagCount> counts) {
        Map<String, String> labelKeys = new HashMap<>();
        classification.tags().forEach(t -> labelKeys.put(t.id(), TitleKey.of(t.label())));
        return Collections.unmodifiableList(counts.stream()
                .filter(c -> isListed(c.tag(), c.count()))
                .sorted(Comparator.comparing((TagCount c) -> labelKeys.get(c.tag().id())).thenComparing(c -> c.tag().id()))
                .toList());
    }

    /** The first day a digest lists a paper, by its dated sections or its own date ({@link #listed}). */
    Optional<LocalDate> firstDigestDate(Paper p) {
        Optional<LocalDate> known = firstListed.get(p.id());
        return known != null ? known : listedFirst(p);
    }

    private Optional<LocalDate> listedFirst(Paper p) {
        return p.digests().stream().map(digests::get).map(d -> listed(d, p.id())).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /**
     * The day a digest lists a paper: the day its section's heading names ("Week 3 — 2024-02-09"), else the digest's
     * date. A reading group's log of many sessions lists each paper on the day it was read.
     */
    private Optional<LocalDate> listed(Digest d, PaperId paper) {
        return Optional.ofNullable(sessionDays.getOrDefault(d.slug(), Map.of()).get(paper)).or(d::date);
    }

    /** A paper and what the newest papers are sorted by. */
    private record Dated(Paper paper, LocalDate start, String titleKey) {
    }
}
