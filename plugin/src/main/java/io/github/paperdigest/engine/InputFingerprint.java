package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.model.Sha256;
import io.github.paperdigest.output.InputStamp;
import io.github.paperdigest.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fingerprints of what a site is built from. {@link #rendering} covers what turns records into files: the
 * plugin's code, the theme's files and the project's template overrides. {@link #inputs} covers everything:
 * that, the settings, the digests' bytes and the taxonomy file. When the inputs fingerprint matches the one the
 * current site was built from, the build has nothing to do. A file that cannot be read fails naming the setting
 * that leads to it.
 *
 * <p>The digests and the taxonomy file are hashed one by one, and each is stamped with its size and modification
 * time ({@link #stamps}); a file whose size and time match the previous build's stamp is not read again, as git
 * does with its index. A file is stamped only if it was last modified more than two seconds before it was read,
 * so that one changed again within the same tick of the file system's clock is never taken for unchanged.
 */
record InputFingerprint(String inputs, String rendering, List<InputStamp> stamps) {

    /** How long a file must have been left alone before it is read for its stamp to be trusted later. */
    static final long SETTLED_MILLIS = 2000;

    InputFingerprint {
        stamps = List.copyOf(stamps);
    }

    static InputFingerprint of(BuildConfig config, List<DigestSource> digests, String version, Theme theme) {
        return of(config, digests, version, theme, List.of());
    }

    /** The fingerprints, taking the hash of a file from its stamp in {@code previous} when it has not changed. */
    static InputFingerprint of(BuildConfig config, List<DigestSource> digests, String version, Theme theme,
            List<InputStamp> previous) {
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
        Map<String, InputStamp> known = new HashMap<>();
        previous.forEach(s -> known.put(s.name(), s));
        long settled = System.currentTimeMillis() - SETTLED_MILLIS;
        List<InputStamp> stamps = new ArrayList<>();
        for (DigestSource d : digests) {
            f.text(stamped("digest " + d.name(), d.path(), Setting.DIGEST_DIRECTORY, known, settled, stamps));
        }
        config.taxonomyFile().filter(Files::isRegularFile).ifPresent(file ->
                f.text(stamped("taxonomy", file, Setting.TAXONOMY_FILE, known, settled, stamps)));
        return new InputFingerprint(Sha256.hex(f.sha), rendering, stamps);
    }

    /**
     * "name hash": the hash of the file's bytes, taken from its stamp when its size and time are those stamped;
     * the file's new stamp is added to {@code stamps} when it has settled.
     */
    private static String stamped(String name, Path file, Setting setting, Map<String, InputStamp> known, long settled,
            List<InputStamp> stamps) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(file, e, setting);
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        InputStamp stamp = known.get(name);
        String hash;
        if (stamp != null && stamp.size() == size && stamp.modified() == modified) {
            hash = stamp.hash();
        } else {
            Hasher h = new Hasher();
            h.file(file, setting);
            hash = Sha256.hex(h.sha);
        }
        if (modified < settled) {
            stamps.add(new InputStamp(name, size, modified, hash));
        }
        return name + " " + hash;
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
