package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A project's options for the engine's JVM (jvmArgs, which a pull request can bring with the pom) size and tune it and
 * log to its console; none writes a file, loads code or sets a system property.
 */
class ProjectJvmOptionsTest {

    @Test
    void heapCollectorCompilerAndConsoleLogOptionsAreTakenInTheirOrder() {
        List<String> tuning = List.of("-Xmx4g", "-Xms512m", "-Xss2m", "-XX:+UseG1GC", "-XX:-UseAdaptiveSizePolicy",
                "-XX:MaxRAMPercentage=75.0", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=2",
                "-XX:MaxGCPauseMillis=200", "-XX:+UseCompactObjectHeaders", "-Xlog:gc", "-Xlog:gc*=debug:stderr",
                "-Xlog:gc+heap=info:stdout:uptime,level", "-Xlog:disable", "-verbose:gc", "-Xshare:off");
        assertEquals(tuning, ProjectJvmOptions.checked("  " + String.join(" \t", tuning) + " "));
        assertEquals(List.of(), ProjectJvmOptions.checked(null));
        assertEquals(List.of(), ProjectJvmOptions.checked(" "));
    }

    @Test
    void optionsThatWriteFilesAreRefused() {
        // a flight recording holds every environment variable of the build; written into the site folder, it was
        // published with the site
        refused("-XX:StartFlightRecording=filename=target/site/papers/assets/build.jfr", "-XX:StartFlightRecording",
                "-XX:FlightRecorderOptions=repository=target/site", "-Xlog:gc:file=target/site/papers/gc.txt",
                "-Xlog:gc*:file=gc.log:uptime", "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=target/site",
                "-XX:ErrorFile=target/site/err.log", "-XX:ArchiveClassesAtExit=target/site/a.jsa", "-Xshare:dump",
                "-XX:LogFile=target/site/vm.log", "-XX:+LogVMOutput");
    }

    @Test
    void optionsThatRunOrLoadOtherCodeOrOpenAPortAreRefused() {
        refused("-javaagent:/tmp/a.jar", "-agentpath:/tmp/a.so", "-agentlib:jdwp=transport=dt_socket,server=y",
                "-XX:OnError=id", "-XX:OnOutOfMemoryError=curl", "-cp", "--class-path=/tmp", "@/tmp/args",
                "-jar", "-Xbootclasspath/a:/tmp", "-XX:Flags=/tmp/f", "-XX:VMOptionsFile=/tmp/f",
                "-XX:SharedArchiveFile=src/evil.jsa", "-XX:CompileCommand=option,*.*,PrintAssembly",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--enable-preview", "Main");
    }

    @Test
    void systemPropertiesAreRefusedAsLibrariesReadThem() {
        refused("-Djava.system.class.loader=Evil", "-Donnxruntime.native.path=src/lib",
                "-Dcom.sun.management.jmxremote.port=9010", "-Djava.util.logging.config.file=src/log.properties",
                "-Dsome.property=1");
    }

    @Test
    void theRefusalNamesTheOptionTheSettingAndWhatIsTaken() {
        PaperDigestException refused = assertThrows(PaperDigestException.class,
                () -> ProjectJvmOptions.checked("-Xmx4g -XX:StartFlightRecording=filename=x.jfr"));
        assertEquals(Setting.JVM_ARGS, refused.setting().orElseThrow());
        assertTrue(refused.getMessage().startsWith("jvmArgs '-Xmx4g -XX:StartFlightRecording=filename=x.jfr':"
                + " '-XX:StartFlightRecording=filename=x.jfr' is not an option the engine's JVM takes from a project."),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("heap and stack sizes (-Xmx4g)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("-DpaperDigest.fork=false) with MAVEN_OPTS"), refused.getMessage());
    }

    private static void refused(String... options) {
        for (String option : options) {
            PaperDigestException refused = assertThrows(PaperDigestException.class,
                    () -> ProjectJvmOptions.checked("-Xmx1g " + option), option);
            assertEquals(Setting.JVM_ARGS, refused.setting().orElseThrow(), option);
            assertTrue(refused.getMessage().contains("'" + option + "' is not an option"), refused.getMessage());
        }
    }
}
