package io.github.paperdigest.maven;

import static io.github.paperdigest.maven.PluginPoms.ARTIFACT;
import static io.github.paperdigest.maven.PluginPoms.GROUP;
import static io.github.paperdigest.maven.PluginPoms.PROJECT;
import static io.github.paperdigest.maven.PluginPoms.configuration;
import static io.github.paperdigest.maven.PluginPoms.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.PluginManagement;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** The plugin's -D properties as the command line gives them: the ones Maven would drop or overrule without a word. */
class CommandLinePropertiesTest {

    private static final Map<String, String> PARAMETERS = Map.of("paperDigest.siteTitle", "siteTitle",
            "paperDigest.similarity", "similarity", "paperDigest.allowEmptySite", "allowEmptySite",
            "paperDigest.strict", "strict", "paperDigest.port", "port");

    @Test
    void aParametersPropertyIsTheOneItsExpressionReadsWhenItIsThePlugins() {
        assertEquals(Optional.of("paperDigest.siteTitle"), CommandLineProperties.readBy("${paperDigest.siteTitle}"));
        assertEquals(Optional.empty(), CommandLineProperties.readBy("${project.build.outputTimestamp}"));
        assertEquals(Optional.empty(), CommandLineProperties.readBy(null), "a parameter no property sets");
    }

    @Test
    void aMisspeltPropertyIsNamedWithThePropertyItMeant() {
        CommandLineProperties commandLine = new CommandLineProperties(
                properties("paperDigest.simlarity", "lexical", "paperDigest.siteTitle", "Ours"), PARAMETERS);

        assertEquals(List.of("-DpaperDigest.simlarity is no property of paper-digest-maven-plugin, so Maven ignores"
                + " it; did you mean -DpaperDigest.similarity?"),
                commandLine.unknown().stream().map(CommandLineProperties.Unknown::message).toList());
    }

    @Test
    void aParameterWrittenWithoutThePrefixOrInAnotherCaseIsMeantAsThePrefixedProperty() {
        CommandLineProperties commandLine = new CommandLineProperties(
                properties("paperDigest.allowemptysite", "true", "paperDigest.Port", "8081"), PARAMETERS);

        assertEquals(List.of("paperDigest.port", "paperDigest.allowEmptySite"), commandLine.unknown().stream()
                .map(u -> u.meant().orElseThrow()).toList());
    }

    @Test
    void aSwitchGivenNeitherTrueNorFalseOnTheCommandLineIsFound() {
        CommandLineProperties commandLine = new CommandLineProperties(properties("paperDigest.strict", "yes",
                "paperDigest.allowEmptySite", "True", "paperDigest.siteTitle", "on", "paperDigest.simlarity", "lexical"),
                PARAMETERS);

        assertEquals(Map.of("paperDigest.strict", "yes"), commandLine.notTrueOrFalse(new TreeSet<>(
                Set.of("strict", "allowEmptySite"))), "a misspelt property is told as unknown, not here");
    }

    @Test
    void otherPropertiesAndThoseOfTheOtherGoalsAreNotThePluginsConcern() {
        CommandLineProperties commandLine = new CommandLineProperties(properties("skipTests", "true",
                "project.build.outputTimestamp", "2026-01-01T00:00:00Z", "paperDigest.port", "8081",
                "paperdigest.strict", "false"), PARAMETERS);

        assertEquals(List.of(), commandLine.unknown());
    }

    @Test
    void aPropertyWhoseParameterThePomSetsIsOverruledAndToldWhere() {
        Model model = new Model();
        model.setBuild(managed(element("siteTitle", "Our lab", 31)));
        PomConfiguration pom = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT);
        CommandLineProperties commandLine = new CommandLineProperties(
                properties("paperDigest.siteTitle", "CLI Title", "paperDigest.similarity", "lexical"), PARAMETERS);

        List<CommandLineProperties.Overridden> overridden = commandLine.overridden(pom, true);

        assertEquals(1, overridden.size(), overridden.toString());
        assertEquals("-DpaperDigest.siteTitle=CLI Title is not used: the POM sets <siteTitle> (pom.xml:31), and Maven"
                + " takes the POM's <configuration> over the command line. To let the command line decide, set"
                + " <paperDigest.siteTitle> under the POM's <properties> instead", overridden.get(0).message());
    }

    @Test
    void aPomValueThatIsTheCommandLinesOwnOverrulesNothing() {
        // <siteTitle>${paperDigest.siteTitle}</siteTitle>: Maven interpolates the command line's value into the POM
        Model model = new Model();
        model.setBuild(managed(element("siteTitle", "CLI Title", 31)));
        PomConfiguration pom = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT);

        assertEquals(List.of(), new CommandLineProperties(properties("paperDigest.siteTitle", "CLI Title"), PARAMETERS)
                .overridden(pom, true));
    }

    @Test
    void onlyMvnSiteReadsTheReportingBlock() {
        Model model = new Model();
        model.setReporting(PluginPoms.reporting(configuration(element("similarity", "semantic", 44))));
        PomConfiguration pom = PomConfiguration.of(model, PROJECT, GROUP, ARTIFACT);
        CommandLineProperties commandLine = new CommandLineProperties(properties("paperDigest.similarity", "lexical"),
                PARAMETERS);

        assertEquals(List.of(), commandLine.overridden(pom, true));
        assertEquals(List.of("paperDigest.similarity"), commandLine.overridden(pom, false).stream()
                .map(CommandLineProperties.Overridden::property).toList());
    }

    private static Properties properties(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    private static Build managed(Xpp3Dom... elements) {
        PluginManagement management = new PluginManagement();
        management.addPlugin(PluginPoms.plugin(configuration(elements)));
        Build build = new Build();
        build.setPluginManagement(management);
        return build;
    }
}
