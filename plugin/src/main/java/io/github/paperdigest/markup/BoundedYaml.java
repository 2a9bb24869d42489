package io.github.paperdigest.markup;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML reader for a project's own files (the taxonomy, the moved addresses), which a pull request can carry:
 * bounded in size by the file's own limit rather than the YAML library's default (3 MB).
 */
public final class BoundedYaml {

    private BoundedYaml() {
    }

    /**
     * A factory whose reader takes texts of up to {@code maxCharacters}. Its limit is one more than that: the caller
     * refuses a longer text first, with a message that says what such a file holds and what to do, and a text within
     * the limit never meets the library's message instead.
     */
    public static YAMLFactory factory(int maxCharacters) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCharacters + 1);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
