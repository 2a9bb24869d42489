package io.github.paperdigest.testing;

import io.github.paperdigest.files.FolderEntry;
import io.github.paperdigest.files.FolderWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a generated site for assertions. */
public final class SiteFiles {

    private SiteFiles() {
    }

    /** Every file of the site (links not followed), relative path to bytes, in path order. */
    public static Map<String, byte[]> all(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (FolderEntry entry : FolderWalker.entries(root)) {
                if (entry.kind() == FolderEntry.Kind.FILE) {
                    files.put(entry.name(), Files.readAllBytes(entry.path()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static List<String> htmlPages(Path root) {
        return all(root).keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    public static Document parse(Path root, String page) {
        try {
            return Jsoup.parse(Files.readString(root.resolve(page), StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root folder, where example-project/ is. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("paperDigest.projectRoot", "..")).toAbsolutePath().normalize();
    }
}
