package io.github.paperdigest.engine;

import io.github.paperdigest.output.PreviousPapers;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.PaperPage;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SitePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the papers of a tag's or hub's page that went are listed now: a tag renamed in the taxonomy, or a tag found
 * in the papers' words whose label changed. It is the one list, of those the previous site did not have, that every
 * paper of the old one still on the site is on, that is mostly theirs, and when most of the old list's papers are
 * still on the site; a list of one paper only when the new list is that paper alone. An older papers' page follows
 * its list's first page.
 */
final class RenamedLists {

    /** A list's first page, or its n-th page of older papers (a number no list reaches is no such page). */
    private static final Pattern LIST_PAGE = Pattern.compile("(tag|hub)/([^/]+?)(?:\\.([1-9]\\d{0,5}))?\\.html");

    /**
     * A list's first page that went, and the page of the list it became.
     *
     * @param folder {@code tag} or {@code hub}
     * @param former the old list's id
     * @param now    the first page of the list it became
     */
    record Renamed(String folder, String former, String now) {
    }

    private final Map<String, List<PreviousPapers.Paper>> previousOnList = new HashMap<>();
    private final Function<PreviousPapers.Paper, Optional<String>> slugNow;
    private final Map<String, Set<String>> listsOfPaper;
    private final Map<String, Integer> papersOn = new HashMap<>();
    private final Set<String> before;
    private final Set<String> now;
    private final Map<String, Optional<String>> found = new HashMap<>();

    /**
     * @param previous     the previous site's papers
     * @param slugNow      the slug of a previous paper on this build's site, if it is still there
     * @param listsOfPaper the first pages of the tags and hubs each paper of this build (by slug) is on
     * @param before       the previous site's pages
     * @param now          this build's pages
     */
    RenamedLists(List<PreviousPapers.Paper> previous, Function<PreviousPapers.Paper, Optional<String>> slugNow,
            Map<String, Set<String>> listsOfPaper, Set<String> before, Set<String> now) {
        for (PreviousPapers.Paper p : previous) {
            p.tags().forEach(t -> previousOnList.computeIfAbsent(SitePaths.tag(t), k -> new ArrayList<>()).add(p));
            p.hubs().forEach(h -> previousOnList.computeIfAbsent(SitePaths.hub(h), k -> new ArrayList<>()).add(p));
        }
        this.slugNow = slugNow;
        this.listsOfPaper = listsOfPaper;
        listsOfPaper.values().forEach(lists -> lists.forEach(l -> papersOn.merge(l, 1, Integer::sum)));
        this.before = before;
        this.now = now;
    }

    /** The first pages of the tags and hubs each paper of a build's plan is on, by the paper's slug. */
    static Map<String, Set<String>> listsOfPapers(SitePlan plan) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (Page page : plan.pages()) {
            if (page instanceof PaperPage p) {
                Set<String> of = new HashSet<>();
                p.tags().forEach(t -> of.add(SitePaths.tag(t.id())));
                p.hubs().forEach(h -> of.add(SitePaths.hub(h.id())));
                lists.put(p.paper().slug(), of);
            }
        }
        return lists;
    }

    /** The page a tag's or hub's page that went corresponds to now; empty for any other page, or when none is found. */
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

    /** For a list's first page that went, the list it became. */
    Optional<Renamed> renamed(String page) {
        Matcher m = LIST_PAGE.matcher(page);
        if (!m.matches() || m.group(3) != null) {
            return Optional.empty();
        }
        return firstPageNow(m.group(1), m.group(2)).map(p -> new Renamed(m.group(1), m.group(2), p));
    }

    /**
     * Whether the former id, added to the list the page's list became when that is one of {@code declared}, keeps the
     * page: its first page, and each older papers' page the new list has as many papers for.
     */
    boolean keptByFormerId(String page, Set<String> declared) {
        Matcher m = LIST_PAGE.matcher(page);
        if (!m.matches()) {
            return false;
        }
        Optional<String> first = firstPageNow(m.group(1), m.group(2)).filter(declared::contains);
        return first.isPresent() && (m.group(3) == null
                || now.contains(SitePaths.olderPapers(first.get(), Integer.parseInt(m.group(3)))));
    }

    private Optional<String> firstPageNow(String folder, String id) {
        String old = folder.equals("tag") ? SitePaths.tag(id) : SitePaths.hub(id);
        return found.computeIfAbsent(old, k -> {
            List<PreviousPapers.Paper> papers = previousOnList.getOrDefault(old, List.of());
            Set<String> common = null;
            int still = 0;
            for (PreviousPapers.Paper p : papers) {
                Optional<String> slug = slugNow.apply(p);
                if (slug.isPresent()) {
                    still++;
                    Set<String> in = new HashSet<>(listsOfPaper.getOrDefault(slug.get(), Set.of()));
                    in.removeIf(l -> !l.startsWith(folder + "/"));
                    if (common == null) {
                        common = in;
                    } else {
                        common.retainAll(in);
                    }
                }
            }
            if (common == null || still * 2 < papers.size()) {
                return Optional.empty();
            }
            int matched = still;
            List<String> candidates = common.stream().filter(l -> !before.contains(l))
                    .filter(l -> papersOn.getOrDefault(l, 0) <= matched * 2)
                    .filter(l -> matched >= 2 || papersOn.getOrDefault(l, 0) == matched)
                    .toList();
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        });
    }
}
