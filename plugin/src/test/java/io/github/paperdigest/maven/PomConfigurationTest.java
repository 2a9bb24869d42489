package io.github.paperdigest.maven;

import static io.github.paperdigest.maven.PluginPoms.ARTIFACT;
import static io.github.paperdigest.maven.PluginPoms.GROUP;
import static io.github.paperdigest.maven.PluginPoms.PROJECT;
import static io.github.paperdigest.maven.PluginPoms.configuration;
import static io.github.paperdigest.maven.PluginPoms.element;
import static io.github.paperdigest.maven.PluginPoms.plugin;
import static io.github.paperdigest.maven.PluginPoms.reporting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Build;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.ReportSet;
import org.apache.maven.model.Reporting;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** The plugin's configuration blocks as a POM writes them: the names Maven would drop without a word. */
class PomConfigurationTest {

    private static final Set<String> PARAMETERS = Set.of("digestDirectory", "outputName", "siteTitle", "baseUrl",
            "templateDirectory", "taxonomy", "strict", "allowEmptySite", "taxonomyReport", "similarity",
            "embeddingCache", "allowExternalLinks", "lockTimeout", "fork", "jvmArgs", "skip", "menuLabel", "port");

    @Test
    void aMisspeltElementUnderReportingIsFoundWithItsLineAndTheParameterItMeant() {
        Model model = new Model();
        model.setReporting(reporting(configuration(element("siteTittle", "Our reading group", 38),
                element("menuLabel", "Papers", 39))));

        List<PomConfiguration.Unknown> unknown = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT).unknown(PARAMETERS);

        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals("pom.xml:38: <siteTittle> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did"
                + " you mean <siteTitle>?", unknown.get(0).message());
    }

    /** Maven reads "yes" as false: a switch must say true or false, in any case, or be an expression left as it is. */
    @Test
    void aSwitchSetToNeitherTrueNorFalseIsFoundWithItsLine() {
        Model model = new Model();
        model.setReporting(reporting(configuration(element("strict", "yes", 30), element("skip", "FALSE", 31),
                element("fork", "${fork.engine}", 32), element("siteTitle", "yes", 33))));

        List<PomConfiguration.Element> wrong = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT)
                .notTrueOrFalse(Set.of("strict", "skip", "fork"));

        assertEquals(List.of("strict"), wrong.stream().map(PomConfiguration.Element::name).toList());
        assertEquals("pom.xml:30", wrong.get(0).where());
    }

    @Test
    void elementsOfBuildPluginsExecutionsManagementAndReportSetsAreAllRead() {
        Model model = new Model();
        Build build = new Build();
        Plugin plugin = plugin(configuration(element("digestDirectry", "src/papers", 20)));
        org.apache.maven.model.PluginExecution execution = new org.apache.maven.model.PluginExecution();
        execution.setConfiguration(configuration(element("paperDigest.baseUrl", "https://example.org/", 25)));
        plugin.addExecution(execution);
        build.addPlugin(plugin);
        PluginManagement management = new PluginManagement();
        management.addPlugin(plugin(configuration(element("sitetitle", "x", 12))));
        // another plugin's configuration is not ours to check
        Plugin other = new Plugin();
        other.setGroupId("org.apache.maven.plugins");
        other.setArtifactId("maven-site-plugin");
        other.setConfiguration(configuration(element("skipDeploy", "true", 14)));
        management.addPlugin(other);
        build.setPluginManagement(management);
        model.setBuild(build);
        Reporting reporting = reporting(null);
        ReportSet set = new ReportSet();
        set.setConfiguration(configuration(element("outputname", "papers", 50)));
        reporting.getPlugins().get(0).addReportSet(set);
        model.setReporting(reporting);

        List<String> found = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT).unknown(PARAMETERS).stream()
                .map(PomConfiguration.Unknown::message).toList();

        assertEquals(List.of(
                "pom.xml:20: <digestDirectry> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did you"
                        + " mean <digestDirectory>?",
                "pom.xml:25: <paperDigest.baseUrl> is no parameter of paper-digest-maven-plugin, so Maven ignores it;"
                        + " did you mean <baseUrl>?",
                "pom.xml:12: <sitetitle> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did you mean"
                        + " <siteTitle>?",
                "pom.xml:50: <outputname> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did you mean"
                        + " <outputName>?"), found);
    }

    @Test
    void aNameNothingLikeAParameterIsToldWithoutAGuess() {
        assertEquals(Optional.empty(), PomConfiguration.meant("theme", PARAMETERS));
        assertEquals(Optional.empty(), PomConfiguration.meant("outputDirectory", PARAMETERS));
        assertEquals(Optional.of("similarity"), PomConfiguration.meant("similarty", PARAMETERS));
        assertEquals(Optional.of("jvmArgs"), PomConfiguration.meant("jvmargs", PARAMETERS));
        assertEquals(Optional.of("taxonomy"), PomConfiguration.meant("taxonomie", PARAMETERS));
    }

    @Test
    void aParentPomOutsideTheProjectIsNamedByItsPath() {
        Model model = new Model();
        Xpp3Dom typo = element("strcit", "false", 7);
        InputSource source = new InputSource();
        source.setLocation("/home/me/company-parent/pom.xml");
        typo.setInputLocation(new InputLocation(7, 11, source));
        model.setReporting(reporting(configuration(typo)));

        assertEquals("/home/me/company-parent/pom.xml:7: <strcit> is no parameter of paper-digest-maven-plugin, so"
                        + " Maven ignores it; did you mean <strict>?",
                PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT).unknown(PARAMETERS).get(0).message());
    }

    @Test
    void aPomMaven4NamesByItsUriIsShownRelativeToTheProjectAsWell() {
        Model model = new Model();
        Xpp3Dom typo = element("siteTittle", "Our reading group", 50);
        InputSource source = new InputSource();
        source.setLocation(PROJECT.resolve("pom.xml").toUri().toString());
        typo.setInputLocation(new InputLocation(50, 11, source));
        model.setReporting(reporting(configuration(typo)));

        assertEquals("pom.xml:50: <siteTittle> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did"
                + " you mean <siteTitle>?", PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT).unknown(PARAMETERS).get(0)
                .message());
    }

    @Test
    void aModelWithoutLocationsStillNamesTheElement() {
        Model model = new Model();
        Xpp3Dom dom = new Xpp3Dom("configuration");
        Xpp3Dom typo = new Xpp3Dom("baseURL");
        typo.setValue("https://example.org/");
        dom.addChild(typo);
        model.setReporting(reporting(dom));

        assertEquals("<baseURL> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did you mean"
                + " <baseUrl>?", PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT).unknown(PARAMETERS).get(0).message());
    }

    @Test
    void settingsUnderReportingOnlyAreThoseADirectCallDoesNotSee() {
        Model model = new Model();
        Build build = new Build();
        PluginManagement management = new PluginManagement();
        management.addPlugin(plugin(configuration(element("siteTitle", "Managed", 12))));
        build.setPluginManagement(management);
        model.setBuild(build);
        model.setReporting(reporting(configuration(element("siteTitle", "Reported", 38), element("menuLabel", "Papers", 39),
                element("siteTittle", "typo", 40))));

        List<PomConfiguration.Element> only = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT).reportingOnly(PARAMETERS);

        assertEquals(List.of(new PomConfiguration.Element("menuLabel", "Papers", "pom.xml:39")), only);
    }

    @Test
    void aModuleNamesThePluginOnlyWhenItsOwnPomDoes() {
        Model module = new Model();
        assertFalse(PomConfiguration.names(module, GROUP, ARTIFACT));
        assertFalse(PomConfiguration.names(null, GROUP, ARTIFACT));
        Model reports = new Model();
        reports.setReporting(reporting(null));
        assertTrue(PomConfiguration.names(reports, GROUP, ARTIFACT));
        Model managed = new Model();
        managed.setBuild(new Build());
        managed.getBuild().setPluginManagement(new PluginManagement());
        managed.getBuild().getPluginManagement().addPlugin(plugin(null));
        assertTrue(PomConfiguration.names(managed, GROUP, ARTIFACT));
    }
}
