package io.github.paperdigest.render;

import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.model.Typos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the files of the project's template folder that would change nothing: a misspelt
 * {@code templates/papr.mustache} or {@code template/paper.mustache} replaces no theme file, and without this
 * check the theme's own file would be used without a word. A file is used when it replaces a theme file, is an
 * asset (every file under {@code assets/} is published), or is a template that another template includes.
 */
public final class ThemeOverrides {

    /**
     * An override file that replaces nothing, and the theme file whose path is closest to it; or, for a partial of the
     * project's own that a template means to include under a name that finds another file, that inclusion.
     */
    public record Unused(String path, String closest, Optional<String> meantBy) {
        public Unused(String path, String closest) {
            this(path, closest, Optional.empty());
        }

        public String describe() {
            return meantBy.map(include -> path + " is included by no template: " + include)
                    .orElse(path + " replaces no theme file; did you mean " + closest + "?");
        }
    }

    /** A template's {@code {{> name}}}: the template, the name as written, and the theme path it finds. */
    private record Include(String template, String name, String path) {
    }

    private static final Pattern INCLUDE = Pattern.compile("\\{\\{\\s*[<>]\\s*([^}\\s]+)\\s*}}");

    private final Map<String, FoundFile> files;
    private final List<String> themePaths;
    /** The text of each of the project's templates, read once for every check ("" when unreadable or too large). */
    private final Map<String, String> templates = new TreeMap<>();

    /** The override files of a folder, walked as a project folder of its own (for tests and tools). */
    public ThemeOverrides(Path folder, List<String> themePaths) {
        this(new FolderWalker(folder, false, true, warning -> { }).files(folder), themePaths);
    }

    /** The override files a {@link Theme} found, under the project's rule for links. */
    public ThemeOverrides(List<FoundFile> overrideFiles, List<String> themePaths) {
        Map<String, FoundFile> byName = new TreeMap<>();
        overrideFiles.forEach(f -> byName.put(f.name(), f));
        this.files = byName;
        this.themePaths = List.copyOf(themePaths);
        byName.forEach((path, file) -> {
            if (path.startsWith(ThemeTemplateResolver.FOLDER) && path.endsWith(".mustache")) {
                templates.put(path, read(file).orElse(""));
            }
        });
    }

    /** The unused files, by path; none when the folder does not exist. */
    public List<Unused> unused() {
        List<Include> includes = includes();
        Set<String> included = new HashSet<>();
        includes.forEach(i -> included.add(i.path()));
        Set<String> theme = new HashSet<>(themePaths);
        List<Unused> unused = new ArrayList<>();
        for (String path : files.keySet()) {
            boolean used = theme.contains(path) || path.startsWith("assets/") || included.contains(path);
            if (!used) {
                unused.add(new Unused(path, closest(path), meantBy(path, includes, theme)));
            }
        }
        return unused;
    }

    /**
     * The inclusion that meant a partial of the project's own and finds nothing, as {@code {{> partials/badge}}} in
     * {@code partials/paper-item.mustache} names {@code partials/partials/badge.mustache}: the template, the name written
     * and the one that finds the partial, so that the partial is not said to replace a theme file it never meant to.
     */
    private Optional<String> meantBy(String path, List<Include> includes, Set<String> theme) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        for (Include include : includes) {
            boolean findsNothing = !files.containsKey(include.path()) && !theme.contains(include.path());
            if (findsNothing && include.path().endsWith("/" + file)) {
                String folder = include.template().substring(ThemeTemplateResolver.FOLDER.length(),
                        include.template().lastIndexOf('/') + 1);
                String partial = path.substring(ThemeTemplateResolver.FOLDER.length()).replaceFirst("\\.mustache$", "");
                return Optional.of(include.template() + " includes {{> " + include.name() + "}}, which names "
                        + include.path() + " (a partial is named from the folder of the template that includes it);"
                        + " write {{> " + ThemeTemplateResolver.partialName(folder, partial) + "}}");
            }
        }
        return Optional.empty();
    }

    /**
     * The project's templates that keep the search form (its {@code data-index}) but not the number of files the
     * papers' data is in ({@code data-paper-shards}), as a header copied from an older theme would: the search
     * results' abstract sentences and the reading list's entries would be missing without a word.
     */
    public List<String> searchFormsWithoutPaperShards() {
        return templates.entrySet().stream()
                .filter(t -> t.getValue().contains("data-index") && !t.getValue().contains("data-paper-shards"))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The inclusions of the project's templates, each with the path of the theme it finds. Mustache.java finds a
     * partial from the folder of the template that includes it ({@code {{> badge}}} in
     * {@code partials/paper-item.mustache} is {@code partials/badge.mustache}), and from the templates' folder when its
     * name starts with {@code /}.
     */
    private List<Include> includes() {
        List<Include> includes = new ArrayList<>();
        templates.forEach((path, text) -> {
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            Matcher m = INCLUDE.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                String from = name.startsWith("/") ? ThemeTemplateResolver.FOLDER + name.substring(1) : folder + name;
                includes.add(new Include(path, name,
                        Path.of(from + ".mustache").normalize().toString().replace('\\', '/')));
            }
        });
        return includes;
    }

    private static Optional<String> read(FoundFile file) {
        if (file.size() > Theme.MAX_TEMPLATE_BYTES) {
            return Optional.empty(); // a template too large is reported when it is rendered
        }
        try {
            return Optional.of(Files.readString(file.path(), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // an unreadable template is reported when it is rendered
        }
    }

    /** The theme path with the fewest edits from {@code path}; the first in the theme's order on a tie. */
    private String closest(String path) {
        String best = themePaths.isEmpty() ? "templates/paper.mustache" : themePaths.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : themePaths) {
            int d = Typos.distance(path, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
