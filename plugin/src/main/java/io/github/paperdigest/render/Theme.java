package io.github.paperdigest.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of the site's theme: templates and assets. A file in the project's override folder
 * replaces the theme file of the same path; otherwise the theme jar's file is used. Paths are
 * relative ("templates/paper.mustache", "assets/style.css") and can never leave either place.
 */
public final class Theme {

    /** Where the default theme keeps its files on the class path. */
    public static final String CLASSPATH_ROOT = "paper-digest-theme/";
    /** The theme's list of its own files, one path per line (a jar cannot be listed reliably). */
    static final String INDEX = "theme.index";

    private final Optional<Path> overrides;
    private final ClassLoader classLoader;

    public Theme(Optional<Path> overrides, ClassLoader classLoader) {
        this.overrides = overrides.map(p -> p.toAbsolutePath().normalize());
        this.classLoader = classLoader;
    }

    /** Opens a theme file, the project's override first. */
    public Optional<InputStream> open(String relativePath) {
        String path = checked(relativePath);
        Optional<Path> override = overrideFile(path);
        if (override.isPresent()) {
            try {
                return Optional.of(Files.newInputStream(override.get()));
            } catch (IOException e) {
                throw new ThemeException("cannot read " + override.get() + ": " + e.getMessage(), e);
            }
        }
        return openBundled(path);
    }

    public byte[] read(String relativePath) {
        try (InputStream in = open(relativePath).orElseThrow(() -> new ThemeException(
                "theme file " + relativePath + " not found in " + describe()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ThemeException("cannot read theme file " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** The theme jar's own files (not the project's overrides), as its index lists them, in its order. */
    public List<String> bundledPaths() {
        try (InputStream index = classLoader.getResourceAsStream(CLASSPATH_ROOT + INDEX)) {
            if (index == null) {
                throw new ThemeException("the theme jar has no " + INDEX + "; is paper-digest-site-template on the class path?");
            }
            return new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new ThemeException("cannot read the theme's " + INDEX + ": " + e.getMessage(), e);
        }
    }

    /** Opens a file of the theme jar itself, whether or not the project overrides it. */
    public Optional<InputStream> openBundled(String relativePath) {
        return Optional.ofNullable(classLoader.getResourceAsStream(CLASSPATH_ROOT + checked(relativePath)));
    }

    /** The assets to publish: the theme's and the project's, by path. */
    public TreeSet<String> assetPaths() {
        TreeSet<String> paths = new TreeSet<>();
        bundledPaths().stream().filter(p -> p.startsWith("assets/")).forEach(paths::add);
        overrides.map(dir -> dir.resolve("assets")).filter(Files::isDirectory).ifPresent(assets -> {
            try (Stream<Path> files = Files.walk(assets)) {
                files.filter(Files::isRegularFile)
                        .map(f -> overrides.get().relativize(f).toString().replace('\\', '/'))
                        .filter(p -> !isHidden(p))
                        .forEach(paths::add);
            } catch (IOException e) {
                throw new ThemeException("cannot list " + assets + ": " + e.getMessage(), e);
            }
        });
        return paths;
    }

    private Optional<Path> overrideFile(String path) {
        if (overrides.isEmpty()) {
            return Optional.empty();
        }
        Path file = overrides.get().resolve(path).normalize();
        if (!file.startsWith(overrides.get()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private String describe() {
        return overrides.map(p -> p + " or ").orElse("") + "the theme jar";
    }

    private static boolean isHidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String checked(String relativePath) {
        String path = relativePath.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.contains(":")) {
                throw new ThemeException("theme path " + relativePath + " leaves the theme folder");
            }
        }
        return path;
    }
}
