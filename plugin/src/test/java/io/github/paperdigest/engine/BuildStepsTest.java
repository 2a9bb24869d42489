package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.DigestException;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.render.ThemeException;
import io.github.paperdigest.taxonomy.TaxonomyException;
import io.github.paperdigest.testing.SharedModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build runs as its steps: each is timed, and a failure says in which step it happened and what to fix. */
class BuildStepsTest {

    @TempDir
    Path temp;

    private final Logged log = new Logged();

    private Path digests() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(dir.resolve("2025-01-02.txt"), """
                Daily Papers

                Minute-long video generation

                We extend video diffusion models to minute-long videos with consistent characters.

                Long video understanding

                We answer questions about hour-long videos with a memory of key frames.
                """);
        return dir;
    }

    private BuildResult build(BuildConfig config) {
        return new SiteBuilder(log, SharedModels.INSTANCE).build(config);
    }

    @Test
    void aBuildTimesEachOfItsStepsInOrderAndLogsThem() throws IOException {
        BuildResult result = build(BuildConfig.builder(digests(), temp.resolve("site")).build());

        assertEquals(List.of(BuildStep.values()), List.copyOf(result.stepTimes().keySet()));
        assertEquals(result.totalTime(), result.stepTimes().values().stream().reduce(java.time.Duration::plus).orElseThrow());
        String times = log.debugs.stream().filter(l -> l.startsWith("Time: ")).findFirst().orElseThrow();
        for (BuildStep step : BuildStep.values()) {
            assertTrue(times.contains(step.label() + " "), times);
        }
    }

    @Test
    void aBuildWithNothingChangedStopsAfterTheCheck() throws IOException {
        BuildConfig config = BuildConfig.builder(digests(), temp.resolve("site")).build();
        build(config);

        BuildResult again = build(config);

        assertTrue(again.upToDate());
        assertEquals(List.of(BuildStep.FIND_INPUTS, BuildStep.CHECK), List.copyOf(again.stepTimes().keySet()));
    }

    @Test
    void aDigestProblemFailsInTheReadingStepNamingFileAndLineAndNoSetting() throws IOException {
        Path dir = digests();
        Files.writeString(dir.resolve("2025-01-03.txt"), "Daily Papers\n\nA paper on video models\n\nWe propose a model of"
                + " long videos that remembers what it saw an hour ago.\n\nDirect Preference Optimization: Your Language"
                + " Model is Secretly a Reward Model\n\nQLoRA: Efficient Finetuning of Quantized LLMs\n\n");

        DigestException e = assertThrows(DigestException.class,
                () -> build(BuildConfig.builder(dir, temp.resolve("site")).build()));

        assertEquals(Optional.of("reading the digests"), e.step());
        assertTrue(e.getMessage().startsWith("2025-01-03.txt:"), e.getMessage());
        assertEquals(Optional.empty(), e.setting());
    }

    @Test
    void aBrokenTaxonomyFailsWhileTheInputsAreFoundBeforeAnyDigestIsReadNamingTheTaxonomySetting() throws IOException {
        Path dir = digests();
        Files.writeString(dir.resolve("taxonomy.yml"), "hubs:\n  - name: [unclosed\n");

        TaxonomyException e = assertThrows(TaxonomyException.class,
                () -> build(BuildConfig.builder(dir, temp.resolve("site")).build()));

        assertEquals(Optional.of("finding the inputs"), e.step());
        assertEquals(Optional.of(Setting.TAXONOMY_FILE), e.setting());
    }

    @Test
    void aBrokenTemplateFailsInThePlanningStepNamingTheTemplateSetting() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates/templates"));
        Files.writeString(templates.resolve("tag.mustache"), "{{#tag}} never closed");

        ThemeException e = assertThrows(ThemeException.class, () -> build(BuildConfig.builder(digests(), temp.resolve("site"))
                .templateDirectory(temp.resolve("templates")).build()));

        assertEquals(Optional.of("planning the site"), e.step());
        assertEquals(Optional.of(Setting.TEMPLATE_DIRECTORY), e.setting());
        assertTrue(e.getMessage().contains("tag.mustache"), e.getMessage());
    }

    @Test
    void anIoFailureNoPartExplainedBecomesAFailureOfTheStepNamingItsSetting() {
        Steps steps = new Steps();

        PaperDigestException e = assertThrows(PaperDigestException.class, () -> steps.run(BuildStep.READ, () -> {
            throw new UncheckedIOException("cannot list /digests: permission denied", new IOException("denied"));
        }));

        assertEquals("cannot list /digests: permission denied", e.getMessage());
        assertEquals(Optional.of("reading the digests"), e.step());
        assertEquals(Optional.of(Setting.DIGEST_DIRECTORY), e.setting());
        assertTrue(steps.times().containsKey(BuildStep.READ), "a failed step is timed too");
    }

    @Test
    void theInnermostStepNamesAFailure() {
        Steps steps = new Steps();
        PaperDigestException e = assertThrows(PaperDigestException.class, () -> steps.run(BuildStep.PUBLISH,
                () -> steps.run(BuildStep.PLAN, () -> {
                    throw new PaperDigestException("broken");
                })));
        assertEquals(Optional.of("planning the site"), e.step());
    }

    @Test
    void aFullDiskSaysSoAndSendsTheUserToNoSetting() {
        Steps steps = new Steps();
        java.nio.file.FileSystemException full = new java.nio.file.FileSystemException("/site/hubs.html", null,
                "No space left on device");

        PaperDigestException written = assertThrows(PaperDigestException.class, () -> steps.run(BuildStep.PUBLISH, () -> {
            throw new io.github.paperdigest.output.OutputException("cannot write /site/hubs.html: No space left on device",
                    full);
        }));
        PaperDigestException unexplained = assertThrows(PaperDigestException.class, () -> steps.run(BuildStep.PUBLISH,
                () -> {
                    throw new UncheckedIOException("cannot copy /site/assets/style.css", full);
                }));

        for (PaperDigestException e : List.of(written, unexplained)) {
            assertTrue(e.getMessage().endsWith(". The disk is full: free some space on it and build again"), e.getMessage());
            assertEquals(Optional.empty(), e.setting(), "no parameter of the plugin frees a disk");
            assertEquals(Optional.of("publishing the site"), e.step());
        }
    }
}
