package io.github.paperdigest.output;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A copy of a site as readers have it, which a build names to be told of the addresses it drops: a folder a CI run
 * restored from its cache, or a checkout of the branch the site is published from. It is untrusted input like the
 * output folder's own previous build: its manifest is read within the same bounds, never through a link, and a damaged
 * one says nothing, never failing the build.
 */
public final class PublishedSite {

    private PublishedSite() {
    }

    /** The files its manifest lists; empty when it has none (a copy without dotfiles), or one that cannot be trusted. */
    public static Optional<Set<String>> files(Path folder, Consumer<String> debug) {
        Manifest.Reading reading = Manifest.read(folder);
        if (reading instanceof Manifest.Found found) {
            return Optional.of(Collections.unmodifiableSet(found.manifest().entries().keySet()));
        }
        if (reading instanceof Manifest.Damaged damaged) {
            debug.accept("The manifest in " + folder + " is not trusted (" + damaged.reason() + "): the published"
                    + " site's pages are told from its papers.json alone");
        }
        return Optional.empty();
    }
}
