package io.github.paperdigest.engine;

import io.github.paperdigest.output.PreviousPapers;
import io.github.paperdigest.site.MovedAddresses;
import io.github.paperdigest.site.MovedPage;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SitePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Warns of the lines of the moved addresses that lead a paper's address of the previous site to another paper's page:
 * the paper is on the site under another address, or in no digest now. The page led to takes the old address's
 * reading-list marks and feed id, so a feed reader that showed the first paper would not show the second as new. Only
 * a line the previous site still has the address of can be told, so the build that adds it tells it, once.
 */
final class MovedLineCheck {

    private final Consumer<String> warn;
    private final String movedFile;

    /** @param movedFile the file of moved addresses, as the warning names it */
    MovedLineCheck(Consumer<String> warn, String movedFile) {
        this.warn = warn;
        this.movedFile = movedFile;
    }

    /** Reads the previous site's papers only when a line leads a paper's address it had to a paper's page. */
    void check(PreviousSite previous, MovedAddresses moved, SitePlan plan, PaperMatches matches) {
        Map<String, MovedAddresses.Line> paperLines = new HashMap<>();
        moved.lines().stream()
                .filter(l -> l.from().startsWith("paper/"))
                .filter(l -> previous.files().map(files -> files.contains(l.from())).orElse(true))
                .forEach(l -> paperLines.put(l.from(), l));
        Map<String, String> targets = new HashMap<>();
        for (Page page : plan.pages()) {
            // a paper's page, and no other page at a paper's address (several papers of one title share a list)
            if (page instanceof MovedPage m && m.data().isPresent() && paperLines.containsKey(m.path())) {
                targets.put(m.path(), m.target());
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        Map<String, PreviousPapers.Paper> previousByPage = PreviousSite.byPage(previous.papers().get());
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
                        line.from(), LostAddresses.shown(before.title()), target, SitePaths.HOME));
            } else if (!now.get().equals(target)) {
                told.add(String.format(Locale.ROOT, "line %d leads %s, the page of the paper \"%s\", to %s, another"
                        + " paper's: that paper is at %s now; lead it there", line.line(), line.from(),
                        LostAddresses.shown(before.title()), target, now.get()));
            }
        });
        if (told.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(movedFile).append(" leads ")
                .append(told.size() == 1 ? "a paper's address" : told.size() + " papers' addresses")
                .append(" to another paper's page, which takes its reading-list marks and feed id (a feed reader that"
                        + " showed the first paper would not show the other as new):");
        LostAddresses.listed(message, told, "more lines");
        warn.accept(message.toString());
    }
}
