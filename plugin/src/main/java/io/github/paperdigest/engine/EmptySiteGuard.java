package io.github.paperdigest.engine;

import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.output.StagedSite;

/**
 * Stops a build that would replace a site holding papers with one holding none: what a mistyped digest folder
 * does, and what a publishing workflow would then put online. The user can allow it.
 */
final class EmptySiteGuard {

    private EmptySiteGuard() {
    }

    static void check(BuildConfig config, int papers, int digestFiles) {
        if (papers > 0 || config.allowEmptySite()) {
            return;
        }
        int previous = StagedSite.previousFilesUnder(config.outputDirectory(), "paper/", ".html");
        if (previous == 0) {
            return;
        }
        throw new PaperDigestException("No papers were read from " + config.digestDirectory() + " ("
                + (digestFiles == 0 ? "no digest files" : Counted.of(digestFiles, "digest file") + ", no papers")
                + "), but " + config.outputDirectory() + " holds a site of " + Counted.of(previous, "paper page")
                + ". The build stops rather than replace it with an empty site: check the 'digestDirectory' parameter,"
                + " or set allowEmptySite (-DpaperDigest.allowEmptySite=true) to publish a site without papers.");
    }
}
