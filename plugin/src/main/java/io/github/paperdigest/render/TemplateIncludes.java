package io.github.paperdigest.render;

import com.github.mustachejava.Code;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.ExtendNameCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.WriteCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a template may include, checked where the inclusion is written: a partial is a template of the theme's
 * {@code templates/} folder (the project's override first), found as Mustache.java finds it, from the folder of the
 * template that includes it and without its {@code .mustache}. An asset is published and linked from the page, never
 * included; a partial that does not exist is said with the template and line that include it, not with the page
 * whose template the failure surfaced in (Mustache.java compiles a partial when the page's template is compiled).
 */
final class TemplateIncludes {

    private final Theme theme;
    /** Whether each path asked about exists: a chain of partials is parsed again at every inclusion. */
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    TemplateIncludes(Theme theme) {
        this.theme = theme;
    }

    /**
     * Checks {@code {{> name}}} of the template {@code file} (its path under {@code templates/}) at {@code line};
     * {@code resolved} is the path Mustache.java reads for it, under {@code templates/}.
     */
    void check(String file, int line, String name, String resolved) {
        String including = ThemeTemplateResolver.FOLDER + file + ":" + line + " includes {{> " + name + "}}";
        String target = Path.of(ThemeTemplateResolver.FOLDER + resolved).normalize().toString().replace('\\', '/');
        boolean template = target.startsWith(ThemeTemplateResolver.FOLDER) && target.endsWith(".mustache");
        if (!template) {
            boolean inTheme = !target.startsWith("..") && !target.contains(":") && exists(target);
            throw new ThemeException(including + ", " + (inTheme ? "the theme's " + target : target.startsWith("..")
                    || target.contains(":") ? "a file outside the theme" : "a file that is not a template")
                    + ", which a template cannot include: a partial is a template of " + ThemeTemplateResolver.FOLDER
                    + ", named from the folder of the template that includes it and without '.mustache' ({{> partials/"
                    + "header}} in a page's template, {{> pager}} in a partial); " + linkInstead(target));
        }
        if (!exists(target)) {
            String fromFolder = file.substring(0, file.lastIndexOf('/') + 1);
            throw new ThemeException(including + ", but " + target + " is neither in the template folder nor in the"
                    + " theme" + (fromFolder.isEmpty() ? "" : " (a partial is named from the folder of the template"
                            + " that includes it, " + ThemeTemplateResolver.FOLDER + fromFolder + ")")
                    + meant(name, target, fromFolder).map(m -> "; did you mean {{> " + m + "}}?")
                            .orElse(": add the partial, or remove the inclusion"));
        }
    }

    /**
     * Checks that a template that extends another ({@code {{<layout}}}) holds nothing but blocks ({@code {{$content}}…
     * {{/content}}}) and text: Mustache.java refuses any other tag there with an IllegalArgumentException naming its own
     * class, which the build would take for a fault of the plugin's.
     */
    void checkExtension(String file, int line, String extended, Code[] codes) {
        for (Code code : codes) {
            if (!(code instanceof ExtendNameCode || code instanceof WriteCode || code instanceof CommentCode)) {
                throw new ThemeException(ThemeTemplateResolver.FOLDER + file + ":" + line + " extends {{<" + extended
                        + "}}, and " + tag(code) + " stands outside its blocks, where a template that extends another"
                        + " may hold only blocks: put it inside the block it belongs to ({{$content}} … {{/content}}),"
                        + " which replaces the block of that name in " + extended);
            }
        }
    }

    private static String tag(Code code) {
        String mark = code instanceof PartialCode ? "> " : code instanceof ExtendCode ? "<"
                : code instanceof NotIterableCode ? "^" : code instanceof IterableCode ? "#" : "";
        return "{{" + mark + code.getName() + "}}";
    }

    /** Whether the theme (the project's override first) has the file; asked once a path. */
    private boolean exists(String path) {
        return known.computeIfAbsent(path, p -> theme.open(p).map(in -> {
            try (in) {
                return true;
            } catch (IOException e) {
                return true; // it is there; reading it is the resolver's, which says what went wrong
            }
        }).orElse(false));
    }

    /** How a page uses an asset instead of including it. */
    private static String linkInstead(String target) {
        String asset = target.startsWith("assets/") ? target : "assets/" + target.substring(target.lastIndexOf('/') + 1);
        String extension = asset.substring(asset.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String element = switch (extension) {
            case "css" -> "<link rel=\"stylesheet\" href=\"{{rootHref}}" + asset + "\">";
            case "js" -> "<script src=\"{{rootHref}}" + asset + "\" defer></script>";
            default -> "<a href=\"{{rootHref}}" + asset + "\">…</a>";
        };
        return "an asset is published as a file of its own (your template folder's assets/ are published too) and linked"
                + " from the page, not included: " + element;
    }

    /**
     * The name that finds a template that exists, where the one written does not: the name written as if from the
     * templates' folder ({@code partials/badge} in a partial means {@code partials/partials/badge.mustache};
     * {@code badge} there finds {@code partials/badge.mustache}).
     */
    private Optional<String> meant(String name, String target, String fromFolder) {
        String base = name.replaceFirst("\\.mustache$", "");
        String fromTemplates = base.startsWith("/") ? base.substring(1) : base;
        String path = ThemeTemplateResolver.FOLDER + fromTemplates + ".mustache";
        if (target.equals(path) || !exists(path)) {
            return Optional.empty();
        }
        return Optional.of(ThemeTemplateResolver.partialName(fromFolder, fromTemplates));
    }
}
