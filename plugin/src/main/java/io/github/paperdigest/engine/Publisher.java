package io.github.paperdigest.engine;

import io.github.paperdigest.output.StagedSite;
import java.util.List;

/**
 * Writes every file of a site the same way, on all cores, into the staged site, then puts the new site in
 * place. Whatever the kind of file, its writer makes the bytes in the thread that writes them, so that no file
 * is held longer than it is written.
 */
final class Publisher {

    private final ParallelWork parallel;

    Publisher(ParallelWork parallel) {
        this.parallel = parallel;
    }

    /** Writes the files and commits the site, remembering the fingerprint of the inputs it was built from. */
    StagedSite.Commit publish(List<SiteFile> files, StagedSite site, String inputs) {
        parallel.forEach(files, file -> site.write(file.path(), file.content()));
        return site.commit(inputs);
    }
}
