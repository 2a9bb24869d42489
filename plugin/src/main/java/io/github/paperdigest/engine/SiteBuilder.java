package io.github.paperdigest.engine;

import static io.github.paperdigest.engine.BuildStep.CHECK;
import static io.github.paperdigest.engine.BuildStep.FIND_INPUTS;
import static io.github.paperdigest.engine.BuildStep.INDEX;
import static io.github.paperdigest.engine.BuildStep.PLAN;
import static io.github.paperdigest.engine.BuildStep.PUBLISH;
import static io.github.paperdigest.engine.BuildStep.READ;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.output.StagedSite;
import io.github.paperdigest.site.PagePlanner;
import io.github.paperdigest.site.SiteIndex;
import io.github.paperdigest.site.SitePlan;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import java.util.List;

/**
 * The one entry point of the engine. A build finds its inputs, decides whether anything changed since the site
 * was built, reads the digests, indexes the papers, plans the site's files and publishes them, then reports.
 * Each step is timed, and its failure names the step and, where one applies, the setting to fix.
 */
public final class SiteBuilder {

    private final BuildLog log;
    private final EngineParts parts;
    private final Publisher publisher;

    public SiteBuilder(BuildLog log) {
        this(log, new ProjectFiles(), Runtime.getRuntime().availableProcessors());
    }

    SiteBuilder(BuildLog log, ProjectFiles files, int threads) {
        this.log = log;
        this.parts = new EngineParts(log, files);
        this.publisher = new Publisher(new ParallelWork(threads));
    }

    public BuildResult build(BuildConfig config) {
        Steps steps = new Steps();
        BuildReport report = new BuildReport(log, config, steps);
        Inputs inputs = steps.run(FIND_INPUTS, () -> parts.inputs(config));
        try (StagedSite site = steps.run(CHECK, () -> StagedSite.begin(config.outputDirectory()))) {
            InputFingerprint fingerprint = steps.run(CHECK, () -> parts.fingerprint(inputs, site.previousStamps()));
            if (steps.run(CHECK, () -> site.isUpToDate(fingerprint.inputs()))) {
                return report.upToDate();
            }
            Corpus corpus = steps.run(READ, () -> read(inputs, report));
            Classification classification = steps.run(INDEX, () -> index(corpus, config, report));
            List<SiteFile> files = steps.run(PLAN, () -> plan(corpus, classification, inputs, fingerprint, report));
            Publisher.Publication published = steps.run(PUBLISH,
                    () -> publisher.publish(files, site, fingerprint));
            return report.published(published);
        }
    }

    private Corpus read(Inputs inputs, BuildReport report) {
        if (inputs.digests().isEmpty()) {
            report.noDigests();
        }
        List<DigestFile> digests = parts.digestFolder().read(inputs.digests(), parts.problems(inputs.config()));
        Corpus corpus = parts.catalog().build(digests);
        report.read(corpus, digests);
        return corpus;
    }

    private Classification index(Corpus corpus, BuildConfig config, BuildReport report) {
        TaxonomyDefinition declared = parts.declaredTaxonomy(config);
        Classification classification = parts.classifier(declared).classify(corpus, declared, log::debug);
        report.indexed(corpus, classification, !declared.hubs().isEmpty());
        return classification;
    }

    private List<SiteFile> plan(Corpus corpus, Classification classification, Inputs inputs,
            InputFingerprint fingerprint, BuildReport report) {
        SiteIndex index = new SiteIndex(corpus, classification);
        SitePlan plan = new PagePlanner(index, inputs.config().siteTitle()).plan();
        return parts.siteFiles(inputs, fingerprint).of(plan, index, report);
    }
}
