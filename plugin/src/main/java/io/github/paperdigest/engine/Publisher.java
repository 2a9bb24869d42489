package io.github.paperdigest.engine;

import io.github.paperdigest.output.StagedSite;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes every file of a site the same way, on all cores, into the staged site, then puts the new site in
 * place. Whatever the kind of file, its writer makes the bytes in the thread that writes them, so that no file
 * is held longer than it is written; a file whose key says its inputs did not change is kept instead.
 */
final class Publisher {

    private final ParallelWork parallel;

    Publisher(ParallelWork parallel) {
        this.parallel = parallel;
    }

    /** What publishing did: the commit of the new site, and how many files were made rather than kept. */
    record Publication(StagedSite.Commit commit, int made) {
    }

    /** Writes the files and commits the site, remembering the fingerprint of the inputs it was built from. */
    Publication publish(List<SiteFile> files, StagedSite site, InputFingerprint inputs) {
        AtomicInteger made = new AtomicInteger();
        parallel.forEach(files, file -> {
            if (site.write(file.path(), file.key() == null ? null : file.key().get(), file.content())) {
                made.incrementAndGet();
            }
        });
        return new Publication(site.commit(inputs.inputs(), inputs.stamps()), made.get());
    }
}
