package io.github.paperdigest.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The theme's scripts' logic that needs no page (the search engine, the BibTeX writer of the reading list, the
 * formula finder), and how the search box and the search page load the search index, on a stand-in page
 * (src/test/js/page.js), are tested under Node's built-in test runner: src/test/js/*.test.js. Without Node the tests
 * are skipped, saying so; the browser tests of the plugin still run the same scripts in Chromium.
 */
class ScriptsUnderNodeTest {

    private static final Path NODE = Path.of("/usr/bin/node");

    @Test
    void theScriptsPassTheirTestsUnderNode() throws IOException, InterruptedException {
        Path node = Files.isExecutable(NODE) ? NODE : onPath("node");
        assumeTrue(node != null, "Node is not installed (looked for /usr/bin/node and node on the PATH):"
                + " the scripts' unit tests in src/test/js are skipped");
        Process run = new ProcessBuilder(node.toString(), "--test", "--test-reporter=tap", "src/test/js/")
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(120, TimeUnit.SECONDS)) {
            run.destroyForcibly();
            throw new AssertionError("node --test did not finish in two minutes:\n" + output);
        }
        assertEquals(0, run.exitValue(), output);
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
