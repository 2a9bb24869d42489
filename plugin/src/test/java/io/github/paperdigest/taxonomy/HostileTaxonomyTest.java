package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Taxonomy files that try to hold the build: patterns that backtrack catastrophically, and files too large
 * to be a taxonomy. Each fails the build within a bound, naming the file, the line, the tag and the pattern, in
 * strict and lenient mode alike (a taxonomy is configuration, not a digest to skip).
 */
class HostileTaxonomyTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String ABSTRACT = "A paper about video generation with a long abstract that names many things:"
            + " aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa and a dataset, an analysis, a baseline.";

    /**
     * Patterns that take exponential time in the JDK's engine. (Java 9 and later remember where an unbounded
     * nested repetition failed, so the textbook {@code (a+)+$} is fast; counted repetitions and back references
     * still are not.)
     */
    static Stream<Arguments> catastrophicPatterns() {
        return Stream.of(Arguments.of("(.*a){25}"), Arguments.of("(a+){2,60}$"), Arguments.of("(a|aa){1,80}b"),
                Arguments.of("(\\w+\\s?){1,60}$"), Arguments.of("((a+)+)\\2$"), Arguments.of("(.*.*)*z"));
    }

    @ParameterizedTest
    @MethodSource("catastrophicPatterns")
    void aPatternThatBacktracksCatastrophicallyFailsNamingTagAndPattern(String pattern, @TempDir Path temp) throws IOException {
        Path digests = digests(temp);
        Files.writeString(digests.resolve("taxonomy.yml"), "tags:\n  - id: video-generation\n    label: Video generation\n"
                + "  - id: slow\n    label: Slow tag\n    patterns: ['" + pattern + "']\n");

        for (boolean strict : new boolean[] {true, false}) {
            TaxonomyException e = assertThrows(TaxonomyException.class, () -> assertTimeoutPreemptively(LIMIT,
                    () -> new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, temp.resolve("out")).similarity(BuildConfig.LEXICAL)
                            .strict(strict).build())));
            assertTrue(e.getMessage().startsWith(digests.resolve("taxonomy.yml") + ":4: tag 'slow': pattern /" + pattern
                    + "/ takes too long to match"), e.getMessage());
            assertTrue(e.getMessage().contains("backtracks catastrophically"), e.getMessage());
        }
        assertFalse(Files.exists(temp.resolve("out")), "no site is written");
    }

    @Test
    void aPatternThatRecursesPastTheStackOnALongWordFailsNamingTagAndPatternNotAsAFaultOfThePlugin(@TempDir Path temp)
            throws IOException {
        // a repeated group of alternatives recurses once per character: a DNA sequence in an abstract is enough
        Path digests = digests(temp);
        Files.writeString(digests.resolve("2025-01-03.txt"), "Daily Papers\n\nSequencing paper on genomes\n\n"
                + "We sequence the genome " + "acgt".repeat(50_000) + " and call its variants.\n\n");
        Files.writeString(digests.resolve("taxonomy.yml"), "tags:\n  - id: transformers\n    label: Transformers\n"
                + "    patterns: ['\\b(\\w|-)+former\\b']\n");

        TaxonomyException e = assertThrows(TaxonomyException.class, () -> assertTimeoutPreemptively(LIMIT,
                () -> new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, temp.resolve("out"))
                        .similarity(BuildConfig.LEXICAL).build())));
        assertTrue(e.getMessage().startsWith(digests.resolve("taxonomy.yml") + ":2: tag 'transformers': pattern"
                + " /\\b(\\w|-)+former\\b/ needs more stack than a pattern may use"), e.getMessage());
        assertTrue(e.getMessage().contains("Use a character class instead, such as [\\w-]+"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("out")), "no site is written");
    }

    /**
     * A hundred patterns that each keep within their own budget, as {@code .{0,400}z} does, but read on from every
     * character: a taxonomy of ten kilobytes made an 89-paper site take 108 s instead of 3 s, and would hold a site of
     * 10,000 papers for hours.
     */
    @Test
    void patternsThatTakeTooLongTogetherFailNamingTheSlowest(@TempDir Path temp) throws IOException {
        Path digests = digests(temp);
        StringBuilder yaml = new StringBuilder("tags:\n  - id: video-generation\n    label: Video generation\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - id: slow-").append(i).append("\n    label: Slow ").append(i).append("\n    patterns: ['.{0,400}zq")
                    .append(i).append("x']\n");
        }
        Files.writeString(digests.resolve("taxonomy.yml"), yaml);

        for (boolean strict : new boolean[] {true, false}) {
            TaxonomyException e = assertThrows(TaxonomyException.class, () -> assertTimeoutPreemptively(LIMIT,
                    () -> new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, temp.resolve("out"))
                            .similarity(BuildConfig.LEXICAL).strict(strict).build())));
            assertTrue(e.getMessage().startsWith(digests.resolve("taxonomy.yml") + ":"), e.getMessage());
            assertTrue(e.getMessage().contains("the 100 patterns of the taxonomy's tags take too long to match together"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("The slowest: tag 'slow-"), e.getMessage());
            assertTrue(e.getMessage().contains("/.{0,400}zq"), e.getMessage());
        }
        assertFalse(Files.exists(temp.resolve("out")), "no site is written");
    }

    /** Patterns that open with a word cost a step or two a character each: thousands of them are no mistake. */
    @Test
    void twoThousandPatternsThatOpenWithAWordTagPapers(@TempDir Path temp) throws IOException {
        Path digests = digests(temp);
        StringBuilder yaml = new StringBuilder("tags:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  - id: word-").append(i).append("\n    label: Word ").append(i).append("\n    patterns: ['\\bword")
                    .append(i).append("s?\\b']\n");
        }
        yaml.append("  - id: variant\n    label: Variant\n    patterns: ['(?i)\\bvariant\\s+\\d\\b']\n");
        Files.writeString(digests.resolve("taxonomy.yml"), yaml);
        assertTimeoutPreemptively(LIMIT, () -> new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests,
                temp.resolve("out")).similarity(BuildConfig.LEXICAL).build()));
        assertTrue(Files.exists(temp.resolve("out/tag/variant.html")));
    }

    @Test
    void aPatternThatMatchesInLinearTimeTagsPapers(@TempDir Path temp) throws IOException {
        Path digests = digests(temp);
        Files.writeString(digests.resolve("taxonomy.yml"), "tags:\n  - id: long-abstract\n    label: Long abstract\n"
                + "    patterns: ['\\ba{10,}\\b', '.*dataset']\n");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, temp.resolve("out")).similarity(BuildConfig.LEXICAL).build());
        assertTrue(Files.exists(temp.resolve("out/tag/long-abstract.html")));
    }

    /** A pattern that matches an empty text would tag every paper, without a word but in the taxonomy report. */
    @Test
    void aPatternThatMatchesAnEmptyTextIsAMistakeNamingTheTag() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyParser().parse("taxonomy.yml",
                "tags:\n  - id: evil-tag\n    label: Evil\n    patterns: ['', 'laundry( robots)?|x*']\n"));
        assertTrue(e.getMessage().contains("taxonomy.yml:4: tag 'evil-tag': pattern // matches an empty text"), e.getMessage());
        assertTrue(e.getMessage().contains("tag 'evil-tag': pattern /laundry( robots)?|x*/ matches an empty text"),
                e.getMessage());
    }

    /** '^$' matches an empty text but no paper's: not every paper's tag, and left to the taxonomy report. */
    @Test
    void aPatternOfAnEmptyLineAloneIsNoMistake() {
        assertEquals(1, new TaxonomyParser().parse("taxonomy.yml",
                "tags:\n  - id: blank\n    label: Blank\n    patterns: ['^$']\n").tags().size());
    }

    /** A message quotes a long pattern by its start and length: one of 60,000 characters was echoed whole. */
    @Test
    void aPatternTooDeepToCompileIsToldByItsStartAndLength() {
        String deep = "(".repeat(30_000) + "a" + ")".repeat(30_000);
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> new TaxonomyParser().parse("taxonomy.yml",
                "tags:\n  - id: deep\n    label: Deep\n    patterns: ['" + deep + "']\n"));
        assertTrue(e.getMessage().contains("… (60001 characters)/ is not a valid regular expression"), e.getMessage());
        assertTrue(e.getMessage().length() < 1000, "a message of " + e.getMessage().length() + " characters");
    }

    @Test
    void aTaxonomyTooLargeToBeOneFailsSayingSoBeforeItIsRead(@TempDir Path temp) throws IOException {
        Path digests = digests(temp);
        Path taxonomy = digests.resolve("taxonomy.yml");
        try (Writer w = Files.newBufferedWriter(taxonomy, StandardCharsets.UTF_8)) {
            w.write("tags:\n");
            for (int i = 0; Files.size(taxonomy) < 17L << 20; i++) {
                for (int k = 0; k < 1000; k++, i++) {
                    w.write("  - id: tag-" + i + "\n    label: Tag number " + i + "\n    aliases: [alias " + i + " one, alias " + i
                            + " two]\n");
                }
                w.flush();
            }
        }
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> assertTimeoutPreemptively(LIMIT,
                () -> new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, temp.resolve("out")).similarity(BuildConfig.LEXICAL).build())));
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(taxonomy.toString())
                + ": is 17\\.\\d MB, more than the 16 MB a taxonomy may have: .*"), e.getMessage());
    }

    @Test
    void aTaxonomyOfTenMegabytesIsReadAsAnyOther(@TempDir Path temp) {
        // SnakeYAML's own limit (3 MB) used to fail this with "not valid YAML" at some line
        StringBuilder yaml = new StringBuilder("tags:\n");
        for (int i = 0; yaml.length() < 10 << 20; i++) {
            yaml.append("  - id: tag-").append(i).append("\n    label: Tag number ").append(i).append("\n    aliases: [alias ")
                    .append(i).append(" one, alias ").append(i).append(" two, alias ").append(i).append(" three]\n");
        }
        TaxonomyDefinition parsed = new TaxonomyParser().parse("taxonomy.yml", yaml.toString());
        assertTrue(parsed.tags().size() > 90_000, "tags: " + parsed.tags().size());
        TaxonomyException e = assertThrows(TaxonomyException.class,
                () -> new TaxonomyParser().parse("taxonomy.yml", yaml.append("x".repeat(7 << 20)).toString()));
        assertTrue(e.getMessage().startsWith("taxonomy.yml: is 17,"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf("not valid YAML"));
    }

    private static Path digests(Path temp) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (int i = 0; i < 3; i++) {
            text.append("Paper number ").append(i).append(" on video generation\n\n").append(ABSTRACT).append(" Variant ")
                    .append(i).append(".\n\n");
        }
        Files.writeString(digests.resolve("2025-01-02.txt"), text);
        return digests;
    }
}
