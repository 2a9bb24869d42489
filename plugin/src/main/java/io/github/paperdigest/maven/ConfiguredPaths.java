package io.github.paperdigest.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
        throw new MojoFailureException("The '" + parameter + "' parameter names " + shown(path)
                + (folder ? ", a folder" : ", a file") + " that does not exist. Check the path in <" + parameter
                + "> or -DpaperDigest." + parameter + hint(parameter, optionalDefault));
    }

    private static String hint(String parameter, String optionalDefault) {
        if (parameter.equals("digestDirectory")) {
            return "; by default the digests are in src/digests";
        }
        return "; leave it unset to use " + optionalDefault + " when it exists";
    }

    private String shown(Path path) {
        return path.startsWith(baseDirectory) && !path.equals(baseDirectory)
                ? baseDirectory.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
