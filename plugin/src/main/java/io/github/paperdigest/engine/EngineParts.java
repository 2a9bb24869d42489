package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestFolder;
import io.github.paperdigest.digest.DigestFormats;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.output.InputStamp;
import io.github.paperdigest.render.Theme;
import io.github.paperdigest.render.ThemeException;
import io.github.paperdigest.render.ThemeOverrides;
import io.github.paperdigest.site.MovedAddresses;
import io.github.paperdigest.site.SiteSettings;
import io.github.paperdigest.taxonomy.Classifier;
import io.github.paperdigest.taxonomy.DerivedHubs;
import io.github.paperdigest.taxonomy.HubAssembler;
import io.github.paperdigest.taxonomy.KeyphraseExtractor;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.SemanticHubs;
import io.github.paperdigest.taxonomy.SemanticNeighbours;
import io.github.paperdigest.taxonomy.SentenceModel;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import io.github.paperdigest.taxonomy.TaxonomyParser;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The engine's parts, composed in this one place: the digest readers, markup, text analysis and the taxonomy
 * parser are made once per {@link SiteBuilder}; the parts that depend on a build's settings (the classifier of
 * its taxonomy, the files of its theme) are made by the methods below from those.
 */
final class EngineParts {

    private final BuildLog log;
    private final ProjectFiles files;
    private final LinkFinder linkFinder = new LinkFinder();
    private final MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final TaxonomyParser taxonomyParser = new TaxonomyParser();
    private final DigestFolder digestFolder;
    private final PaperCatalog catalog;

    EngineParts(BuildLog log, ProjectFiles files) {
        this.log = log;
        this.files = files;
        LinkClassifier links = new LinkClassifier();
        this.digestFolder = new DigestFolder(DigestFormats.standard(linkFinder, links, new HtmlSanitizer()), log::warn,
                log::debug);
        this.catalog = new PaperCatalog(log::warn, log::debug);
    }

    /**
     * The digest files, the theme and the taxonomy file a configuration names, each folder walked once under the
     * project's rule for links.
     */
    Inputs inputs(BuildConfig config) {
        FolderWalker walker = new FolderWalker(config.projectDirectory(), config.allowExternalLinks(), config.strict(),
                log::warn);
        return new Inputs(config, digestFolder.sources(config.digestDirectory(), walker, config.taxonomyFile()),
                new Theme(config.templateDirectory(), EngineParts.class.getClassLoader(), walker),
                config.taxonomyFile().flatMap(walker::file), walker.file(movedFile(config)));
    }

    /**
     * The fingerprints of what the inputs' site is made from, this plugin included, reading again only the files
     * whose stamps changed.
     */
    InputFingerprint fingerprint(Inputs inputs, List<InputStamp> previous) {
        return InputFingerprint.of(inputs.config(), inputs.digests(), files.version(), inputs.theme(), inputs.taxonomy(),
                inputs.moved(), previous);
    }

    DigestFolder digestFolder() {
        return digestFolder;
    }

    PaperCatalog catalog() {
        return catalog;
    }

    /** Strict: the first problem in a digest stops the build; lenient: the entry is skipped with a warning. */
    DigestProblems problems(BuildConfig config) {
        return config.strict() ? DigestProblems.strict(p -> log.warn(p.getMessage()))
                : DigestProblems.lenient(p -> log.warn(p.getMessage()));
    }

    /** The tags and hubs the project declares in its taxonomy file; none when it has no such file. */
    TaxonomyDefinition declaredTaxonomy(Inputs inputs) {
        return inputs.taxonomy()
                .map(file -> {
                    Path named = inputs.config().taxonomyFile().orElseThrow();
                    return taxonomyParser.parse(named.toString(), files.readTaxonomy(named, file));
                })
                .orElse(TaxonomyDefinition.empty());
    }

    /** Where the project says where the addresses no input leads on lead: {@code moved.yml} beside the digests. */
    static Path movedFile(BuildConfig config) {
        return config.digestDirectory().resolve(DigestFolder.MOVED_ADDRESSES);
    }

    /** The file of moved addresses as messages name it: from the project's folder when it is in it. */
    static String shownMovedFile(BuildConfig config) {
        return shown(config, movedFile(config));
    }

    /** A file of the project as messages name it: from the project's folder when it is in it. */
    static String shown(BuildConfig config, Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path project = config.projectDirectory().toAbsolutePath().normalize();
        return (file.startsWith(project) ? project.relativize(file) : file).toString().replace('\\', '/');
    }

    /** The addresses the project's file of moved addresses leads on; none when it has no such file. */
    MovedAddresses movedAddresses(Inputs inputs) {
        return inputs.moved()
                .map(file -> {
                    String named = shownMovedFile(inputs.config());
                    return MovedAddresses.parse(named, files.readMoved(named, file));
                })
                .orElse(MovedAddresses.NONE);
    }

    /**
     * Tags, hubs and related papers, with the built-in vocabulary and the project's taxonomy, taking what single
     * papers' texts give from {@code memo} where an earlier build worked it out; {@code model} made the papers'
     * embeddings (none: papers are compared by their words).
     */
    Classifier classifier(TaxonomyDefinition declared, AnalysisMemo memo, Optional<SentenceModel> model) {
        TaxonomyDefinition builtIn = taxonomyParser.parse("built-in vocabulary", files.builtInVocabulary());
        Vocabulary vocabulary = Vocabulary.of(builtIn, declared, analyzer);
        return new Classifier(new Tagger(vocabulary, new KeyphraseExtractor(analyzer, memo), markdown, analyzer, memo),
                new HubAssembler(vocabulary, markdown, log::warn, new DerivedHubs(memo), new SemanticHubs(memo)),
                new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT, memo,
                        (searched, papers) -> log.debug("Related papers by their words: " + searched + " of " + papers
                                + " papers searched" + (searched < papers ? ", the others' searches taken up from the last build"
                                : ""))),
                new SemanticNeighbours(RelatedPapers.DEFAULT_COUNT, memo), model.orElse(SentenceModel.DEFAULT));
    }

    SiteSettings settings(BuildConfig config) {
        return new SiteSettings(config.siteTitle(), config.baseUrl(), "en", config.timestamp(),
                "Paper Digest " + files.version(), config.projectSite().map(p -> new SiteSettings.ParentSite(p.name(),
                        p.href())), config.siteId());
    }

    /** Template files that replace no theme file: a failure in strict mode, a warning otherwise. */
    Void checkTemplateOverrides(Inputs inputs) {
        BuildConfig config = inputs.config();
        if (config.templateDirectory().isEmpty()) {
            return null;
        }
        String folder = config.templateDirectory().get().toString();
        ThemeOverrides overrides = new ThemeOverrides(inputs.theme().overrideFiles(), inputs.theme().bundledPaths());
        overrides.searchFormsWithoutPaperShards().forEach(path -> log.warn(folder + "/" + path
                + " has the search form without data-paper-shards=\"{{paperShards}}\": search results will show no"
                + " abstract sentence, and the reading list no abstracts or BibTeX entries. Add it to the form."));
        List<ThemeOverrides.Unused> unused = overrides.unused();
        if (!unused.isEmpty() && config.strict()) {
            throw new ThemeException(unused.stream().map(u -> folder + "/" + u.describe())
                    .collect(Collectors.joining("; ")) + " (to build anyway, set strict=false)");
        }
        unused.forEach(u -> log.warn(folder + "/" + u.describe() + " It is ignored (strict=false)."));
        return null;
    }

    /** Makes the files of a planned site with the theme's templates and assets. */
    SiteFiles siteFiles(Inputs inputs, InputFingerprint fingerprint) {
        return new SiteFiles(inputs.theme(), settings(inputs.config()), new ProseFormatter(linkFinder),
                fingerprint.rendering());
    }
}
