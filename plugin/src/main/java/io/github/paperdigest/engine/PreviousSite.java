package io.github.paperdigest.engine;

import io.github.paperdigest.output.PreviousPapers;
import io.github.paperdigest.output.PublishedSite;
import io.github.paperdigest.output.StagedSite;
import io.github.paperdigest.site.SitePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The site whose addresses this build's are compared with, to warn of those it drops: the output folder's previous
 * build, or, when the settings name one, a copy of the site as readers have it (a CI checkout has no previous build).
 *
 * @param name       how the log names it
 * @param hadPhrase  what the warning says of the pages it had, completing "pages that …"
 * @param files      its files, by its manifest; empty when it has none that can be trusted
 * @param papers     its papers, by its {@code papers.json}, read once, when first asked for (about 200 MB at 100,000
 *                   papers, and two checks may ask)
 */
record PreviousSite(String name, String hadPhrase, Optional<Set<String>> files,
        Supplier<List<PreviousPapers.Paper>> papers) {

    PreviousSite {
        papers = once(papers);
    }

    /** The site a build compares with; empty when the published site named does not exist (nothing is published yet). */
    static Optional<PreviousSite> of(BuildConfig config, StagedSite output, Consumer<String> info, Consumer<String> debug) {
        if (config.publishedSite().isEmpty()) {
            Path folder = config.outputDirectory();
            return Optional.of(new PreviousSite("The output folder", "the previous build of this folder published",
                    output.previousFiles(), () -> PreviousPapers.read(folder, debug)));
        }
        Path folder = config.publishedSite().get();
        if (!Files.isDirectory(folder)) {
            info.accept("No published site in " + folder + " (publishedSite) to compare this build's addresses with:"
                    + " not checked");
            return Optional.empty();
        }
        return Optional.of(new PreviousSite("The published site in " + folder, "the published site in " + folder
                + " has", PublishedSite.files(folder, debug), () -> PreviousPapers.read(folder, debug)));
    }

    /** Papers by their page's address, {@code paper/<slug>.html}; of two with one slug (an edited file), the first. */
    static Map<String, PreviousPapers.Paper> byPage(List<PreviousPapers.Paper> papers) {
        Map<String, PreviousPapers.Paper> byPage = new HashMap<>();
        papers.forEach(p -> byPage.putIfAbsent(SitePaths.paper(p.slug()), p));
        return byPage;
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
