package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.ControlCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The warnings of the build that made the site, kept beside the output folder ({@code site/.papers.warnings} for
 * {@code site/papers}), not in it: they name the project's files and folders, which a published site has no business
 * showing. A build that finds the site up to date tells them again, since what they warn of has not changed; without
 * them a second {@code mvn site} would be silent about a digest it still reads wrongly.
 *
 * <p>The file says which inputs it belongs to (the fingerprint the site's manifest holds): a build that failed or was
 * killed after the site was swapped in, and before this file was written, leaves a file of other inputs, which is not
 * told. It is a cache like the stamps: missing, damaged or another's, it only means that nothing is told again.
 *
 * <p>Lines: the header, {@code inputs <fingerprint>}, {@code more <n>} (the warnings past {@link #KEPT} not kept), then
 * one warning a line, escaped as the manifest escapes paths.
 */
final class WarningsFile {

    /** The warnings told again at most: a lenient build of a messy archive may warn thousands of times. */
    static final int KEPT = 1_000;
    private static final String HEADER = "# Paper Digest: the warnings of the build that made the site (safe to delete)";
    private static final String INPUTS = "inputs ";
    private static final String MORE = "more ";
    /** Far more than {@link #KEPT} warnings take; a larger file is not the plugin's. */
    private static final int MAX_BYTES = 4 << 20;

    private final Path file;

    WarningsFile(Path output) {
        this.file = FilesBeside.of(output, "warnings");
    }

    /** The warnings kept by the build of these inputs; none when the file is missing, damaged, or of other inputs. */
    StagedSite.Warned read(String inputs) {
        List<String> lines = lines();
        if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(INPUTS + inputs)
                || !lines.get(2).startsWith(MORE) || lines.size() - 3 > KEPT) {
            return StagedSite.Warned.NOTHING;
        }
        int more = count(lines.get(2).substring(MORE.length()));
        if (more < 0) {
            return StagedSite.Warned.NOTHING;
        }
        List<String> warnings = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            Optional<String> warning = Manifest.unescape(line);
            if (warning.isEmpty()) {
                return StagedSite.Warned.NOTHING; // a line the plugin did not write: trust none of it
            }
            warnings.add(shownSafely(warning.get()));
        }
        return new StagedSite.Warned(warnings, more);
    }

    /** A count the plugin wrote, or -1 for anything else. */
    private static int count(String digits) {
        try {
            return Math.max(-1, Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Keeps these warnings for the site built from {@code inputs}, replacing the plugin's previous file whole; a build
     * that warned of nothing removes it. A file of that name that the plugin did not write is left alone, and so is any
     * failure: {@code warn} is told, and the next build that finds the site up to date tells nothing again.
     */
    void write(String inputs, List<String> warnings, Consumer<String> warn) {
        try {
            boolean another = FilesBeside.isAnothers(file, HEADER);
            if (warnings.isEmpty()) {
                if (!another) {
                    Files.deleteIfExists(file);
                }
                return;
            }
            if (another) {
                warn.accept(file + " was not written by Paper Digest: it is left as it is, and a build that finds the"
                        + " site up to date does not repeat this build's warnings");
                return;
            }
            List<String> kept = warnings.subList(0, Math.min(KEPT, warnings.size()));
            StringBuilder out = new StringBuilder(HEADER).append('\n')
                    .append(INPUTS).append(inputs).append('\n')
                    .append(MORE).append(warnings.size() - kept.size()).append('\n');
            kept.forEach(w -> out.append(Manifest.escape(w)).append('\n'));
            FilesBeside.replace(file, stream -> stream.write(out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            warn.accept("cannot keep this build's warnings in " + file + " (" + IoMessages.describe(e)
                    + "): a build that finds the site up to date will not repeat them");
        }
    }

    /** The file's lines; none when it is missing, not a file, larger than the plugin writes, or unreadable. */
    private List<String> lines() {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The warning as a terminal may show it: its line breaks and tabs kept, any other control character (an escape
     * sequence that would recolour or clear the terminal) shown as an escape. The file is beside the output, where
     * anyone who can write the output folder can write it too.
     */
    private static String shownSafely(String warning) {
        StringBuilder out = new StringBuilder(warning.length());
        for (int i = 0; i < warning.length(); i++) {
            char c = warning.charAt(i);
            if (c != '\n' && c != '\t' && ControlCharacters.is(c)) {
                out.append(ControlCharacters.visible(String.valueOf(c)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
