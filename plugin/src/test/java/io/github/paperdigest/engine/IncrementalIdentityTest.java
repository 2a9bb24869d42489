package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.output.Manifest;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after an edit keeps the files whose inputs did not change and makes the others, and gives the very
 * bytes a full build of the edited digests gives: checked over rounds of random edits (papers added, changed and
 * removed, a written tag changed, the taxonomy changed), each compared with a full build into an empty folder.
 */
class IncrementalIdentityTest {

    private static final String[] TOPICS = {"video generation with diffusion models",
        "video question answering with large language models", "action recognition in egocentric video",
        "a benchmark for long video understanding", "text-to-video retrieval with contrastive learning",
        "talking head synthesis from audio", "video captioning with dense events", "3D reconstruction from video"};
    private static final String[] WORDS = {"temporal", "memory", "frames", "tokens", "motion", "consistency",
        "efficient", "attention", "dataset", "evaluation", "camera", "scene", "objects", "audio", "streaming"};

    @TempDir
    Path temp;

    private final Random random = new Random(20261125);
    private final List<List<String[]>> digests = new ArrayList<>();
    private int serial;
    private int hubVariant;

    @Test
    void everyRebuildAfterRandomEditsIsByteForByteAFullBuild() throws IOException {
        for (int d = 0; d < 3; d++) {
            List<String[]> papers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                papers.add(paper());
            }
            digests.add(papers);
        }
        Path incremental = temp.resolve("incremental/papers");
        build(incremental);
        int kept = 0;
        for (int round = 1; round <= 6; round++) {
            String edits = edit() + ", " + edit();
            BuildResult rebuilt = build(incremental);
            Path full = temp.resolve("full-" + round + "/papers");
            BuildResult fresh = build(full);

            assertSameFiles(full, incremental, "round " + round + " (" + edits + ")");
            assertTrue(rebuilt.madeFiles() <= fresh.madeFiles(), edits);
            kept += fresh.madeFiles() - rebuilt.madeFiles();
        }
        assertTrue(kept > 0, "some files were kept without being made again");
    }

    private String edit() {
        List<String[]> digest = digests.get(random.nextInt(digests.size()));
        switch (random.nextInt(6)) {
            case 0 -> {
                digest.add(random.nextInt(digest.size() + 1), paper());
                return "added a paper";
            }
            case 1 -> {
                String[] p = digest.get(random.nextInt(digest.size()));
                p[1] = abstractText();
                return "changed an abstract";
            }
            case 2 -> {
                digest.remove(random.nextInt(digest.size()));
                return "removed a paper";
            }
            case 3 -> {
                String[] p = digests.get(2).get(random.nextInt(digests.get(2).size()));
                p[2] = random.nextBoolean() ? "reading-group" : "reading-group, surveys";
                return "changed a written tag";
            }
            case 4 -> {
                hubVariant++;
                return "changed the taxonomy";
            }
            default -> {
                String[] p = digest.get(random.nextInt(digest.size()));
                p[0] = p[0] + " Revisited";
                return "changed a title";
            }
        }
    }

    private String[] paper() {
        serial++;
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        return new String[] {"Paper " + serial + ": " + Character.toUpperCase(topic.charAt(0)) + topic.substring(1),
            abstractText(), ""};
    }

    private String abstractText() {
        StringBuilder text = new StringBuilder("We study " + TOPICS[random.nextInt(TOPICS.length)] + ".");
        for (int i = 0; i < 4; i++) {
            text.append(" Our method improves ").append(WORDS[random.nextInt(WORDS.length)]).append(' ')
                    .append(WORDS[random.nextInt(WORDS.length)]).append(" on ").append(TOPICS[random.nextInt(TOPICS.length)])
                    .append('.');
        }
        return text.toString();
    }

    private BuildResult build(Path out) throws IOException {
        Path folder = temp.resolve("digests");
        writeDigests(folder);
        return new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(folder, out).siteTitle("Lab papers")
                .timestamp(Instant.parse("2026-11-25T00:00:00Z")).build());
    }

    private void writeDigests(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int d = 0; d < 2; d++) {
            StringBuilder text = new StringBuilder("Daily Papers\n\n");
            for (String[] p : digests.get(d)) {
                text.append(p[0]).append("\n\n").append(p[1]).append("\n\n");
            }
            Files.writeString(folder.resolve("2025-03-0" + (d + 1) + ".txt"), text);
        }
        StringBuilder md = new StringBuilder("---\ntitle: Reading group\ndate: 2025-03-05\n---\n\n");
        for (String[] p : digests.get(2)) {
            md.append("## ").append(p[0]).append("\n\n");
            if (!p[2].isEmpty()) {
                md.append("- tags: ").append(p[2]).append("\n\n");
            }
            md.append(p[1]).append("\n\n");
        }
        Files.writeString(folder.resolve("2025-03-05-reading-group.md"), md);
        Files.writeString(folder.resolve("taxonomy.yml"), """
                tags:
                  - id: reading-group
                    label: Reading group
                hubs:
                  - id: generation
                    name: Video generation
                    tags: [video-generation, diffusion-models%s]
                  - id: understanding
                    name: Video understanding
                    tags: [video-question-answering, action-recognition, video-captioning]
                """.formatted(hubVariant % 2 == 0 ? "" : ", talking-head"));
    }

    private static void assertSameFiles(Path expected, Path actual, String when) throws IOException {
        Map<String, byte[]> want = SiteFiles.all(expected);
        Map<String, byte[]> got = SiteFiles.all(actual);
        assertEquals(new TreeSet<>(want.keySet()), new TreeSet<>(got.keySet()), when);
        for (Map.Entry<String, byte[]> e : want.entrySet()) {
            if (e.getKey().equals(Manifest.FILE_NAME)) {
                // the stamps of the digests depend on when each build read them, not on what it made
                assertEquals(withoutStamps(e.getValue()), withoutStamps(got.get(e.getKey())), when + ": the manifest");
            } else {
                assertTrue(Arrays.equals(e.getValue(), got.get(e.getKey())), when + ": " + e.getKey() + " differs");
            }
        }
    }

    private static List<String> withoutStamps(byte[] manifest) {
        return new String(manifest, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("# input: ")).toList();
    }
}
