package io.github.paperdigest.engine;

import static io.github.paperdigest.engine.BuildStep.CHECK;
import static io.github.paperdigest.engine.BuildStep.FIND_INPUTS;
import static io.github.paperdigest.engine.BuildStep.INDEX;
import static io.github.paperdigest.engine.BuildStep.PLAN;
import static io.github.paperdigest.engine.BuildStep.PUBLISH;
import static io.github.paperdigest.engine.BuildStep.READ;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.ListedWarnings;
import io.github.paperdigest.output.AnalysisMemoFile;
import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.output.InputStamp;
import io.github.paperdigest.output.OutputLock;
import io.github.paperdigest.output.StagedSite;
import io.github.paperdigest.site.MovedAddresses;
import io.github.paperdigest.site.MovedAddressesException;
import io.github.paperdigest.site.PagePlanner;
import io.github.paperdigest.site.SiteIndex;
import io.github.paperdigest.site.SitePlan;
import io.github.paperdigest.taxonomy.EmbeddingStore;
import io.github.paperdigest.taxonomy.PaperEmbedding;
import io.github.paperdigest.taxonomy.PaperVectors;
import io.github.paperdigest.taxonomy.SentenceEmbedders;
import io.github.paperdigest.taxonomy.SentenceModel;
import io.github.paperdigest.taxonomy.SettledPapers;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one entry point of the engine. A build finds its inputs, decides whether anything changed since the site
 * was built, reads the digests, indexes the papers, plans the site's files and publishes them, then reports.
 * Each step is timed, and its failure names the step and, where one applies, the setting to fix.
 */
public final class SiteBuilder {

    /** Where the inputs' warnings go: they are kept beside the site, and told again while it is up to date. */
    private final WarningRecorder log;
    /**
     * Where warnings about this act of building go (a damaged cache, a previous site not removed), which a later build
     * that finds the site up to date has no reason to repeat.
     */
    private final BuildLog thisRun;
    private final EngineParts parts;
    private final Publisher publisher;
    private final int threads;
    /** The models to embed with; null: each build loads the one it needs and releases it when done. */
    private final SentenceEmbedders embedders;

    public SiteBuilder(BuildLog log) {
        this(log, null);
    }

    /** A builder whose builds share the given models, loaded once, instead of each loading its own. */
    public SiteBuilder(BuildLog log, SentenceEmbedders embedders) {
        this(log, new ProjectFiles(), Runtime.getRuntime().availableProcessors(), embedders);
    }

    SiteBuilder(BuildLog log, ProjectFiles files, int threads, SentenceEmbedders embedders) {
        this.log = new WarningRecorder(log);
        this.thisRun = log;
        this.parts = new EngineParts(this.log, files);
        this.publisher = new Publisher(new ParallelWork(threads));
        this.threads = threads;
        this.embedders = embedders;
    }

    public BuildResult build(BuildConfig config) {
        if (embedders != null) {
            return build(config, embedders);
        }
        try (LoadedModels models = new LoadedModels()) {
            return build(config, models);
        }
    }

    /**
     * The outcome of a build that finds the site up to date, logged as such a build logs it; empty when the site has
     * to be built. Lets a build in another JVM ({@link EngineProcess}) be started only when there is something to do.
     */
    public Optional<BuildResult> ifUpToDate(BuildConfig config) {
        return run(config, (inputs, declared, moved, site, fingerprint, steps, report) -> Optional.empty());
    }

    private BuildResult build(BuildConfig config, SentenceEmbedders models) {
        return run(config, (inputs, declared, moved, site, fingerprint, steps, report) -> {
            // what the last build made of digests and papers' texts that have not changed since is taken, not made again
            Corpus corpus = steps.run(READ, () -> read(inputs, fingerprint.code(), report));
            Classification classification = steps.run(INDEX, () -> index(corpus, declared, inputs.config(),
                    fingerprint.code(), models, report));
            AnalysisMemoFile fragments = steps.run(PLAN, () -> AnalysisMemoFile.open(inputs.config().outputDirectory(),
                    AnalysisMemoFile.Kind.FRAGMENTS, fingerprint.code(), thisRun::warn));
            List<SiteFile> files = steps.run(PLAN, () -> plan(corpus, classification, declared, moved, inputs, site,
                    fingerprint, fragments, report));
            Publisher.Publication published = steps.run(PUBLISH, () -> {
                Publisher.Publication publication = publisher.publish(files, site, fingerprint);
                report.fragmentsKept(fragments.save());
                return publication;
            });
            BuildResult result = report.published(published);
            site.keepWarnings(fingerprint.inputs(), log.warnings());
            return Optional.of(result);
        }).orElseThrow();
    }

    /** What a build does once it knows that the site is out of date: its outcome, or none when it only checked. */
    private interface OutOfDate {
        Optional<BuildResult> build(Inputs inputs, TaxonomyDefinition declared, MovedAddresses moved, StagedSite site,
                InputFingerprint fingerprint, Steps steps, BuildReport report);
    }

    /** Finds the inputs and checks them; then, unless the site is up to date, {@code outOfDate} under the output's lock. */
    private Optional<BuildResult> run(BuildConfig config, OutOfDate outOfDate) {
        Steps steps = new Steps();
        BuildReport report = new BuildReport(log, config, steps);
        Inputs inputs = steps.run(FIND_INPUTS, () -> parts.inputs(config));
        // the project's own files are checked before any digest is read: a taxonomy with mistakes (all of them
        // reported) and template overrides that replace no theme file
        TaxonomyDefinition declared = steps.run(FIND_INPUTS, () -> parts.declaredTaxonomy(inputs));
        MovedAddresses moved = steps.run(FIND_INPUTS, () -> parts.movedAddresses(inputs));
        steps.run(FIND_INPUTS, () -> parts.checkTemplateOverrides(inputs));
        // one build at a time per output folder, from the up-to-date check to the commit (see OutputLock)
        try (OutputLock lock = steps.run(CHECK, () -> OutputLock.acquire(config.outputDirectory(), config.lockTimeout(),
                        log::info));
                StagedSite site = steps.run(CHECK, () -> StagedSite.begin(lock, thisRun::warn))) {
            List<InputStamp> stamped = steps.run(CHECK, site::previousStamps);
            InputFingerprint fingerprint = steps.run(CHECK, () -> parts.fingerprint(inputs, stamped));
            if (steps.run(CHECK, () -> site.isUpToDate(fingerprint.inputs()))) {
                site.restamp(stamped, fingerprint.stamps());
                return Optional.of(report.upToDate(site.lastBuildsWarnings(fingerprint.inputs())));
            }
            // what was said up to here is said by every build, up to date or not; what is said from here on, of
            // the digests and the papers, is said only when they are read, and is kept to be said again
            log.startBuild();
            return outOfDate.build(inputs, declared, moved, site, fingerprint, steps, report);
        }
    }

    private Corpus read(Inputs inputs, String code, BuildReport report) {
        if (inputs.digests().isEmpty()) {
            report.noDigests();
        }
        AnalysisMemoFile readings = AnalysisMemoFile.open(inputs.config().outputDirectory(),
                AnalysisMemoFile.Kind.READINGS, code, thisRun::warn);
        List<DigestFile> digests = parts.digestFolder().read(inputs.digests(), parts.problems(inputs.config()),
                readings);
        report.readingsKept(readings.save());
        Corpus corpus = parts.catalog().build(digests, inputs.digests().stream().map(DigestSource::name).toList(),
                inputs.config().strict());
        report.read(corpus, digests);
        EmptySiteGuard.check(inputs.config(), corpus.papers().size(), inputs.digests().size());
        return corpus;
    }

    /**
     * The papers' tags, hubs and related papers. Each paper's analyses are kept beside the site for the next build,
     * and the memo that holds them is let go when this returns, before planning and publishing need the heap (it is
     * about 120 MB at 100,000 papers), as the readings' memo is when reading returns.
     */
    private Classification index(Corpus corpus, TaxonomyDefinition declared, BuildConfig config, String code,
            SentenceEmbedders models, BuildReport report) {
        AnalysisMemoFile memo = AnalysisMemoFile.open(config.outputDirectory(), AnalysisMemoFile.Kind.ANALYSES, code,
                thisRun::warn);
        Optional<PaperVectors> vectors = config.sentenceModel().map(model -> embed(model, models, corpus, config));
        SettledPapers settled = SettledPapers.of(corpus);
        Classification classification = parts.classifier(declared, memo, config.sentenceModel())
                .classify(corpus, declared, vectors, settled, log::debug);
        report.analysesKept(memo.save());
        report.indexed(corpus, classification, settled, !declared.hubs().isEmpty());
        if (vectors.isEmpty()) {
            log.info("Papers compared by their words alone (similarity: lexical); no model was loaded");
        }
        return classification;
    }

    /** The papers' sentence embeddings, from the cache where it has them, and what it took to get them. */
    private PaperVectors embed(SentenceModel model, SentenceEmbedders models, Corpus corpus, BuildConfig config) {
        EmbeddingStore store = config.embeddingCache()
                .<EmbeddingStore>map(dir -> new EmbeddingCacheFolder(dir, thisRun::warn))
                .orElse(EmbeddingStore.none());
        PaperEmbedding.Result result = new PaperEmbedding(models.embedder(model), store, threads, log::info)
                .embed(corpus.papers());
        String cache = config.embeddingCache().map(dir -> result.fromStore() + " from the cache in " + dir + ", ")
                .orElse("no cache, ");
        log.info(String.format(Locale.ROOT, "Embeddings of %d paper texts by model %s: %s%d computed, in %.1f s",
                result.fromStore() + result.embedded(), model.id(), cache, result.embedded(),
                result.time().toNanos() / 1e9));
        return result.vectors();
    }

    private List<SiteFile> plan(Corpus corpus, Classification classification, TaxonomyDefinition declared,
            MovedAddresses moved, Inputs inputs, StagedSite site, InputFingerprint fingerprint, AnalysisMemo fragments,
            BuildReport report) {
        SiteIndex index = new SiteIndex(corpus, classification);
        ListedWarnings.report(index.citationKeyClashes(), "more papers written with a citation key another paper keeps",
                log::warn, log::debug);
        Optional<PreviousSite> previous = PreviousSite.of(inputs.config(), site, log::info, thisRun::debug);
        SitePlan plan;
        try {
            plan = new PagePlanner(index, inputs.config().siteTitle(), declared.formerIds(), moved).plan();
        } catch (MovedAddressesException e) {
            throw previous.map(p -> LostAddresses.explained(e, p.papers(), corpus)).orElse(e);
        }
        // said of this act of building, which replaces that site, and not kept to be said again
        String movedFile = EngineParts.shownMovedFile(inputs.config());
        previous.ifPresent(p -> {
            PaperMatches matches = new PaperMatches(corpus);
            new LostAddresses(thisRun::warn, thisRun::debug, movedFile, inputs.config().taxonomyFile()
                    .map(f -> EngineParts.shown(inputs.config(), f)).orElse("taxonomy.yml"))
                    .check(p, plan, matches, declared);
            new MovedLineCheck(thisRun::warn, movedFile).check(p, moved, plan, matches);
        });
        return parts.siteFiles(inputs, fingerprint).of(plan, index, report, fragments);
    }
}
