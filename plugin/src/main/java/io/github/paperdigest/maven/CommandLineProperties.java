package io.github.paperdigest.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's properties given on the command line ({@code -DpaperDigest.siteTitle=…}), read against its parameters.
 * Maven drops a property that no parameter reads without a word ({@code -DpaperDigest.simlarity=lexical} builds with
 * the default similarity), and a parameter the POM's {@code <configuration>} sets never reads its property at all; this
 * class finds both, so that the plugin can say so.
 */
final class CommandLineProperties {

    static final String PREFIX = "paperDigest.";

    /** A property no parameter reads, and the property it most likely meant, if any. */
    record Unknown(String property, Optional<String> meant) {

        /** "-DpaperDigest.simlarity is no property of …; did you mean -DpaperDigest.similarity?" */
        String message() {
            return "-D" + property + " is no property of paper-digest-maven-plugin, so Maven ignores it"
                    + meant.map(m -> "; did you mean -D" + m + "?").orElse("");
        }
    }

    /** A property whose parameter the POM sets to something else: the POM's value is the one used. */
    record Overridden(String property, String value, PomConfiguration.Element setting) {

        String message() {
            String where = setting.where().isEmpty() ? "" : " (" + setting.where() + ")";
            return "-D" + property + "=" + value + " is not used: the POM sets <" + setting.name() + ">" + where
                    + ", and Maven takes the POM's <configuration> over the command line. To let the command line"
                    + " decide, set <" + property + "> under the POM's <properties> instead";
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(" + Pattern.quote(PREFIX) + "[^}]+)}");

    /** The property a parameter's expression reads ({@code ${paperDigest.siteTitle}}), if it is one of the plugin's. */
    static Optional<String> readBy(String expression) {
        Matcher m = expression == null ? null : EXPRESSION.matcher(expression);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The command line's properties of the plugin's prefix, by name, in name order. */
    private final Map<String, String> given = new TreeMap<>();

    /** Parameter by the property it reads, for every goal of the plugin. */
    private final Map<String, String> parameters;

    CommandLineProperties(Properties userProperties, Map<String, String> parameterByProperty) {
        for (String name : userProperties.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                given.put(name, userProperties.getProperty(name));
            }
        }
        this.parameters = Map.copyOf(parameterByProperty);
    }

    /** The properties no parameter reads, each with the one it most likely meant. */
    List<Unknown> unknown() {
        List<Unknown> unknown = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!parameters.containsKey(name)) {
                Optional<String> meant = PomConfiguration.meant(name, parameters.values())
                        .flatMap(parameter -> propertyOf(parameter));
                unknown.add(new Unknown(name, meant));
            }
        }
        return unknown;
    }

    /** The properties, name and value, that set one of {@code booleans} to something else than true or false. */
    Map<String, String> notTrueOrFalse(Collection<String> booleans) {
        Map<String, String> wrong = new TreeMap<>();
        given.forEach((name, value) -> {
            // a property no parameter reads is told as such (unknown), not here
            String parameter = parameters.get(name);
            if (parameter != null && booleans.contains(parameter) && !PomConfiguration.isTrueOrFalse(value)) {
                wrong.put(name, value);
            }
        });
        return wrong;
    }

    /** The properties whose parameter {@code pom} sets, for this goal, to a value other than the command line's. */
    List<Overridden> overridden(PomConfiguration pom, boolean directCall) {
        List<Overridden> overridden = new ArrayList<>();
        given.forEach((name, value) -> {
            String parameter = parameters.get(name);
            if (parameter != null) {
                // a POM that writes <siteTitle>${paperDigest.siteTitle}</siteTitle> reads the command line itself
                pom.setting(parameter, directCall).filter(e -> !value.equals(e.value()))
                        .ifPresent(e -> overridden.add(new Overridden(name, value, e)));
            }
        });
        return overridden;
    }

    private Optional<String> propertyOf(String parameter) {
        return parameters.entrySet().stream().filter(e -> e.getValue().equals(parameter)).map(Map.Entry::getKey)
                .findFirst();
    }
}
