package io.github.paperdigest.evaluation;

import io.github.paperdigest.model.Corpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Smaller archives drawn from a labelled one, as a lab's site of a few dozen papers would be. */
final class ArchiveSamples {

    private ArchiveSamples() {
    }

    /**
     * {@code size} papers of the archive drawn by the seed (all of them when there are not more), kept in the archive's
     * order, so that a paper's place among the others is what it was in the whole.
     */
    static Corpus sample(Corpus archive, int size, long seed) {
        if (size >= archive.papers().size()) {
            return archive;
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < archive.papers().size(); i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, new Random(seed));
        List<Integer> chosen = new ArrayList<>(rows.subList(0, size));
        Collections.sort(chosen);
        return Corpus.of(chosen.stream().map(archive.papers()::get).toList(), List.of());
    }
}
