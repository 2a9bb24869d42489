package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.render.Theme;
import java.util.List;
import java.util.Optional;

/**
 * What a site is built from: its settings, the digest files found, the theme with the project's overrides, and
 * the taxonomy file and the file of moved addresses when there are, all found under the project's rule for links.
 */
record Inputs(BuildConfig config, List<DigestSource> digests, Theme theme, Optional<FoundFile> taxonomy,
        Optional<FoundFile> moved) {

    Inputs(BuildConfig config, List<DigestSource> digests, Theme theme, Optional<FoundFile> taxonomy) {
        this(config, digests, theme, taxonomy, Optional.empty());
    }

    Inputs {
        digests = List.copyOf(digests);
    }
}
