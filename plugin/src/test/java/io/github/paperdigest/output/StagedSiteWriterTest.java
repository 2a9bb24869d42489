package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made by a writer: small ones are held and recognised when unchanged, large ones are streamed to disk. */
class StagedSiteWriterTest {

    @TempDir
    Path dir;

    private static byte[] large() {
        byte[] bytes = new byte[StagedSite.IN_MEMORY + 12345];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private StagedSite.Commit build(String path, byte[] content) {
        return build(path, out -> {
            // in uneven pieces, as a streaming writer gives them
            for (int at = 0; at < content.length; at += 1000) {
                out.write(content, at, Math.min(1000, content.length - at));
            }
        });
    }

    private StagedSite.Commit build(String path, StagedSite.ContentWriter content) {
        try (StagedSite site = StagedSite.begin(dir.resolve("site"))) {
            site.write(path, content);
            return site.commit("inputs");
        }
    }

    @Test
    void aFileLargerThanWhatIsHeldIsStreamedWhole() throws IOException {
        byte[] content = large();
        build("papers.json", content);

        assertArrayEquals(content, Files.readAllBytes(dir.resolve("site/papers.json")));
        String manifest = Files.readString(dir.resolve("site/" + Manifest.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(ContentHash.hex(content) + " papers.json"), "the manifest has the streamed file's hash");
    }

    @Test
    void aSmallFileMadeAgainWithTheSameBytesIsThePreviousFile() throws IOException {
        byte[] content = "<p>unchanged</p>".getBytes(StandardCharsets.UTF_8);
        build("index.html", content);
        Object before = Files.getAttribute(dir.resolve("site/index.html"), "unix:ino");

        StagedSite.Commit commit = build("index.html", content);

        assertEquals(1, commit.unchanged());
        assertEquals(before, Files.getAttribute(dir.resolve("site/index.html"), "unix:ino"));
    }

    @Test
    void bytesMadeWholeAreWrittenFromWhereTheyAreAndAnUnchangedFileIsThePreviousOne() throws IOException {
        // a view of part of a larger array, as a renderer that reuses its array gives
        byte[] array = "xx<p>whole</p>yy".getBytes(StandardCharsets.UTF_8);
        StagedSite.ContentWriter whole = StagedSite.ContentWriter.whole(() -> ByteBuffer.wrap(array, 2, 12).slice());
        build("page.html", whole);
        Path page = dir.resolve("site/page.html");
        assertEquals("<p>whole</p>", Files.readString(page, StandardCharsets.UTF_8));
        String manifest = Files.readString(dir.resolve("site/" + Manifest.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(ContentHash.hex("<p>whole</p>".getBytes(StandardCharsets.UTF_8)) + " page.html"), manifest);
        Object before = Files.getAttribute(page, "unix:ino");

        build("page.html", StagedSite.ContentWriter.whole(() -> ByteBuffer.wrap(array, 2, 12)));
        assertEquals(before, Files.getAttribute(page, "unix:ino"), "the same bytes keep the previous file");
        build("page.html", StagedSite.ContentWriter.whole(() -> ByteBuffer.wrap(array, 0, 12)));
        assertEquals("xx<p>whole</", Files.readString(page, StandardCharsets.UTF_8));
        assertFalse(before.equals(Files.getAttribute(page, "unix:ino")), "other bytes make a new file");

        // written to a stream, as another writer would, the same bytes
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        whole.writeTo(stream);
        assertEquals("<p>whole</p>", stream.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWriterThatFailsLeavesThePreviousSite() throws IOException {
        build("index.html", "v1".getBytes(StandardCharsets.UTF_8));
        byte[] half = Arrays.copyOf(large(), StagedSite.IN_MEMORY + 10);

        assertThrows(OutputException.class, () -> {
            try (StagedSite site = StagedSite.begin(dir.resolve("site"))) {
                site.write("papers.json", out -> {
                    out.write(half);
                    throw new IOException("disk full");
                });
            }
        });

        assertEquals("v1", Files.readString(dir.resolve("site/index.html")));
        assertEquals(List.of(), StagedSite.stagingFolders(dir.resolve("site")));
    }

    @Test
    void aBuildThatWritesNothingLeavesNoStagingFolder() throws IOException {
        try (StagedSite site = StagedSite.begin(dir.resolve("target/site"))) {
            assertFalse(site.isUpToDate("inputs"));
        }
        // nothing is made before the first file is written, but the lock file beside the output folder
        try (var made = Files.walk(dir.resolve("target"))) {
            assertEquals(List.of("target", "target/.site.lock"),
                    made.map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
    }
}
