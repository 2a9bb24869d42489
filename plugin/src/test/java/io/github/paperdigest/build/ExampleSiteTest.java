package io.github.paperdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleSiteTest {

    @TempDir
    Path out;

    @Test
    void buildsTheExampleProject() {
        Path root = Path.of(System.getProperty("paperDigest.projectRoot", ".."));
        Path digests = root.resolve("example-project/src/digests");
        BuildResult result = new SiteBuilder(new BuildLog() {
            public void info(String m) { System.out.println("INFO " + m); }
            public void warn(String m) { System.out.println("WARN " + m); }
            public void debug(String m) { }
        }).build(BuildConfig.of(digests, out).withSiteTitle("Example"));
        assertEquals(89, result.paperCount());
    }
}
