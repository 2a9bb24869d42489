package io.github.paperdigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's layering, checked on the main sources as text: which package may use Maven, Mustache,
 * the file system. Comments and string literals are blanked out first, so that only code counts.
 */
class ArchitectureTest {

    private static final String BASE = "io.github.paperdigest";

    private static final Pattern MAVEN = Pattern.compile("\\borg\\s*\\.\\s*apache\\s*\\.\\s*maven\\b");
    private static final Pattern HTTP_SERVER = Pattern.compile("\\bcom\\s*\\.\\s*sun\\s*\\.\\s*net\\s*\\.\\s*httpserver\\b"
            + "|\\bWatchService\\b");
    private static final Pattern MUSTACHE = Pattern.compile("\\bcom\\s*\\.\\s*github\\s*\\.\\s*mustachejava\\b");
    private static final Pattern MODEL_RUNTIME = Pattern.compile(
            "\\bdev\\s*\\.\\s*langchain4j\\b|\\bai\\s*\\.\\s*onnxruntime\\b|\\bai\\s*\\.\\s*djl\\b");
    /** The one class that runs a sentence-embedding model; everything else sees the taxonomy's interface. */
    private static final String MODEL_RUNNER = "io/github/paperdigest/taxonomy/OnnxSentenceEmbedder.java";
    private static final Pattern FILE_WRITES = Pattern.compile(
            "\\bFiles\\s*\\.\\s*(write|writeString|newOutputStream|newBufferedWriter|move|delete|deleteIfExists|copy"
                    + "|createLink|createSymbolicLink|createFile|createDirectory|createDirectories)\\s*\\("
                    + "|\\bFileOutputStream\\b|\\bFileWriter\\b"
                    + "|\\bimport\\s+static\\s+java\\s*\\.\\s*nio\\s*\\.\\s*file\\s*\\.\\s*Files\\s*\\.");
    private static final Pattern FILE_IO = Pattern.compile(
            "\\bjava\\s*\\.\\s*nio\\s*\\.\\s*file\\s*\\.\\s*Files\\b|\\bjava\\s*\\.\\s*io\\s*\\.\\s*File\\w*"
                    + "|\\bFiles\\s*\\.|\\b(File|FileInputStream|FileOutputStream|FileReader|FileWriter"
                    + "|RandomAccessFile|FileChannel)\\b");
    /**
     * Choosing or making a hash algorithm: done in the model's {@code Sha256} (names that stay the same) and
     * {@code ContentHash} (telling what changed), which every other class asks.
     */
    private static final Pattern HASHING = Pattern.compile(
            "\\bMessageDigest\\s*\\.\\s*getInstance\\b|\"SHA-?(1|224|256|384|512)\"|\"MD5\"|\\bextends\\s+MessageDigest\\b");
    private static final Set<String> HASHERS = Set.of("io/github/paperdigest/model/Sha256.java",
            "io/github/paperdigest/model/ContentHash.java");
    /** Asking whether a character is a control character: {@code ControlCharacters} also counts the line separators. */
    private static final Pattern CONTROL_TESTS = Pattern.compile("\\bisISOControl\\b");
    private static final String CONTROL_CHARACTERS = "io/github/paperdigest/model/ControlCharacters.java";
    private static final Pattern FOLDER_WALKS = Pattern.compile(
            "\\bFiles\\s*\\.\\s*(walk|walkFileTree|list|newDirectoryStream|find)\\s*\\(");
    /** Starting a program, or ending the JVM: the engine's own JVM is started in one class and ends in another. */
    private static final Pattern PROCESSES = Pattern.compile("\\bProcessBuilder\\b|\\.\\s*exec\\s*\\(");
    private static final Pattern JVM_EXITS = Pattern.compile("\\bSystem\\s*\\.\\s*exit\\s*\\(|\\.\\s*halt\\s*\\(");
    private static final String ENGINE_STARTER = "io/github/paperdigest/engine/EngineProcess.java";
    private static final String ENGINE_MAIN = "io/github/paperdigest/engine/EngineMain.java";
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.\\s]+?(?:\\.\\*)?)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com|io|net)\\s*\\.\\s*[a-z]\\w*(?:\\s*\\.\\s*\\w+)*");

    private static final List<Source> SOURCES = load(mainSources());

    @Test
    void theScanSeesEveryPackageOfTheEngine() {
        Set<String> packages = new TreeSet<>();
        SOURCES.forEach(s -> packages.add(s.pkg()));
        assertTrue(SOURCES.size() > 60, "main sources found: " + SOURCES.size());
        for (String p : List.of("model", "files", "digest", "markup", "taxonomy", "site", "output", "render", "engine",
                "maven", "serve")) {
            assertTrue(packages.contains(BASE + "." + p), "no sources of " + p + " in " + packages);
        }
    }

    @Test
    void theChecksRecogniseWhatTheyForbid() {
        // each check finds what it looks for where it is allowed, so that a rule cannot pass by finding nothing
        assertFalse(matches(inPackage("maven"), MAVEN).isEmpty());
        assertFalse(matches(inPackage("render"), MUSTACHE).isEmpty());
        assertFalse(matches(inPackage("output"), FILE_WRITES).isEmpty());
        assertFalse(matches(inPackage("digest"), FILE_IO).isEmpty());
        assertFalse(matches(filter(s -> s.isFile(MODEL_RUNNER)), MODEL_RUNTIME).isEmpty());
        assertFalse(matches(inPackage("serve"), HTTP_SERVER).isEmpty());
        assertFalse(matches(inPackage("files"), FOLDER_WALKS).isEmpty());
        assertFalse(matches(filter(s -> s.isFile(CONTROL_CHARACTERS)), CONTROL_TESTS).isEmpty());
        assertFalse(matches(filter(s -> s.isFile(ENGINE_STARTER)), PROCESSES).isEmpty());
        assertFalse(matches(filter(s -> s.isFile(ENGINE_MAIN)), JVM_EXITS).isEmpty());
        // and it sees only code
        Source commented = Source.of(Path.of("A.java"), """
                package io.github.paperdigest.model;
                // import org.apache.maven.plugin.Mojo;
                /* Files.write(p, b); com.github.mustachejava */
                class A { String s = "org.apache.maven.X Files.delete(p) \\" java.io.File"; char c = '"'; }
                """);
        assertEquals(List.of(), matches(List.of(commented), MAVEN));
        assertEquals(List.of(), matches(List.of(commented), FILE_IO));
        assertEquals(List.of(), matches(List.of(commented), MUSTACHE));
        assertEquals(List.of(), matches(List.of(Source.of(Path.of("C.java"),
                "package x; /* import ai.onnxruntime.OrtSession; */ class C { String s = \"dev.langchain4j\"; }")), MODEL_RUNTIME));
        assertEquals(List.of("D.java:1: ai.onnxruntime"), matches(List.of(Source.of(Path.of("D.java"),
                "import ai.onnxruntime.OrtSession;")), MODEL_RUNTIME));
        Source offending = Source.of(Path.of("B.java"), """
                package io.github.paperdigest.model;
                import java.util.List;
                import org.apache.maven.plugin.Mojo;
                class B { void f() throws Exception { java.nio.file.Files.write(null, new byte[0]); } }
                """);
        assertEquals(List.of("B.java:3: org.apache.maven"), matches(List.of(offending), MAVEN));
        assertEquals(1, matches(List.of(offending), FILE_WRITES).size());
        assertEquals(List.of("B.java:3: import org.apache.maven.plugin.Mojo"), foreignImportsOfModel(List.of(offending)));
    }

    @Test
    void onlyTheMavenPackageUsesMaven() {
        assertEquals(List.of(), matches(outside("maven"), MAVEN));
    }

    @Test
    void onlyOneClassSeesTheModelRuntime() {
        assertEquals(List.of(), matches(filter(s -> !s.isFile(MODEL_RUNNER)), MODEL_RUNTIME));
    }

    /**
     * A Maven plugin that starts programs or ends the JVM it runs in can take the whole build down: one class starts
     * the engine's own JVM ({@code fork}), with options it has checked, and only the engine's main class ends one.
     */
    @Test
    void onlyTheEngineStarterStartsAProgramAndOnlyTheEnginesMainEndsAJvm() {
        assertEquals(List.of(), matches(filter(s -> !s.isFile(ENGINE_STARTER)), PROCESSES));
        assertEquals(List.of(), matches(filter(s -> !s.isFile(ENGINE_MAIN)), JVM_EXITS));
    }

    @Test
    void onlyTheTwoHashClassesChooseOrMakeAHash() {
        assertEquals(List.of(), matches(filter(s -> HASHERS.stream().noneMatch(s::isFile)), HASHING));
    }

    /**
     * A name, setting or line with a control character, or with a line or paragraph separator (which ends a line in
     * some readers and scripts), is refused or escaped by one test of what such a character is.
     */
    @Test
    void onlyControlCharactersTellsWhatAControlCharacterIs() {
        assertEquals(List.of(), matches(filter(s -> !s.isFile(CONTROL_CHARACTERS)), CONTROL_TESTS));
    }

    @Test
    void onlyTheServePackageServesOrWatchesFiles() {
        assertEquals(List.of(), matches(outside("serve"), HTTP_SERVER));
    }

    @Test
    void onlyTheRenderPackageUsesMustache() {
        assertEquals(List.of(), matches(outside("render"), MUSTACHE));
    }

    @Test
    void onlyTheOutputPackageWritesMovesOrDeletesFiles() {
        assertEquals(List.of(), matches(outside("output"), FILE_WRITES));
    }

    /**
     * Walking a folder of the project is where links are followed or refused, loops caught and special files left
     * alone: it is done in one place, under one rule. (The output package lists folders that are its own, such as
     * the embedding cache.)
     */
    @Test
    void onlyTheFilesPackageWalksTheProjectsFolders() {
        assertEquals(List.of(), matches(filter(s -> !s.pkg().equals(BASE + ".files") && !s.pkg().equals(BASE + ".output")),
                FOLDER_WALKS));
    }

    @Test
    void theModelUsesOnlyTheJavaPlatformAndItself() {
        List<String> problems = new ArrayList<>(foreignImportsOfModel(inPackage("model")));
        for (Source s : inPackage("model")) {
            Matcher m = QUALIFIED_NAME.matcher(s.code());
            while (m.find()) {
                String name = m.group().replaceAll("\\s", "");
                if (!name.startsWith("java.") && !name.startsWith(BASE + ".model") && !isImportOrPackageLine(s, m.start())) {
                    problems.add(s.where(m.start()) + name);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void taxonomyAndSiteDoNoFileInputOrOutput() {
        List<Source> pure = SOURCES.stream()
                .filter(s -> s.pkg().equals(BASE + ".taxonomy") || s.pkg().equals(BASE + ".site")).toList();
        assertFalse(pure.isEmpty());
        assertEquals(List.of(), matches(pure, FILE_IO));
    }

    private static List<String> foreignImportsOfModel(List<Source> model) {
        List<String> problems = new ArrayList<>();
        for (Source s : model) {
            Matcher m = IMPORT.matcher(s.code());
            while (m.find()) {
                String imported = m.group(1).replaceAll("\\s", "");
                if (!imported.startsWith("java.") && !imported.startsWith(BASE + ".model.")) {
                    problems.add(s.where(m.start(1)) + "import " + imported);
                }
            }
        }
        return problems;
    }

    private static boolean isImportOrPackageLine(Source s, int at) {
        int lineStart = s.code().lastIndexOf('\n', at) + 1;
        String line = s.code().substring(lineStart, at).strip();
        return line.startsWith("import") || line.startsWith("package");
    }

    private static List<String> matches(List<Source> sources, Pattern forbidden) {
        List<String> found = new ArrayList<>();
        for (Source s : sources) {
            Matcher m = forbidden.matcher(s.code());
            while (m.find()) {
                found.add(s.where(m.start()) + m.group().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    private static List<Source> inPackage(String name) {
        return filter(s -> s.pkg().equals(BASE + "." + name));
    }

    private static List<Source> outside(String name) {
        return filter(s -> !s.pkg().equals(BASE + "." + name));
    }

    private static List<Source> filter(Predicate<Source> which) {
        return SOURCES.stream().filter(which).toList();
    }

    private static Path mainSources() {
        Path fromRoot = Path.of(System.getProperty("paperDigest.projectRoot", "..")).resolve("plugin/src/main/java");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("src/main/java");
    }

    private static List<Source> load(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> {
                try {
                    return Source.of(root.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the main sources at " + root.toAbsolutePath(), e);
        }
    }

    /** A source file with its comments and the contents of its literals blanked out (line breaks kept). */
    private record Source(Path file, String pkg, String code) {

        private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

        static Source of(Path file, String text) {
            String code = codeOnly(text);
            Matcher m = PACKAGE.matcher(code);
            return new Source(file, m.find() ? m.group(1) : "", code);
        }

        boolean isFile(String path) {
            return file.toString().replace('\\', '/').equals(path);
        }

        String where(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            return file.toString().replace('\\', '/') + ":" + line + ": ";
        }

        private static String codeOnly(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    while (i < n && text.charAt(i) != '\n') {
                        out.append(' ');
                        i++;
                    }
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    blank(text, i, end, out);
                    i = end;
                } else if (text.startsWith("\"\"\"", i)) {
                    int end = text.indexOf("\"\"\"", i + 3);
                    while (end > 0 && text.charAt(end - 1) == '\\') {
                        end = text.indexOf("\"\"\"", end + 1);
                    }
                    end = end < 0 ? n : end + 3;
                    out.append("\"\"\"");
                    blank(text, i + 3, end - 3, out);
                    out.append("\"\"\"");
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    end = Math.min(end + 1, n);
                    out.append(c);
                    blank(text, i + 1, end - 1, out);
                    out.append(c);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static void blank(String text, int from, int to, StringBuilder out) {
            for (int k = from; k < to; k++) {
                out.append(text.charAt(k) == '\n' ? '\n' : ' ');
            }
        }
    }
}
