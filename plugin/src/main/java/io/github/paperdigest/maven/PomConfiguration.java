package io.github.paperdigest.maven;

import io.github.paperdigest.model.Typos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Build;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.model.Reporting;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What a project's POM writes in the plugin's {@code <configuration>} blocks, read as written. Maven drops an element
 * that names no parameter without a word (a {@code <siteTittle>} leaves the title at its default), and applies the
 * {@code <reporting>} block to {@code mvn site} only; this class finds both, so that the plugin can say so.
 */
final class PomConfiguration {

    /**
     * One element of a configuration block, its value as Maven interpolated it (null for an element with children),
     * and where it was written when Maven tracked it.
     */
    record Element(String name, String value, String where) {
    }

    /** An element that names no parameter, and the parameter it most likely meant, if any. */
    record Unknown(Element element, Optional<String> meant) {

        /** "pom.xml:38: <siteTittle> is no parameter of the plugin; did you mean <siteTitle>?" */
        String message() {
            return (element.where().isEmpty() ? "" : element.where() + ": ") + "<" + element.name()
                    + "> is no parameter of paper-digest-maven-plugin, so Maven ignores it"
                    + meant.map(m -> "; did you mean <" + m + ">?").orElse("");
        }
    }

    private final Path baseDirectory;
    private final List<Element> build = new ArrayList<>();
    private final List<Element> reporting = new ArrayList<>();

    private PomConfiguration(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    /**
     * The configuration of the plugin {@code groupId:artifactId} in the project's effective model: under
     * {@code <build>} (plugins, their executions, plugin management) and under {@code <reporting>} (the plugin and its
     * report sets).
     */
    static PomConfiguration of(Model model, Path baseDirectory, String groupId, String artifactId) {
        PomConfiguration found = new PomConfiguration(baseDirectory);
        Build build = model.getBuild();
        if (build != null) {
            for (Plugin p : build.getPlugins()) {
                found.addBuildPlugin(p, groupId, artifactId);
            }
            PluginManagement management = build.getPluginManagement();
            if (management != null) {
                for (Plugin p : management.getPlugins()) {
                    found.addBuildPlugin(p, groupId, artifactId);
                }
            }
        }
        Reporting reporting = model.getReporting();
        if (reporting != null) {
            for (ReportPlugin p : reporting.getPlugins()) {
                if (groupId.equals(p.getGroupId()) && artifactId.equals(p.getArtifactId())) {
                    found.add(found.reporting, p.getConfiguration());
                    for (ReportSet set : p.getReportSets()) {
                        found.add(found.reporting, set.getConfiguration());
                    }
                }
            }
        }
        return found;
    }

    /** True when the model names the plugin anywhere: under build, plugin management or reporting. */
    static boolean names(Model model, String groupId, String artifactId) {
        if (model == null) {
            return false;
        }
        List<Object> plugins = new ArrayList<>();
        if (model.getBuild() != null) {
            plugins.addAll(model.getBuild().getPlugins());
            if (model.getBuild().getPluginManagement() != null) {
                plugins.addAll(model.getBuild().getPluginManagement().getPlugins());
            }
        }
        if (model.getReporting() != null) {
            plugins.addAll(model.getReporting().getPlugins());
        }
        return plugins.stream().anyMatch(p -> p instanceof Plugin b
                ? artifactId.equals(b.getArtifactId()) && groupId.equals(b.getGroupId())
                : p instanceof ReportPlugin r && artifactId.equals(r.getArtifactId()) && groupId.equals(r.getGroupId()));
    }

    private void addBuildPlugin(Plugin p, String groupId, String artifactId) {
        if (!groupId.equals(p.getGroupId()) || !artifactId.equals(p.getArtifactId())) {
            return;
        }
        add(build, p.getConfiguration());
        for (PluginExecution execution : p.getExecutions()) {
            add(build, execution.getConfiguration());
        }
    }

    private void add(List<Element> to, Object configuration) {
        if (configuration instanceof Xpp3Dom dom) {
            for (Xpp3Dom child : dom.getChildren()) {
                to.add(new Element(child.getName(), child.getChildCount() == 0 ? child.getValue() : null,
                        where(child.getInputLocation())));
            }
        }
    }

    /** "pom.xml:38", relative to the project when the POM is in it; empty when Maven did not track the place. */
    private String where(Object location) {
        int line;
        String source;
        if (location instanceof InputLocation at) {
            line = at.getLineNumber();
            source = at.getSource() == null ? null : at.getSource().getLocation();
        } else if (location != null) {
            // Maven 4 keeps its own kind of location, with the same getters
            line = call(location, "getLineNumber") instanceof Integer n ? n : -1;
            Object from = call(location, "getSource");
            source = from == null ? null : call(from, "getLocation") instanceof String s ? s : null;
        } else {
            return "";
        }
        if (line <= 0) {
            return "";
        }
        return source == null ? "line " + line : shown(source) + ":" + line;
    }

    private static Object call(Object target, String getter) {
        try {
            return target.getClass().getMethod(getter).invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private String shown(String file) {
        try {
            // Maven 4 gives the POM as a URI ("file:/home/me/project/pom.xml"), Maven 3 as a path
            return ConfiguredPaths.shown(baseDirectory, file.startsWith("file:") ? Path.of(java.net.URI.create(file))
                    : Path.of(file));
        } catch (RuntimeException e) {
            return file;
        }
    }

    /** Every element, under build or reporting, that names none of {@code parameters}; each name once. */
    List<Unknown> unknown(Collection<String> parameters) {
        Map<String, Unknown> unknown = new LinkedHashMap<>();
        for (Element e : all()) {
            if (!parameters.contains(e.name()) && !unknown.containsKey(e.name())) {
                unknown.put(e.name(), new Unknown(e, meant(e.name(), parameters)));
            }
        }
        return List.copyOf(unknown.values());
    }

    /**
     * The elements, under build or reporting, that set one of {@code booleans} to something else than true or false:
     * Maven reads "yes", "on" and "1" as false without a word, and {@code <strict>yes</strict>} would turn strict mode
     * off. An expression Maven left as written is not judged.
     */
    List<Element> notTrueOrFalse(Collection<String> booleans) {
        return all().stream().filter(e -> booleans.contains(e.name()) && e.value() != null && !e.value().contains("${")
                && !isTrueOrFalse(e.value())).toList();
    }

    /** Every element, under build, then under reporting. */
    private List<Element> all() {
        List<Element> all = new ArrayList<>(build);
        all.addAll(reporting);
        return all;
    }

    static boolean isTrueOrFalse(String value) {
        return value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false");
    }

    /**
     * The elements under {@code <reporting>} that a direct call does not see: none of the same name is under
     * {@code <build>}. Only parameters count; an unknown element is told as such.
     */
    List<Element> reportingOnly(Collection<String> parameters) {
        Set<String> inBuild = new TreeSet<>();
        build.forEach(e -> inBuild.add(e.name()));
        Map<String, Element> only = new LinkedHashMap<>();
        for (Element e : reporting) {
            if (parameters.contains(e.name()) && !inBuild.contains(e.name())) {
                only.putIfAbsent(e.name(), e);
            }
        }
        return List.copyOf(only.values());
    }

    /**
     * The element that sets {@code parameter} for the goal: under {@code <build>} for a direct call, under
     * {@code <reporting>} first for {@code mvn site}, which reads both.
     */
    Optional<Element> setting(String parameter, boolean directCall) {
        List<Element> read = new ArrayList<>();
        if (!directCall) {
            read.addAll(reporting);
        }
        read.addAll(build);
        return read.stream().filter(e -> e.name().equals(parameter)).findFirst();
    }

    /**
     * The parameter a mistyped name most likely meant: the same name but for case, the user property written as an
     * element ({@code <paperDigest.baseUrl>}), or the nearest name within a few typing mistakes.
     */
    static Optional<String> meant(String name, Collection<String> parameters) {
        String bare = name.startsWith(CommandLineProperties.PREFIX) ? name.substring(CommandLineProperties.PREFIX.length())
                : name;
        for (String p : parameters) {
            if (p.equals(bare) || p.equalsIgnoreCase(bare)) {
                return Optional.of(p);
            }
        }
        return Typos.nearest(bare, parameters, p -> Math.max(2, p.length() / 4));
    }
}
