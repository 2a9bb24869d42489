package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.files.ProjectFileException;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder holds more than the plugin's files, and the plugin must never lose what it did not write:
 * a file that an output name points at, empty folders, links, pipes, a manifest that was deleted or damaged, or
 * one that a file name tries to inject lines into. And it must never trust what it wrote without looking: a
 * file edited in place since is written anew.
 */
class OutputReliabilityTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();

    private Path digests() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("project/src/digests"));
        Files.writeString(dir.resolve("2025-01-02.txt"), "Daily Papers\n\nAlpha Paper\n\n" + ABSTRACT
                + "\n\nBeta Paper\n\n" + ABSTRACT + " And a second one.\n");
        return dir;
    }

    private Path out() {
        return temp.resolve("project/target/site/papers");
    }

    private BuildResult build(String title) throws IOException {
        return build(BuildConfig.builder(digests(), out()).siteTitle(title));
    }

    private BuildResult build(BuildConfig.Builder config) {
        return new SiteBuilder(BuildLog.warningsTo(warnings::add)).build(config.projectDirectory(temp.resolve("project"))
                .similarity(BuildConfig.LEXICAL).build());
    }

    // 6. outputName naming an existing file deleted it

    @Test
    void anOutputNameThatNamesAFileFailsAndKeepsTheFile() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("project/target/site")).resolve("notes.txt");
        Files.writeString(notes, "n\n");

        OutputException e = assertThrows(OutputException.class,
                () -> build(BuildConfig.builder(digests(), notes)));

        assertEquals(notes + " is a file that Paper Digest did not write, and the site would take its place: move it"
                + " away, or choose another outputName", e.getMessage());
        assertEquals("n\n", Files.readString(notes));
    }

    @Test
    void anOutputNameThatNamesALinkFailsAndKeepsTheLinkAndWhatItPointsAt() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("www"));
        Files.writeString(elsewhere.resolve("index.html"), "the published site");
        Path link = Files.createDirectories(temp.resolve("project/target/site")).resolve("papers");
        Files.createSymbolicLink(link, elsewhere);

        OutputException e = assertThrows(OutputException.class, () -> build("Papers"));

        assertTrue(e.getMessage().startsWith(link + " is a link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("the published site", Files.readString(elsewhere.resolve("index.html")));
    }

    @Test
    void anOutputNameThatNamesSomeoneElsesFolderKeepsEverythingInIt() throws IOException {
        Path css = Files.createDirectories(temp.resolve("project/target/site/css"));
        Files.writeString(css.resolve("maven-base.css"), "body {}");
        Files.createDirectories(css.resolve("empty"));
        Files.createSymbolicLink(css.resolve("print.css"), Path.of("maven-base.css"));

        build(BuildConfig.builder(digests(), css));

        assertEquals("body {}", Files.readString(css.resolve("maven-base.css")));
        assertTrue(Files.isDirectory(css.resolve("empty")));
        assertEquals(Path.of("maven-base.css"), Files.readSymbolicLink(css.resolve("print.css")));
        assertTrue(Files.exists(css.resolve("index.html")));
        assertEquals(List.of("The output folder " + css + " holds files but no manifest (.paper-digest-manifest): Paper"
                + " Digest keeps every file it cannot prove it wrote, and writes the manifest anew", "Kept 3 things (empty/,"
                + " maven-base.css, print.css) in " + css + " that Paper Digest cannot tell from its own old files without"
                + " a manifest: delete what you do not want"), warnings);
    }

    // 7. things the plugin did not write were lost

    @Test
    void emptyFoldersLinksAndPipesAUserPutInTheOutputFolderSurviveRebuilds() throws Exception {
        build("First");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "not the plugin's");
        Files.createDirectories(out().resolve("drafts/empty"));
        Files.createSymbolicLink(out().resolve("linked-folder"), elsewhere);
        Files.createSymbolicLink(out().resolve("paper/linked-file.html"), Path.of("../index.html"));
        Files.createSymbolicLink(out().resolve("dangling"), Path.of("nowhere"));
        assertEquals(0, new ProcessBuilder("mkfifo", out().resolve("pipe").toString()).start().waitFor());
        Files.writeString(out().resolve("drafts/note.md"), "a draft");

        BuildResult second = build("Second");
        BuildResult third = build("Third");

        assertTrue(Files.isDirectory(out().resolve("drafts/empty"), LinkOption.NOFOLLOW_LINKS), "the empty folder");
        assertEquals("a draft", Files.readString(out().resolve("drafts/note.md")));
        assertEquals(elsewhere, Files.readSymbolicLink(out().resolve("linked-folder")), "the folder link");
        assertEquals(Path.of("../index.html"), Files.readSymbolicLink(out().resolve("paper/linked-file.html")), "the file link");
        assertEquals(Path.of("nowhere"), Files.readSymbolicLink(out().resolve("dangling")), "the dangling link");
        assertTrue(Files.readAttributes(out().resolve("pipe"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
                "the pipe is still a pipe");
        assertEquals("not the plugin's", Files.readString(elsewhere.resolve("keep.txt")), "nothing behind a link is touched");
        assertEquals(List.of("dangling", "drafts/empty/", "drafts/note.md", "linked-folder", "paper/linked-file.html", "pipe"),
                keptOf(second));
        assertEquals(6, third.keptUserFiles());
        assertTrue(SiteFiles.parse(out(), "index.html").title().contains("Third"));
    }

    @Test
    void theFoldersOfTheOutputKeepTheirPermissionsAcrossRebuilds() throws IOException {
        build("First");
        Files.createDirectories(out().resolve("private/empty"));
        Files.writeString(out().resolve("private/notes.txt"), "readable by whoever may enter the folder");
        Files.setPosixFilePermissions(out().resolve("private/empty"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(out().resolve("private"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(out().resolve("paper"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("rwxr-x---"));

        build("Second");

        assertEquals("rwx------", permissionsOf(out().resolve("private")), "a folder of the user's that only they may enter");
        assertEquals("rwx------", permissionsOf(out().resolve("private/empty")));
        assertEquals("rwxr-x---", permissionsOf(out().resolve("paper")), "a folder of the plugin's the user restricted");
        assertEquals("rwxr-x---", permissionsOf(out()), "the site's own folder");
        assertEquals("readable by whoever may enter the folder", Files.readString(out().resolve("private/notes.txt")));
        assertTrue(SiteFiles.parse(out(), "index.html").title().contains("Second"));
    }

    @Test
    void aLinkWhereTheLockFileGoesIsNeverOpenedThrough() throws IOException {
        // a pull request can carry target/site/.papers.lock as a link: opening it to lock would create its target
        Path target = temp.resolve("home/.ssh/authorized_keys");
        Files.createDirectories(target.getParent());
        Path lock = Files.createDirectories(out().getParent()).resolve(".papers.lock");
        Files.createSymbolicLink(lock, target);

        OutputException e = assertThrows(OutputException.class, () -> build("Papers"));

        assertEquals(lock + " is a link: Paper Digest never opens its lock file through a link. Delete it (it holds"
                + " nothing) and build again", e.getMessage());
        assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS), "nothing is created where the link leads");
        assertTrue(Files.isSymbolicLink(lock));
        assertFalse(Files.exists(out()));
    }

    private static String permissionsOf(Path folder) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS));
    }

    private List<String> keptOf(BuildResult result) throws IOException {
        // the build tells how many; the staged site tells which: rebuild once more at the same level to list them
        try (StagedSite site = StagedSite.begin(out())) {
            for (String path : manifestOf(out()).keySet()) {
                site.write(path, Files.readAllBytes(out().resolve(path)));
            }
            StagedSite.Commit commit = site.commit();
            assertEquals(result.keptUserFiles(), commit.keptUserFiles().size());
            return commit.keptUserFiles();
        }
    }

    // 8. the manifest could be injected

    @Test
    void aThemeFileNamedToInjectAManifestLineIsRefusedAndTheUsersFileSurvives() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("project/src/digest-templates/assets"));
        String injected = "a.css\n" + "0".repeat(64) + " CNAME";
        Files.writeString(templates.resolve(injected), "body {}");
        BuildConfig.Builder config = BuildConfig.builder(digests(), out()).templateDirectory(templates.getParent());

        ProjectFileException strict = assertThrows(ProjectFileException.class, () -> build(config));
        assertEquals("'" + templates + "/a.css\\n" + "0".repeat(64) + " CNAME' has a control character (such as a line"
                + " break) in its name: rename it", strict.getMessage());

        build(config.strict(false));
        Files.writeString(out().resolve("CNAME"), "papers.example.org");
        build(config.strict(false).siteTitle("Again"));
        build(config.strict(false).siteTitle("And again"));

        assertEquals("papers.example.org", Files.readString(out().resolve("CNAME")));
        assertFalse(manifestOf(out()).containsKey("CNAME"));
        assertEquals(List.of(strict.getMessage() + "; skipped (strict=false)"), warnings.stream().distinct().toList());
    }

    @Test
    void aPathWithAControlCharacterIsNeverWritten() throws IOException {
        try (StagedSite site = StagedSite.begin(out())) {
            OutputException e = assertThrows(OutputException.class,
                    () -> site.write("assets/a.css\n" + "0".repeat(64) + " CNAME", "x".getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().startsWith("refusing to write 'assets/a.css\\n000"), e.getMessage());
        }
    }

    @Test
    void theManifestStaysParseableWhateverTheFilesAreCalled() {
        Map<String, String> hashes = new TreeMap<>();
        List<String> names = List.of("a.css\n" + "0".repeat(64) + " CNAME", "back\\slash", "tab\tand\rreturn", "# not a comment",
                "  leading spaces", "trailing space ", "\u2028line separator", "café/naïve.html", "esc\u001b[31m", "a b c");
        for (int i = 0; i < names.size(); i++) {
            hashes.put(names.get(i), String.format("%064x", i));
        }
        byte[] bytes = new Manifest(hashes, "inputs").toBytes();
        assertEquals(hashes.size() + 2, new String(bytes, StandardCharsets.UTF_8).split("\n").length, "one line per file");
        for (String name : names) {
            assertEquals(Optional.of(name), Manifest.unescape(Manifest.escape(name)));
        }
    }

    // 9. stale output: a file edited in place with the same size survived every rebuild

    @Test
    void aSiteFileEditedInPlaceWithTheSameSizeIsWrittenAnew() throws IOException {
        build("First");
        Path script = out().resolve("assets/site.js");
        String original = Files.readString(script);
        assertTrue(original.contains("\"use strict\";"));
        String edited = original.replace("\"use strict\";", "alert(\"pwn\");");
        assertEquals(original.length(), edited.length());
        Files.writeString(script, edited);

        BuildResult sameInputs = build("First");
        assertFalse(sameInputs.upToDate(), "an edited file makes the site out of date");
        assertEquals(original, Files.readString(script));

        Files.writeString(script, edited);
        build("Second");
        assertEquals(original, Files.readString(script), "a changed build does not reuse the edited file either");
    }

    // 11. a deleted or damaged manifest failed every build until `mvn clean`

    @Test
    void aDeletedManifestIsReportedAndRebuiltKeepingTheUsersFiles() throws Exception {
        build("First");
        Files.writeString(out().resolve("CNAME"), "papers.example.org");
        Files.delete(out().resolve(Manifest.FILE_NAME));

        BuildResult rebuilt = build("Second");

        assertFalse(rebuilt.upToDate());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("The output folder " + out() + " holds files but no manifest")), warnings.toString());
        assertEquals("papers.example.org", Files.readString(out().resolve("CNAME")));
        assertTrue(SiteFiles.parse(out(), "index.html").title().contains("Second"));
        assertTrue(Manifest.read(out()) instanceof Manifest.Found, "the manifest is written anew");
        warnings.clear();
        build("Third");
        assertEquals(List.of(), warnings, "and the next build is an ordinary one");
        assertEquals("papers.example.org", Files.readString(out().resolve("CNAME")));
        assertFalse(manifestOf(out()).containsKey("CNAME"));
    }

    @Test
    void aBinaryManifestIsReportedAndRebuiltKeepingTheUsersFiles() throws Exception {
        build("First");
        Files.writeString(out().resolve("CNAME"), "papers.example.org");
        Files.write(out().resolve(Manifest.FILE_NAME), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', (byte) 0xc0});

        build("Second");

        assertTrue(warnings.stream().anyMatch(w -> w.equals("The manifest " + out().resolve(Manifest.FILE_NAME)
                + " is damaged (it is not text): Paper Digest keeps every file it cannot prove it wrote, and writes the"
                + " manifest anew")),
                warnings.toString());
        assertEquals("papers.example.org", Files.readString(out().resolve("CNAME")));
        assertTrue(Manifest.read(out()) instanceof Manifest.Found);
        build("Third");
        assertEquals("papers.example.org", Files.readString(out().resolve("CNAME")));
    }

    @Test
    void aManifestThatClaimsAUsersFileIsDamagedAndTheFileIsKept() throws Exception {
        build("First");
        Files.writeString(out().resolve("CNAME"), "papers.example.org");
        Path manifest = out().resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest) + "not-a-hash ../../outside\n");

        build("Second");

        assertTrue(warnings.stream().anyMatch(w -> w.contains("is damaged (line ")), warnings.toString());
        assertEquals("papers.example.org", Files.readString(out().resolve("CNAME")));
    }

    @Test
    void withoutAManifestAUsersFileWhereTheSiteNeedsOneIsNeverReplaced() throws Exception {
        build("First");
        Files.delete(out().resolve(Manifest.FILE_NAME));
        Files.writeString(out().resolve("tags.html"), "<p>my own page of tags</p>");

        OutputException e = assertThrows(OutputException.class, () -> build("Second"));

        assertTrue(e.getMessage().startsWith(out().resolve("tags.html") + " (a file) was not written by Paper Digest"),
                e.getMessage());
        assertEquals("<p>my own page of tags</p>", Files.readString(out().resolve("tags.html")));
    }

    private static Map<String, String> manifestOf(Path site) {
        if (!(Manifest.read(site) instanceof Manifest.Found found)) {
            throw new AssertionError("no manifest in " + site);
        }
        return found.manifest().entries();
    }

    @Test
    void unchangedFilesAreStillReusedAsTheSameFile() throws IOException {
        build("First");
        Path style = out().resolve("assets/style.css");
        Object before = Files.readAttributes(style, BasicFileAttributes.class).fileKey();
        byte[] bytes = Files.readAllBytes(style);

        BuildResult second = build(BuildConfig.builder(digests(), out()).siteTitle("First").baseUrl("https://example.org/p/"));

        assertTrue(second.unchangedFiles() > 0, "files with the same bytes are kept");
        assertArrayEquals(bytes, Files.readAllBytes(style));
        assertEquals(before, Files.readAttributes(style, BasicFileAttributes.class).fileKey(), "the very same file");
    }
}
