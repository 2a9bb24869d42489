package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.paperdigest.model.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestTest {

    private static final String HASH = ContentHash.hex("page");
    private static final String SHA256_OF_AN_EARLIER_VERSION = "0123456789abcdef".repeat(4);

    @TempDir
    Path dir;

    private Manifest.Reading read(String text) throws IOException {
        Files.writeString(dir.resolve(Manifest.FILE_NAME), text, StandardCharsets.UTF_8);
        return Manifest.read(dir);
    }

    @Test
    void whatIsWrittenIsReadBackWhateverTheFilesAreCalled() throws IOException {
        Map<String, String> entries = new TreeMap<>();
        // every name a site may have (no control character, backslash or colon: those are never written)
        List<String> names = List.of("# not a comment", "  leading spaces", "trailing space ", "café/naïve.html", "a b c",
                "paper/.well-known", "paper/...", "日本語/論文.html", HASH + " CNAME");
        for (int i = 0; i < names.size(); i++) {
            entries.put(names.get(i), i % 2 == 0 ? ContentHash.hex(names.get(i)) : ContentHash.hex(names.get(i)) + ":k-" + i);
        }
        Files.write(dir.resolve(Manifest.FILE_NAME), new Manifest(entries, "fingerprint").toBytes());

        Manifest read = assertInstanceOf(Manifest.Found.class, Manifest.read(dir)).manifest();
        assertEquals(entries, read.entries());
        assertEquals("fingerprint", read.inputs());
        assertEquals("k-1", read.key("  leading spaces"));
        assertEquals(ContentHash.hex("  leading spaces"), read.hash("  leading spaces"));
    }

    @Test
    void anEarlierVersionsSha256EntriesAreStillEntries() throws IOException {
        Manifest read = assertInstanceOf(Manifest.Found.class, read("# header\n# inputs: x\n"
                + SHA256_OF_AN_EARLIER_VERSION + " index.html\n" + SHA256_OF_AN_EARLIER_VERSION + ":key paper/a.html\n"))
                .manifest();
        assertEquals(Map.of("index.html", SHA256_OF_AN_EARLIER_VERSION, "paper/a.html", SHA256_OF_AN_EARLIER_VERSION + ":key"),
                read.entries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 index.html", "%s", "%s ", "%s:", "%s:bad_key index.html", "%s: index.html",
            "%s:key:more index.html", "%S index.html", "%sff index.html", "%s /etc/passwd", "%s ../outside.html",
            "%s paper//a.html", "%s paper/./a.html", "%s paper/../a.html", "%s C:drive.html", "%s back\\qslash",
            "%s raw\u0007bell", " %s index.html", "%s\tindex.html"})
    void aLineThatIsNotAHashAndASafePathDamagesTheManifest(String line) throws IOException {
        Manifest.Reading reading = read("# header\n" + HASH + " index.html\n\n" + line.formatted(HASH) + "\n");
        assertEquals(new Manifest.Damaged("line 4 is not a hash and a file of the site"), reading);
    }

    /** A published site's copy is anyone's file: one too large for a manifest is not read into the heap. */
    @Test
    void aFileLargerThanAnySitesManifestIsDamagedUnread() throws IOException {
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(dir.resolve(Manifest.FILE_NAME).toFile(), "rw")) {
            sparse.setLength(Manifest.MAX_BYTES + 1);
        }
        assertEquals(new Manifest.Damaged("it is larger than any site's manifest"), Manifest.read(dir));
    }

    @Test
    void aTextThatDoesNotStartAsAManifestIsDamaged() throws IOException {
        assertEquals(new Manifest.Damaged("it does not start as a manifest does"), read(HASH + " index.html\n"));
    }
}
