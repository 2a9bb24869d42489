package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.files.ProjectFileException;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.testing.OtherProcess;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds of a project whose files are hostile or broken in the ways a pull request or a shared machine can make
 * them: links that leave the project or loop, links to the system's secrets, a linked digest or template folder,
 * files and folders the build may not read, settings that would inject lines. Each fails naming what to fix, or
 * builds a site that holds nothing it should not. Permission cases run their build unprivileged (see
 * {@link OtherProcess}).
 */
class BuildReliabilityTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();

    private Path project() {
        return temp.resolve("project");
    }

    private Path out() {
        return project().resolve("target/site/papers");
    }

    private static void digest(Path file, String... titles) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (String title : titles) {
            text.append(title).append("\n\n").append(ABSTRACT).append(" About ").append(title).append(".\n\n");
        }
        Files.writeString(file, text);
    }

    private BuildConfig.Builder config(Path digests) {
        // papers compared by their words: what is tested here does not need the sentence model
        return BuildConfig.builder(digests, out()).projectDirectory(project()).similarity(BuildConfig.LEXICAL);
    }

    private BuildResult build(BuildConfig.Builder config) {
        return new SiteBuilder(BuildLog.warningsTo(warnings::add)).build(config.build());
    }

    private Path standardDigests() throws IOException {
        Path digests = project().resolve("src/digests");
        digest(digests.resolve("2025-01-02.txt"), "Alpha Paper", "Beta Paper");
        return digests;
    }

    // 1. secrets published through a template symlink

    @Test
    void aTemplateLinkToTheBuildsEnvironmentIsNeverReadEvenWhenExternalLinksAreAllowed() throws IOException {
        Path digests = standardDigests();
        Path templates = project().resolve("src/digest-templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.createSymbolicLink(templates.resolve("assets/env.txt"), Path.of("/proc/self/environ"));

        ProjectFileException strict = assertThrows(ProjectFileException.class,
                () -> build(config(digests).templateDirectory(templates)));
        assertTrue(strict.getMessage().contains(templates.resolve("assets/env.txt") + " is a link to /proc/self/environ"),
                strict.getMessage());
        assertTrue(strict.getMessage().contains("never read"), strict.getMessage());
        assertFalse(Files.exists(out()), "no site is written");

        build(config(digests).templateDirectory(templates).strict(false).allowExternalLinks(true));
        assertFalse(Files.exists(out().resolve("assets/env.txt")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("assets/env.txt is a link to /proc/self/environ")), warnings.toString());
        String path = System.getenv("PATH");
        SiteFiles.all(out()).forEach((file, bytes) -> assertFalse(path != null && path.length() > 8
                && new String(bytes, StandardCharsets.UTF_8).contains(path), file + " holds the build's environment"));
    }

    @Test
    void aTemplateLinkToAFileOutsideTheProjectIsRefusedUnlessExternalLinksAreAllowed() throws IOException {
        Path digests = standardDigests();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOKEN=abc123");
        Path templates = project().resolve("src/digest-templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.createSymbolicLink(templates.resolve("assets/secret.txt"), secret);

        ProjectFileException strict = assertThrows(ProjectFileException.class,
                () -> build(config(digests).templateDirectory(templates)));
        assertEquals(templates.resolve("assets/secret.txt") + " is a link to " + secret + ", outside the project folder "
                + project() + ": links are followed only inside the project. Replace the link with a copy of what it"
                + " points to, or set allowExternalLinks=true to follow it", strict.getMessage());

        build(config(digests).templateDirectory(templates).strict(false));
        assertFalse(Files.exists(out().resolve("assets/secret.txt")), "not published");
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(strict.getMessage()) && w.endsWith("; skipped (strict=false)")),
                warnings.toString());

        build(config(digests).templateDirectory(templates).allowExternalLinks(true));
        assertEquals("TOKEN=abc123", Files.readString(out().resolve("assets/secret.txt")), "published when allowed");
    }

    @Test
    void aTemplateLinkToAHiddenFileOfTheProjectIsRefusedAsHiddenFilesAreNeverRead() throws IOException {
        Path digests = standardDigests();
        Files.writeString(project().resolve(".env"), "API_TOKEN=supersecret123");
        Files.createDirectories(project().resolve(".git"));
        Files.writeString(project().resolve(".git/config"), "extraheader = AUTHORIZATION: basic c2VjcmV0");
        Path templates = project().resolve("src/digest-templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.createSymbolicLink(templates.resolve("assets/style.css"), Path.of("../../../.env"));
        Files.createSymbolicLink(templates.resolve("assets/site.js"), Path.of("../../../.git/config"));

        ProjectFileException strict = assertThrows(ProjectFileException.class,
                () -> build(config(digests).templateDirectory(templates)));
        assertEquals(templates.resolve("assets/site.js") + " is a link to ../../../.git/config (" + project().toRealPath()
                .resolve(".git/config") + "), inside the hidden folder .git: hidden files and folders are never read, since"
                + " they hold the project's secrets (.env, .git). Remove the link", strict.getMessage());
        assertFalse(Files.exists(out()), "no site is written");

        for (boolean allowExternalLinks : List.of(false, true)) {
            build(config(digests).templateDirectory(templates).strict(false).allowExternalLinks(allowExternalLinks));
            SiteFiles.all(out()).forEach((file, bytes) -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertFalse(text.contains("supersecret123") || text.contains("c2VjcmV0"), file + " publishes a secret");
            });
        }
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(templates.resolve("assets/style.css") + " is a link to"
                + " ../../../.env (") && w.contains("the hidden file .env") && w.endsWith("; skipped (strict=false)")),
                warnings.toString());
    }

    @Test
    void aDigestFolderLinkIntoAHiddenFolderIsRefusedEvenWhenExternalLinksAreAllowed() throws IOException {
        Path digests = standardDigests();
        Path home = temp.resolve("home");
        digest(home.resolve(".m2/2025-01-03.txt"), "Gamma Paper From The Maven Settings Folder");
        digest(project().resolve(".git/2025-01-04.txt"), "Delta Paper From The Git Folder");
        Files.createSymbolicLink(digests.resolve("m2"), home.resolve(".m2"));
        Files.createSymbolicLink(digests.resolve("git"), Path.of("../../.git"));

        BuildResult lenient = build(config(digests).strict(false).allowExternalLinks(true));

        assertEquals(2, lenient.paperCount(), "neither hidden folder is read: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(digests.resolve("git") + " is a link to ../../.git (")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(digests.resolve("m2") + " is a link to " + home.resolve(".m2"))
                && w.contains("inside the hidden folder .m2") || w.contains("the hidden folder .m2")), warnings.toString());
    }

    @Test
    void aConfiguredFolderThatLinksIntoAHiddenFolderFailsTheBuild() throws IOException {
        digest(project().resolve(".git/2025-01-04.txt"), "Delta Paper From The Git Folder");
        Path digests = project().resolve("src/digests");
        Files.createDirectories(digests.getParent());
        Files.createSymbolicLink(digests, Path.of("../.git"));

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> build(config(digests).strict(false)));
        assertTrue(e.getMessage().startsWith(digests + " is a link to " + project().toRealPath().resolve(".git")
                + ", the hidden folder .git"), e.getMessage());
        assertFalse(Files.exists(out()));
    }

    @Test
    void aLinkBetweenFilesOfAHiddenFolderTheConfigurationNamesIsRead() throws IOException {
        Path digests = project().resolve(".digests");
        digest(digests.resolve("real/2025-01-02.txt"), "Alpha Paper");
        Files.createSymbolicLink(digests.resolve("2025-01-03.txt"), Path.of("real/2025-01-02.txt"));
        Path shared = temp.resolve(".shared/digests");
        digest(shared.resolve("real/2025-01-02.txt"), "Beta Paper");
        Files.createSymbolicLink(shared.resolve("2025-01-03.txt"), Path.of("real/2025-01-02.txt"));

        assertEquals(1, build(config(digests)).paperCount(), "a folder named in the configuration is read, hidden or not");
        assertEquals(1, build(config(shared)).paperCount());
    }

    @Test
    void aDigestLinkToAFileOutsideTheProjectIsRefusedNamingLinkAndTarget() throws IOException {
        Path digests = standardDigests();
        Path outside = temp.resolve("elsewhere/2025-01-03.txt");
        digest(outside, "Gamma Paper From Elsewhere");
        Files.createSymbolicLink(digests.resolve("2025-01-03.txt"), outside);

        ProjectFileException strict = assertThrows(ProjectFileException.class, () -> build(config(digests)));
        assertTrue(strict.getMessage().startsWith(digests.resolve("2025-01-03.txt") + " is a link to " + outside
                + ", outside the project folder"), strict.getMessage());

        BuildResult lenient = build(config(digests).strict(false));
        assertEquals(2, lenient.paperCount(), "the linked digest is skipped");

        BuildResult allowed = build(config(digests).allowExternalLinks(true));
        assertEquals(3, allowed.paperCount());
    }

    // 3. a symlinked digest folder published an empty site

    @Test
    void aDigestFolderThatIsALinkInsideTheProjectIsRead() throws IOException {
        Path real = project().resolve("data/digests");
        digest(real.resolve("2025-01-02.txt"), "Alpha Paper", "Beta Paper");
        digest(real.resolve("older/2024-12-30.txt"), "Gamma Paper");
        Path digests = project().resolve("src/digests");
        Files.createDirectories(digests.getParent());
        Files.createSymbolicLink(digests, Path.of("../data/digests"));

        BuildResult result = build(config(digests));

        assertEquals(3, result.paperCount());
        assertEquals(2, result.digestCount());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDigestFolderThatLinksOutOfTheProjectFailsInEitherModeNamingTheLink() throws IOException {
        Path real = temp.resolve("shared/digests");
        digest(real.resolve("2025-01-02.txt"), "Alpha Paper");
        Path digests = project().resolve("src/digests");
        Files.createDirectories(digests.getParent());
        Files.createSymbolicLink(digests, real);

        for (boolean strict : List.of(true, false)) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> build(config(digests).strict(strict)));
            assertEquals(digests + " is a link to " + real + ", outside the project folder " + project() + ": links are"
                    + " followed only inside the project. Name " + real + " itself in the configuration, or set"
                    + " allowExternalLinks=true", e.getMessage());
        }
        assertEquals(1, build(config(real)).paperCount(), "named as itself, a folder outside the project is read");
    }

    @Test
    void aLinkThatLoopsIsNamedAndNotFollowed() throws IOException {
        Path digests = standardDigests();
        digest(digests.resolve("sub/2025-01-03.txt"), "Gamma Paper");
        Files.createSymbolicLink(digests.resolve("sub/cycle"), Path.of(".."));

        ProjectFileException strict = assertThrows(ProjectFileException.class, () -> build(config(digests)));
        assertEquals(digests.resolve("sub/cycle") + " is a link to .. (" + digests.toRealPath() + "), a folder that"
                + " contains the link: following it would loop for ever. Remove the link", strict.getMessage());

        BuildResult lenient = build(config(digests).strict(false));
        assertEquals(3, lenient.paperCount());
        assertEquals(List.of(strict.getMessage() + "; skipped (strict=false)"), warnings);
    }

    @Test
    void aLinkAboveTheDigestFolderNamesTheFolderItMeetsAgainWithoutANull() throws IOException {
        // loop -> .. leads to the folder that holds the digests: its "digests" folder, no link, is met again
        Path digests = standardDigests();
        Files.createSymbolicLink(digests.resolve("loop"), Path.of(".."));

        ProjectFileException strict = assertThrows(ProjectFileException.class, () -> build(config(digests)));
        assertFalse(strict.getMessage().contains("null"), strict.getMessage());
        assertTrue(strict.getMessage().endsWith(": following it would loop for ever. Remove the link"), strict.getMessage());
    }

    @Test
    void linksThatReachTheSameFoldersManyWaysAreFollowedOnceSoTheWalkStaysSmall() throws IOException {
        // 40 folders, each with two links to the next: 2^40 paths through 80 links, none of them a loop
        Path digests = standardDigests();
        for (Path base : List.of(digests.resolve("chain"), project().resolve("elsewhere"))) {
            for (int i = 0; i < 40; i++) {
                Files.createDirectories(base.resolve("d" + (i + 1)));
                Files.createSymbolicLink(Files.createDirectories(base.resolve("d" + i)).resolve("a"), Path.of("../d" + (i + 1)));
                Files.createSymbolicLink(base.resolve("d" + i).resolve("b"), Path.of("../d" + (i + 1)));
            }
        }
        digest(digests.resolve("chain/d40/2025-01-03.txt"), "Gamma Paper At The End Of The Chain");
        digest(project().resolve("elsewhere/d40/2025-01-04.txt"), "Delta Paper At The End Of Another");
        Files.createSymbolicLink(digests.resolve("linked"), Path.of("../../elsewhere/d0"));

        BuildResult result = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> build(config(digests)));

        assertEquals(4, result.paperCount());
        assertEquals(3, result.digestCount(), "each digest is read once, under one name");
        assertEquals(1, warnings.stream().filter((digests.resolve("chain/d0/a") + " is a link to ../d1 (" + digests.toRealPath()
                .resolve("chain/d1") + "), a folder read under its own name (chain/d1): it is not read twice")::equals).count(),
                warnings.toString());
        assertTrue(warnings.contains(digests.resolve("linked/b") + " is a link to ../d1 (" + project().toRealPath()
                .resolve("elsewhere/d1") + "), a folder read already (as linked/a): it is not read twice"), warnings.toString());
    }

    @Test
    void aPipeAmongTheDigestsIsNamedAndNeverRead() throws Exception {
        Path digests = standardDigests();
        Path fifo = digests.resolve("2025-01-03.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        BuildResult result = build(config(digests));   // reading a pipe would wait for a writer for ever

        assertEquals(2, result.paperCount());
        assertEquals(List.of(fifo + " is not a regular file (a pipe, socket or device): it is never read"), warnings);
    }

    // 9. stale site through a linked template folder

    @Test
    void anEditBehindALinkedTemplateFolderRebuildsTheSite() throws IOException {
        Path digests = standardDigests();
        Path theme = project().resolve("theme");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/extra.css"), "body { color: red }");
        Path templates = project().resolve("src/digest-templates");
        Files.createSymbolicLink(templates, Path.of("../theme"));
        build(config(digests).templateDirectory(templates));
        assertEquals("body { color: red }", Files.readString(out().resolve("assets/extra.css")));

        Files.writeString(theme.resolve("assets/extra.css"), "body { color: blue }");
        BuildResult rebuilt = build(config(digests).templateDirectory(templates));

        assertFalse(rebuilt.upToDate(), "an edit of a linked template is a change");
        assertEquals("body { color: blue }", Files.readString(out().resolve("assets/extra.css")));
    }

    // 10. lenient mode could not skip an unreadable digest

    @Test
    void anUnreadableDigestIsSkippedInLenientModeAndNamedInStrictMode() throws IOException {
        Path digests = standardDigests();
        Path locked = digests.resolve("2025-01-03.txt");
        digest(locked, "Gamma Paper");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        OtherProcess.Finished lenient = OtherProcess.run(temp.resolve("lenient.log"), true, Duration.ofMinutes(2),
                digests.toString(), out().toString(), "project=" + project(), "similarity=lexical", "strict=false");
        assertTrue(lenient.built(), lenient.output());
        assertTrue(lenient.output().contains("BUILT 2 papers"), lenient.output());
        assertEquals(List.of("2025-01-03.txt: cannot be read: permission denied. Give the build read access to it, or move it"
                + " out of the digest folder; skipped (strict=false)"), lenient.warnings());

        OtherProcess.Finished strict = OtherProcess.run(temp.resolve("strict.log"), true, Duration.ofMinutes(2),
                digests.toString(), out().toString(), "project=" + project(), "similarity=lexical");
        assertEquals(2, strict.exitCode(), strict.output());
        assertEquals("2025-01-03.txt: cannot be read: permission denied. Give the build read access to it, or move it out"
                + " of the digest folder", strict.failure());
    }

    @Test
    void anUnreadableFolderOfDigestsIsSkippedInLenientModeAndNamedInStrictMode() throws IOException {
        Path digests = standardDigests();
        Path locked = digests.resolve("2024");
        digest(locked.resolve("2024-12-30.txt"), "Gamma Paper");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            OtherProcess.Finished lenient = OtherProcess.run(temp.resolve("lenient.log"), true, Duration.ofMinutes(2),
                    digests.toString(), out().toString(), "project=" + project(), "similarity=lexical", "strict=false");
            assertTrue(lenient.output().contains("BUILT 2 papers"), lenient.output());
            String message = "cannot read the folder " + locked + ": permission denied. Give the build read access to it,"
                    + " or move it out of " + digests;
            assertEquals(List.of(message + "; skipped (strict=false)"), lenient.warnings());

            OtherProcess.Finished strict = OtherProcess.run(temp.resolve("strict.log"), true, Duration.ofMinutes(2),
                    digests.toString(), out().toString(), "project=" + project(), "similarity=lexical");
            assertEquals(message, strict.failure(), strict.output());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // 11. settings checked at the edge

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "https://lab.github.io/papers/\nDisallow: /", "https://lab.github.io/pa pers/",
        "ftp://lab.github.io/papers/", "lab.github.io/papers/", "/papers/", "https://", "https://lab.github.io/papers/?a=1",
        "https://lab.github.io/papers/#top", "https://lab.github.io/\u0000papers/", "data:text/html,<script>alert(1)</script>"})
    void aBaseUrlThatIsNotAnAbsoluteHttpUrlFailsNamingTheParameter(String url) throws IOException {
        Path digests = standardDigests();
        PaperDigestException e = assertThrows(PaperDigestException.class, () -> build(config(digests).baseUrl(url)));
        assertEquals(java.util.Optional.of(Setting.BASE_URL), e.setting());
        assertTrue(e.getMessage().startsWith("baseUrl '"), e.getMessage());
        assertTrue(e.getMessage().endsWith("it must be the absolute http(s) URL the site is published at, such as"
                + " https://example.org/papers/"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "the message shows what it names: " + e.getMessage());
        assertFalse(Files.exists(out()));
    }

    @Test
    void aGoodBaseUrlIsUsedAsGiven() throws IOException {
        Path digests = standardDigests();
        build(config(digests).baseUrl("  https://lab.github.io/papers/ "));
        assertTrue(Files.readString(out().resolve("sitemap.xml")).contains("<loc>https://lab.github.io/papers/index.html</loc>"));
    }

    @Test
    void aFailureAfterTheSwapIsAWarningAndLeavesNoPreviousFolder() throws IOException {
        Path digests = standardDigests();
        build(config(digests).siteTitle("First"));
        // an output folder its owner made read-only: the new site replaces it, but the old one cannot be emptied
        Files.createDirectories(out().resolve("mine"));
        Files.writeString(out().resolve("mine/notes.txt"), "my notes");
        Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(out().resolve("mine"), PosixFilePermissions.fromString("r-xr-xr-x"));

        OtherProcess.Finished second = OtherProcess.run(temp.resolve("second.log"), true, Duration.ofMinutes(2),
                digests.toString(), out().toString(), "project=" + project(), "similarity=lexical", "siteTitle=Second");

        assertTrue(second.built(), second.output());
        assertTrue(SiteFiles.parse(out(), "index.html").title().contains("Second"));
        assertEquals("my notes", Files.readString(out().resolve("mine/notes.txt")));
        try (Stream<Path> siblings = Files.list(out().getParent())) {
            assertEquals(List.of(".papers.analysis", ".papers.fragments", ".papers.lock", ".papers.reading", ".papers.stamps", "papers"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no previous or staging folder is left");
        }
    }

    @Test
    void whatCannotBeReadIsAlwaysATypedErrorNeverARawException() throws IOException {
        Path digests = standardDigests();
        Path taxonomy = project().resolve("src/taxonomy.yml");
        Files.createDirectories(taxonomy);   // a folder where the taxonomy file should be
        PaperDigestException e = assertThrows(PaperDigestException.class, () -> build(config(digests).taxonomyFile(taxonomy)));
        assertEquals(taxonomy + " is a folder, not a file: name a file", e.getMessage());
    }

    @Test
    void settingsThatChangeWhatIsReadChangeTheFingerprint() throws IOException {
        Path digests = standardDigests();
        build(config(digests));
        assertTrue(build(config(digests)).upToDate());
        assertFalse(build(config(digests).allowExternalLinks(true)).upToDate(),
                "allowExternalLinks is part of what a site is built from");
    }
}
