package io.github.paperdigest.digest;

import io.github.paperdigest.markup.NoteLinks;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.ListedWarnings;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.MoreAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.PersonName;
import io.github.paperdigest.model.SharedSlug;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.TextFolding;
import io.github.paperdigest.model.TitleKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Turns the digests of a build into one corpus: entries that are the same paper (same arXiv id, same DOI,
 * or same title up to case, accents, punctuation and spacing, unless their identifiers differ or, identified
 * by different kinds of identifier, they have no author in common) become one
 * paper listed on every digest that has it, each field taking the richest value any digest gives, and
 * every paper and digest gets its slug.
 *
 * <p>A wikilink in a note or a digest's introduction that names another paper's note (by the note's file name or an
 * alias, see {@link PaperNoteNames}) is marked with that paper's slug, for its pages to link to; any other wikilink is
 * its text, with a warning where it was meant as a link ({@link NoteWikiLinks}). The digest files are read each on its
 * own, so this is the first place where the notes of all are known.
 *
 * <p>A paper's slug is its title's, unless another paper's title gives the same: then each of them has a slug
 * fingerprinted by its id, and the slug they share is the address of a page that lists them all (see
 * {@link SharedSlug}). The slugs depend on the set of papers alone, not on which digest listed which first: a digest
 * older than the others, added later, must not give an address that someone shared or cited to another paper.
 */
public final class PaperCatalog {

    /** Undated digests count as the oldest, as in the corpus's digest order (newest first, undated last). */
    private static final Comparator<DigestFile> OLDEST_FIRST = Comparator
            .comparing((DigestFile d) -> d.date().orElse(LocalDate.MIN))
            .thenComparing(DigestFile::sourceName);

    /** How many of the papers of its title an entry may be a warning names; the others are counted. */
    private static final int NAMESAKES_NAMED = 3;

    private final Consumer<String> warn;
    private final Consumer<String> debug;

    /** A catalog that reports its warnings (two papers sharing a title, a paper listed twice) as debug lines. */
    public PaperCatalog(Consumer<String> debug) {
        this(debug, debug);
    }

    public PaperCatalog(Consumer<String> warn, Consumer<String> debug) {
        this.warn = warn;
        this.debug = debug;
    }

    /** The corpus of the digests, the notes of the digest folder known by the digests' files alone. */
    public Corpus build(List<DigestFile> files) {
        List<String> read = new ArrayList<>();
        for (DigestFile file : files) {
            read.add(file.sourceName());
            read.addAll(file.entryFiles());
        }
        return build(files, read);
    }

    /**
     * The corpus of the digests; {@code folderFiles} are the files of the digest folder (their paths in it), whose
     * notes a wikilink may name without naming a paper (a person's note), see {@link NoteWikiLinks}.
     */
    public Corpus build(List<DigestFile> files, List<String> folderFiles) {
        return build(files, folderFiles, true);
    }

    /**
     * As {@link #build(List, List)}; {@code strict} fails on an identifier two different papers are given (a lenient
     * build leaves the later entry out, with a warning).
     */
    public Corpus build(List<DigestFile> files, List<String> folderFiles, boolean strict) {
        List<DigestFile> ordered = files.stream().sorted(OLDEST_FIRST).toList();
        Map<String, String> digestSlugs = digestSlugs(ordered);

        Map<String, Builder> byKey = new HashMap<>();
        Map<String, List<Builder>> byTitle = new HashMap<>();
        Set<PaperId> builderKeys = new HashSet<>();
        List<Builder> builders = new ArrayList<>();
        // two papers of one title, told once their slugs are known, for the warning to say where their address leads
        List<Namesakes> namesakes = new ArrayList<>();
        Map<String, List<PaperId>> digestPapers = new LinkedHashMap<>();
        Map<String, Map<String, Set<PaperId>>> digestSections = new HashMap<>();
        for (DigestFile file : ordered) {
            String digestSlug = digestSlugs.get(file.sourceName());
            // where each paper is first listed in this digest, for the warning of a paper listed twice; its papers' order
            Map<PaperId, Listed> seenInFile = new LinkedHashMap<>();
            Map<String, Set<PaperId>> sections = new LinkedHashMap<>();
            for (int index = 0; index < file.entries().size(); index++) {
                PaperEntry entry = file.entries().get(index);
                String entryFile = file.fileOf(index);
                // the title's key, made once for the entry: it finds the papers of its title and is the id of a paper
                // without an identifier
                PaperId titleId = PaperId.ofTitle(entry.title());
                String titleKey = titleId.value();
                List<Builder> sameTitle = byTitle.computeIfAbsent(titleKey, k -> new ArrayList<>());
                Optional<CitedWork> cited = CitedWork.of(entry, file.format());
                Builder paper = find(byKey, sameTitle, entry, cited, entryFile);
                if (paper != null && givenToAnother(paper, entry, entryFile, strict)) {
                    continue;
                }
                if (paper == null) {
                    // a work of a title another work has too, without an identifier, is told from it by the key of
                    // the build alone; its id is given once every digest is read (see namesakeIds)
                    PaperId id = entry.arxivId().isPresent() || entry.doi().isPresent() ? entry.id() : titleId;
                    PaperId key = id;
                    while (!builderKeys.add(key)) {
                        key = new PaperId(id.value() + " #" + builderKeys.size());
                    }
                    paper = new Builder(key, entry, titleId, entryFile + ":" + entry.line(), cited);
                    if (!sameTitle.isEmpty()) {
                        // told against the title's first paper only: one warning a paper, never one a pair (2,000
                        // papers of one title made 1,999,000 warnings and a 590 MB log)
                        Builder first = sameTitle.get(0);
                        String byIdentifiers = identifierDifference(first, entry);
                        namesakes.add(byIdentifiers.isEmpty()
                                ? new Namesakes(first, paper, entry.title(), citedDifference(first, entry, cited), false)
                                : new Namesakes(first, paper, entry.title(), byIdentifiers, true));
                    }
                    builders.add(paper);
                    sameTitle.add(paper);
                } else {
                    Listed first = seenInFile.get(paper.key);
                    if (first != null && !file.entryFiles().isEmpty()) {
                        warn.accept(first + " and " + entryFile + ":" + entry.line() + ": \"" + paper.title
                                + "\" is noted twice in " + file.sourceName() + "; it is shown once. Remove one of them.");
                    } else if (first != null) {
                        warn.accept(file.sourceName() + ": \"" + paper.title + "\" is listed twice, on lines " + first.line()
                                + " and " + entry.line() + "; it is shown once. Remove one of them.");
                    }
                    paper.merge(entry, entryFile + ":" + entry.line(), cited, debug);
                    if (!sameTitle.contains(paper)) {
                        sameTitle.add(paper);
                    }
                }
                index(byKey, paper, entry);
                // where the note is written, for a warning of its wikilinks: a paper note's file, a digest's line
                String noteWhere = file.entryFiles().isEmpty() ? entryFile + ":" + entry.line() : entryFile;
                paper.addDigest(digestSlug, entry.noteHtml(), noteWhere, file.tags());
                if (!entry.noteNames().isEmpty()) {
                    paper.noteNames.add(new NamedNote(entry.noteNames(), entryFile));
                }
                seenInFile.putIfAbsent(paper.key, new Listed(entryFile, entry.line()));
                sections.computeIfAbsent(entry.section(), s -> new LinkedHashSet<>()).add(paper.key);
            }
            digestPapers.put(file.sourceName(), List.copyOf(seenInFile.keySet()));
            if (!(sections.size() == 1 && sections.containsKey(""))) {
                digestSections.put(file.sourceName(), sections);
            }
        }

        byTitle.values().forEach(PaperCatalog::namesakeIds);
        PaperSlugs slugging = paperSlugs(builders);
        namesakes.forEach(n -> warn.accept(n.warning(slugging)));
        slugging.sharedByOtherTitles(debug);
        dateDisagreements(builders);
        titleDisagreements(builders);
        Map<PaperId, String> paperSlugs = slugging.slugs();
        PaperNoteNames noteNames = new PaperNoteNames();
        builders.forEach(b -> b.noteNames.forEach(note -> noteNames.add(paperSlugs.get(b.key), note.names(), note.file())));
        Set<String> folderNotes = new HashSet<>();
        folderFiles.forEach(f -> folderNotes.add(NoteWikiLinks.noteName(f)));
        // a paper a digest of another format lists (a library's .bib) is named by its title, as a note of it would be
        Map<String, String> titles = new HashMap<>();
        Set<String> sharedTitles = new HashSet<>();
        for (Builder b : builders) {
            String slug = paperSlugs.get(b.key);
            if (slug == null) {
                continue;
            }
            String old = titles.putIfAbsent(PaperNoteNames.key(b.title), slug);
            if (old != null && !old.equals(slug)) {
                sharedTitles.add(PaperNoteNames.key(b.title));
            }
        }
        sharedTitles.forEach(titles::remove);
        NoteWikiLinks noteLinks = new NoteWikiLinks(noteNames, folderNotes, titles, sharedTitles);
        List<Paper> papers = new ArrayList<>(builders.size());
        Map<PaperId, PaperId> finalIds = new HashMap<>();
        Map<PaperId, String> origins = new HashMap<>();
        for (Builder b : builders) {
            Paper paper = b.build(paperSlugs.get(b.key), noteLinks);
            papers.add(paper);
            finalIds.put(b.key, paper.id());
            origins.put(paper.id(), b.origin);
        }

        List<Digest> digests = new ArrayList<>();
        for (DigestFile file : ordered) {
            List<PaperId> ids = digestPapers.get(file.sourceName()).stream().map(finalIds::get).distinct().toList();
            List<Digest.Section> sections = new ArrayList<>();
            digestSections.getOrDefault(file.sourceName(), Map.of()).forEach((title, keys) -> sections.add(
                    new Digest.Section(title, DigestDates.inHeading(title),
                            keys.stream().map(finalIds::get).distinct().toList())));
            digests.add(new Digest(digestSlugs.get(file.sourceName()), file.title().orElse(defaultTitle(file)),
                    file.date(), file.sourceName(), file.format(), file.sourceUrl(),
                    NoteLinks.toPapers(file.introHtml(), noteLinks.in(file.sourceName())), ids, sections));
        }
        noteLinks.report(warn, debug);
        digests.sort(Comparator.comparing((Digest d) -> d.date().orElse(LocalDate.MIN)).reversed()
                .thenComparing(Digest::sourceName));
        return Corpus.of(papers, digests, origins, slugging.shared(), formerSlugs(builders, slugging, finalIds),
                formerDigestSlugs(ordered, digestSlugs));
    }

    /**
     * The address each digest of a sub-folder had at the folder's root, where a lab's first digests usually are until
     * someone sorts them into folders by year ({@code 2025-01-01-january.md} moved to {@code 2025/}): its file's name
     * alone, leading to its page now. Known from the file's path alone, so no build depends on the site before it, and
     * no digest's address changes. A name two digests' files have, or that is a digest's address, leads to none.
     */
    private static Map<String, String> formerDigestSlugs(List<DigestFile> files, Map<String, String> digestSlugs) {
        Map<String, List<String>> byName = new TreeMap<>();
        for (DigestFile file : files) {
            String name = file.sourceName().replaceAll("/+$", "");
            String own = name.substring(name.lastIndexOf('/') + 1);
            int dot = own.lastIndexOf('.');
            byName.computeIfAbsent(Slugs.of(dot > 0 ? own.substring(0, dot) : own, "digest"), k -> new ArrayList<>())
                    .add(file.sourceName());
        }
        Set<String> taken = new HashSet<>(digestSlugs.values());
        Map<String, String> former = new TreeMap<>();
        byName.forEach((slug, names) -> {
            if (names.size() == 1 && !taken.contains(slug)) {
                former.put(slug, digestSlugs.get(names.get(0)));
            }
        });
        return former;
    }

    /**
     * The addresses the other titles its digests give a paper would give its page (a title a later digest corrects, as
     * arXiv's second version renames a paper; a digest older than the site's first, added later, whose title the page
     * then takes), each leading to the paper's page: whichever digest gave the title its page has, a link made to the
     * other one keeps working. They are known from the digests alone, so two builds of the same digests have the same
     * ones whatever site was there before. An address a paper or the papers of a shared title have, or that two
     * papers' other titles give, leads to none.
     */
    private static Map<String, PaperId> formerSlugs(List<Builder> builders, PaperSlugs slugging,
            Map<PaperId, PaperId> finalIds) {
        Set<String> taken = new HashSet<>(slugging.readable().values());
        taken.addAll(slugging.slugs().values());
        Map<String, PaperId> former = new TreeMap<>();
        Set<String> claimedTwice = new HashSet<>();
        for (Builder b : builders) {
            for (String other : b.otherTitles.keySet()) {
                String slug = Slugs.of(other, "");
                if (slug.isEmpty() || taken.contains(slug)) {
                    continue;
                }
                PaperId before = former.putIfAbsent(slug, finalIds.get(b.key));
                if (before != null && !before.equals(finalIds.get(b.key))) {
                    claimedTwice.add(slug);
                }
            }
        }
        former.keySet().removeAll(claimedTwice);
        return former;
    }

    /**
     * One warning for each paper whose digests disagree on its year or date, naming them and the value used; as many
     * as a strict build's failure lists problems, then their number, for an archive merged from two sources can
     * disagree on hundreds (the debug log names the rest).
     */
    private void dateDisagreements(List<Builder> builders) {
        ListedWarnings.report(builders.stream().map(Builder::dateDisagreement).flatMap(Optional::stream).toList(),
                "more papers whose digests disagree on the year", warn, debug);
    }

    /**
     * One warning for each paper that a later digest gives other words for a title than the oldest digest that lists
     * it (an arXiv paper renamed in its second version, a title corrected by a curator): the page keeps the oldest
     * digest's title, with its address and key, and the curator is told where to correct it. Titles that differ in
     * case, accents or punctuation alone say nothing new and are not reported.
     */
    private void titleDisagreements(List<Builder> builders) {
        ListedWarnings.report(builders.stream().map(Builder::titleDisagreement).flatMap(Optional::stream).toList(),
                "more papers that later digests give another title", warn, debug);
    }

    /**
     * Whether a title is another version's of the same paper's, in other words: not the same words in other capitals,
     * accents or punctuation, nor a short name the title starts with ("BERT"), nor a title that shares no word with it
     * (an identifier given to the wrong paper, which is warned of where it is read).
     */
    private static boolean renamed(String shown, String other) {
        String a = TitleKey.of(shown);
        String b = TitleKey.of(other);
        return !a.equals(b) && !(a + " ").startsWith(b + " ") && !(b + " ").startsWith(a + " ")
                && !titlesApart(shown, other);
    }

    /** The names a paper's note has for wikilinks (see {@link PaperEntry#noteNames}), and its file. */
    private record NamedNote(List<String> names, String file) {
    }

    /** A curator's note on a paper, and where it is written ("papers/BERT.md", "digest.md:12"), for warnings. */
    private record WrittenNote(Paper.Note note, String where) {
    }

    /** Where a digest lists a paper: the file (one of a folder's paper notes, or the digest's own) and the line. */
    private record Listed(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private Builder find(Map<String, Builder> byKey, List<Builder> sameTitle, PaperEntry entry,
            Optional<CitedWork> cited, String entryFile) {
        if (entry.arxivId().isPresent()) {
            Builder same = byKey.get("arxiv:" + entry.arxivId().get());
            if (same != null) {
                return same;
            }
        }
        if (entry.doi().isPresent()) {
            Builder same = byKey.get("doi:" + entry.doi().get());
            // one DOI with two arXiv ids: two papers (a DOI of a proceedings volume written on each paper)
            if (same != null && !conflicting(same.arxivId, entry.arxivId())) {
                return same;
            }
        }
        if (sameTitle.isEmpty()) {
            return null; // a title not read before, as most are
        }
        // of the papers with this title that the entry may be, one it shares its first author with, else one it shares
        // an author with, else the first, which for two papers or more is a guess, and told as one
        List<Builder> candidates = sameTitle.stream().filter(b -> difference(b, entry, cited).isEmpty()).toList();
        List<String> firstAuthor = entry.authors().isEmpty() ? List.of() : entry.authors().subList(0, 1);
        Optional<Builder> byAuthor = candidates.stream().filter(b -> sharesAnAuthor(b.authors, firstAuthor)).findFirst()
                .or(() -> candidates.stream().filter(b -> sharesAnAuthor(b.authors, entry.authors())).findFirst());
        if (byAuthor.isPresent() || candidates.isEmpty()) {
            return byAuthor.orElse(null);
        }
        if (candidates.size() > 1) {
            warn.accept(eitherNamesake(entryFile + ":" + entry.line(), entry.title(), candidates));
        }
        return candidates.get(0);
    }

    /** The warning for an entry that may be any of {@code candidates}, papers of its title, and is taken as the first. */
    private static String eitherNamesake(String where, String title, List<Builder> candidates) {
        List<String> named = candidates.stream().limit(NAMESAKES_NAMED).map(b -> {
            List<String> facts = new ArrayList<>();
            b.arxivId.map(id -> "arXiv " + id).or(() -> b.doi.map(d -> "DOI " + d)).ifPresent(facts::add);
            if (!b.authors.isEmpty()) {
                facts.add(b.authors.get(0) + (b.authors.size() > 1 ? " et al." : ""));
            }
            return b.origin + "'s" + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
        }).toList();
        int more = candidates.size() - named.size();
        String listed = more > 0 ? String.join(", ", named) + " and " + more + " more"
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        return where + ": \"" + title + "\" may be " + (candidates.size() == 2 ? "either of two" : "any of "
                + candidates.size()) + " papers of that title: " + listed + ". It names no arXiv id, DOI or author of "
                + (candidates.size() == 2 ? "either" : "any") + ", so it is taken as the first. Give it the arXiv id, the"
                + " DOI or the authors of the paper it is.";
    }

    /**
     * Whether the paper an entry was found to be by its arXiv id or DOI is another paper: titles that differ and no
     * author in common mean one of the identifiers is wrong (strict: the build fails; lenient: the entry is left out,
     * which the caller does on true). Without authors to tell, a title that shares no word with the paper's is one
     * paper, with a warning.
     */
    private boolean givenToAnother(Builder paper, PaperEntry entry, String entryFile, boolean strict) {
        Optional<String> clash = clash(paper, entry);
        if (clash.isEmpty()) {
            return false;
        }
        String where = entryFile + ":" + entry.line() + ": ";
        String given = clash.get() + " is also given to \"" + paper.title + "\" (" + paper.origin + ")";
        if (!TitleKey.of(paper.title).equals(TitleKey.of(entry.title())) && authorsApart(paper, entry)) {
            String problem = given + ", a different paper: their titles differ and they have no author in common."
                    + " Correct the identifier where it is wrong";
            if (strict) {
                throw new DigestException(entryFile, entry.line(), problem);
            }
            warn.accept(where + problem + "; this entry is left out");
            return true;
        }
        if (titlesApart(paper.title, entry.title())) {
            warn.accept(where + given + ", whose title shares no word with \"" + entry.title() + "\": taken as one"
                    + " paper. If they are two, correct the identifier where it is wrong");
        }
        return false;
    }

    /** The identifier by which an entry was found to be a paper already read ("arXiv id 2401.09414"), if any. */
    private static Optional<String> clash(Builder paper, PaperEntry entry) {
        if (entry.arxivId().isPresent() && entry.arxivId().equals(paper.arxivId)) {
            return Optional.of("arXiv id " + entry.arxivId().get());
        }
        if (entry.doi().isPresent() && entry.doi().equals(paper.doi)) {
            return Optional.of("DOI " + entry.doi().get());
        }
        return Optional.empty();
    }

    /** Both name their authors, and no family name is in both lists. */
    private static boolean authorsApart(Builder paper, PaperEntry entry) {
        return !paper.authors.isEmpty() && !entry.authors().isEmpty() && !sharesAnAuthor(paper.authors, entry.authors());
    }

    /**
     * Two titles without a word of four letters or more in common: "Deep Residual Learning for Image Recognition" and
     * "A Survey of Bananas", where a short name of the paper ("BERT", for "BERT: Pre-training of …") shares its word.
     */
    private static boolean titlesApart(String a, String b) {
        Set<String> words = new HashSet<>();
        TextFolding.words(a).stream().filter(w -> w.length() >= 4).forEach(words::add);
        List<String> others = TextFolding.words(b).stream().filter(w -> w.length() >= 4).toList();
        return !words.isEmpty() && !others.isEmpty() && others.stream().noneMatch(words::contains);
    }

    /**
     * What tells a paper from an entry with its title, or empty when nothing does. Two different arXiv ids or DOIs
     * are two papers (e.g. a paper and its erratum). Identifiers of different kinds alone are not: a digest gives
     * the arXiv id, another the journal's DOI of the same paper. With no author in common as well, they are
     * two papers (two authors' papers that happen to share a title, such as "Attention Is All You Need"). Without
     * identifiers to tell, what reference managers' records say of the works tells (see {@link CitedWork}): an entry
     * is another work than the paper when its record and every record of the paper cite two works.
     */
    private static String difference(Builder paper, PaperEntry entry, Optional<CitedWork> cited) {
        String byIdentifiers = identifierDifference(paper, entry);
        return byIdentifiers.isEmpty() ? citedDifference(paper, entry, cited) : byIdentifiers;
    }

    /** What the identifiers of a paper and an entry of its title say tells them apart, or empty. */
    private static String identifierDifference(Builder paper, PaperEntry entry) {
        if (conflicting(paper.arxivId, entry.arxivId())) {
            return "arXiv " + paper.arxivId.get() + " and " + entry.arxivId().get();
        }
        if (conflicting(paper.doi, entry.doi())) {
            return "DOI " + paper.doi.get() + " and " + entry.doi().get();
        }
        boolean bothIdentified = (paper.arxivId.isPresent() || paper.doi.isPresent())
                && (entry.arxivId().isPresent() || entry.doi().isPresent());
        if (bothIdentified && !paper.authors.isEmpty() && !entry.authors().isEmpty()
                && !sharesAnAuthor(paper.authors, entry.authors())) {
            return paper.arxivId.map(id -> "arXiv " + id).orElseGet(() -> "DOI " + paper.doi.get()) + " and "
                    + entry.arxivId().map(id -> "arXiv " + id).orElseGet(() -> "DOI " + entry.doi().get())
                    + ", no author in common";
        }
        return "";
    }

    /**
     * What the reference managers' records of a paper and an entry of its title say tells two works apart, or empty:
     * asked only where one of them has no identifier, for identifiers of both tell better.
     */
    private static String citedDifference(Builder paper, PaperEntry entry, Optional<CitedWork> cited) {
        boolean bothIdentified = (paper.arxivId.isPresent() || paper.doi.isPresent())
                && (entry.arxivId().isPresent() || entry.doi().isPresent());
        if (bothIdentified || cited.isEmpty()) {
            return "";
        }
        // another work when apart from every record of the paper: one record that may be the entry's work is enough
        String told = "";
        for (CitedWork work : paper.cited) {
            Optional<String> apart = work.apart(cited.get());
            if (apart.isEmpty()) {
                return "";
            }
            told = told.isEmpty() ? apart.get() : told;
        }
        return told;
    }

    /**
     * Gives each paper of a title that has no identifier, where papers share the title, an id of its own: the title's,
     * told apart by its first author's family name and its year, then its kind of publication, then, were those the
     * same, its place among them (in the order read). It has it whichever other papers share the title, so that its
     * page's address (fingerprinted by its id) stays when another namesake comes; alone, it has the title's id again.
     */
    private static void namesakeIds(List<Builder> sameTitle) {
        List<Builder> unidentified = sameTitle.stream().filter(b -> b.arxivId.isEmpty() && b.doi.isEmpty()).toList();
        if (sameTitle.size() < 2 || unidentified.isEmpty()) {
            return;
        }
        Map<Builder, List<String>> by = new LinkedHashMap<>();
        for (Builder b : unidentified) {
            List<String> parts = new ArrayList<>();
            if (!b.authors.isEmpty()) {
                parts.add(String.join(" ", TextFolding.words(PersonName.of(b.authors.get(0)).family())));
            }
            b.shownYear().ifPresent(y -> parts.add(Integer.toString(y)));
            by.put(b, parts);
        }
        if (by.values().stream().distinct().count() < by.size()) {
            by.forEach((b, parts) -> Optional.ofNullable(b.extra.get("type"))
                    .ifPresent(kind -> parts.add(String.join(" ", TextFolding.words(kind)))));
        }
        Map<List<String>, Integer> seen = new HashMap<>();
        by.forEach((b, parts) -> {
            int nth = seen.merge(List.copyOf(parts), 1, Integer::sum);
            if (nth > 1 || parts.isEmpty()) {
                parts.add("#" + nth);
            }
            b.namesakeId = PaperId.ofNamesake(b.title, String.join(" ", parts).strip());
        });
    }

    private static boolean conflicting(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }

    /**
     * True when a family name is in both lists. Names are compared by their words, case and accents ignored, so
     * "Zhuang, Shaobin" and "Shaobin Zhuang" are one author; a given name shared by chance only errs towards
     * merging, which is what the build did before authors were compared.
     */
    private static boolean sharesAnAuthor(List<String> a, List<String> b) {
        return CitedWork.sharesAnAuthor(a, b);
    }

    private static void index(Map<String, Builder> byKey, Builder paper, PaperEntry entry) {
        entry.arxivId().ifPresent(id -> byKey.putIfAbsent("arxiv:" + id, paper));
        entry.doi().ifPresent(doi -> byKey.putIfAbsent("doi:" + doi, paper));
    }

    /**
     * Each digest's slug, its file's name without the extension. Two files whose names give one ({@code x.md} beside
     * {@code x.txt}, {@code 2024/05-01.md} beside {@code 2024-05-01.md}) cannot both have it: the first in name order
     * keeps it and the others are named by their whole names ({@code x-txt}), as they have always been, so that a
     * site's addresses stay what they were when the plugin is upgraded; but a file added later that comes first takes
     * the other's address, so each clash is told, naming the files, their addresses and the way out: a name of its own.
     */
    private Map<String, String> digestSlugs(List<DigestFile> ordered) {
        Map<String, String> slugs = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, List<String>> byStem = new LinkedHashMap<>();
        List<DigestFile> byName = ordered.stream().sorted(Comparator.comparing(DigestFile::sourceName)).toList();
        for (DigestFile file : byName) {
            String name = file.sourceName();
            int dot = name.lastIndexOf('.');
            String stem = dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
            String slug = Slugs.of(stem, "digest");
            byStem.computeIfAbsent(slug, k -> new ArrayList<>()).add(name);
            if (!taken.add(slug)) {
                slug = Slugs.of(name, "digest");
                if (!taken.add(slug)) {
                    slug = slug + "-" + Slugs.fingerprint(name, 8);
                    taken.add(slug);
                }
            }
            slugs.put(name, slug);
        }
        byStem.forEach((slug, names) -> names.subList(1, names.size())
                .forEach(other -> warn.accept(digestSlugClash(slug, names.get(0), other, slugs.get(other)))));
        return slugs;
    }

    /** The warning for a digest file whose name gives the address {@code slug} that {@code keeping}'s has. */
    private static String digestSlugClash(String slug, String keeping, String other, String otherSlug) {
        return other + ": its name gives the address digest/" + slug + ".html, as " + keeping + "'s does, which has it,"
                + " being first by name, so its page is digest/" + otherSlug + ".html. A file added later that comes"
                + " first by name takes the address of the one that had it, and links to it then lead to another digest."
                + " Give the newer of the two a name of its own (rename " + other + " to " + renamed(other) + ", or "
                + keeping + " to " + renamed(keeping) + "), so that the older keeps its address.";
    }

    /** A digest file's name with "-2" before its extension: a name of its own, for a warning to suggest. */
    private static String renamed(String name) {
        String bare = name.replaceAll("/+$", "");
        int dot = bare.lastIndexOf('.');
        return dot > bare.lastIndexOf('/') + 1 ? bare.substring(0, dot) + "-2" + bare.substring(dot) : bare + "-2";
    }

    /**
     * Two papers given one title, the second read after the first, and what tells them apart: told as a warning once
     * the papers' slugs are known.
     *
     * @param byIdentifiers whether their identifiers tell them apart, else their reference managers' records do
     */
    private record Namesakes(Builder first, Builder second, String title, String difference, boolean byIdentifiers) {
        String warning(PaperSlugs slugging) {
            List<Builder> sharing = slugging.sharingWith(first, second);
            String address = sharing.isEmpty() ? "" : ", and paper/" + slugging.readable().get(first) + ".html lists "
                    + (sharing.size() == 2 ? "both" : "the " + sharing.size() + " papers that share it");
            return first.origin + " and " + second.origin + ": two different papers share the title \"" + title + "\" ("
                    + difference + "); each has its own page" + address + ". If they are one paper, " + (byIdentifiers
                            ? "give both the same arXiv id or DOI."
                            : "correct the kind of publication, the authors or the year where they are wrong, or give"
                                    + " both the same arXiv id or DOI.");
        }
    }

    /**
     * The papers' slugs, by the key of their builders, and the papers whose titles would give one slug.
     *
     * @param readable each builder's slug as its title alone gives it
     * @param sharing  the papers of each slug two titles or more would give, in id order, by slug in slug order
     */
    private record PaperSlugs(Map<PaperId, String> slugs, Map<Builder, String> readable,
            Map<String, List<Builder>> sharing) {

        /** The slugs the titles of several papers would give them, each with those papers. */
        List<SharedSlug> shared() {
            return sharing.entrySet().stream()
                    .map(e -> new SharedSlug(e.getKey(), e.getValue().stream().map(Builder::id).toList())).toList();
        }

        /** The papers that share the slug two papers' titles give, or none when the titles give two slugs. */
        List<Builder> sharingWith(Builder a, Builder b) {
            String slug = readable.get(a);
            return slug.equals(readable.get(b)) ? sharing.getOrDefault(slug, List.of()) : List.of();
        }

        /**
         * Says at debug level which papers of different titles share an address: nothing in the digests is wrong
         * (long titles that differ past a slug's length), but a reader of the debug log may wonder at the page.
         */
        void sharedByOtherTitles(Consumer<String> debug) {
            sharing.forEach((slug, papers) -> {
                if (papers.stream().map(b -> TitleKey.of(b.title)).distinct().count() > 1) {
                    debug.accept(String.join(" and ", papers.stream().map(b -> b.origin).toList()) + ": the titles "
                            + String.join(" and ", papers.stream().map(b -> "\"" + b.title + "\"").toList())
                            + " give one address, paper/" + slug + ".html, which lists them; each has its own page");
                }
            });
        }
    }

    /**
     * Each paper's slug: its title's (its readable slug), unless the title of another paper gives the same. Then none
     * of them has it: each has the readable slug cut to leave room for a fingerprint of its id, and the readable slug
     * is theirs to share (a page that lists them). Were the paper read first to keep it, as it once did, a digest older
     * than the site's first that lists another paper of that title would give the address to that other paper.
     */
    private static PaperSlugs paperSlugs(List<Builder> builders) {
        Map<Builder, String> readable = new HashMap<>();
        Map<String, List<Builder>> byReadable = new TreeMap<>();
        for (Builder b : builders) {
            String slug = readableSlug(b);
            readable.put(b, slug);
            byReadable.computeIfAbsent(slug, k -> new ArrayList<>()).add(b);
        }
        Map<PaperId, String> slugs = new HashMap<>();
        Map<String, List<Builder>> sharing = new TreeMap<>();
        byReadable.forEach((slug, papers) -> {
            if (papers.size() == 1) {
                slugs.put(papers.get(0).key, slug);
            } else {
                sharing.put(slug, papers.stream().sorted(Comparator.comparing(Builder::id)).toList());
            }
        });
        // no fingerprinted slug may be a readable one, a paper's or a shared address; taken in id order, so that a
        // fingerprint taken already (by a title that ends in it) lengthens the same paper's in every build
        Set<String> taken = new HashSet<>(byReadable.keySet());
        List<Builder> inIdOrder = sharing.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Builder::id)).toList();
        for (Builder b : inIdOrder) {
            String slug = readable.get(b);
            String base = (slug.length() > Slugs.MAX_LENGTH - 9 ? slug.substring(0, Slugs.MAX_LENGTH - 9) : slug)
                    .replaceAll("-+$", "");
            int digits = 8;
            do {
                slug = base + "-" + Slugs.fingerprint(b.id().value(), digits++);
            } while (!taken.add(slug));
            slugs.put(b.key, slug);
        }
        return new PaperSlugs(slugs, readable, sharing);
    }

    /**
     * A paper's file name: its title in ASCII (accents dropped, as the JDK can); for a title with no Latin letter
     * or digit, its arXiv id; else a short fingerprint of its key, which is stable while the title is (of its title,
     * for a paper without an identifier: namesakes share it as they share a title's slug).
     */
    private static String readableSlug(Builder b) {
        String slug = Slugs.of(b.title, "");
        if (slug.isEmpty()) {
            PaperId key = b.arxivId.isEmpty() && b.doi.isEmpty() ? b.titleId : b.key;
            slug = b.arxivId.map(id -> Slugs.of(id, "")).filter(s -> !s.isEmpty()).map(s -> "arxiv-" + s)
                    .orElseGet(() -> "paper-" + Slugs.fingerprint(key.value(), 8));
        }
        return slug;
    }

    /**
     * The title of a digest whose format gives none (BibTeX, RIS, CSL JSON, a spreadsheet, arXiv's JSON lines, a
     * Markdown or text file without a title or heading): the words of its file's name, which are the user's name for
     * it, without the date the name gives and with its separators as spaces ("2025-02-10-classics.bib": "Classics",
     * "reading_group.csv": "Reading group"); a name written all in lower case, as file names are, starts with a
     * capital. A name that is a date alone, or nothing but a date and figures, is "Digest of 2025-02-10".
     */
    static String defaultTitle(DigestFile file) {
        String stem = DigestSource.stem(file.sourceName());
        String words = wordsOf(DigestDates.withoutDate(stem));
        if (words.codePoints().noneMatch(Character::isLetter)) {
            return file.date().map(d -> "Digest of " + d).orElse(words.isEmpty() ? stem : words);
        }
        return words;
    }

    /**
     * A file's or folder's name as words: its separators as spaces, and, written all in lower case as names are,
     * starting with a capital ("reading_group" is "Reading group"); empty for a name of separators only.
     */
    static String wordsOf(String name) {
        String words = name.replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty() || !words.equals(words.toLowerCase(Locale.ROOT))) {
            return words;
        }
        int first = words.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(words, Character.charCount(first), words.length()).toString();
    }

    /** Collects what every digest says of one paper; the richer value wins. */
    private static final class Builder {
        private final PaperId key;
        /** The id its title gives it ({@link PaperId#ofTitle}), made once: the title is the first digest's for good. */
        private final PaperId titleId;
        /** The file and line that first listed the paper, for messages. */
        private final String origin;
        private String title;
        private String abstractText;
        private boolean truncated;
        private Optional<String> arxivId;
        private Optional<String> doi;
        private List<String> authors;
        /** Every name a digest marks as whole: no format can say that a name is not, so the marks add up. */
        private final Set<String> literalAuthors = new TreeSet<>();
        /** Every word a digest protects the case of ({@link KeptCase}): as with whole names, the marks add up. */
        private final Set<String> keptCase = new TreeSet<>();
        private Optional<LocalDate> published;
        private Optional<String> venue;
        private final Map<String, Link> links = new LinkedHashMap<>();
        private final Set<String> tags = new LinkedHashSet<>();
        private Optional<Integer> upvotes;
        private final TreeMap<String, String> extra = new TreeMap<>();
        private final List<String> digests = new ArrayList<>();
        private final List<WrittenNote> notes = new ArrayList<>();
        /** The names of each paper note it was read from (see {@link PaperEntry#noteNames}), by which wikilinks name it. */
        private final List<NamedNote> noteNames = new ArrayList<>();
        /** Every date and year a digest gives the paper, in the order read, for {@link #dateDisagreement()}. */
        private final List<GivenDate> givenDates = new ArrayList<>();
        /** Where the year kept in {@code extra} comes from, when it is one. */
        private GivenDate yearGiven;
        /**
         * What the reference managers' records of the paper say of the work, for telling another work of its title;
         * each once, so that a title listed in many digests is not compared with each of its records again.
         */
        private final Set<CitedWork> cited = new LinkedHashSet<>();
        /** The id of a paper without an identifier that shares its title with another, see {@code namesakeIds}. */
        private PaperId namesakeId;
        /**
         * The titles other digests give the paper than the one it is shown with, each with where it is first given:
         * each gives a former address.
         */
        private final Map<String, String> otherTitles = new TreeMap<>();

        Builder(PaperId key, PaperEntry first, PaperId titleId, String origin, Optional<CitedWork> cited) {
            this.key = key;
            this.titleId = titleId;
            cited.ifPresent(this.cited::add);
            this.origin = origin;
            title = first.title();
            abstractText = first.abstractText();
            truncated = first.abstractTruncated();
            arxivId = first.arxivId();
            doi = first.doi();
            authors = first.authors();
            literalAuthors.addAll(first.literalAuthors());
            keptCase.addAll(first.keptCase());
            published = first.published();
            venue = first.venue();
            first.links().forEach(l -> links.putIfAbsent(l.url(), l));
            tags.addAll(first.tags());
            upvotes = first.upvotes();
            extra.putAll(first.extra());
            givenDates.addAll(GivenDate.of(first, origin));
            yearGiven = GivenDate.year(first.extra().get("year"), origin).orElse(null);
        }

        void merge(PaperEntry other, String otherOrigin, Optional<CitedWork> otherCited, Consumer<String> debug) {
            otherCited.ifPresent(cited::add);
            if (!other.title().equals(title)) {
                otherTitles.putIfAbsent(other.title(), otherOrigin);
            }
            // a digest that gives no abstract says nothing about it
            if (other.hasAbstract() && (abstractText.isEmpty() || truncated && !other.abstractTruncated()
                    || truncated == other.abstractTruncated() && other.abstractText().length() > abstractText.length())) {
                if (!abstractText.isEmpty() && !other.abstractText().startsWith(abstractText.replaceAll("(\\.\\.\\.|…)$", ""))) {
                    debug.accept("\"" + title + "\": abstracts differ between digests; keeping the longer one");
                }
                abstractText = other.abstractText();
                truncated = other.abstractTruncated();
            }
            if (arxivId.isEmpty()) {
                arxivId = other.arxivId();
            }
            if (doi.isEmpty()) {
                doi = other.doi();
            }
            if (other.venue().isPresent() && (venue.isEmpty() || other.venue().get().length() > venue.get().length())) {
                venue = other.venue();
            }
            if (other.authors().size() > authors.size()) {
                if (!authors.isEmpty()) {
                    debug.accept("\"" + title + "\": author lists differ between digests; keeping the longer one");
                }
                authors = other.authors();
                // the mark belongs to the list: a longer list is all the authors unless its own digest says not
                if (MoreAuthors.marked(other.extra())) {
                    extra.put(MoreAuthors.KEY, MoreAuthors.VALUE);
                } else {
                    extra.remove(MoreAuthors.KEY);
                }
            }
            literalAuthors.addAll(other.literalAuthors());
            keptCase.addAll(other.keptCase());
            if (published.isEmpty()) {
                published = other.published();
            }
            givenDates.addAll(GivenDate.of(other, otherOrigin));
            // a digest that gives as the paper's own an address another's abstract only cites makes it the paper's
            other.links().forEach(l -> links.merge(l.url(), l, (kept, given) -> kept.cited() && given.own() ? given : kept));
            tags.addAll(other.tags());
            if (other.upvotes().isPresent() && (upvotes.isEmpty() || other.upvotes().get() > upvotes.get())) {
                upvotes = other.upvotes();
            }
            other.extra().forEach((k, v) -> {
                if (k.equals(MoreAuthors.KEY)) {
                    return; // decided with the list above
                }
                Optional<GivenDate> year = k.equals("year") ? GivenDate.year(v, otherOrigin) : Optional.empty();
                if (year.isPresent() && (yearGiven == null ? !extra.containsKey(k) : year.get().refines(yearGiven))) {
                    extra.put(k, v); // the richer value: "2024-01" after "2024"
                    yearGiven = year.get();
                    return;
                }
                if (year.isPresent() && yearGiven != null) {
                    return; // a year that disagrees is said once for the paper, see dateDisagreement
                }
                String old = extra.putIfAbsent(k, v);
                if (old != null && !old.equals(v)) {
                    debug.accept("\"" + title + "\": digests disagree on " + k + " (\"" + old + "\" kept, \"" + v
                            + "\" ignored)");
                }
            });
        }

        /**
         * What the paper's digests say of its date when they disagree: the value used (the publication date, else
         * the year, as the paper's page shows them) and those that contradict it. The entry that gives the value used
         * does not disagree with itself: a journal's record dates its article online in 2021 and gives the issue's
         * year, 2022, and both are right.
         */
        Optional<String> titleDisagreement() {
            if (otherTitles.isEmpty()) {
                return Optional.empty(); // as nearly every paper: asked of each
            }
            return otherTitles.entrySet().stream().filter(t -> renamed(title, t.getKey())).findFirst()
                    .map(t -> origin + ": \"" + title + "\" is shown with this title, the oldest digest's that lists"
                            + " it; " + t.getValue() + " gives \"" + t.getKey() + "\". To show that title, write it"
                            + " here (the page's address follows its title).");
        }

        Optional<String> dateDisagreement() {
            // one date, or none, cannot disagree: the year kept is one of the dates given (see merge)
            if (givenDates.size() < 2) {
                return Optional.empty();
            }
            GivenDate used = givenDates.stream().filter(GivenDate::isDay).findFirst().orElse(yearGiven);
            if (used == null) {
                return Optional.empty();
            }
            List<GivenDate> others = givenDates.stream()
                    .filter(d -> !d.agreesWith(used) && !d.origin().equals(used.origin())).toList();
            if (others.isEmpty()) {
                return Optional.empty();
            }
            String on = others.stream().allMatch(d -> d.year() == used.year()) ? "date" : "year";
            String not = others.size() == 1 ? others.get(0) + " is not"
                    : String.join(", ", others.subList(0, others.size() - 1).stream().map(GivenDate::toString).toList())
                            + " and " + others.get(others.size() - 1) + " are not";
            // a reading group's table dates its papers by the day they were discussed, years after they appeared
            boolean discussed = used.isDay() && others.stream().allMatch(d -> d.year() <= used.year() - 2);
            return Optional.of(used.origin() + ": digests disagree on the " + on + " of \"" + title + "\": "
                    + used.written() + " here is used; " + not + ". Correct the digest that is wrong" + (discussed
                            ? " (if " + used.written() + " is the day the paper was discussed: a table's Date column is"
                                    + " the paper's date, so name that column otherwise, such as Discussed)."
                            : "."));
        }

        void addDigest(String digestSlug, String noteHtml, String noteWhere, List<String> digestTags) {
            if (!digests.contains(digestSlug)) {
                digests.add(digestSlug);
            }
            tags.addAll(digestTags);
            if (!noteHtml.isBlank()) {
                notes.add(new WrittenNote(new Paper.Note(digestSlug, noteHtml), noteWhere));
            }
        }

        /**
         * The paper's id: by the best identifier any digest gives it, else its key. Unlike the key (the id of the entry
         * read first), it does not depend on which digest listed the paper first.
         */
        PaperId id() {
            return arxivId.isPresent() || doi.isPresent() ? PaperId.of(arxivId, doi, title)
                    : namesakeId != null ? namesakeId : titleId;
        }

        /** The year the paper's page shows: its publication date's, else its year's. */
        Optional<Integer> shownYear() {
            return published.map(LocalDate::getYear).or(() -> Optional.ofNullable(yearGiven).map(GivenDate::year));
        }

        /** The paper, its notes' wikilinks to other papers' notes marked with those papers' slugs (see {@link NoteLinks}). */
        Paper build(String slug, NoteWikiLinks noteLinks) {
            PaperId id = id();
            List<Paper.Note> linked = notes.stream().map(n -> new Paper.Note(n.note().digestSlug(),
                    NoteLinks.toPapers(n.note().html(), noteLinks.in(n.where())))).toList();
            return new Paper(id, slug, title, abstractText, truncated, arxivId, doi, authors,
                    LiteralAuthors.of(authors, literalAuthors), published, venue,
                    List.copyOf(links.values()), List.copyOf(tags), upvotes, extra, digests, linked,
                    KeptCase.of(keptCase));
        }
    }
}
