package io.github.paperdigest.render;

import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.files.IoMessages;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of the site's theme: templates and assets. A file in the project's override folder
 * replaces the theme file of the same path; otherwise the theme jar's file is used. Paths are
 * relative ("templates/paper.mustache", "assets/style.css") and can never leave either place. The
 * override folder is walked once, by a {@link FolderWalker} and under its rule for links, and its files
 * are size-limited: a template is held in memory to be compiled, an asset to be published.
 */
public final class Theme {

    /** Where the default theme keeps its files on the class path. */
    public static final String CLASSPATH_ROOT = "paper-digest-theme/";
    /** The theme's list of its own files, one path per line (a jar cannot be listed reliably). */
    static final String INDEX = "theme.index";

    /** A template is compiled in memory: a megabyte is far more than any page needs. */
    public static final long MAX_TEMPLATE_BYTES = 1L << 20;
    /** An asset is published as it is: images and fonts, but not a video. */
    public static final long MAX_ASSET_BYTES = 64L << 20;

    private final Optional<Path> overrides;
    private final ClassLoader classLoader;
    /** The project's override files by their path in the theme. */
    private final Map<String, FoundFile> overrideFiles;

    public Theme(Optional<Path> overrides, ClassLoader classLoader) {
        this(overrides, classLoader, overrides.map(dir -> new FolderWalker(dir, false, true, warning -> { })));
    }

    /** A theme whose override folder is walked by the build's walker, under the project's rule for links. */
    public Theme(Optional<Path> overrides, ClassLoader classLoader, FolderWalker walker) {
        this(overrides, classLoader, Optional.of(walker));
    }

    private Theme(Optional<Path> overrides, ClassLoader classLoader, Optional<FolderWalker> walker) {
        this.overrides = overrides.map(p -> p.toAbsolutePath().normalize());
        this.classLoader = classLoader;
        Map<String, FoundFile> files = new TreeMap<>();
        this.overrides.ifPresent(dir -> walker.orElseThrow().files(dir).forEach(f -> files.put(f.name(), f)));
        this.overrideFiles = java.util.Collections.unmodifiableMap(files);
    }

    /** Opens a theme file, the project's override first. */
    public Optional<InputStream> open(String relativePath) {
        String path = checked(relativePath);
        FoundFile override = overrideFiles.get(path);
        if (override != null) {
            return Optional.of(new ByteArrayInputStream(readOverride(path, override)));
        }
        return openBundled(path);
    }

    /** The project's override files, in path order; their contents are part of what a site is built from. */
    public List<FoundFile> overrideFiles() {
        return List.copyOf(overrideFiles.values());
    }

    private byte[] readOverride(String path, FoundFile file) {
        long limit = path.startsWith(ThemeTemplateResolver.FOLDER) ? MAX_TEMPLATE_BYTES : MAX_ASSET_BYTES;
        String tooLarge = String.format(Locale.ROOT, "%s is larger than the %d MB a theme %s may have", file.path(),
                limit >> 20, path.startsWith(ThemeTemplateResolver.FOLDER) ? "template" : "file");
        if (file.size() > limit) {
            throw new ThemeException(tooLarge + String.format(Locale.ROOT, " (%.1f MB): make it smaller", file.size() / 1048576.0));
        }
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new ThemeException(tooLarge + ": make it smaller");
            }
            return bytes;
        } catch (IOException e) {
            throw new ThemeException("cannot read " + overrides.map(dir -> dir.resolve(path)).orElse(file.path()) + ": "
                    + IoMessages.describe(e), e);
        }
    }

    public byte[] read(String relativePath) {
        try (InputStream in = open(relativePath).orElseThrow(() -> new ThemeException(
                "theme file " + relativePath + " not found in " + describe()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ThemeException("cannot read the theme file " + relativePath + ": " + IoMessages.describe(e), e);
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
            throw new ThemeException("cannot read the theme's " + INDEX + ": " + IoMessages.describe(e), e);
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
        overrideFiles.keySet().stream().filter(p -> p.startsWith("assets/")).forEach(paths::add);
        return paths;
    }

    private String describe() {
        return overrides.map(p -> p + " or ").orElse("") + "the theme jar";
    }

    static String checked(String relativePath) {
        // "templates//partials/x.mustache": a partial named from the templates' folder ("{{> /partials/x}}")
        String path = relativePath.replace('\\', '/').replaceAll("/{2,}", "/");
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
