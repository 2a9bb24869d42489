package io.github.paperdigest.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NewcomerScratchTest {
    @Test
    void build() throws Exception {
        Path digests = Path.of(System.getProperty("scratch.digests", "/tmp/adopt-newcomer/digests"));
        Path site = Path.of(System.getProperty("scratch.site", "/tmp/adopt-newcomer/site"));
        BuildLog log = new BuildLog() {
            public void info(String m) { System.out.println("[INFO] " + m); }
            public void warn(String m) { System.out.println("[WARN] " + m); }
            public void debug(String m) { System.out.println("[DEBUG] " + m); }
        };
        new SiteBuilder(log).build(BuildConfig.builder(digests, site).siteTitle("Lab").similarity(BuildConfig.LEXICAL).build());
    }
}
