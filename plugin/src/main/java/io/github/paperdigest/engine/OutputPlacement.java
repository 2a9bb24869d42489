package io.github.paperdigest.engine;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the site may go. A build replaces its output folder as a whole, and carries over only what it cannot
 * account for: a folder that is the project, holds it, or shares files with what the build reads (the digests, the
 * templates, the taxonomy, the embedding cache) would be swapped out from under the project, or would feed the site's
 * own {@code papers.json} and BibTeX files back in as digests. Such a folder is refused before anything is read or
 * written, by its path as given and by the folders it resolves to through links.
 */
final class OutputPlacement {

    private static final String FIX = "; give the paper site a folder of its own, such as the default target/site/papers"
            + " (the Maven site's output folder and outputName), or docs/papers to publish from the repository";

    private OutputPlacement() {
    }

    /** Fails when {@code output} is, holds or lies inside a folder the build reads, or holds the project. */
    static void requireApart(Path output, Path project, Path digests, Optional<Path> templates,
            Optional<Path> taxonomy, Optional<Path> embeddingCache) {
        List<Path> outputForms = forms(output);
        List<Path> projectForms = forms(project);
        for (Path out : outputForms) {
            for (Path p : projectForms) {
                if (p.startsWith(out)) {
                    throw refused(output, out.equals(p) ? "is the project's folder" : "holds the project's folder " + project);
                }
            }
        }
        requireNoOverlap(output, outputForms, "the digest folder", digests);
        templates.ifPresent(t -> requireNoOverlap(output, outputForms, "the template folder", t));
        taxonomy.ifPresent(t -> requireNoOverlap(output, outputForms, "the taxonomy file", t));
        embeddingCache.ifPresent(c -> {
            requireNotInside(output, outputForms, c);
            requireNoOverlap(output, outputForms, "the embedding cache", c);
        });
    }

    /**
     * A cache that holds the site is the cache's setting to change, not the site's: it is a folder of the machine's,
     * and one that holds a project's site holds the project's files too (an empty {@code embeddingCache} is the
     * project's folder).
     */
    private static void requireNotInside(Path output, List<Path> outputForms, Path cache) {
        for (Path out : outputForms) {
            for (Path in : forms(cache)) {
                if (out.startsWith(in) && !out.equals(in)) {
                    throw new PaperDigestException("The embedding cache " + cache.toAbsolutePath().normalize()
                            + " holds the paper site's folder " + output.toAbsolutePath().normalize() + ": give the cache"
                            + " a folder of its own, outside the project, such as the default ~/.cache/paper-digest",
                            null, Setting.EMBEDDING_CACHE);
                }
            }
        }
    }

    private static void requireNoOverlap(Path output, List<Path> outputForms, String what, Path input) {
        List<Path> inputForms = forms(input);
        for (Path out : outputForms) {
            for (Path in : inputForms) {
                if (in.startsWith(out)) {
                    throw refused(output, (in.equals(out) ? "is " : "holds ") + what + " " + input);
                }
                if (out.startsWith(in)) {
                    throw refused(output, "is inside " + what + " " + input);
                }
            }
        }
    }

    private static PaperDigestException refused(Path output, String why) {
        return new PaperDigestException("The paper site's folder " + output.toAbsolutePath().normalize() + " " + why
                + ": a build replaces that folder as a whole" + FIX, null, Setting.OUTPUT_DIRECTORY);
    }

    /** The path as written (absolute, without dots), and as the file system resolves its links, when that differs. */
    private static List<Path> forms(Path path) {
        Path lexical = path.toAbsolutePath().normalize();
        List<Path> forms = new ArrayList<>(2);
        forms.add(lexical);
        resolved(lexical).filter(real -> !real.equals(lexical)).ifPresent(forms::add);
        return forms;
    }

    /** The real path of the deepest part that exists, with the parts that do not exist yet appended. */
    private static Optional<Path> resolved(Path lexical) {
        Path existing = lexical;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(existing.toRealPath().resolve(existing.relativize(lexical)).normalize());
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // a link that leads nowhere: the lexical form is all there is to compare
        }
    }
}
