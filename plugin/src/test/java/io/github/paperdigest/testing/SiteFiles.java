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

    /**
     * The staging folders beside an output folder, of any build ({@code .papers.staging-…}, or {@code .papers.staging}
     * as older versions named it): none once a build has ended, committed or not.
     */
    public static List<Path> stagingFolders(Path output) {
        String prefix = "." + output.getFileName() + ".staging";
        try {
            return !Files.isDirectory(output.getParent()) ? List.of() : FolderWalker.sortedChildren(output.getParent())
                    .stream().filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
