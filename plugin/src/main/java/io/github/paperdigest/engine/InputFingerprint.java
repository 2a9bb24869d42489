package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
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
import java.util.stream.Stream;

/**
 * Fingerprints of what a site is built from. {@link #rendering} covers what turns records into files: the
 * plugin's code, the theme's files and the project's template overrides. {@link #inputs} covers everything:
 * that, the settings, the digests' bytes and the taxonomy file. When the inputs fingerprint matches the one the
 * current site was built from, the build has nothing to do. A file that cannot be read fails naming the setting
 * that leads to it.
 */
record InputFingerprint(String inputs, String rendering) {

    static InputFingerprint of(BuildConfig config, List<DigestSource> digests, String version, Theme theme) {
        Hasher r = new Hasher();
        r.text("paper-digest " + version);
        config.templateDirectory().filter(Files::isDirectory)
                .ifPresent(dir -> r.tree(dir, "template ", Setting.TEMPLATE_DIRECTORY));
        // a rebuilt snapshot of the plugin or the theme must rebuild the site: the plugin's code (its jar, or
        // its class folder in development) and the theme's files, which live in a jar of their own
        codeOf(InputFingerprint.class).ifPresent(code -> {
            if (Files.isRegularFile(code)) {
                r.file(code, null);
            } else {
                r.tree(code, "", null);
            }
        });
        for (String path : theme.bundledPaths()) {
            r.text("theme " + path);
            theme.openBundled(path).ifPresent(in -> r.stream(in, "the theme's " + path, null));
        }
        String rendering = Sha256.hex(r.sha);

        Hasher f = new Hasher();
        f.text(rendering);
        f.text(String.join("\u0000", config.siteTitle(), config.baseUrl().orElse(""), String.valueOf(config.strict()),
                String.valueOf(config.taxonomyReport()), config.timestamp().map(Object::toString).orElse("")));
        for (DigestSource d : digests) {
            f.text("digest " + d.name());
            f.file(d.path(), Setting.DIGEST_DIRECTORY);
        }
        config.taxonomyFile().filter(Files::isRegularFile).ifPresent(file -> {
            f.text("taxonomy");
            f.file(file, Setting.TAXONOMY_FILE);
        });
        return new InputFingerprint(Sha256.hex(f.sha), rendering);
    }

    /** A SHA-256 fed with texts and files, each ended by a zero byte. */
    private static final class Hasher {
        private final MessageDigest sha = Sha256.digest();

        /** Every file under a folder, in path order, each named by its path in the folder. */
        private void tree(Path root, String prefix, Setting setting) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    text(prefix + root.relativize(file).toString().replace('\\', '/'));
                    file(file, setting);
                }
            } catch (IOException e) {
                throw unreadable(root, e, setting);
            }
        }

        private void stream(InputStream in, String name, Setting setting) {
            byte[] buffer = new byte[1 << 16];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw unreadable(name, e, setting);
            }
            sha.update((byte) 0);
        }

        private void text(String s) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }

        private void file(Path file, Setting setting) {
            try {
                stream(Files.newInputStream(file), file.toString(), setting);
            } catch (IOException e) {
                throw unreadable(file, e, setting);
            }
        }
    }

    private static PaperDigestException unreadable(Object what, IOException e, Setting setting) {
        return new PaperDigestException("cannot read " + what + ": " + e.getMessage(), e, setting);
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
