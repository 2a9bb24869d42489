package io.github.paperdigest.render;

import com.github.mustachejava.MustacheResolver;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds templates for Mustache.java in the theme's "templates/" folder: the project's override first,
 * then the theme jar. Mustache.java's own resolvers look on the class path first, the wrong order for
 * overrides.
 *
 * <p>Mustache.java compiles a partial again at every place it is included, so a project's chain of partials that
 * each include the next ten times (a kilobyte of templates) would be compiled 10^8 times before any page is made.
 * The templates are untrusted: past {@link #MOST_READS} reads the build fails instead, naming the template.
 */
final class ThemeTemplateResolver implements MustacheResolver {

    static final String FOLDER = "templates/";

    /**
     * How a template in {@code folder} names the partial {@code partial} (both under {@link #FOLDER}, the partial
     * without {@code .mustache}): from the template's own folder when the partial is in it, as Mustache.java finds
     * partials, else from the templates' folder, with a leading {@code /}.
     */
    static String partialName(String folder, String partial) {
        return partial.startsWith(folder) ? partial.substring(folder.length()) : "/" + partial;
    }

    /** Far more than the theme's templates and partials are read to compile every kind of page (a few hundred). */
    static final int MOST_READS = 20_000;

    private final Theme theme;
    private final AtomicInteger reads = new AtomicInteger();

    ThemeTemplateResolver(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Reader getReader(String resourceName) {
        if (reads.incrementAndGet() > MOST_READS) {
            throw new ThemeException(String.format(Locale.ROOT, "the templates include partials more than %,d times"
                    + " (the last, %s): a partial that includes another several times, in a chain, multiplies the"
                    + " inclusions at every link. Include each partial once where it is needed", MOST_READS,
                    FOLDER + resourceName));
        }
        return theme.open(FOLDER + resourceName)
                .map(in -> (Reader) new InputStreamReader(in, StandardCharsets.UTF_8))
                .orElse(null);
    }
}
