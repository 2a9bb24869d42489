package io.github.paperdigest.engine;

import io.github.paperdigest.model.ControlCharacters;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.output.PreviousPapers;
import io.github.paperdigest.site.MovedAddresses;
import io.github.paperdigest.site.MovedAddressesException;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SitePlan;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    void check(PreviousSite previous, SitePlan plan, PaperMatches matches, TaxonomyDefinition declared) {
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
        Map<String, PreviousPapers.Paper> previousByPage = PreviousSite.byPage(papers);
        Set<String> before = previousFiles.orElseGet(() -> previousByPage.keySet());
        RenamedLists lists = new RenamedLists(papers, p -> matches.of(p).map(Paper::slug),
                RenamedLists.listsOfPapers(plan), before, now);
        List<String> described = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> declaredLists = declaredLists(declared);
        Map<String, SortedSet<String>> formerIds = new TreeMap<>();
        String unmatched = null;
        for (String page : lost) {
            PreviousPapers.Paper paper = previousByPage.get(page);
            Optional<String> target = MovedAddresses.addressProblem(page).isPresent() ? Optional.empty()
                    : paper != null ? matches.of(paper).map(p -> SitePaths.paper(p.slug()))
                    : page.startsWith("digest/") ? digestNow(page, papers, matches, before) : lists.pageNow(page);
            lists.renamed(page).filter(r -> declaredLists.containsKey(r.now()))
                    .ifPresent(r -> formerIds.computeIfAbsent(r.now(), k -> new TreeSet<>()).add(r.former()));
            boolean keptByFormerIds = lists.keptByFormerId(page, declaredLists.keySet());
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
                + " %s will reach the 404 page:", lost.size(), lost.size() == 1 ? "page" : "pages", previous.hadPhrase(),
                lost.size() == 1 ? "it" : "them"));
        listed(message, described, "more pages");
        if (!lines.isEmpty()) {
            message.append("\nTo keep ").append(lines.size() == 1 ? "the address of a page" : "the addresses of pages")
                    .append(" still on the site under another (a paper's with its reading-list marks and feed entries),"
                            + " add ")
                    .append(lines.size() == 1 ? "this line" : "these lines").append(" to ").append(movedFile).append(':');
            listed(message, lines, "more lines");
        }
        List<String> additions = new ArrayList<>();
        formerIds.forEach((list, ids) -> additions.add(formerIdsToAdd(list, ids, declaredLists.get(list))));
        if (additions.size() == 1) {
            message.append("\nTo keep the pages and feed of a tag or hub of ").append(taxonomyFile).append(" renamed,"
                    + " add ").append(additions.get(0)).append(" there");
        } else if (!additions.isEmpty()) {
            message.append("\nTo keep the pages and feeds of the tags and hubs of ").append(taxonomyFile)
                    .append(" renamed, add there:");
            listed(message, additions, "more");
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

    /** What to add to a declared list's entry: a {@code formerIds} key, or ids to the one it has (two keys is no YAML). */
    private static String formerIdsToAdd(String list, SortedSet<String> ids, List<String> existing) {
        String folder = list.substring(0, list.indexOf('/'));
        String named = "the " + folder + " '" + list.substring(folder.length() + 1, list.length() - ".html".length()) + "'";
        return existing.isEmpty() ? "formerIds: [" + String.join(", ", ids) + "] to " + named
                : String.join(", ", ids) + " to the formerIds of " + named;
    }

    /** The first pages of the tags and hubs the taxonomy declares, which {@code formerIds} can keep, and theirs. */
    private static Map<String, List<String>> declaredLists(TaxonomyDefinition declared) {
        Map<String, List<String>> pages = new HashMap<>();
        declared.tags().forEach(t -> pages.put(SitePaths.tag(t.id()), t.formerIds()));
        declared.hubs().forEach(h -> pages.put(SitePaths.hub(h.id()), h.formerIds()));
        return pages;
    }

    /**
     * Where the papers of a digest whose page went are listed now, when one digest of a page the previous site did not
     * have lists all of them that are still on the site: the digest's file renamed (its address is made from the
     * file's name).
     */
    private static Optional<String> digestNow(String page, List<PreviousPapers.Paper> papers, PaperMatches matches,
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
        Map<String, PreviousPapers.Paper> previousByPage = PreviousSite.byPage(previousPapers.get());
        PaperMatches matches = new PaperMatches(corpus);
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
    static void listed(StringBuilder message, List<String> items, String more) {
        items.stream().limit(LISTED).forEach(item -> message.append("\n  ").append(item));
        if (items.size() > LISTED) {
            message.append("\n  and ").append(items.size() - LISTED).append(' ').append(more)
                    .append(" (mvn -X names each)");
        }
    }

    /** A title of the previous site's, which anyone may have edited, as a line of the log can show it. */
    static String shown(String title) {
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
}
