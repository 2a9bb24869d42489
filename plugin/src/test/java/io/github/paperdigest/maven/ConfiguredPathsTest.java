package io.github.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest folder that is not there: the message says where the digests go, and where they seem to be instead. */
class ConfiguredPathsTest {

    @TempDir
    Path project;

    @Test
    void digestsPutAtTheTopOfTheProjectAreFoundAndTheFixNamed() throws Exception {
        Files.createDirectories(project.resolve("digests"));

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> new ConfiguredPaths(project)
                .requireDigestDirectory(project.resolve("src/digests").toFile()));

        assertEquals("No digests: src/digests does not exist, and it is where the plugin reads them unless"
                + " <digestDirectory> or -DpaperDigest.digestDirectory names another folder. The folder digests/ exists:"
                + " move it to src/digests/, or set <digestDirectory>digests</digestDirectory>", e.getMessage());
    }

    @Test
    void anEmptyDigestFolderBesideAFolderOfDigestsNamesThatFolder() throws Exception {
        Files.createDirectories(project.resolve("src/digests"));
        Files.createDirectories(project.resolve("docs/digests"));
        Files.writeString(project.resolve("docs/digests/2025-01-10.md"), "## A paper\n");
        ConfiguredPaths paths = new ConfiguredPaths(project);

        assertEquals(Optional.of("src/digests is empty, and the folder docs/digests/ has files: if your digests"
                + " are there, move them to src/digests/ or set <digestDirectory>docs/digests</digestDirectory>"),
                paths.emptyDigestDirectory(project.resolve("src/digests").toFile()));
        Files.writeString(project.resolve("src/digests/2025-01-17.md"), "## Another paper\n");
        assertEquals(Optional.empty(), paths.emptyDigestDirectory(project.resolve("src/digests").toFile()));
    }

    @Test
    void theFolderThatHoldsTheEmptyDigestFolderIsNoPlaceToLookInstead() throws Exception {
        Files.createDirectories(project.resolve("papers/digests"));
        assertEquals(Optional.empty(), new ConfiguredPaths(project)
                .emptyDigestDirectory(project.resolve("papers/digests").toFile()));
    }

    /**
     * A taxonomy written where a newcomer would put it, at the top of the project or in src/, was not read and not
     * named: the site's hubs were derived instead of those declared, without a word.
     */
    @Test
    void aTaxonomyBesideTheDefaultPlaceIsNamedWithWhereItIsReadFrom() throws Exception {
        Files.createDirectories(project.resolve("src/digests"));
        Files.writeString(project.resolve("taxonomy.yml"), "hubs: []\n");
        ConfiguredPaths paths = new ConfiguredPaths(project);

        assertEquals(Optional.of("taxonomy.yml is not read: the taxonomy is read from src/digests/taxonomy.yml (the"
                + " 'taxonomy' parameter). Move it there, or set <taxonomy>taxonomy.yml</taxonomy>"),
                paths.misplacedTaxonomy(project.resolve("src/digests/taxonomy.yml").toFile()));
        Files.writeString(project.resolve("src/digests/taxonomy.yml"), "hubs: []\n");
        assertEquals(Optional.empty(), paths.misplacedTaxonomy(project.resolve("src/digests/taxonomy.yml").toFile()),
                "the one read is there");
        assertEquals(Optional.empty(), paths.misplacedTaxonomy(project.resolve("taxonomy.yml").toFile()),
                "the one the parameter names");
    }

    @Test
    void aProjectWithNoDigestFolderAnywhereIsToldToMakeOne() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> new ConfiguredPaths(project)
                .requireDigestDirectory(project.resolve("src/digests").toFile()));

        assertEquals("No digests: src/digests does not exist, and it is where the plugin reads them unless"
                + " <digestDirectory> or -DpaperDigest.digestDirectory names another folder. Create it and put your"
                + " digests in it (.txt, .md, .bib, .csv, .json, …)", e.getMessage());
    }

    @Test
    void aMistypedFolderNamesTheFolderThatIsThere() throws Exception {
        Files.createDirectories(project.resolve("src/digests"));

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> new ConfiguredPaths(project)
                .requireDigestDirectory(project.resolve("src/digestz").toFile()));

        assertEquals("The 'digestDirectory' parameter names src/digestz, a folder that does not exist. Check the path in"
                + " <digestDirectory> or -DpaperDigest.digestDirectory; the folder src/digests/ exists: is it the one you"
                + " meant?", e.getMessage());
    }

    @Test
    void aMistypedFolderWithNoLikelyFolderAroundSaysWhereTheDefaultIs() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> new ConfiguredPaths(project)
                .requireDigestDirectory(project.resolve("papers/digests").toFile()));

        assertEquals("The 'digestDirectory' parameter names papers/digests, a folder that does not exist. Check the path"
                + " in <digestDirectory> or -DpaperDigest.digestDirectory; by default the digests are in src/digests",
                e.getMessage());
    }
}
