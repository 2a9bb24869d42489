package io.github.paperdigest.engine;

import io.github.paperdigest.digest.ArxivAtomDigestReader;
import io.github.paperdigest.digest.ArxivJsonLinesDigestReader;
import io.github.paperdigest.digest.DigestFolder;
import io.github.paperdigest.digest.HuggingFaceJsonDigestReader;
import io.github.paperdigest.digest.MarkdownDigestReader;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestReader;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.digest.PlainTextDigestReader;
import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.output.OutputLock;
import io.github.paperdigest.output.StagedSite;
import io.github.paperdigest.render.AtomFeedWriter;
import io.github.paperdigest.render.ModelExport;
import io.github.paperdigest.render.SearchIndexScript;
import io.github.paperdigest.render.SiteRenderer;
import io.github.paperdigest.render.SitemapWriter;
import io.github.paperdigest.render.Theme;
import io.github.paperdigest.site.Feed;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.SearchIndex;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SitePlanner;
import io.github.paperdigest.site.SiteSettings;
import io.github.paperdigest.taxonomy.Classifier;
import io.github.paperdigest.taxonomy.DerivedHubs;
import io.github.paperdigest.taxonomy.HubAssembler;
import io.github.paperdigest.taxonomy.KeyphraseExtractor;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import io.github.paperdigest.taxonomy.TaxonomyParser;
import io.github.paperdigest.taxonomy.TaxonomyReport;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point of the engine: reads the digests, indexes them, plans the pages, renders them and
 * publishes the site. Reads as its pipeline; each step's failure names what the user can fix.
 */
public final class SiteBuilder {

    private final BuildLog log;
    private final ProjectFiles files;
    private final int threads;

    public SiteBuilder(BuildLog log) {
        this(log, new ProjectFiles(), Runtime.getRuntime().availableProcessors());
    }

    SiteBuilder(BuildLog log, ProjectFiles files, int threads) {
        this.log = log;
        this.files = files;
        this.threads = threads;
    }

    /** Builds the site, one build at a time per output folder: a second one waits for the first (see {@link OutputLock}). */
    public BuildResult build(BuildConfig config) {
        try (OutputLock lock = OutputLock.acquire(config.outputDirectory(), config.lockTimeout(), log::info)) {
            return build(config, lock);
        }
    }

    private BuildResult build(BuildConfig config, OutputLock lock) {
        long start = System.nanoTime();
        LinkFinder linkFinder = new LinkFinder();
        LinkClassifier linkClassifier = new LinkClassifier();
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());

        // 1. read
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        List<DigestReader> readers = List.of(new PlainTextDigestReader(linkFinder, linkClassifier),
                new MarkdownDigestReader(new MarkdownOutline(sanitizer), linkFinder, linkClassifier),
                new HuggingFaceJsonDigestReader(linkFinder, linkClassifier),
                new ArxivJsonLinesDigestReader(linkFinder, linkClassifier),
                new ArxivAtomDigestReader(linkFinder, linkClassifier));
        FolderWalker walker = new FolderWalker(config.projectDirectory(), config.allowExternalLinks(), config.strict(), log::warn);
        DigestFolder folder = new DigestFolder(readers, log::warn, walker);
        List<DigestSource> sources = folder.sources(config.digestDirectory());
        Theme theme = new Theme(config.templateDirectory(), SiteBuilder.class.getClassLoader(), walker);
        Optional<FoundFile> taxonomyFile = config.taxonomyFile().flatMap(walker::file);
        String inputs = InputFingerprint.of(config, sources, files.version(), theme, taxonomyFile);
        if (StagedSite.isUpToDate(config.outputDirectory(), inputs)) {
            log.info("Paper site is up to date: no digest, template, taxonomy or setting changed since "
                    + config.outputDirectory() + " was built");
            return BuildResult.upToDate(config.outputDirectory(), Duration.ofNanos(System.nanoTime() - start));
        }
        if (sources.isEmpty()) {
            log.warn("No digests found in " + config.digestDirectory() + "; the site will have no papers");
        }
        DigestProblems problems = config.strict() ? DigestProblems.strict(p -> log.warn(p.getMessage()))
                : DigestProblems.lenient(p -> log.warn(p.getMessage()));
        List<DigestFile> digests = folder.read(sources, problems);
        Corpus corpus = new PaperCatalog(log::debug).build(digests);
        int entries = digests.stream().mapToInt(d -> d.entries().size()).sum();
        log.info("Read " + plural(corpus.papers().size(), "paper") + " from " + plural(corpus.digests().size(), "digest")
                + (entries > corpus.papers().size() ? " (" + entries + " entries; papers listed in several digests"
                        + " merged)" : ""));
        long read = System.nanoTime();

        // 2. index
        TextAnalyzer analyzer = new TextAnalyzer();
        TaxonomyParser taxonomyParser = new TaxonomyParser();
        TaxonomyDefinition builtIn = taxonomyParser.parse("built-in vocabulary", files.builtInVocabulary());
        TaxonomyDefinition declared = taxonomyFile
                .map(file -> taxonomyParser.parse(config.taxonomyFile().get().toString(), files.readTaxonomy(config.taxonomyFile().get(), file)))
                .orElse(TaxonomyDefinition.empty());
        Vocabulary vocabulary = Vocabulary.of(builtIn, declared, analyzer);
        Classifier classifier = new Classifier(new Tagger(vocabulary, new KeyphraseExtractor(analyzer), markdown, analyzer),
                new HubAssembler(vocabulary, markdown, log::warn, new DerivedHubs()), new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT));
        Classification classification = classifier.classify(corpus, declared, log::debug);
        log.info("Indexed " + plural(classification.tags().size(), "tag") + " and "
                + plural(classification.hubs().size(), "topic hub")
                + (declared.hubs().isEmpty() ? " (derived from the papers; declare hubs in taxonomy.yml to choose them)" : ""));
        if (config.taxonomyReport()) {
            TaxonomyReport.of(classification, corpus.papers().stream().map(p -> p.id()).toList()).lines().forEach(log::info);
        }
        long indexed = System.nanoTime();

        // 3. plan, render, publish
        SiteSettings settings = new SiteSettings(config.siteTitle(), config.baseUrl(), "en", config.timestamp(),
                "Paper Digest " + files.version());
        SitePlanner planner = new SitePlanner(corpus, classification);
        List<Page> pages = planner.pages(config.siteTitle());
        List<Feed> feeds = planner.feeds(config.siteTitle());
        long planned = System.nanoTime();
        BuiltSearchIndex searchIndex = searchIndex(planner);
        long searchIndexed = System.nanoTime();
        SiteRenderer renderer = new SiteRenderer(theme, settings, new ProseFormatter(linkFinder));
        AtomFeedWriter feedWriter = new AtomFeedWriter(settings);
        List<String> assets = List.copyOf(theme.assetPaths());
        StagedSite.Commit commit;
        long rendered;
        long exported;
        try (StagedSite site = StagedSite.begin(lock, log::warn)) {
            ParallelWork parallel = new ParallelWork(threads);
            parallel.forEach(pages, page -> site.write(page.path(), renderer.render(page).getBytes(StandardCharsets.UTF_8)));
            rendered = System.nanoTime();
            parallel.forEach(feeds, feed -> site.write(feed.path(), feedWriter.bytes(feed)));
            site.write(SitePaths.EXPORT, out -> new ModelExport(settings).write(corpus, classification, out));
            exported = System.nanoTime();
            config.baseUrl().ifPresent(base -> {
                SitemapWriter sitemap = new SitemapWriter(base);
                site.write(SitePaths.SITEMAP, sitemap.sitemap(pages.stream().filter(Page::indexable).map(Page::path).toList()));
                site.write(SitePaths.ROBOTS, sitemap.robots(SitePaths.SITEMAP));
            });
            for (String asset : assets) {
                site.write(asset, theme.read(asset));
            }
            site.write(SitePaths.SEARCH_INDEX, searchIndex.script());
            // an empty marker: GitHub Pages would otherwise run Jekyll, which skips files starting with '_'
            site.write(SitePaths.NO_JEKYLL, new byte[0]);
            commit = site.commit(inputs);
        }
        long written = System.nanoTime();
        log.info(String.format(java.util.Locale.ROOT, "Wrote %s, %s and %s to %s in %.1f s", plural(pages.size(), "page"),
                plural(feeds.size(), "feed"), plural(assets.size(), "asset"), config.outputDirectory(),
                (written - start) / 1e9));
        log.debug(String.format(java.util.Locale.ROOT, "Time: reading %.1f s, indexing %.1f s, planning %.1f s, search index"
                + " %.1f s, pages %.1f s, feeds and export %.1f s, assets and commit %.1f s", (read - start) / 1e9,
                (indexed - read) / 1e9, (planned - indexed) / 1e9, (searchIndexed - planned) / 1e9,
                (rendered - searchIndexed) / 1e9, (exported - rendered) / 1e9, (written - exported) / 1e9));
        log.info(String.format(java.util.Locale.ROOT, "Search index: %s, %s, %,d KB", plural(searchIndex.papers(),
                "paper"), plural(searchIndex.words(), "word"), (searchIndex.script().length + 1023) / 1024));
        if (commit.unchanged() > 0) {
            log.info(plural(commit.written() - commit.unchanged(), "file") + " changed; "
                    + plural(commit.unchanged(), "unchanged file") + " kept as they were");
        }
        if (!commit.keptUserFiles().isEmpty()) {
            log.info("Kept " + plural(commit.keptUserFiles().size(), "file") + " in the output folder that Paper Digest"
                    + " did not write");
        }
        return new BuildResult(config.outputDirectory(), false, corpus.digests().size(), corpus.papers().size(),
                classification.tags().size(), classification.hubs().size(), pages.size(), assets.size(),
                commit.unchanged(), commit.keptUserFiles().size(), commit.removed(), Duration.ofNanos(read - start),
                Duration.ofNanos(indexed - read), Duration.ofNanos(written - indexed));
    }

    /**
     * The search index as the script the site loads, and its size. The index itself (an entry per word and paper)
     * is large and is not kept while pages are rendered.
     */
    private static BuiltSearchIndex searchIndex(SitePlanner planner) {
        SearchIndex index = planner.searchIndex();
        return new BuiltSearchIndex(new SearchIndexScript().render(index), index.papers().size(), index.words().size());
    }

    private record BuiltSearchIndex(byte[] script, int papers, int words) {
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
