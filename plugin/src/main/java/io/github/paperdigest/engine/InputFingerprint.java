package io.github.paperdigest.engine;

import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Digests;
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

/**
 * Fingerprints of what a site is built from. {@link #code} covers the plugin's code alone, which is what turns
 * papers into tags and related papers. {@link #rendering} covers what turns records into files: the
 * plugin's code, the theme's files and the project's template overrides. {@link #inputs} covers everything:
 * that, the settings, the digests' bytes, the taxonomy file and the file of moved addresses. When the inputs fingerprint matches the one the
 * current site was built from, the build has nothing to do. Files are hashed by their content wherever links
 * lead (the walker has resolved them); a project file that cannot be read is hashed as such and left to its
 * reader to report, so that lenient mode can skip an unreadable digest.
 *
 * <p>The digests and the taxonomy file are hashed one by one, and each is stamped with its size and modification
 * time ({@link #stamps}); a file whose size and time match the previous build's stamp is not read again, as git
 * does with its index. A file is stamped only if it was last modified more than two seconds before it was read,
 * so that one changed again within the same tick of the file system's clock is never taken for unchanged.
 */
record InputFingerprint(String inputs, String code, String rendering, List<InputStamp> stamps) {

    /** How long a file must have been left alone before it is read for its stamp to be trusted later. */
    static final long SETTLED_MILLIS = 2000;

    InputFingerprint {
        stamps = List.copyOf(stamps);
    }

    static InputFingerprint of(BuildConfig config, List<DigestSource> digests, String version, Theme theme) {
        return of(config, digests, version, theme, List.of());
    }

    static InputFingerprint of(BuildConfig config, List<DigestSource> digests, String version, Theme theme,
            List<InputStamp> previous) {
        FolderWalker walker = new FolderWalker(config.projectDirectory(), config.allowExternalLinks(), true, warning -> { });
        return of(config, digests, version, theme, config.taxonomyFile().flatMap(walker::file),
                walker.file(EngineParts.movedFile(config)), previous);
    }

    /** The fingerprints, taking the hash of a file from its stamp in {@code previous} when it has not changed. */
    static InputFingerprint of(BuildConfig config, List<DigestSource> digests, String version, Theme theme,
            Optional<FoundFile> taxonomy, Optional<FoundFile> moved, List<InputStamp> previous) {
        Hasher c = new Hasher();
        c.text("paper-digest " + version);
        // a rebuilt snapshot of the plugin must rebuild the site: its code is its jar, or its class folder in
        // development
        codeOf(InputFingerprint.class).ifPresent(code -> {
            if (Files.isRegularFile(code)) {
                c.pluginFile(code);
            } else {
                for (FoundFile file : FolderWalker.within(code).files(code)) {
                    c.text(file.name());
                    c.pluginFile(file.path());
                }
            }
        });
        // what the libraries and the Java runtime do is part of what the code does: a digest parsed by another Jackson,
        // a word found by another release's Unicode tables, may read differently
        c.text("java " + Runtime.version());
        for (String library : LIBRARIES) {
            c.text("library " + library + " " + libraryJar(library));
        }
        String code = c.hex();

        // the theme's files, which live in a jar of their own, and the project's templates
        Hasher r = new Hasher();
        r.text(code);
        for (FoundFile file : theme.overrideFiles()) {
            r.text("template " + file.name());
            r.text(projectFileHash(file.path()));
        }
        for (String path : theme.bundledPaths()) {
            r.text("theme " + path);
            theme.openBundled(path).ifPresent(in -> {
                try {
                    r.stream(in);
                } catch (IOException e) {
                    throw new PaperDigestException("cannot read the theme's " + path + ": " + IoMessages.describe(e), e);
                }
            });
        }
        String rendering = r.hex();

        Hasher f = new Hasher();
        f.text(rendering);
        f.text(String.join("\u0000", config.siteTitle(), config.baseUrl().orElse(""), String.valueOf(config.strict()),
                String.valueOf(config.taxonomyReport()), config.timestamp().map(Object::toString).orElse(""),
                "similarity " + config.similarity(),
                config.projectSite().map(p -> p.name() + "\u0000" + p.href()).orElse(""),
                String.valueOf(config.allowExternalLinks()), "site " + config.siteId().orElse("")));
        Map<String, InputStamp> known = new HashMap<>();
        previous.forEach(s -> known.put(s.name(), s));
        long settled = System.currentTimeMillis() - SETTLED_MILLIS;
        List<InputStamp> stamps = new ArrayList<>();
        for (DigestSource d : digests) {
            f.text(stamped("digest " + d.name(), d.path(), known, settled, stamps));
        }
        taxonomy.ifPresent(file -> f.text(stamped("taxonomy", file.path(), known, settled, stamps)));
        moved.ifPresent(file -> f.text(stamped("moved", file.path(), known, settled, stamps)));
        return new InputFingerprint(f.hex(), code, rendering, stamps);
    }

    /**
     * "name hash": the hash of the file's bytes, taken from its stamp when its size and time are those stamped;
     * the file's new stamp is added to {@code stamps} when it has settled. A file that cannot be read is never
     * stamped. A stamp names the file by its real path, not by its name among the inputs: a digest folder
     * replaced by a copy (same names, sizes and times) is then read again, while the fingerprint, which names
     * files as the project does, stays the same wherever the project is.
     */
    private static String stamped(String name, Path file, Map<String, InputStamp> known, long settled,
            List<InputStamp> stamps) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return name + " unreadable: " + IoMessages.describe(e);
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        String where = InputStamp.nameOf(file);
        InputStamp stamp = known.get(where);
        if (stamp != null && stamp.matches(size, modified)) {
            stamps.add(stamp);
            return name + " " + stamp.hash();
        }
        String hash = projectFileHash(file);
        if (modified < settled && !hash.startsWith("unreadable")) {
            stamps.add(new InputStamp(where, size, modified, hash));
        }
        return name + " " + hash;
    }

    /** The hash of a file of the project; one that cannot be read counts as such, and its reader says why. */
    private static String projectFileHash(Path path) {
        Hasher file = new Hasher();
        try {
            file.stream(Files.newInputStream(path));
            return file.hex();
        } catch (IOException e) {
            return "unreadable: " + IoMessages.describe(e);
        }
    }

    /** A hash fed with texts and files, each ended by a zero byte. */
    private static final class Hasher {
        private final MessageDigest digest = ContentHash.digest();

        private void pluginFile(Path file) {
            try {
                stream(Files.newInputStream(file));
            } catch (IOException e) {
                throw new PaperDigestException("cannot read the plugin's " + file + ": " + IoMessages.describe(e), e);
            }
        }

        private void stream(InputStream in) throws IOException {
            try (in) {
                Digests.feed(digest, in);
            }
            digest.update((byte) 0);
        }

        private void text(String s) {
            digest.update(s.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }

        private String hex() {
            return Digests.hex(digest);
        }
    }

    /**
     * A class of each library that reads digests or renders pages, named rather than imported: the engine does not
     * use them, it only tells their versions apart, by the file each was loaded from.
     */
    private static final List<String> LIBRARIES = List.of("com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.databind.ObjectMapper", "org.jsoup.Jsoup", "org.commonmark.parser.Parser",
            "org.jbibtex.BibTeXParser", "com.github.mustachejava.Mustache");

    private static String libraryJar(String className) {
        try {
            return codeOf(Class.forName(className, false, InputFingerprint.class.getClassLoader()))
                    .map(path -> path.getFileName().toString()).orElse("unknown");
        } catch (ClassNotFoundException | LinkageError e) {
            return "absent";
        }
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
