package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

/**
 * A fingerprint of everything a site is built from: the digests' bytes, the taxonomy file, the project's
 * template overrides, the settings, and the plugin and theme themselves. When it matches the one the
 * current site was built from, the build has nothing to do.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(BuildConfig config, List<DigestSource> digests, String version, Theme theme) {
        MessageDigest sha = sha256();
        text(sha, "paper-digest " + version);
        text(sha, String.join("\u0000", config.siteTitle(), config.baseUrl().orElse(""), String.valueOf(config.strict()),
                String.valueOf(config.taxonomyReport()), config.timestamp().map(Object::toString).orElse(""),
                config.projectSite().map(p -> p.name() + "\u0000" + p.href()).orElse("")));
        for (DigestSource d : digests) {
            text(sha, "digest " + d.name());
            file(sha, d.path());
        }
        config.taxonomyFile().filter(Files::isRegularFile).ifPresent(f -> {
            text(sha, "taxonomy");
            file(sha, f);
        });
        config.templateDirectory().filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    text(sha, "template " + dir.relativize(f).toString().replace('\\', '/'));
                    file(sha, f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // a rebuilt snapshot of the plugin or the theme must rebuild the site: the plugin's code (its jar, or
        // its class folder in development) and the theme's files, which live in a jar of their own
        codeOf(InputFingerprint.class).ifPresent(code -> tree(sha, code));
        for (String path : theme.bundledPaths()) {
            text(sha, "theme " + path);
            theme.openBundled(path).ifPresent(in -> stream(sha, in, "the theme's " + path));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void tree(MessageDigest sha, Path code) {
        if (Files.isRegularFile(code)) {
            file(sha, code);
            return;
        }
        try (Stream<Path> files = Files.walk(code)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                text(sha, code.relativize(f).toString().replace('\\', '/'));
                file(sha, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stream(MessageDigest sha, InputStream in, String name) {
        byte[] buffer = new byte[1 << 16];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
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

    private static void file(MessageDigest sha, Path file) {
        try {
            stream(sha, Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
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
