package io.github.paperdigest.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.paperdigest.testing.SiteFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Pages workflow users copy (publish-papers.yml at the repository's root, the same file in the example
 * project): valid workflow syntax by a schema check, and the publishing rules it promises.
 */
class PagesWorkflowTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT_COPY = SiteFiles.projectRoot().resolve("publish-papers.yml");
    private static final Path EXAMPLE_COPY = SiteFiles.projectRoot().resolve(
            "example-project/.github/workflows/publish-papers.yml");

    @Test
    void theWorkflowIsValidWorkflowSyntax() throws IOException {
        assertEquals(Set.of(), validate(YAML.readTree(ROOT_COPY.toFile())));
    }

    @Test
    void theSchemaCheckFindsMistakes() throws IOException {
        // what the check is for: misspelt keys, a step that neither runs nor uses, a permission that does not exist
        JsonNode wrong = YAML.readTree("""
                on: {push: {branch: [main]}}
                permissions: {pages: writ}
                jobs:
                  build:
                    runs_on: ubuntu-latest
                    steps:
                      - name: nothing to do
                """);
        Set<ValidationMessage> errors = validate(wrong);
        String all = errors.toString();
        assertTrue(all.contains("branch"), all);
        assertTrue(all.contains("runs_on"), all);
        assertTrue(all.contains("writ"), all);
        assertTrue(all.contains("steps[0]"), all);
    }

    @Test
    void theExampleProjectShipsTheSameWorkflow() throws IOException {
        assertEquals(Files.readString(ROOT_COPY), Files.readString(EXAMPLE_COPY));
    }

    @Test
    void pullRequestsAreBuiltButNotDeployed() throws IOException {
        JsonNode workflow = YAML.readTree(ROOT_COPY.toFile());
        assertTrue(workflow.path("on").has("pull_request"));
        assertTrue(workflow.path("on").path("push").path("branches").toString().contains("main"));
        assertEquals("github.event_name != 'pull_request'", workflow.at("/jobs/deploy/if").asText());
        assertEquals("github.event_name != 'pull_request'", step(workflow, "actions/upload-pages-artifact").path("if")
                .asText());
        assertEquals("write", workflow.at("/jobs/deploy/permissions/pages").asText());
        assertFalse(workflow.at("/jobs/build/permissions/pages").asText().equals("write"), "the build cannot deploy");
    }

    @Test
    void theBaseUrlComesFromConfigurePagesAndTheDateFromTheLastCommit() throws IOException {
        JsonNode workflow = YAML.readTree(ROOT_COPY.toFile());
        JsonNode pages = step(workflow, "actions/configure-pages");
        JsonNode build = stepNamed(workflow, "Build the site");
        assertEquals("${{ steps." + pages.path("id").asText() + ".outputs.base_url }}", build.at("/env/BASE_URL").asText());
        String run = build.path("run").asText();
        assertTrue(run.contains("git log -1 --format=%cI"), run);
        assertTrue(run.contains("-Dproject.build.outputTimestamp=\"$TIMESTAMP\""), run);
        assertTrue(run.contains("-DpaperDigest.baseUrl=\"$BASE_URL/$PAPER_SITE/\""), run);
        assertEquals("papers", workflow.at("/env/PAPER_SITE").asText(), "the plugin's default outputName");
        assertFalse(run.contains("github.io"), "no address built by hand: " + run);
    }

    @Test
    void thePluginIsInstalledFromItsOwnRepositoryBeforeTheSiteIsBuilt() throws IOException {
        // not on Maven Central yet: a project's POM names a version only a build of the plugin's repository provides
        JsonNode workflow = YAML.readTree(ROOT_COPY.toFile());
        List<String> names = steps(workflow).stream().map(s -> s.path("name").asText()).toList();
        assertTrue(names.indexOf("Install Paper Digest") >= 0, names.toString());
        assertTrue(names.indexOf("Install Paper Digest") < names.indexOf("Build the site"), names.toString());
        JsonNode install = stepNamed(workflow, "Install Paper Digest");
        String pom = Files.readString(SiteFiles.projectRoot().resolve("pom.xml"));
        String repository = pom.replaceAll("(?s).*<scm>.*?<url>([^<]+)</url>.*", "$1");
        String run = install.path("run").asText();
        assertTrue(run.contains("git clone --quiet --depth 1 --branch \"$PAPER_DIGEST_REF\" " + repository + ".git"),
                run);
        assertTrue(run.contains("install -DskipTests"), run);
        assertEquals("main", install.at("/env/PAPER_DIGEST_REF").asText());
        // the version main builds is the one the README's POM and the workflow's comment name
        String version = pom.replaceAll(
                "(?s).*?<artifactId>paper-digest-parent</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        String readme = Files.readString(SiteFiles.projectRoot().resolve("README.md"));
        assertTrue(Files.readString(ROOT_COPY).contains("(main builds " + version + ")"), version);
        assertTrue(readme.contains("<version>" + version + "</version>"), version);
    }

    @Test
    void theMavenRepositoryAndTheEmbeddingCacheAreCachedAndDotfilesAreNotPublished() throws IOException {
        JsonNode workflow = YAML.readTree(ROOT_COPY.toFile());
        assertEquals("maven", step(workflow, "actions/setup-java").at("/with/cache").asText());
        assertEquals("~/.cache/paper-digest", step(workflow, "actions/cache").at("/with/path").asText());
        String prepare = stepNamed(workflow, "Prepare the site for publishing").path("run").asText();
        assertTrue(prepare.contains("rsync -a --exclude='.*' target/site/ target/pages/"), prepare);
        assertEquals("target/pages", step(workflow, "actions/upload-pages-artifact").at("/with/path").asText());
    }

    /**
     * A clean checkout has no previous build to tell the addresses a change drops from: each deployment keeps its own
     * in the Actions cache, once deployed, and every build, a pull request's too, is given those of the commit it
     * follows.
     */
    @Test
    void everyBuildIsToldOfTheAddressesItDropsFromTheDeploymentItFollows() throws IOException {
        JsonNode workflow = YAML.readTree(ROOT_COPY.toFile());
        JsonNode restore = step(workflow, "actions/cache/restore");
        String folder = restore.at("/with/path").asText();
        assertEquals("~/paper-digest-published", folder);
        assertEquals("paper-digest-published-${{ github.event.pull_request.base.sha || github.event.before"
                + " || github.sha }}", restore.at("/with/key").asText());
        assertEquals("paper-digest-published-", restore.at("/with/restore-keys").asText());
        List<String> build = names(workflow.at("/jobs/build/steps"));
        assertTrue(build.indexOf(restore.path("name").asText()) < build.indexOf("Build the site"), build.toString());
        String run = stepNamed(workflow, "Build the site").path("run").asText();
        assertTrue(run.contains("-DpaperDigest.publishedSite=\"$HOME/paper-digest-published\""), run);

        String keep = stepNamed(workflow, "Keep this build's addresses for the next").path("run").asText();
        assertTrue(keep.contains("cp \"target/site/$PAPER_SITE/papers.json\" \"target/site/$PAPER_SITE/.paper-digest-manifest\""
                + " target/addresses/"), keep);
        JsonNode upload = step(workflow, "actions/upload-artifact");
        assertEquals("target/addresses", upload.at("/with/path").asText());
        assertTrue(upload.at("/with/include-hidden-files").asBoolean(), "the manifest is a dotfile");
        assertEquals("github.event_name != 'pull_request'", upload.path("if").asText(), "a pull request is not deployed");

        // kept only once deployed: a deployment that fails leaves the last one's addresses as what readers have
        List<String> deploy = names(workflow.at("/jobs/deploy/steps"));
        assertEquals(List.of("actions/deploy-pages@v4", "actions/download-artifact@v4", "actions/cache/save@v4"), deploy);
        JsonNode download = step(workflow, "actions/download-artifact");
        assertEquals(upload.at("/with/name").asText(), download.at("/with/name").asText());
        assertEquals(folder, download.at("/with/path").asText());
        JsonNode save = step(workflow, "actions/cache/save");
        assertEquals(folder, save.at("/with/path").asText());
        assertEquals("paper-digest-published-${{ github.sha }}", save.at("/with/key").asText(),
                "the key a build of the next commit restores by");
    }

    /**
     * Each deployment keeps its addresses under a cache key of its own, and GitHub evicts the least used entries past
     * 10 GB a repository, the Maven repository's and the model's among them: once a deployment has kept its own, a job
     * that may manage the Actions cache and nothing else deletes all but the newest few of that key, on the same
     * branch. Its script is run here, against a stand-in for the GitHub CLI that lists eight entries, newest first.
     */
    @Test
    void theAddressesOfOlderDeploymentsAreDeletedByAJobThatMayDoNothingElse(@TempDir Path temp)
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the workflow's script is bash");
        JsonNode workflow = YAML.readTree(ROOT_COPY.toFile());
        JsonNode job = workflow.at("/jobs/forget-older-addresses");
        assertEquals("deploy", job.path("needs").asText(), "only once this deployment has kept its own");
        assertEquals("github.event_name != 'pull_request'", job.path("if").asText());
        assertEquals(YAML.readTree("actions: write"), job.path("permissions"), "the one permission it needs");
        for (String other : List.of("build", "deploy")) {
            assertTrue(workflow.at("/jobs/" + other + "/permissions/actions").isMissingNode(), other);
        }
        assertTrue(workflow.at("/permissions/actions").isMissingNode());
        JsonNode prune = job.at("/steps/0");
        assertEquals("bash", prune.path("shell").asText(), "-o pipefail: a failed listing fails the job");
        assertEquals("${{ github.token }}", prune.at("/env/GH_TOKEN").asText());
        int keep = prune.at("/env/KEEP").asInt();
        assertTrue(keep >= 1, "the last deployment's addresses are kept: " + keep);

        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path calls = temp.resolve("calls");
        Path gh = bin.resolve("gh");
        Files.writeString(gh, """
                #!/bin/sh
                echo "$*" >> "$CALLS"
                if [ "$1 $2" = "cache list" ]; then seq 8 -1 1; fi
                if [ "$1 $2 $5" = "cache delete 2" ]; then echo "Could not find a cache matching 2" >&2; exit 1; fi
                """);
        assertTrue(gh.toFile().setExecutable(true));
        ProcessBuilder run = new ProcessBuilder("/bin/bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                prune.path("run").asText()).redirectErrorStream(true);
        run.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        run.environment().put("CALLS", calls.toString());
        run.environment().put("KEEP", String.valueOf(keep));
        run.environment().put("GITHUB_REPOSITORY", "owner/repo");
        run.environment().put("GITHUB_REF", "refs/heads/main");
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);

        List<String> called = Files.readAllLines(calls);
        String list = called.get(0);
        String key = step(workflow, "actions/cache/save").at("/with/key").asText();
        String prefix = key.substring(0, key.indexOf("${{"));
        assertTrue(list.startsWith("cache list --repo owner/repo --ref refs/heads/main --key " + prefix + " "), list);
        assertTrue(list.contains("--sort created_at --order desc"), "the newest first: " + list);
        // the entries listed after the newest KEEP: 3, 2 and 1 when five are kept; one gone since the listing (2) is
        // no failure, and the others are deleted still
        List<String> deleted = IntStream.iterate(8 - keep, id -> id >= 1, id -> id - 1)
                .mapToObj(id -> "cache delete --repo owner/repo " + id).toList();
        assertEquals(deleted, called.subList(1, called.size()), "all but the newest " + keep);
    }

    /** A job's steps by name, or by the action they use when they have none. */
    private static List<String> names(JsonNode steps) {
        return StreamSupport.stream(steps.spliterator(), false).map(s -> s.path("name").asText(s.path("uses").asText()))
                .toList();
    }

    private static JsonNode step(JsonNode workflow, String action) {
        return steps(workflow).stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static JsonNode stepNamed(JsonNode workflow, String name) {
        return steps(workflow).stream().filter(s -> s.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step named " + name));
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> steps.addAll(StreamSupport.stream(job.path("steps").spliterator(), false)
                .toList()));
        return steps;
    }

    private static Set<ValidationMessage> validate(JsonNode workflow) throws IOException {
        try (InputStream schema = PagesWorkflowTest.class.getResourceAsStream("github-workflow.schema.json")) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return s.validate(workflow);
        }
    }
}
