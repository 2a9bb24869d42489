package io.github.paperdigest.engine;

import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.output.StagedSite.ContentWriter;
import io.github.paperdigest.render.AtomFeedWriter;
import io.github.paperdigest.render.BibTex;
import io.github.paperdigest.render.ModelExport;
import io.github.paperdigest.render.PaperScript;
import io.github.paperdigest.render.SearchIndexScript;
import io.github.paperdigest.render.SiteRenderer;
import io.github.paperdigest.render.SitemapWriter;
import io.github.paperdigest.render.Theme;
import io.github.paperdigest.site.Bibliography;
import io.github.paperdigest.site.Feed;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.PaperDataFile;
import io.github.paperdigest.site.PostingFiles;
import io.github.paperdigest.site.TitleFiles;
import io.github.paperdigest.site.SearchIndex;
import io.github.paperdigest.site.SiteIndex;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SitePlan;
import io.github.paperdigest.site.SiteSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Every file of a planned site, as a path and what writes its bytes: the search index and its posting files, the
 * model export, the sitemap and robots.txt (with a base URL), the theme's assets, the .nojekyll marker, the feeds,
 * the BibTeX files, the pages, and beside each paper's page the script other pages' scripts read it from.
 * The few large files come first, so that the publisher starts them while it writes the many small ones.
 */
final class SiteFiles {

    private final Theme theme;
    private final SiteSettings settings;
    private final ProseFormatter prose;
    private final ContentKeys keys;

    /** {@code rendering}: the fingerprint of the plugin's code, the theme and the project's templates. */
    SiteFiles(Theme theme, SiteSettings settings, ProseFormatter prose, String rendering) {
        this.theme = theme;
        this.settings = settings;
        this.prose = prose;
        this.keys = new ContentKeys(new ContentKeys(rendering).of("settings", settings));
    }

    List<SiteFile> of(SitePlan plan, SiteIndex index, BuildReport report) {
        return of(plan, index, report, AnalysisMemo.none());
    }

    /**
     * The files, taking each paper's BibTeX entry from {@code fragments} where an earlier build made it from the same
     * citation, and its search words where an earlier build split the same text, and keeping there the entries and
     * words this build makes and the entries of the last build that still hold, asked for or not: the whole site's
     * BibTeX file and the search index have every paper's.
     */
    List<SiteFile> of(SitePlan plan, SiteIndex index, BuildReport report, AnalysisMemo fragments) {
        Corpus corpus = index.corpus();
        Classification classification = index.classification();
        // both the search index and the export are made from the whole corpus and its classification: its
        // papers and digests, its tags and hubs, and each paper's tags and related papers
        String model = keys.of("model", corpus.papers(), corpus.digests(), classification.tags(), classification.hubs(),
                corpus.papers().stream().map(p -> List.of(classification.tagsOf(p.id()), classification.relatedTo(p.id())))
                        .toList());
        // one writer of BibTeX entries for every file that shows them, so that each paper's is made once
        BibTex bibTex = new BibTex(fragments, citation -> keys.of("bibtex entry", citation));
        bibTex.keepEntriesOf(corpus.papers().stream().map(index::citation).toList());
        SearchIndex.keepWords(fragments);
        SiteRenderer renderer = new SiteRenderer(theme, settings, prose, plan.paperShards(), bibTex);
        AtomFeedWriter feeds = new AtomFeedWriter(settings);
        List<String> assets = List.copyOf(theme.assetPaths());
        report.planned(plan, assets.size());

        List<SiteFile> files = new ArrayList<>(plan.pages().size() + plan.feeds().size()
                + plan.bibliographies().size() + assets.size() + 5);
        // made when the first of its files is written: the index (an entry per word and paper) is large
        PostingFiles postingFiles = PostingFiles.forPapers(corpus.papers().size());
        TitleFiles titleFiles = new TitleFiles(corpus.papers().size());
        SearchFiles search = new SearchFiles(() -> {
            SearchIndex searchIndex = SearchIndex.of(index, fragments);
            SearchIndexScript.Scripts scripts = new SearchIndexScript().render(searchIndex, postingFiles);
            report.searchIndex(searchIndex.papers().size(), searchIndex.words().size(), scripts.root().length,
                    scripts.postings().stream().mapToLong(p -> p.length).sum(), scripts.postings().size(),
                    scripts.titles().stream().mapToLong(t -> t.length).sum(), scripts.titles().size());
            return scripts;
        });
        files.add(new SiteFile(SitePaths.SEARCH_INDEX, () -> "search-" + model, SiteFile.whole(search::root)));
        for (int k = 0; k < postingFiles.count(); k++) {
            int file = k;
            files.add(new SiteFile(postingFiles.path(file), () -> "search-" + model,
                    SiteFile.whole(() -> search.postings(file))));
        }
        for (int k = 0; k < titleFiles.count(); k++) {
            int file = k;
            files.add(new SiteFile(titleFiles.path(file), () -> "search-" + model, SiteFile.whole(() -> search.titles(file))));
        }
        files.add(new SiteFile(SitePaths.EXPORT, () -> "export-" + model,
                out -> new ModelExport(settings).write(corpus, classification, index::citation, out)));
        settings.baseUrl().ifPresent(base -> {
            SitemapWriter sitemap = new SitemapWriter(base);
            files.add(SiteFile.of(SitePaths.SITEMAP, sitemap.sitemap(plan.pages().stream().filter(Page::indexable).map(Page::path).toList())));
            if (sitemap.atHostRoot()) {
                files.add(SiteFile.of(SitePaths.ROBOTS, sitemap.robots(SitePaths.SITEMAP)));
            }
        });
        for (String asset : assets) {
            files.add(SiteFile.unkeyed(asset, SiteFile.whole(() -> theme.read(asset))));
        }
        // an empty marker: GitHub Pages would otherwise run Jekyll, which skips files starting with '_'
        files.add(SiteFile.of(SitePaths.NO_JEKYLL, new byte[0]));
        for (Feed feed : plan.feeds()) {
            files.add(new SiteFile(feed.path(), () -> keys.of("feed", feed), out -> feeds.write(feed, out)));
        }
        for (Bibliography bibliography : plan.bibliographies()) {
            files.add(new SiteFile(bibliography.path(), () -> keys.of("bibliography", bibliography),
                    out -> bibTex.write(bibliography, out)));
        }
        for (Page page : plan.pages()) {
            // every page tells its scripts how many files the papers' data is in
            files.add(new SiteFile(page.path(), () -> keys.of("page", page, plan.paperShards()),
                    ContentWriter.whole(() -> renderer.render(page))));
        }
        PaperScript paperScript = new PaperScript(bibTex);
        for (PaperDataFile data : plan.paperData()) {
            files.add(new SiteFile(data.path(), () -> keys.of("paper-data", data.papers()),
                    out -> paperScript.write(data.papers(), out)));
        }
        return files;
    }
}
