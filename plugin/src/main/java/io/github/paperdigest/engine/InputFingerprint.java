package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Sha256;
import io.github.paperdigest.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * A fingerprint of everything a site is built from: the digests' bytes, the taxonomy file, the project's
 * template overrides, the settings, and the plugin and theme themselves. When it matches the one the
 * current site was built from, the build has nothing to do. Files are hashed by their content wherever
 * links lead (the walker has resolved them); a project file that cannot be read is hashed as such and left
 * to its reader to report, so that lenient mode can skip an unreadable digest.
 */
final class InputFingerprint {

    private final MessageDigest sha = Sha256.digest();

    private InputFingerprint() {
    }

    static String of(BuildConfig config, List<DigestSource> digests, String version, Theme theme) {
        Optional<FoundFile> taxonomy = config.taxonomyFile().flatMap(
                new FolderWalker(config.projectDirectory(), config.allowExternalLinks(), true, warning -> { })::file);
        return of(config, digests, version, theme, taxonomy);
    }

    static String of(BuildConfig config, List<DigestSource> digests, String version, Theme theme,
            Optional<FoundFile> taxonomy) {
        InputFingerprint f = new InputFingerprint();
        f.text("paper-digest " + version);
        f.text(String.join("\u0000", config.siteTitle(), config.baseUrl().orElse(""), String.valueOf(config.strict()),
                String.valueOf(config.taxonomyReport()), config.timestamp().map(Object::toString).orElse(""),
                "similarity " + config.similarity(),
                config.projectSite().map(p -> p.name() + "\u0000" + p.href()).orElse(""),
                String.valueOf(config.allowExternalLinks())));
        for (DigestSource d : digests) {
            f.text("digest " + d.name());
            f.projectFile(d.path());
        }
        taxonomy.ifPresent(file -> {
            f.text("taxonomy");
            f.projectFile(file.path());
        });
        for (FoundFile file : theme.overrideFiles()) {
            f.text("template " + file.name());
            f.projectFile(file.path());
        }
        // a rebuilt snapshot of the plugin or the theme must rebuild the site: the plugin's code (its jar, or
        // its class folder in development) and the theme's files, which live in a jar of their own
        codeOf(InputFingerprint.class).ifPresent(code -> {
            if (Files.isRegularFile(code)) {
                f.pluginFile(code);
            } else {
                for (FoundFile file : FolderWalker.within(code).files(code)) {
                    f.text(file.name());
                    f.pluginFile(file.path());
                }
            }
        });
        for (String path : theme.bundledPaths()) {
            f.text("theme " + path);
            theme.openBundled(path).ifPresent(in -> {
                try {
                    f.stream(f.sha, in);
                } catch (IOException e) {
                    throw new PaperDigestException("cannot read the theme's " + path + ": " + IoMessages.describe(e), e);
                }
            });
        }
        return Sha256.hex(f.sha);
    }

    /** A file of the project; one that cannot be read counts as such, and its reader says why. */
    private void projectFile(Path file) {
        MessageDigest content = Sha256.digest();
        try {
            stream(content, Files.newInputStream(file));
            sha.update(content.digest());
        } catch (IOException e) {
            text("unreadable: " + IoMessages.describe(e));
        }
    }

    private void pluginFile(Path file) {
        try {
            stream(sha, Files.newInputStream(file));
        } catch (IOException e) {
            throw new PaperDigestException("cannot read the plugin's " + file + ": " + IoMessages.describe(e), e);
        }
    }

    private void stream(MessageDigest into, InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                into.update(buffer, 0, n);
            }
        }
        into.update((byte) 0);
    }

    private void text(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
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
}
