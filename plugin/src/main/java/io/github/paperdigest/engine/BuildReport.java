package io.github.paperdigest.engine;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.output.AnalysisMemoFile;
import io.github.paperdigest.output.StagedSite;
import io.github.paperdigest.site.SitePlan;
import io.github.paperdigest.taxonomy.SettledPapers;
import io.github.paperdigest.taxonomy.TaxonomyReport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a build tells its user: a line in the log as each step ends, then the step times, and the result the
 * build returns. Every line the engine logs is worded here.
 */
final class BuildReport {

    private final BuildLog log;
    private final BuildConfig config;
    private final Steps steps;
    private int digests;
    private int papers;
    private int tags;
    private int hubs;
    private int pages;
    private int feeds;
    private int assets;
    private int recalledReadings;
    private int recalledAnalyses;
    /** Told by the thread that writes the search index, read once the site is published. */
    private volatile String searchIndex;

    BuildReport(BuildLog log, BuildConfig config, Steps steps) {
        this.log = log;
        this.config = config;
        this.steps = steps;
    }

    /** @param warned what the build that made the site warned of, told again: nothing it warned of has changed */
    BuildResult upToDate(StagedSite.Warned warned) {
        int count = warned.warnings().size() + warned.more();
        String stillHold = count == 0 ? "" : count == 1 ? "; the warning of that build still holds:"
                : "; the " + Counted.of(count, "warning") + " of that build still hold:";
        log.info("Paper site is up to date: no digest, template, taxonomy or setting changed since "
                + config.outputDirectory() + " was built" + stillHold);
        warned.warnings().forEach(log::warn);
        if (warned.more() > 0) {
            log.warn(Counted.of(warned.more(), "more warning") + " of that build not repeated: delete "
                    + config.outputDirectory() + " and build again to see them all");
        }
        return new BuildResult(config.outputDirectory(), true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, steps.times());
    }

    void noDigests() {
        log.warn("No digests found in " + config.digestDirectory() + (config.allowEmptySite()
                ? "; the site will have no papers" : "; a site of no papers replaces none that has some (allowEmptySite)"));
    }

    void read(Corpus corpus, List<DigestFile> files) {
        digests = corpus.digests().size();
        papers = corpus.papers().size();
        int entries = files.stream().mapToInt(d -> d.entries().size()).sum();
        log.info("Read " + Counted.of(papers, "paper") + " from " + Counted.of(digests, "digest")
                + (entries > papers ? " (" + entries + " entries; papers listed in several digests merged)" : ""));
    }

    void indexed(Corpus corpus, Classification classification, SettledPapers settled, boolean hubsDeclared) {
        tags = classification.tags().size();
        hubs = classification.hubs().size();
        int listed = classification.listedTagCount();
        log.info("Indexed " + Counted.of(tags, "tag")
                + (listed < tags ? String.format(Locale.ROOT, " (%,d in the tag index; %,d on one paper each)", listed,
                        tags - listed) : "")
                + " and " + Counted.of(hubs, "topic hub")
                + (hubsDeclared ? "" : " (" + derivedHubs(hubs, settled)
                        + "; declare hubs in taxonomy.yml to choose them)"));
        if (config.taxonomyReport()) {
            TaxonomyReport.of(classification, corpus.papers().stream().map(Paper::id).toList()).lines().forEach(log::info);
        }
    }

    /**
     * Where the derived hubs come from ({@link #derivedFrom}), or, when there are none, why: a site whose papers form
     * no hub that leaves some of them out (as nine papers do) would otherwise seem to have lost its hubs.
     */
    static String derivedHubs(int hubs, SettledPapers settled) {
        return hubs == 0 ? "no derived hub: a derived hub leaves out a quarter of the papers at least" : derivedFrom(settled);
    }

    /** Which papers derived hubs were formed from, and when they are formed anew, so that a changed hub is expected. */
    static String derivedFrom(SettledPapers settled) {
        String from = settled.count() < settled.papers()
                ? String.format(Locale.ROOT, "derived from the %,d papers that arrived first", settled.count())
                : "derived from the papers";
        return from + String.format(Locale.ROOT, ", formed anew at %,d papers", settled.nextStep());
    }

    void planned(SitePlan plan, int assetCount) {
        pages = plan.pages().size();
        feeds = plan.feeds().size();
        assets = assetCount;
    }

    /**
     * The search index's root, which every search loads, its postings, of which a query loads a few files, and its
     * titles, of which the results shown load a few files.
     */
    void searchIndex(int indexedPapers, int words, int rootBytes, long postingBytes, int postingFiles, long titleBytes,
            int titleFiles) {
        searchIndex = String.format(Locale.ROOT, "Search index: %s, %s, %,d KB, %,d KB of postings in %s and %,d KB"
                + " of titles in %s", Counted.of(indexedPapers, "paper"), Counted.of(words, "word"), (rootBytes + 1023) / 1024,
                (postingBytes + 1023) / 1024, Counted.of(postingFiles, "file"), (titleBytes + 1023) / 1024,
                Counted.of(titleFiles, "file"));
    }

    void readingsKept(AnalysisMemoFile.Use readings) {
        recalledReadings = readings.recalled();
        log.debug(String.format(Locale.ROOT, "Digests' readings: %,d from the last build, %,d read", readings.recalled(),
                readings.made()));
    }

    void analysesKept(AnalysisMemoFile.Use analyses) {
        recalledAnalyses = analyses.recalled();
        log.debug(String.format(Locale.ROOT, "Papers' analyses: %,d from the last build, %,d made", analyses.recalled(),
                analyses.made()));
    }

    void fragmentsKept(AnalysisMemoFile.Use fragments) {
        log.debug(String.format(Locale.ROOT, "Papers' fragments (BibTeX entries, search words): %,d from the last build,"
                + " %,d made, %,d of papers whose files were not made again kept", fragments.recalled(), fragments.made(),
                fragments.carried()));
    }

    BuildResult published(Publisher.Publication publication) {
        StagedSite.Commit commit = publication.commit();
        Map<BuildStep, Duration> times = steps.times();
        Duration total = times.values().stream().reduce(Duration.ZERO, Duration::plus);
        log.info(String.format(Locale.ROOT, "Wrote %s, %s and %s to %s in %.1f s", Counted.of(pages, "page"),
                Counted.of(feeds, "feed"), Counted.of(assets, "asset"), config.outputDirectory(), seconds(total)));
        Map<BuildStep, Duration> processor = steps.processorTimes();
        log.debug("Time: " + times.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey().label(), seconds(e.getValue()))
                        + (processor.containsKey(e.getKey())
                                ? String.format(Locale.ROOT, " (CPU %.1f s)", seconds(processor.get(e.getKey()))) : ""))
                .collect(Collectors.joining(", ")));
        if (searchIndex != null) {
            log.info(searchIndex);
        }
        if (commit.unchanged() > 0) {
            int notMade = commit.written() - publication.made();
            log.info(Counted.of(commit.written() - commit.unchanged(), "file") + " changed; "
                    + Counted.of(commit.unchanged(), "unchanged file") + " kept as they were"
                    + (notMade > 0 ? " (" + Counted.of(notMade, "file") + " not made again: what they show had not"
                            + " changed)" : ""));
        }
        sizeWarning(commit.bytes()).ifPresent(log::warn);
        if (!commit.keptUserFiles().isEmpty()) {
            log.info("Kept " + Counted.of(commit.keptUserFiles().size(), "file") + " in the output folder that Paper Digest"
                    + " did not write");
        }
        return new BuildResult(config.outputDirectory(), false, digests, papers, tags, hubs, pages, feeds, assets,
                publication.made(), commit.unchanged(), commit.keptUserFiles().size(), commit.removed(), recalledReadings,
                recalledAnalyses, times);
    }

    /** GitHub Pages publishes sites of up to 1 GB (GitHub's documentation of its limits). */
    static final long GITHUB_PAGES_LIMIT = 1_000_000_000L;

    /**
     * A site larger than GitHub Pages publishes, said when it is built rather than found when it is deployed: the
     * plugin's own files alone (about 21 KB a paper) pass the limit near 46,000 papers.
     */
    static Optional<String> sizeWarning(long siteBytes) {
        if (siteBytes <= GITHUB_PAGES_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "The paper site is %.2f GB: GitHub Pages publishes sites of up to"
                + " 1 GB, so publish it on another host (see 'Large archives' in the plugin's README)", siteBytes / 1e9));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

}
