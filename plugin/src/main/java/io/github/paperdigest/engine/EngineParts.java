package io.github.paperdigest.engine;

import io.github.paperdigest.digest.ArxivAtomDigestReader;
import io.github.paperdigest.digest.ArxivJsonLinesDigestReader;
import io.github.paperdigest.digest.DigestFolder;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.HuggingFaceJsonDigestReader;
import io.github.paperdigest.digest.MarkdownDigestReader;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.digest.PlainTextDigestReader;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.output.InputStamp;
import io.github.paperdigest.render.Theme;
import io.github.paperdigest.site.SiteSettings;
import io.github.paperdigest.taxonomy.Classifier;
import io.github.paperdigest.taxonomy.DerivedHubs;
import io.github.paperdigest.taxonomy.HubAssembler;
import io.github.paperdigest.taxonomy.KeyphraseExtractor;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import io.github.paperdigest.taxonomy.TaxonomyParser;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.Vocabulary;
import java.util.List;

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
        this.digestFolder = new DigestFolder(List.of(new PlainTextDigestReader(linkFinder, links),
                new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()), linkFinder, links),
                new HuggingFaceJsonDigestReader(linkFinder, links),
                new ArxivJsonLinesDigestReader(linkFinder, links),
                new ArxivAtomDigestReader(linkFinder, links)), log::warn);
        this.catalog = new PaperCatalog(log::debug);
    }

    /** The digest files and the theme a configuration names. */
    Inputs inputs(BuildConfig config) {
        return new Inputs(config, digestFolder.sources(config.digestDirectory()),
                new Theme(config.templateDirectory(), EngineParts.class.getClassLoader()));
    }

    /**
     * The fingerprints of what the inputs' site is made from, this plugin included, reading again only the files
     * whose stamps changed.
     */
    InputFingerprint fingerprint(Inputs inputs, List<InputStamp> previous) {
        return InputFingerprint.of(inputs.config(), inputs.digests(), files.version(), inputs.theme(), previous);
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
    TaxonomyDefinition declaredTaxonomy(BuildConfig config) {
        return config.taxonomyFile()
                .flatMap(file -> files.readIfPresent(file, Setting.TAXONOMY_FILE)
                        .map(text -> taxonomyParser.parse(file.toString(), text)))
                .orElse(TaxonomyDefinition.empty());
    }

    /** Tags, hubs and related papers, with the built-in vocabulary and the project's taxonomy. */
    Classifier classifier(TaxonomyDefinition declared) {
        TaxonomyDefinition builtIn = taxonomyParser.parse("built-in vocabulary", files.builtInVocabulary());
        Vocabulary vocabulary = Vocabulary.of(builtIn, declared, analyzer);
        return new Classifier(new Tagger(vocabulary, new KeyphraseExtractor(analyzer), markdown, analyzer),
                new HubAssembler(vocabulary, markdown, log::warn, new DerivedHubs()),
                new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT));
    }

    SiteSettings settings(BuildConfig config) {
        return new SiteSettings(config.siteTitle(), config.baseUrl(), "en", config.timestamp(),
                "Paper Digest " + files.version());
    }

    /** Makes the files of a planned site with the theme's templates and assets. */
    SiteFiles siteFiles(Inputs inputs, InputFingerprint fingerprint) {
        return new SiteFiles(inputs.theme(), settings(inputs.config()), new ProseFormatter(linkFinder),
                fingerprint.rendering());
    }
}
