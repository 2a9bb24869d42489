package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A fingerprint of everything a site is built from: the digests' bytes, the taxonomy file, the project's
 * template overrides, the settings, and the plugin and theme themselves. When it matches the one the
 * current site was built from, the build has nothing to do. Files are hashed by their content wherever
 * links lead (the walker has resolved them); a file that cannot be read is hashed as such and left to
 * its reader to report, so that lenient mode can skip it.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(BuildConfig config, List<DigestSource> digests, String version, Theme theme) {
        Optional<FoundFile> taxonomy = config.taxonomyFile().flatMap(
                new FolderWalker(config.projectDirectory(), config.allowExternalLinks(), true, warning -> { })::file);
        return of(config, digests, version, theme, taxonomy);
    }

    static String of(BuildConfig config, List<DigestSource> digests, String version, Theme theme,
            Optional<FoundFile> taxonomy) {
        MessageDigest sha = sha256();
        text(sha, "paper-digest " + version);
        text(sha, String.join("\u0000", config.siteTitle(), config.baseUrl().orElse(""), String.valueOf(config.strict()),
                String.valueOf(config.taxonomyReport()), config.timestamp().map(Object::toString).orElse(""),
                String.valueOf(config.allowExternalLinks())));
        for (DigestSource d : digests) {
            text(sha, "digest " + d.name());
            file(sha, d.path());
        }
        taxonomy.ifPresent(f -> {
            text(sha, "taxonomy");
            file(sha, f.path());
        });
        for (FoundFile f : theme.overrideFiles()) {
            text(sha, "template " + f.name());
            file(sha, f.path());
        }
        // a rebuilt snapshot of the plugin or the theme must rebuild the site: the plugin's code (its jar, or
        // its class folder in development) and the theme's files, which live in a jar of their own
        codeOf(InputFingerprint.class).ifPresent(code -> tree(sha, code));
        for (String path : theme.bundledPaths()) {
            text(sha, "theme " + path);
            theme.openBundled(path).ifPresent(in -> {
                try {
                    stream(sha, in);
                } catch (IOException e) {
                    throw new io.github.paperdigest.render.ThemeException("cannot read the theme's " + path + ": "
                            + IoMessages.describe(e), e);
                }
            });
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void tree(MessageDigest sha, Path code) {
        if (Files.isRegularFile(code)) {
            file(sha, code);
            return;
        }
        for (FoundFile f : FolderWalker.within(code).files(code)) {
            text(sha, f.name());
            file(sha, f.path());
        }
    }

    private static void stream(MessageDigest sha, InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        sha.update((byte) 0);
    }

    private static Optional<Path> codeOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return location != null && Files.exists(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** A file's bytes; one that cannot be read counts as such, and its reader says why when the site is built. */
    private static void file(MessageDigest sha, Path file) {
        MessageDigest content = sha256();
        try {
            stream(content, Files.newInputStream(file));
            sha.update(content.digest());
        } catch (IOException e) {
            text(sha, "unreadable: " + IoMessages.describe(e));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
