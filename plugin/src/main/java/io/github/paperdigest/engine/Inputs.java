package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.render.Theme;
import java.util.List;

/**
 * What a site is built from: its settings (which name the taxonomy file), the digest files found, and the theme
 * with the project's overrides.
 */
record Inputs(BuildConfig config, List<DigestSource> digests, Theme theme) {

    Inputs {
        digests = List.copyOf(digests);
    }
}
