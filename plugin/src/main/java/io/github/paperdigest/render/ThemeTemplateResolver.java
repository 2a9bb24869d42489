package io.github.paperdigest.render;

import com.github.mustachejava.MustacheResolver;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Finds templates for Mustache.java in the theme's "templates/" folder: the project's override first,
 * then the theme jar. Mustache.java's own resolvers look on the class path first, the wrong order for
 * overrides.
 */
final class ThemeTemplateResolver implements MustacheResolver {

    static final String FOLDER = "templates/";

    private final Theme theme;

    ThemeTemplateResolver(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Reader getReader(String resourceName) {
        return theme.open(FOLDER + resourceName)
                .map(in -> (Reader) new InputStreamReader(in, StandardCharsets.UTF_8))
                .orElse(null);
    }
}
