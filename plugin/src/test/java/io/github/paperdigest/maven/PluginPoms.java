package io.github.paperdigest.maven;

import java.nio.file.Path;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** The plugin's configuration blocks as Maven reads them from a project's pom.xml, for tests of what they set. */
final class PluginPoms {

    static final String GROUP = "io.github.paperdigest";
    static final String ARTIFACT = "paper-digest-maven-plugin";
    static final Path PROJECT = Path.of("/home/me/reading-group");

    private PluginPoms() {
    }

    /** The plugin under {@code <reporting>}, with this configuration. */
    static Reporting reporting(Xpp3Dom configuration) {
        ReportPlugin plugin = new ReportPlugin();
        plugin.setGroupId(GROUP);
        plugin.setArtifactId(ARTIFACT);
        plugin.setConfiguration(configuration);
        Reporting reporting = new Reporting();
        reporting.addPlugin(plugin);
        return reporting;
    }

    /** The plugin as a build plugin, with this configuration. */
    static Plugin plugin(Xpp3Dom configuration) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(GROUP);
        plugin.setArtifactId(ARTIFACT);
        plugin.setConfiguration(configuration);
        return plugin;
    }

    static Xpp3Dom configuration(Xpp3Dom... children) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        for (Xpp3Dom child : children) {
            dom.addChild(child);
        }
        return dom;
    }

    /** An element as Maven reads it from the project's pom.xml, with its line. */
    static Xpp3Dom element(String name, String value, int line) {
        Xpp3Dom dom = new Xpp3Dom(name);
        dom.setValue(value);
        InputSource source = new InputSource();
        source.setLocation(PROJECT.resolve("pom.xml").toString());
        dom.setInputLocation(new InputLocation(line, 11, source));
        return dom;
    }
}
