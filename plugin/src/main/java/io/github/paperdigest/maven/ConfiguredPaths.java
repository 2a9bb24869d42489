package io.github.paperdigest.maven;

import io.github.paperdigest.files.FolderWalker;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
     * Fails unless the digest folder exists; when it does not, names a likely folder the digests are in instead. The
     * default, {@code src/digests}, is required too: a site without digests is a mistake.
     */
    void requireDigestDirectory(File value) throws MojoFailureException {
        Optional<Path> missing = missing("digestDirectory", value, true);
        if (missing.isEmpty()) {
            return;
        }
        Path path = missing.get();
        Optional<String> found = elsewhere(path);
        if (path.equals(baseDirectory.resolve(DEFAULT_DIGESTS).normalize())) {
            throw new MojoFailureException("No digests: " + DEFAULT_DIGESTS + " does not exist, and it is where the"
                    + " plugin reads them unless <digestDirectory> or -DpaperDigest.digestDirectory names another"
                    + " folder." + found.map(f -> " The folder " + f + "/ exists: move it to " + DEFAULT_DIGESTS
                            + "/, or set <digestDirectory>" + f + "</digestDirectory>")
                            .orElse(" Create it and put your digests in it (.txt, .md, .bib, .csv, .json, …)"));
        }
        throw notFound("digestDirectory", path, true, found.map(f -> "; the folder " + f + "/ exists: is it the one"
                + " you meant?").orElse("; by default the digests are in " + DEFAULT_DIGESTS));
    }

    /**
     * A hint for a digest folder that exists but holds nothing: a likely folder elsewhere that does hold files
     * ("src/digests is empty; the folder docs/digests/ has files: …"), or empty.
     */
    Optional<String> emptyDigestDirectory(File value) {
        Path path = value.toPath().toAbsolutePath().normalize();
        if (!isEmptyFolder(path)) {
            return Optional.empty();
        }
        // a folder that holds the empty one ("papers/" of "papers/digests") has nothing else to offer
        return likelyFolder(folder -> !path.startsWith(folder) && !isEmptyFolder(folder))
                .map(f -> shown(baseDirectory, path) + " is empty, and the folder " + f + "/ has files: if your digests"
                        + " are there, move them to " + shown(baseDirectory, path) + "/ or set <digestDirectory>" + f
                        + "</digestDirectory>");
    }

    /** Where the taxonomy is by default. */
    static final String DEFAULT_TAXONOMY = "src/digests/taxonomy.yml";

    /** Where people put a taxonomy when they miss {@code src/digests/}, relative to the project. */
    private static final List<String> LIKELY_TAXONOMIES = List.of("taxonomy.yml", "taxonomy.yaml", "src/taxonomy.yml",
            "src/taxonomy.yaml", "src/site/taxonomy.yml", "src/main/resources/taxonomy.yml");

    /**
     * A warning for a taxonomy written elsewhere than the default place, while the {@code taxonomy} parameter is left
     * at that default and nothing is there: the file is not read, and the hubs would be derived without a word.
     */
    Optional<String> misplacedTaxonomy(File value) {
        Path path = value == null ? null : value.toPath().toAbsolutePath().normalize();
        if (path == null || !path.equals(baseDirectory.resolve(DEFAULT_TAXONOMY).normalize()) || Files.exists(path)) {
            return Optional.empty();
        }
        return LIKELY_TAXONOMIES.stream().filter(f -> Files.isRegularFile(baseDirectory.resolve(f))).findFirst()
                .map(f -> f + " is not read: the taxonomy is read from " + DEFAULT_TAXONOMY + " (the 'taxonomy'"
                        + " parameter). Move it there, or set <taxonomy>" + f + "</taxonomy>");
    }

    private static boolean isEmptyFolder(Path folder) {
        try {
            return FolderWalker.isEmpty(folder);
        } catch (IOException e) {
            return false; // unreadable: the build says so, naming it
        }
    }

    /**
     * Fails unless {@code value} is a folder; {@code optionalDefault} (relative to the project) may be absent.
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
            return;
        }
        Optional<Path> missing = missing(parameter, value, folder);
        if (missing.isPresent() && !missing.get().equals(baseDirectory.resolve(optionalDefault).normalize())) {
            throw notFound(parameter, missing.get(), folder, "; leave it unset to use " + optionalDefault
                    + " when it exists");
        }
    }

    /**
     * The path {@code value} names when nothing is there; empty when the folder or file is there. Fails when the
     * parameter is not set, or names something of the other kind.
     */
    private Optional<Path> missing(String parameter, File value, boolean folder) throws MojoFailureException {
        if (value == null) {
            throw new MojoFailureException("The '" + parameter + "' parameter is not set");
        }
        Path path = value.toPath().toAbsolutePath().normalize();
        if (folder ? Files.isDirectory(path) : Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (Files.exists(path)) {
            throw new MojoFailureException("The '" + parameter + "' parameter names " + shown(baseDirectory, path)
                    + ", which is not a " + (folder ? "folder" : "file"));
        }
        return Optional.of(path);
    }

    private MojoFailureException notFound(String parameter, Path path, boolean folder, String hint) {
        return new MojoFailureException("The '" + parameter + "' parameter names " + shown(baseDirectory, path)
                + (folder ? ", a folder" : ", a file") + " that does not exist. Check the path in <" + parameter
                + "> or -DpaperDigest." + parameter + hint);
    }

    /** Where the digests are by default. */
    static final String DEFAULT_DIGESTS = "src/digests";

    /**
     * Folders, relative to the project, where people put digests when they miss {@code src/digests}: the default
     * itself (for a mistyped path), the folder at the top, a singular, and the places Maven keeps other sources.
     */
    static final List<String> LIKELY_DIGEST_FOLDERS = List.of(DEFAULT_DIGESTS, "digests", "src/digest", "digest",
            "src/main/digests", "src/site/digests", "src/site/resources/digests", "src/main/resources/digests",
            "src/papers", "papers", "docs/digests", "papers/digests");

    /** The first likely digest folder that exists and is not {@code missing}, relative to the project. */
    Optional<String> elsewhere(Path missing) {
        return likelyFolder(folder -> !folder.equals(missing));
    }

    /** The first of {@link #LIKELY_DIGEST_FOLDERS} that exists and is {@code wanted}, relative to the project. */
    private Optional<String> likelyFolder(Predicate<Path> wanted) {
        return LIKELY_DIGEST_FOLDERS.stream()
                .filter(f -> Files.isDirectory(baseDirectory.resolve(f))
                        && wanted.test(baseDirectory.resolve(f).normalize()))
                .findFirst();
    }

    /** A path as the user knows it: relative to the project, with '/', when it is in it; else as it is. */
    static String shown(Path project, Path path) {
        Path base = project.toAbsolutePath().normalize();
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(base) && !normal.equals(base)
                ? base.relativize(normal).toString().replace('\\', '/') : path.toString();
    }
}
