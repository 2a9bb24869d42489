package io.github.paperdigest.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Checks the paths the user configured before anything is built. A path the user set that does not exist is a
 * mistake (a typo in {@code -DpaperDigest.digestDirectory=src/digestz} would otherwise build an empty site); an
 * optional path left at its default may be absent.
 */
final class ConfiguredPaths {

    private final Path baseDirectory;

    ConfiguredPaths(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /**
     * Fails unless {@code value} is a folder; {@code optionalDefault} (relative to the project) may be absent, and
     * is {@code null} when the folder is always required.
     */
    void requireDirectory(String parameter, File value, String optionalDefault) throws MojoFailureException {
        require(parameter, value, optionalDefault, true);
    }

    /** Fails unless {@code value} is a file; {@code optionalDefault} (relative to the project) may be absent. */
    void requireFile(String parameter, File value, String optionalDefault) throws MojoFailureException {
        require(parameter, value, optionalDefault, false);
    }

    private void require(String parameter, File value, String optionalDefault, boolean folder)
            throws MojoFailureException {
        if (value == null) {
            if (optionalDefault == null) {
                throw new MojoFailureException("The '" + parameter + "' parameter is not set");
            }
            return;
        }
        Path path = value.toPath().toAbsolutePath().normalize();
        boolean isDefault = optionalDefault != null && path.equals(baseDirectory.resolve(optionalDefault).normalize());
        if (folder ? Files.isDirectory(path) : Files.isRegularFile(path)) {
            return;
        }
        if (Files.exists(path)) {
            throw new MojoFailureException("The '" + parameter + "' parameter names " + shown(path) + ", which is not a "
                    + (folder ? "folder" : "file"));
        }
        if (isDefault) {
            return;
        }
        if (parameter.equals("digestDirectory") && path.equals(baseDirectory.resolve(DEFAULT_DIGESTS).normalize())) {
            throw new MojoFailureException("No digests: " + DEFAULT_DIGESTS + " does not exist, and it is where the"
                    + " plugin reads them unless <digestDirectory> or -DpaperDigest.digestDirectory names another"
                    + " folder." + elsewhere(path).map(found -> " The folder " + found + "/ exists: move it to "
                            + DEFAULT_DIGESTS + "/, or set <digestDirectory>" + found + "</digestDirectory>")
                            .orElse(" Create it and put your digests in it (.txt, .md, .bib, .csv, .json, …)"));
        }
        throw new MojoFailureException("The '" + parameter + "' parameter names " + shown(path)
                + (folder ? ", a folder" : ", a file") + " that does not exist. Check the path in <" + parameter
                + "> or -DpaperDigest." + parameter + hint(parameter, optionalDefault, path));
    }

    private String hint(String parameter, String optionalDefault, Path missing) {
        if (parameter.equals("digestDirectory")) {
            return elsewhere(missing).map(found -> "; the folder " + found + "/ exists: is it the one you meant?")
                    .orElse("; by default the digests are in " + DEFAULT_DIGESTS);
        }
        return "; leave it unset to use " + optionalDefault + " when it exists";
    }

    /** Where the digests are by default. */
    static final String DEFAULT_DIGESTS = "src/digests";

    /**
     * Folders, relative to the project, where people put digests when they miss {@code src/digests}: the default
     * itself (for a mistyped path), the folder at the top, a singular, and the places Maven keeps other sources.
     */
    static final List<String> LIKELY_DIGEST_FOLDERS = List.of(DEFAULT_DIGESTS, "digests", "src/digest", "digest",
            "src/main/digests", "src/site/digests", "src/site/resources/digests", "src/main/resources/digests",
            "src/papers", "papers", "docs/digests");

    /** The first likely digest folder that exists and is not {@code missing}, relative to the project. */
    Optional<String> elsewhere(Path missing) {
        return LIKELY_DIGEST_FOLDERS.stream()
                .filter(f -> !baseDirectory.resolve(f).normalize().equals(missing))
                .filter(f -> Files.isDirectory(baseDirectory.resolve(f)))
                .findFirst();
    }

    private String shown(Path path) {
        return path.startsWith(baseDirectory) && !path.equals(baseDirectory)
                ? baseDirectory.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
