package io.github.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The POM a new user copies from the README's "Add it to your project" is the one the readme-setup integration test
 * builds: when one changes, so must the other, so that the README's setup is one a real Maven build has run.
 */
class ReadmeSetupTest {

    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesSetupIsTheOneTheReadmeSetupIntegrationTestBuilds() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Add it to your project"), readme.indexOf("## Configuration"));
        Matcher block = XML_BLOCK.matcher(section);
        assertTrue(block.find(), "an xml block in Add it to your project");
        String snippet = block.group(1);
        assertTrue(snippet.startsWith("<project>\n  ...\n"), snippet);
        assertTrue(snippet.endsWith("</project>\n"), snippet);
        String body = snippet.substring("<project>\n  ...\n".length(), snippet.length() - "</project>\n".length());
        String version = version(body);

        String pom = Files.readString(Path.of("src/it/readme-setup/pom.xml"), StandardCharsets.UTF_8)
                .replace("@project.groupId@", "io.github.paperdigest")
                .replace("@project.artifactId@", "paper-digest-maven-plugin")
                .replace("@project.version@", version);
        String itBody = pom.substring(pom.indexOf("  <properties>"), pom.indexOf("</project>"));

        assertEquals(body, itBody);
    }

    @Test
    void theReadmeNamesThePluginsOwnVersion() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Add it to your project"), readme.indexOf("## Configuration"));
        String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher own = Pattern.compile("<artifactId>paper-digest-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(parent);
        assertTrue(own.find(), "the parent POM's version");
        assertEquals(own.group(1), version(section));
    }

    /** The version the snippet gives the plugin. */
    private static String version(String xml) {
        Matcher m = Pattern.compile("<artifactId>paper-digest-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(xml);
        assertTrue(m.find(), "the plugin's version in " + xml);
        return m.group(1);
    }
}
