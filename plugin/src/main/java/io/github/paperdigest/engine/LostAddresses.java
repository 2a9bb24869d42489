package io.github.paperdigest.engine;

import io.github.paperdigest.model.ControlCharacters;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.output.PreviousPapers;
import io.github.paperdigest.site.MovedAddresses;
import io.github.paperdigest.site.MovedAddressesException;
import io.github.paperdigest.site.MovedPage;
import io.github.paperdigest.site.PaperPage;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SitePlan;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the user, once, which pages the site published before and this build drops: an address shared in a chat or
 * kept in a reading list then reaches the 404 page, which no input said should happen when a title is corrected in
 * the only digest that gives it. For a paper that is still on the site under another address, it prints the line of
 * the moved addresses ({@link MovedAddresses}) that keeps the old one. It only reads the previous site (its manifest's
 * pages, and its {@code papers.json} when a paper's page is dropped), as untrusted input, and changes no file: the
 * site stays a function of the inputs.
 */
final class LostAddresses {

    /** Addresses and lines named in the warning; the debug log names the rest. */
    static final int LISTED = 20;

    private final Consumer<String> warn;
    private final Consumer<String> debug;
    private final String movedFile;
    private final String taxonomyFile;

    /**
     * @param movedFile    the file of moved addresses, as the warning names it
     * @param taxonomyFile the project's taxonomy file, as the warning names it
     */
    LostAddresses(Consumer<String> warn, Consumer<String> debug, String movedFile, String taxonomyFile) {
        this.warn = warn;
        this.debug = debug;
        this.movedFile = movedFile;
        this.taxonomyFile = taxonomyFile;
    }

    /**
     * @param previous  the site this build replaces or is published over; without a manifest that can be trusted, its
     *                  papers' list is all there is to go by, and its papers are read only when one of their pages is
     *                  dropped
     * @param declared  the project's taxonomy, whose tags and hubs keep a former id's pages and feed by {@code formerIds}
     */
    void check(PreviousSite previous, SitePlan plan, Corpus corpus, TaxonomyDefinition declared) {
        Optional<Set<String>> previousFiles = previous.files();
        Supplier<List<PreviousPapers.Paper>> previousPapers = previous.papers();
        Set<String> now = new HashSet<>();
        plan.pages().forEach(p -> now.add(p.path()));
        SortedSet<String> lost = new TreeSet<>();
        List<PreviousPapers.Paper> papers;
        if (previousFiles.isPresent()) {
            previousFiles.get().stream().filter(p -> p.endsWith(".html") && !now.contains(p)).forEach(lost::add);
            papers = lost.stream().anyMatch(p -> p.contains("/") && !p.startsWith("author/"))
                    ? previousPapers.get() : List.of();
        } else {
            papers = previousPapers.get();
            if (papers.isEmpty()) {
                debug.accept(previous.name() + " has no manifest or papers.json to tell which of its pages this build"
                        + " drops: not checked");
            }
            papers.stream().map(p -> SitePaths.paper(p.slug())).filter(p -> !now.contains(p)).forEach(lost::add);
        }
        if (lost.isEmpty()) {
            return;
        }
        Map<String, PreviousPapers.Paper> previousByPage = new HashMap<>();
        papers.forEach(p -> previousByPage.putIfAbsent(SitePaths.paper(p.slug()), p));
        Set<String> before = previousFiles.orElseGet(() -> previousByPage.keySet());
        Matches matches = new Matches(corpus);
        ListsNow lists = new ListsNow(plan, papers, matches, before, now);
        List<String> described = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        SortedSet<String> formerIds = new TreeSet<>();
        Set<String> declaredLists = declaredLists(declared);
        String unmatched = null;
        for (String page : lost) {
            PreviousPapers.Paper paper = previousByPage.get(page);
            Optional<String> target = MovedAddresses.addressProblem(page).isPresent() ? Optional.empty()
                    : paper != null ? matches.of(paper).map(p -> SitePaths.paper(p.slug()))
                    : page.startsWith("digest/") ? digestNow(page, papers, matches, before) : lists.pageNow(page);
            Optional<ListsNow.Renamed> renamed = lists.renamed(page).filter(r -> declaredLists.contains(r.now()));
            renamed.ifPresent(r -> formerIds.add("formerIds: [" + r.former() + "] to the " + r.folder() + " '"
                    + r.now().substring(r.folder().length() + 1, r.now().length() - ".html".length()) + "'"));
            boolean keptByFormerIds = renamed.isPresent() || lists.olderPageOfRenamed(page, declaredLists);
            if (target.isPresent()) {
                described.add(page + (paper != null ? ": the paper \"" + shown(paper.title()) + "\", now at "
                        : ": its papers are listed now at ") + target.get());
                if (!keptByFormerIds) {
                    lines.add(page + ": " + target.get());
                }
            } else {
                described.add(paper == null ? page : page + ": the paper \"" + shown(paper.title()) + "\", in no digest now");
                if (unmatched == null && MovedAddresses.addressProblem(page).isEmpty()) {
                    unmatched = page;
                }
            }
        }
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "This build drops %d %s that %s; links to"
                + " %s will reach the 404 page:", lost.size(), lost.size() == 1 ? "page" : "pages", previous.published(),
                lost.size() == 1 ? "it" : "them"));
        listed(message, described, "more pages");
        if (!lines.isEmpty()) {
            message.append("\nTo keep ").append(lines.size() == 1 ? "the address of a page" : "the addresses of pages")
                    .append(" still on the site under another (a paper's with its reading-list marks and feed entries),"
                            + " add ")
                    .append(lines.size() == 1 ? "this line" : "these lines").append(" to ").append(movedFile).append(':');
            listed(message, lines, "more lines");
        }
        if (formerIds.size() == 1) {
            message.append("\nTo keep the pages and feed of a tag or hub of ").append(taxonomyFile).append(" renamed,"
                    + " add ").append(formerIds.first()).append(" there");
        } else if (!formerIds.isEmpty()) {
            message.append("\nTo keep the pages and feeds of the tags and hubs of ").append(taxonomyFile).append(" renamed,"
                    + " add there");
            listed(message, List.copyOf(formerIds), "more");
        }
        if (unmatched != null) {
            message.append("\nA page of a paper or digest removed, or of a tag the papers no longer support, reaches the"
                    + " 404 page, which offers a search for the words of its address; to keep such an address, add a"
                    + " line leading it to a page the site has to ").append(movedFile).append(", as '").append(unmatched)
                    .append(": ").append(index(unmatched)).append('\'');
        }
        warn.accept(message.toString());
        described.forEach(d -> debug.accept("Dropped: " + d));
        lines.forEach(l -> debug.accept("A line for " + movedFile + ": " + l));
    }

    /** The first pages of the tags and hubs the taxonomy declares, which {@code formerIds} can keep. */
    private static Set<String> declaredLists(TaxonomyDefinition declared) {
        Set<String> pages = new HashSet<>();
        declared.tags().forEach(t -> pages.add(SitePaths.tag(t.id())));
        declared.hubs().forEach(h -> pages.add(SitePaths.hub(h.id())));
        return pages;
    }

    /**
     * Where the papers of a tag's or hub's page that went are listed now: the one tag (or hub) that every paper of the
     * old one still on the site has, of those whose page the previous site did not have (the tag renamed in the
     * taxonomy, or a derived tag whose label's words changed). An older papers' page follows its list's first page.
     */
    private static final class ListsNow {
        private static final Pattern LIST_PAGE = Pattern.compile("(tag|hub)/([^/]+?)(?:\\.(\\d+))?\\.html");

        /** A list's first page that went, and the page of the list it became. */
        record Renamed(String folder, String former, String now) {
        }

        private final SitePlan plan;
        private final List<PreviousPapers.Paper> papers;
        private final Matches matches;
        private final Set<String> before;
        private final Set<String> now;
        private final Map<String, Optional<String>> found = new HashMap<>();
        private Map<String, Set<String>> listsOfPaper;
        private final Map<String, Integer> papersOn = new HashMap<>();

        ListsNow(SitePlan plan, List<PreviousPapers.Paper> papers, Matches matches, Set<String> before, Set<String> now) {
            this.plan = plan;
            this.papers = papers;
            this.matches = matches;
            this.before = before;
            this.now = now;
        }

        /** The page a tag's or hub's page that went corresponds to now; empty for any other page, or none found. */
        Optional<String> pageNow(String page) {
            Matcher m = LIST_PAGE.matcher(page);
            if (!m.matches()) {
                return Optional.empty();
            }
            Optional<String> first = firstPageNow(m.group(1), m.group(2));
            if (m.group(3) == null || first.isEmpty()) {
                return first;
            }
            String older = SitePaths.olderPapers(first.get(), Integer.parseInt(m.group(3)));
            return Optional.of(now.contains(older) ? older : first.get());
        }

        /** Whether the page is an older papers' page of a list that became one of {@code lists}. */
        boolean olderPageOfRenamed(String page, Set<String> lists) {
            Matcher m = LIST_PAGE.matcher(page);
            return m.matches() && m.group(3) != null && firstPageNow(m.group(1), m.group(2)).filter(lists::contains)
                    .isPresent();
        }

        /** For a list's first page that went, the list it became. */
        Optional<Renamed> renamed(String page) {
            Matcher m = LIST_PAGE.matcher(page);
            if (!m.matches() || m.group(3) != null) {
                return Optional.empty();
            }
            return firstPageNow(m.group(1), m.group(2)).map(p -> new Renamed(m.group(1), m.group(2), p));
        }

        private Optional<String> firstPageNow(String folder, String id) {
            return found.computeIfAbsent(folder + "/" + id, k -> {
                Set<String> common = null;
                int matched = 0;
                for (PreviousPapers.Paper p : papers) {
                    if ((folder.equals("tag") ? p.tags() : p.hubs()).contains(id)) {
                        Optional<Paper> current = matches.of(p);
                        if (current.isPresent()) {
                            matched++;
                            Set<String> in = new HashSet<>(listsOf(current.get().slug()));
                            in.removeIf(l -> !l.startsWith(folder + "/"));
                            if (common == null) {
                                common = in;
                            } else {
                                common.retainAll(in);
                            }
                        }
                    }
                }
                if (common == null) {
                    return Optional.empty();
                }
                // the list it became is mostly its papers, not a larger one they happen to be in too
                int most = matched * 2;
                List<String> candidates = common.stream().filter(l -> !before.contains(l))
                        .filter(l -> papersOn.getOrDefault(l, 0) <= most).toList();
                return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
            });
        }

        /** The first pages of the tags and hubs a paper of this build is on. */
        private Set<String> listsOf(String slug) {
            if (listsOfPaper == null) {
                listsOfPaper = new HashMap<>();
                for (Page page : plan.pages()) {
                    if (page instanceof PaperPage p) {
                        Set<String> lists = new HashSet<>();
                        p.tags().forEach(t -> lists.add(SitePaths.tag(t.id())));
                        p.hubs().forEach(h -> lists.add(SitePaths.hub(h.id())));
                        listsOfPaper.put(p.paper().slug(), lists);
                        lists.forEach(l -> papersOn.merge(l, 1, Integer::sum));
                    }
                }
            }
            return listsOfPaper.getOrDefault(slug, Set.of());
        }
    }

    /**
     * Warns of the lines of the moved addresses that lead a paper's address of the previous site to another paper's
     * page: the paper is found on the site under another address, or is in no digest now. The page led to takes the
     * old address's reading-list marks and feed id, so a feed reader that showed the first paper would not show the
     * second as new. Reads the previous site's papers only when a line leads a paper's address to a paper's page.
     */
    void checkLines(PreviousSite previous, MovedAddresses moved, SitePlan plan, Corpus corpus) {
        Map<String, MovedAddresses.Line> paperLines = new HashMap<>();
        moved.lines().stream().filter(l -> l.from().startsWith("paper/")).forEach(l -> paperLines.put(l.from(), l));
        Map<String, String> targets = new HashMap<>();
        for (Page page : plan.pages()) {
            if (page instanceof MovedPage m && paperLines.containsKey(m.path()) && m.target().startsWith("paper/")) {
                targets.put(m.path(), m.target());
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Map<String, PreviousPapers.Paper> previousByPage = new HashMap<>();
        previous.papers().get().forEach(p -> previousByPage.putIfAbsent(SitePaths.paper(p.slug()), p));
        Matches matches = new Matches(corpus);
        List<String> told = new ArrayList<>();
        paperLines.values().stream().sorted(Comparator.comparingInt(MovedAddresses.Line::line)).forEach(line -> {
            String target = targets.get(line.from());
            PreviousPapers.Paper before = previousByPage.get(line.from());
            if (target == null || before == null) {
                return;
            }
            Optional<String> now = matches.of(before).map(p -> SitePaths.paper(p.slug()));
            if (now.isEmpty()) {
                told.add(String.format(Locale.ROOT, "line %d leads %s, the page of the paper \"%s\", which no digest"
                        + " lists now, to %s, another paper's: lead it to a list, such as %s", line.line(),
                        line.from(), shown(before.title()), target, SitePaths.HOME));
            } else if (!now.get().equals(target)) {
                told.add(String.format(Locale.ROOT, "line %d leads %s, the page of the paper \"%s\", to %s, another"
                        + " paper's: that paper is at %s now; lead it there", line.line(), line.from(),
                        shown(before.title()), target, now.get()));
            }
        });
        if (told.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(movedFile).append(" leads ")
                .append(told.size() == 1 ? "a paper's address" : told.size() + " papers' addresses")
                .append(" to another paper's page, which takes its reading-list marks and feed id (a feed reader that"
                        + " showed the first paper would not show the other as new):");
        listed(message, told, "more lines");
        warn.accept(message.toString());
    }

    /**
     * Where the papers of a digest whose page went are listed now, when one digest of a page the previous site did not
     * have lists all of them that are still on the site: the digest's file renamed (its address is made from the
     * file's name).
     */
    private static Optional<String> digestNow(String page, List<PreviousPapers.Paper> papers, Matches matches,
            Set<String> before) {
        String slug = page.substring("digest/".length(), page.length() - ".html".length());
        Set<String> common = null;
        for (PreviousPapers.Paper p : papers) {
            if (p.digests().contains(slug)) {
                Optional<Paper> now = matches.of(p);
                if (now.isPresent()) {
                    Set<String> in = new HashSet<>(now.get().digests());
                    if (common == null) {
                        common = in;
                    } else {
                        common.retainAll(in);
                    }
                }
            }
        }
        if (common == null) {
            return Optional.empty();
        }
        List<String> candidates = common.stream().map(SitePaths::digest).filter(d -> !before.contains(d)).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * The mistakes of the moved addresses, where a line leads to a paper's page of the site this build replaces that
     * it does not have (the paper's title corrected again) told with the line that leads that page on: the build that
     * dropped the page fails on the line, so no warning names it. Changes nothing when no such page is known.
     */
    static MovedAddressesException explained(MovedAddressesException e,
            Supplier<List<PreviousPapers.Paper>> previousPapers, Corpus corpus) {
        if (e.problems().stream().noneMatch(p -> p.missingPage().filter(m -> m.startsWith("paper/")).isPresent())) {
            return e;
        }
        Map<String, PreviousPapers.Paper> previousByPage = new HashMap<>();
        previousPapers.get().forEach(p -> previousByPage.putIfAbsent(SitePaths.paper(p.slug()), p));
        Matches matches = new Matches(corpus);
        List<MovedAddressesException.Problem> explained = new ArrayList<>();
        boolean told = false;
        for (MovedAddressesException.Problem problem : e.problems()) {
            Optional<String> missing = problem.missingPage();
            PreviousPapers.Paper before = missing.map(previousByPage::get).orElse(null);
            Optional<Paper> now = before == null ? Optional.empty() : matches.of(before);
            if (now.isEmpty()) {
                explained.add(problem);
                continue;
            }
            String target = SitePaths.paper(now.get().slug());
            explained.add(new MovedAddressesException.Problem(problem.line(), problem.text() + ". The paper \""
                    + shown(before.title()) + "\" it showed is at " + target + " now: add the line '" + missing.get()
                    + ": " + target + "', which this line then leads through", missing));
            told = true;
        }
        if (!told) {
            return e;
        }
        MovedAddressesException better = new MovedAddressesException(e.sourceName(), explained);
        e.step().ifPresent(better::inStep);
        return better;
    }

    /** The first {@link #LISTED} items, each on a line of its own, then how many more. */
    private static void listed(StringBuilder message, List<String> items, String more) {
        items.stream().limit(LISTED).forEach(item -> message.append("\n  ").append(item));
        if (items.size() > LISTED) {
            message.append("\n  and ").append(items.size() - LISTED).append(' ').append(more)
                    .append(" (mvn -X names each)");
        }
    }

    /** A title of the previous site's, which anyone may have edited, as a line of the log can show it. */
    private static String shown(String title) {
        String visible = ControlCharacters.visible(title);
        return visible.length() <= 200 ? visible : visible.substring(0, 200) + "…";
    }

    /** The page that lists what an address's folder holds: the nearest thing to a page of it that went. */
    private static String index(String page) {
        String folder = page.contains("/") ? page.substring(0, page.indexOf('/')) : "";
        return switch (folder) {
            case "digest" -> SitePaths.DIGEST_ARCHIVE;
            case "tag" -> SitePaths.TAG_INDEX;
            case "hub" -> SitePaths.HUB_INDEX;
            case "author" -> SitePaths.AUTHOR_INDEX;
            default -> SitePaths.HOME;
        };
    }

    /**
     * This build's papers by what tells a paper apart whatever its title: its arXiv id, its DOI, else its authors and
     * abstract together (a corrected title leaves them as they were).
     */
    private static final class Matches {
        private final Corpus corpus;
        private Map<String, Paper> byArxiv;
        private Map<String, Paper> byDoi;
        private Map<String, Paper> byContent;

        Matches(Corpus corpus) {
            this.corpus = corpus;
        }

        Optional<Paper> of(PreviousPapers.Paper before) {
            if (byArxiv == null) {
                byArxiv = new HashMap<>();
                byDoi = new HashMap<>();
                byContent = new HashMap<>();
                Set<String> sharedContent = new HashSet<>();
                for (Paper p : corpus.papers()) {
                    p.arxivId().ifPresent(a -> byArxiv.putIfAbsent(a, p));
                    p.doi().ifPresent(d -> byDoi.putIfAbsent(d.toLowerCase(Locale.ROOT), p));
                    if (!p.abstractText().isBlank() && !p.authors().isEmpty()) {
                        String key = PreviousPapers.contentKey(p.authors(), p.abstractText());
                        if (byContent.putIfAbsent(key, p) != null) {
                            sharedContent.add(key);
                        }
                    }
                }
                // two papers of one text are told apart by nothing this can see
                byContent.keySet().removeAll(sharedContent);
            }
            Optional<Paper> found = before.arxiv().map(byArxiv::get);
            if (found.isEmpty()) {
                found = before.doi().map(d -> byDoi.get(d.toLowerCase(Locale.ROOT)));
            }
            if (found.isEmpty()) {
                found = before.content().map(byContent::get);
            }
            return found;
        }
    }
}
